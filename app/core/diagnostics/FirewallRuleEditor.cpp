#include "diagnostics/FirewallRuleEditor.h"

#include "clients/ArmClient.h"
#include "net/HttpPipeline.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace kluis::core {

Q_LOGGING_CATEGORY(lcFirewall, "kluis.firewall", QtInfoMsg)

namespace {
bool sameRule(const QString &a, const QString &b)
{
    return NetworkRules::normalizedIpRule(a) == NetworkRules::normalizedIpRule(b);
}

QString errorText(const AzureError &error)
{
    return error.code.isEmpty() ? error.shortMessage()
                                : QString(error.code + QStringLiteral(": ") + error.shortMessage());
}

bool hasIpRule(const NetworkRules &rules, const QString &rule)
{
    return std::any_of(rules.ipRules.cbegin(), rules.ipRules.cend(),
                       [&](const QString &r) { return sameRule(r, rule); });
}

// The rules (IP and virtual network) of `before` that `after` lacks, leaving out `removed`.
QStringList lostRules(const NetworkRules &before, const NetworkRules &after,
                      const QString &removed = {})
{
    QStringList lost;
    for (const auto &rule : before.ipRules) {
        if (!hasIpRule(after, rule) && (removed.isEmpty() || !sameRule(rule, removed)))
            lost.append(rule);
    }
    for (const auto &subnet : before.virtualNetworkRules) {
        if (!after.virtualNetworkRules.contains(subnet, Qt::CaseInsensitive))
            lost.append(subnet);
    }
    return lost;
}

AzureError verificationError(const QString &message)
{
    auto error = AzureError::parse(message);
    error.code = QStringLiteral("RulesChangedMeanwhile");
    return error;
}
} // namespace

FirewallRuleEditor::FirewallRuleEditor(HttpPipeline *pipeline, QString journalPath, QObject *parent)
    : QObject(parent)
    , m_journal(std::move(journalPath))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { removeDue(); });
    setPipeline(pipeline);
}

FirewallRuleEditor::~FirewallRuleEditor() = default;

void FirewallRuleEditor::setPipeline(HttpPipeline *pipeline)
{
    m_pipeline = pipeline;
    scheduleNext();
}

QString FirewallRuleEditor::endpoint() const
{
    return m_pipeline ? m_pipeline->cloud().resourceManager.toString() : QString();
}

VaultTarget FirewallRuleEditor::target(const QString &subscriptionId, const QString &resourceGroup,
                                       const QString &name) const
{
    return {endpoint(), subscriptionId, resourceGroup, name};
}

// The vault as Resource Manager has it now, refused when its answer cannot be written back
// whole: without properties or networkAcls, Kluis would write defaults over settings it never
// saw.
QCoro::Task<Result<VaultResource>> FirewallRuleEditor::readVault(VaultTarget vault) const
{
    const QPointer<HttpPipeline> pipeline = m_pipeline;
    if (!pipeline)
        co_return AzureError::cancelled();
    const ArmClient arm(pipeline);
    auto current = co_await arm.getVault(vault.subscriptionId, vault.resourceGroup, vault.name);
    if (!current)
        co_return current.error();
    if (!current->properties.read || !current->properties.networkAcls.read) {
        auto error = AzureError::parse(
            tr("Resource Manager's answer for %1 holds no network rules (networkAcls), so "
               "Kluis changes nothing: writing them back could reset settings it did not see. "
               "Change the vault's firewall in the Azure portal or with the Azure CLI.")
                .arg(vault.name));
        error.code = QStringLiteral("IncompleteNetworkRules");
        co_return error;
    }
    co_return current;
}

QList<PendingRemoval> FirewallRuleEditor::pending() const
{
    QList<PendingRemoval> result;
    const auto ours = endpoint();
    for (const auto &removal : m_journal.pending()) {
        if (!ours.isEmpty() && removal.vault.endpoint == ours)
            result.append(removal);
    }
    return result;
}

void FirewallRuleEditor::scheduleNext(qint64 minimumMs)
{
    m_timer->stop();
    const auto ours = pending();
    if (ours.isEmpty() || m_removing)
        return;
    const auto next =
        std::min_element(ours.cbegin(), ours.cend(), [](const auto &a, const auto &b) {
            return a.expires < b.expires;
        })->expires;
    const auto wait = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next), minimumMs,
                                         std::numeric_limits<int>::max());
    m_timer->start(static_cast<int>(wait));
}

void FirewallRuleEditor::record(const VaultTarget &vault, const QString &action,
                                const QString &rule, const QString &reason, const AzureError *error)
{
    RuleChange change;
    change.time = QDateTime::currentDateTimeUtc();
    change.vault = vault;
    change.action = action;
    change.rule = rule;
    change.reason = reason;
    change.succeeded = error == nullptr;
    if (error)
        change.error = errorText(*error);
    if (!m_journal.record(change))
        qCWarning(lcFirewall) << "cannot write the firewall journal" << m_journal.path()
                              << m_journal.lastError();
}

QCoro::Task<Result<VaultTarget>> FirewallRuleEditor::findVault(QUrl vaultUri) const
{
    if (!m_pipeline)
        co_return AzureError::cancelled();
    const ArmClient arm(m_pipeline);
    auto vaults = co_await arm.listAllVaults();
    if (!vaults)
        co_return vaults.error();
    const auto host = vaultUri.host().toLower();
    for (const auto &vault : vaults.value()) {
        if (vault.properties.vaultUri.host().toLower() == host)
            co_return target(vault.subscriptionId, vault.resourceGroup, vault.name);
    }
    co_return AzureError::usage(
        tr("Resource Manager lists no vault at %1 for this account.").arg(vaultUri.host()));
}

QCoro::Task<Result<FirewallRuleEditor::Outcome>>
FirewallRuleEditor::addAddress(VaultTarget vault, QString address, std::chrono::seconds duration)
{
    const QPointer<FirewallRuleEditor> self(this);
    if (!m_pipeline)
        co_return AzureError::cancelled();
    if (vault.endpoint.isEmpty())
        vault.endpoint = endpoint();
    auto current = co_await readVault(vault);
    if (!self)
        co_return AzureError::cancelled();
    if (!current)
        co_return current.error();

    Outcome outcome;
    outcome.rules = current->properties.networkAcls;
    outcome.check = IpRuleCheck::check(address, outcome.rules);
    const bool temporary = duration.count() > 0;
    if (outcome.check.alreadyAllowed()) {
        // Kluis's own temporary rule asked for again: for longer, or for good.
        for (auto removal : m_journal.pending()) {
            if (removal.vault != vault || !sameRule(removal.rule, outcome.check.existingRule))
                continue;
            m_journal.removePending(removal.id);
            if (temporary) {
                removal.expires = std::max(
                    removal.expires, QDateTime::currentDateTimeUtc().addSecs(duration.count()));
                m_journal.addPending(removal);
                outcome.temporary = removal;
            }
            record(vault, temporary ? QStringLiteral("extend") : QStringLiteral("keep"),
                   removal.rule,
                   temporary ? QStringLiteral("temporary") : QStringLiteral("add-my-address"),
                   nullptr);
            Q_EMIT pendingChanged();
            scheduleNext();
        }
        co_return outcome;
    }
    if (!outcome.check.ok())
        co_return outcome;

    // The rules as they are now, just before writing: whatever another administrator changed
    // since the first read goes back as they left it.
    auto fresh = co_await readVault(vault);
    if (!self)
        co_return AzureError::cancelled();
    if (!fresh)
        co_return fresh.error();
    const auto before = fresh->properties.networkAcls;
    const auto again = IpRuleCheck::check(address, before);
    if (!again.ok()) {
        // Somebody let the address through meanwhile (or filled the list): nothing to write.
        outcome.check = again;
        outcome.rules = before;
        co_return outcome;
    }
    outcome.check = again;
    auto rules = before;
    rules.addIpRule(outcome.check.rule);
    const auto reason = temporary ? QStringLiteral("temporary") : QStringLiteral("add-my-address");
    const ArmClient arm(m_pipeline);
    auto updated = co_await arm.updateNetworkRules(vault.subscriptionId, vault.resourceGroup,
                                                   vault.name, rules);
    if (!self)
        co_return AzureError::cancelled();
    if (!updated) {
        record(vault, QStringLiteral("add"), outcome.check.rule, reason, &updated.error());
        co_return updated.error();
    }
    qCInfo(lcFirewall) << "added IP rule" << outcome.check.rule << "to" << vault.name;
    outcome.added = true;
    outcome.rules = updated->properties.networkAcls;

    // Read back: the rule is there, and no rule that was there went.
    auto after = co_await readVault(vault);
    if (!self)
        co_return AzureError::cancelled();
    bool ruleThere = hasIpRule(outcome.rules, outcome.check.rule);
    if (!after) {
        outcome.verification = tr("The rules could not be read back to check the change: %1")
                                   .arg(after.error().shortMessage());
    } else {
        outcome.rules = after->properties.networkAcls;
        ruleThere = hasIpRule(outcome.rules, outcome.check.rule);
        const auto lost = lostRules(before, outcome.rules);
        if (!ruleThere)
            outcome.verification =
                tr("%1 was accepted, but the vault's rules no longer hold it: another change "
                   "crossed this one. Check the vault's firewall.")
                    .arg(outcome.check.rule);
        else if (!lost.isEmpty())
            outcome.verification =
                tr("%1 was added, but these rules that were there before are gone now: %2. "
                   "Another change crossed this one; check the vault's firewall.")
                    .arg(outcome.check.rule, lost.join(QStringLiteral(", ")));
    }
    if (outcome.verification.isEmpty()) {
        record(vault, QStringLiteral("add"), outcome.check.rule, reason, nullptr);
    } else {
        qCWarning(lcFirewall).noquote() << outcome.verification;
        const auto problem = verificationError(outcome.verification);
        record(vault, QStringLiteral("add"), outcome.check.rule, reason, &problem);
    }
    if (temporary && ruleThere) {
        PendingRemoval removal;
        removal.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        removal.vault = vault;
        removal.rule = outcome.check.rule;
        removal.added = QDateTime::currentDateTimeUtc();
        removal.expires = removal.added.addSecs(duration.count());
        m_journal.addPending(removal);
        outcome.temporary = removal;
        Q_EMIT pendingChanged();
        scheduleNext();
    }
    Q_EMIT ruleAdded(vault, outcome.check.rule);
    co_return outcome;
}

QCoro::Task<Status> FirewallRuleEditor::removeTemporary(QString id, QString reason)
{
    const QPointer<FirewallRuleEditor> self(this);
    m_journal.reload();
    const auto all = m_journal.pending();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&](const auto &removal) { return removal.id == id; });
    if (it == all.cend())
        co_return Done{}; // removed already (by another instance, say)
    const auto removal = *it;
    if (!m_pipeline)
        co_return AzureError::cancelled();
    // Read just before writing, as for an add.
    auto current = co_await readVault(removal.vault);
    if (!self)
        co_return AzureError::cancelled();
    if (!current && current.error().isNotFound()) {
        record(removal.vault, QStringLiteral("remove"), removal.rule, reason, &current.error());
        m_journal.removePending(id); // the vault is gone, and its rules with it
        Q_EMIT pendingChanged();
        co_return Done{};
    }
    if (!current)
        co_return current.error();
    const auto before = current->properties.networkAcls;
    auto rules = before;
    if (!rules.removeIpRule(removal.rule)) {
        m_journal.removePending(id); // somebody took it away already
        Q_EMIT pendingChanged();
        co_return Done{};
    }
    const ArmClient arm(m_pipeline);
    auto updated = co_await arm.updateNetworkRules(
        removal.vault.subscriptionId, removal.vault.resourceGroup, removal.vault.name, rules);
    if (!self)
        co_return AzureError::cancelled();
    if (!updated) {
        record(removal.vault, QStringLiteral("remove"), removal.rule, reason, &updated.error());
        co_return updated.error();
    }
    // Read back: the rule went, and nothing else with it.
    auto after = co_await readVault(removal.vault);
    if (!self)
        co_return AzureError::cancelled();
    const auto &now = after ? after->properties.networkAcls : updated->properties.networkAcls;
    QString problem;
    if (hasIpRule(now, removal.rule))
        problem = tr("%1 is still in the rules of %2 after its removal: another change crossed "
                     "this one.")
                      .arg(removal.rule, removal.vault.name);
    else if (const auto lost = lostRules(before, now, removal.rule); !lost.isEmpty())
        problem = tr("Removing %1 from %2, these rules went too: %3. Another change crossed this "
                     "one; check the vault's firewall.")
                      .arg(removal.rule, removal.vault.name, lost.join(QStringLiteral(", ")));
    if (!problem.isEmpty()) {
        const auto error = verificationError(problem);
        record(removal.vault, QStringLiteral("remove"), removal.rule, reason, &error);
        if (!hasIpRule(now, removal.rule)) {
            m_journal.removePending(id);
            Q_EMIT pendingChanged();
            Q_EMIT ruleRemoved(removal.vault, removal.rule);
        }
        co_return error; // still pending when the rule is still there: tried again later
    }
    record(removal.vault, QStringLiteral("remove"), removal.rule, reason, nullptr);
    qCInfo(lcFirewall) << "removed temporary IP rule" << removal.rule << "from"
                       << removal.vault.name;
    m_journal.removePending(id);
    Q_EMIT pendingChanged();
    Q_EMIT ruleRemoved(removal.vault, removal.rule);
    co_return Done{};
}

QCoro::Task<int> FirewallRuleEditor::removeDue()
{
    return removeWhere(true, QStringLiteral("expired"));
}

QCoro::Task<int> FirewallRuleEditor::removeAll()
{
    return removeWhere(false, QStringLiteral("quit"));
}

QCoro::Task<int> FirewallRuleEditor::removeWhere(bool dueOnly, QString reason)
{
    const QPointer<FirewallRuleEditor> self(this);
    m_journal.reload();
    m_timer->stop();
    m_removing = true;
    int removed = 0;
    bool failed = false;
    // One after another: each removal reads and rewrites the vault's whole rule list.
    const auto now = QDateTime::currentDateTimeUtc();
    for (const auto &removal : pending()) {
        if (dueOnly && removal.expires > now)
            continue;
        auto status = co_await removeTemporary(removal.id, reason);
        if (!self)
            co_return removed;
        if (status)
            ++removed;
        else {
            failed = true;
            qCWarning(lcFirewall) << "could not remove temporary IP rule" << removal.rule << "from"
                                  << removal.vault.name << status.error().shortMessage();
        }
    }
    m_removing = false;
    // A removal that failed (no network, say) is tried again later, not in a tight loop.
    scheduleNext(failed ? 60000 : 0);
    co_return removed;
}

} // namespace kluis::core
