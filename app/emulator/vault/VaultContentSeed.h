#pragma once

#include "state/EmulatorState.h"

namespace kluis::emulator {

// Data-plane contents for the demo seed and --seed-count, written straight into the state.
class VaultContentSeed
{
public:
    // Secrets, keys, certificates, versions and deleted items for a demo vault.
    static void fillDemo(Vault &vault);
    // One secret for a small team's vault (the RBAC demo vault).
    static void fillTeam(Vault &vault);
    // Adds generated secrets until the vault holds `count` of them (idempotent across restarts).
    static void addGeneratedSecrets(Vault &vault, int count);
};

} // namespace kluis::emulator
