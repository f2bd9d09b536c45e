#pragma once

#include "state/EmulatorState.h"

namespace kluis::emulator {

// The tenants, subscriptions, resource groups, vaults and clients of a new state.
class DemoSeed
{
public:
    // "demo": two subscriptions, resource groups, an open vault full of items, a vault whose
    // firewall refuses the local client, one with public network access disabled, an RBAC
    // vault (team-kv, where the reader holds Key Vault Reader), a vault in an enforced network
    // security perimeter; two clients, one with full data access and one with none.
    static void seedDemo(EmulatorState &state);
    // "empty": a tenant, one subscription and resource group, the two clients, no vaults.
    static void seedEmpty(EmulatorState &state);
    // --seed-count VAULT=N: N generated secrets in VAULT, made (open) when it does not exist.
    static void seedCount(EmulatorState &state, const QString &vaultName, int count);

    // The role assignments every seed starts with: the demo user and the automation client
    // are Owner and Key Vault Administrator at the tenant's root management group, the reader
    // is Reader there (Resource Manager only).
    static void seedRoleAssignments(EmulatorState &state);

    // ARM properties of a new vault, as the service fills them in.
    static QJsonObject defaultVaultProperties(const QString &tenantId);
};

} // namespace kluis::emulator
