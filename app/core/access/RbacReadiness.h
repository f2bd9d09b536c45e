#pragma once

#include "clients/ArmTypes.h"
#include "crossvault/ReportTable.h"

#include <QJsonObject>

namespace kluis::core {

// Readiness for Azure RBAC by default: an access policy entry mapped to the built-in Key Vault
// roles that cover it, with what those roles would grant beyond the entry and what no role
// covers.
class RbacReadiness
{
public:
    struct Mapping
    {
        AccessPolicyEntry entry;
        QStringList roles;       // least privileged first, none covered by another
        QStringList overGranted; // "secrets/list": granted by the roles, not by the entry
        QStringList notCovered;  // "storage/get": in the entry, in no built-in role's reach
    };

    static Mapping map(const AccessPolicyEntry &entry);
    // {"vault", "objectId", "applicationId", "permissions": {"keys": [], …}, "roles": [],
    //  "overGranted": [], "notCovered": []}
    static QJsonObject toJson(const QString &vault, const Mapping &mapping);
    // Every vault not on RBAC, each entry a row (a vault without entries a row of its own):
    // vault, objectId, applicationId, permissions, roles, overGranted, notCovered.
    static ReportTable table(const QList<VaultResource> &vaults);
};

} // namespace kluis::core
