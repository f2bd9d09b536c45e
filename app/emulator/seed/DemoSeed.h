#pragma once

#include "state/EmulatorState.h"

namespace kluis::emulator {

// The tenants, subscriptions, resource groups, vaults and clients of a new state.
class DemoSeed
{
public:
    // "demo": two subscriptions, resource groups, an open vault full of items, a vault whose
    // firewall refuses the local client, one with public network access disabled, an RBAC
    // vault; two clients, one with full data access and one with none.
    static void seedDemo(EmulatorState &state);
    // "empty": a tenant, one subscription and resource group, the two clients, no vaults.
    static void seedEmpty(EmulatorState &state);
    // --seed-count VAULT=N: N generated secrets in VAULT, made (open) when it does not exist.
    static void seedCount(EmulatorState &state, const QString &vaultName, int count);

    // ARM properties of a new vault, as the service fills them in.
    static QJsonObject defaultVaultProperties(const QString &tenantId);
};

} // namespace kluis::emulator
