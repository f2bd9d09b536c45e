#pragma once

#include "common/AzureError.h"

#include <QJsonObject>

#include <optional>

namespace kluis::core {

// What a refused request lacked, read from the service's 403: the data action an RBAC vault
// checked (ForbiddenByRbac names it), or the access policy permission a policy vault wanted
// ("does not have secrets get permission"), each with the other's equivalent and the least
// privileged built-in role that grants it.
struct MissingPermission
{
    QString action;           // "Microsoft.KeyVault/vaults/secrets/getSecret/action"
    QString suggestedRole;    // "Key Vault Secrets User"; empty when no built-in role is known
    QString policyPermission; // "secrets/get"; empty when access policies have none
    bool byRbac = false;      // the vault decides by RBAC (else by access policies)

    // Nothing when the error is no permission refusal the service explained.
    static std::optional<MissingPermission> from(const AzureError &error);
    // {"action", "suggestedRole", "policyPermission", "model": "rbac"|"accessPolicies"}
    QJsonObject toJson() const;
};

} // namespace kluis::core
