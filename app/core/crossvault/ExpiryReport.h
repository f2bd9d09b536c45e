#pragma once

#include "crossvault/ObjectSummary.h"
#include "crossvault/ReportTable.h"

#include <QDateTime>
#include <QList>

namespace kluis::core {

// What needs an administrator's eye in a set of objects: the expired, those expiring within
// `withinDays`, those without an expiry date, the disabled and those not updated for
// `staleDays`. An object can have more than one finding (disabled and without expiry, say).
class ExpiryReport
{
public:
    enum class Finding
    {
        Expired,
        Expiring,
        NoExpiry,
        Disabled,
        Stale,
    };

    struct Row
    {
        ObjectSummary object;
        Finding finding = Finding::Expired;
        QString version; // the current version where the finding is about it (see README)

        // {"vault", "kind", "name", "version", "expires", "state"}
        QJsonObject toJson() const;
    };

    ExpiryReport(QDateTime now, int withinDays, int staleDays = 365);

    // Rows as kluisctl's --json has them: vault, kind, name, version, expires, state.
    static ReportTable table(const QList<Row> &rows);
    // The findings of `objects`, by vault, kind and name. A certificate's managed key and
    // secret are left out: the certificate carries the finding.
    QList<Row> findings(const QList<ObjectSummary> &objects) const;
    // "expired", "expiring", "no-expiry", "disabled", "stale".
    static QString findingName(Finding finding);
    // Whether the finding is about the current version (expiry and enabled are per version).
    static bool isAboutVersion(Finding finding);

private:
    QDateTime m_now;
    int m_withinDays;
    int m_staleDays;
};

} // namespace kluis::core
