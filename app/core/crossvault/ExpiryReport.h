#pragma once

#include "clients/KeyVaultClient.h"
#include "crossvault/ObjectSummary.h"
#include "crossvault/ReportTable.h"

#include <QDateTime>
#include <QList>

#include <QCoro/QCoroTask>

#include <optional>

namespace kluis::core {

// What needs an administrator's eye in a set of objects: the expired, those expiring within
// `withinDays`, those without an expiry date, the disabled and those not updated for
// `staleDays`; from their policies, keys nothing rotates and certificates nothing renews. An
// object can have more than one finding (disabled and without expiry, say).
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
        NoRotationPolicy, // a key without a Rotate lifetime action
        NoAutoRenew,      // a certificate whose policy does not renew it
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
    // The finding of an object's policy (a key's rotation policy, a certificate's policy), read
    // from the vault: one request per key or certificate. Nothing when the policy is sound,
    // cannot be read, or the object is a certificate's managed key.
    static QCoro::Task<std::optional<Row>> policyFinding(KeyVaultClient client,
                                                         ObjectSummary object);
    static bool hasPolicy(const ObjectSummary &object);
    // By vault, kind and name, as findings() returns them.
    static void sort(QList<Row> &rows);
    // "expired", "expiring", "no-expiry", "disabled", "stale", "no-rotation-policy",
    // "no-auto-renew".
    static QString findingName(Finding finding);
    // Whether the finding is about the current version (expiry and enabled are per version).
    static bool isAboutVersion(Finding finding);

private:
    QDateTime m_now;
    int m_withinDays;
    int m_staleDays;
};

} // namespace kluis::core
