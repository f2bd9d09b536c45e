#include "crossvault/ExpiryReport.h"

#include "common/EnumNames.h"

#include <algorithm>
#include <tuple>

namespace kluis::core {

namespace {
constexpr EnumNames<ExpiryReport::Finding, 7> kFindings{{
    {ExpiryReport::Finding::Expired, "expired"},
    {ExpiryReport::Finding::Expiring, "expiring"},
    {ExpiryReport::Finding::NoExpiry, "no-expiry"},
    {ExpiryReport::Finding::Disabled, "disabled"},
    {ExpiryReport::Finding::Stale, "stale"},
    {ExpiryReport::Finding::NoRotationPolicy, "no-rotation-policy"},
    {ExpiryReport::Finding::NoAutoRenew, "no-auto-renew"},
}};
} // namespace

ExpiryReport::ExpiryReport(QDateTime now, int withinDays, int staleDays)
    : m_now(std::move(now))
    , m_withinDays(withinDays)
    , m_staleDays(staleDays)
{}

QString ExpiryReport::findingName(Finding finding)
{
    return QString::fromLatin1(nameOf(kFindings, finding));
}

bool ExpiryReport::isAboutVersion(Finding finding)
{
    return finding == Finding::Expired || finding == Finding::Expiring ||
           finding == Finding::Disabled;
}

QList<ExpiryReport::Row> ExpiryReport::findings(const QList<ObjectSummary> &objects) const
{
    QList<Row> rows;
    for (const auto &object : objects) {
        if (object.managed)
            continue;
        const auto &attributes = object.attributes;
        const auto add = [&](Finding finding) { rows.append(Row{object, finding, {}}); };
        if (!attributes.expires)
            add(Finding::NoExpiry);
        else if (*attributes.expires <= m_now)
            add(Finding::Expired);
        else if (*attributes.expires <= m_now.addDays(m_withinDays))
            add(Finding::Expiring);
        if (!attributes.enabled)
            add(Finding::Disabled);
        const auto changed = attributes.updated ? attributes.updated : attributes.created;
        if (changed && *changed < m_now.addDays(-m_staleDays))
            add(Finding::Stale);
    }
    sort(rows);
    return rows;
}

void ExpiryReport::sort(QList<Row> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tuple(a.object.vault.toLower(), int(a.object.kind), a.object.name.toLower()) <
               std::tuple(b.object.vault.toLower(), int(b.object.kind), b.object.name.toLower());
    });
}

bool ExpiryReport::hasPolicy(const ObjectSummary &object)
{
    return !object.managed &&
           (object.kind == ObjectKind::Key || object.kind == ObjectKind::Certificate);
}

QCoro::Task<std::optional<ExpiryReport::Row>> ExpiryReport::policyFinding(KeyVaultClient client,
                                                                          ObjectSummary object)
{
    if (!hasPolicy(object))
        co_return std::nullopt;
    if (object.kind == ObjectKind::Key) {
        auto task = client.getKeyRotationPolicy(object.name);
        const auto policy = co_await task;
        if (!policy || policy->rotates())
            co_return std::nullopt;
        co_return Row{std::move(object), Finding::NoRotationPolicy, {}};
    }
    auto task = client.getCertificatePolicy(object.name);
    const auto policy = co_await task;
    if (!policy || policy->autoRenews())
        co_return std::nullopt;
    co_return Row{std::move(object), Finding::NoAutoRenew, {}};
}

ReportTable ExpiryReport::table(const QList<Row> &rows)
{
    ReportTable table{{QStringLiteral("vault"), QStringLiteral("kind"), QStringLiteral("name"),
                       QStringLiteral("version"), QStringLiteral("expires"),
                       QStringLiteral("state")},
                      {}};
    for (const auto &row : rows) {
        const auto json = row.toJson();
        QStringList cells;
        for (const auto &column : std::as_const(table.columns))
            cells << json.value(column).toString();
        table.rows.append(cells);
    }
    return table;
}

QJsonObject ExpiryReport::Row::toJson() const
{
    return {{QStringLiteral("vault"), object.vault},
            {QStringLiteral("kind"), kindName(object.kind)},
            {QStringLiteral("name"), object.name},
            {QStringLiteral("version"), version},
            {QStringLiteral("expires"), object.expiresText()},
            {QStringLiteral("state"), findingName(finding)}};
}

} // namespace kluis::core
