#pragma once

#include "crossvault/VaultInventory.h"

#include <QJsonObject>
#include <QStringList>

namespace kluis::core {

// How the secrets (keys, certificates) of two vaults differ: names in one only, and for names
// in both the fields that differ: "value" (secrets only, compared by a SHA-256 computed here;
// the values are wiped at once and never kept), "contentType", "tags", "enabled", "notBefore",
// "expires". "value-unknown" when a side's value cannot be read (a disabled secret).
// Certificates' managed keys and secrets are left out: their certificates are compared.
struct VaultComparison
{
    struct Difference
    {
        QString name;
        QStringList fields;
    };

    QStringList onlyInFrom;
    QStringList onlyInTo;
    QList<Difference> different;
    int same = 0;

    // {"onlyInFrom": [names], "onlyInTo": [names], "different": [{"name", "fields"}], "same": N}
    QJsonObject toJson() const;
};

QCoro::Task<Result<VaultComparison>> compareVaults(NamedVault from, NamedVault to,
                                                   ObjectKind kind = ObjectKind::Secret);

// The fields in which two listed secrets differ (without "value").
QStringList differingAttributes(const ObjectSummary &from, const ObjectSummary &to);

} // namespace kluis::core
