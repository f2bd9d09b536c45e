#include "diagnostics/RuleChangeLog.h"

#include "common/SecretFile.h"
#include <QCoreApplication>
#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>

namespace kluis::core {

namespace {
// The journal keeps the newest changes; older ones are of no use to anybody.
constexpr qsizetype maxChanges = 2000;
// Another instance holds the lock only while it writes the file.
constexpr int lockWaitMs = 5000;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
} // namespace

QJsonObject VaultTarget::toJson() const
{
    return {{QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("subscriptionId"), subscriptionId},
            {QStringLiteral("resourceGroup"), resourceGroup},
            {QStringLiteral("name"), name}};
}

VaultTarget VaultTarget::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("endpoint")).toString(),
            object.value(QStringLiteral("subscriptionId")).toString(),
            object.value(QStringLiteral("resourceGroup")).toString(),
            object.value(QStringLiteral("name")).toString()};
}

QJsonObject RuleChange::toJson() const
{
    QJsonObject object{
        {QStringLiteral("time"), isoTime(time)}, {QStringLiteral("vault"), vault.toJson()},
        {QStringLiteral("action"), action},      {QStringLiteral("rule"), rule},
        {QStringLiteral("reason"), reason},      {QStringLiteral("succeeded"), succeeded}};
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return object;
}

RuleChange RuleChange::fromJson(const QJsonObject &object)
{
    RuleChange change;
    change.time = parseTime(object.value(QStringLiteral("time")));
    change.vault = VaultTarget::fromJson(object.value(QStringLiteral("vault")).toObject());
    change.action = object.value(QStringLiteral("action")).toString();
    change.rule = object.value(QStringLiteral("rule")).toString();
    change.reason = object.value(QStringLiteral("reason")).toString();
    change.succeeded = object.value(QStringLiteral("succeeded")).toBool();
    change.error = object.value(QStringLiteral("error")).toString();
    return change;
}

QJsonObject PendingRemoval::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("vault"), vault.toJson()},
            {QStringLiteral("rule"), rule},
            {QStringLiteral("added"), isoTime(added)},
            {QStringLiteral("expires"), isoTime(expires)}};
}

PendingRemoval PendingRemoval::fromJson(const QJsonObject &object)
{
    PendingRemoval removal;
    removal.id = object.value(QStringLiteral("id")).toString();
    removal.vault = VaultTarget::fromJson(object.value(QStringLiteral("vault")).toObject());
    removal.rule = object.value(QStringLiteral("rule")).toString();
    removal.added = parseTime(object.value(QStringLiteral("added")));
    removal.expires = parseTime(object.value(QStringLiteral("expires")));
    return removal;
}

RuleChangeLog::RuleChangeLog(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{
    reload();
}

QString RuleChangeLog::defaultPath()
{
    auto directory = qEnvironmentVariable("KLUIS_DATA_DIR");
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(directory).filePath(QStringLiteral("firewall-journal.json"));
}

void RuleChangeLog::reload()
{
    QString error;
    if (!load(&error))
        m_error = error;
}

bool RuleChangeLog::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists()) {
        m_changes.clear();
        m_pending.clear();
        return true; // no journal yet
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Never written over: the rules it lists as pending would be forgotten.
        *error =
            QCoreApplication::translate("RuleChangeLog", "The firewall journal %1 is damaged (%2).")
                .arg(m_path, parseError.errorString());
        return false;
    }
    const auto root = document.object();
    m_changes.clear();
    m_pending.clear();
    for (const auto &value : root.value(QStringLiteral("changes")).toArray())
        m_changes.append(RuleChange::fromJson(value.toObject()));
    for (const auto &value : root.value(QStringLiteral("pending")).toArray())
        m_pending.append(PendingRemoval::fromJson(value.toObject()));
    return true;
}

QList<PendingRemoval> RuleChangeLog::due(const QDateTime &now) const
{
    QList<PendingRemoval> result;
    for (const auto &removal : m_pending) {
        if (removal.expires <= now)
            result.append(removal);
    }
    return result;
}

bool RuleChangeLog::record(const RuleChange &change)
{
    return update([&] {
        m_changes.append(change);
        if (m_changes.size() > maxChanges)
            m_changes.remove(0, m_changes.size() - maxChanges);
    });
}

bool RuleChangeLog::addPending(const PendingRemoval &removal)
{
    return update([&] {
        m_pending.removeIf([&](const auto &other) { return other.id == removal.id; });
        m_pending.append(removal);
    });
}

bool RuleChangeLog::removePending(const QString &id)
{
    return update(
        [&] { m_pending.removeIf([&](const auto &removal) { return removal.id == id; }); });
}

bool RuleChangeLog::update(const std::function<void()> &change)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(lockWaitMs)) {
        m_error = QCoreApplication::translate("RuleChangeLog",
                                              "Another Kluis holds the firewall journal %1.")
                      .arg(m_path);
        change(); // kept in memory at least, for this instance
        return false;
    }
    QString error;
    if (!load(&error)) {
        m_error = error;
        change();
        return false;
    }
    change();
    return save();
}

bool RuleChangeLog::save()
{
    QJsonArray changes;
    for (const auto &change : std::as_const(m_changes))
        changes.append(change.toJson());
    QJsonArray pending;
    for (const auto &removal : std::as_const(m_pending))
        pending.append(removal.toJson());
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("changes"), changes},
                           {QStringLiteral("pending"), pending}};
    if (!SecretFile::write(m_path, QJsonDocument(root).toJson(), &m_error))
        return false;
    m_error.clear();
    return true;
}

} // namespace kluis::core
