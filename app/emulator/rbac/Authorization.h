#pragma once

#include "RoleDefinitions.h"
#include "state/EmulatorState.h"

namespace kluis::emulator {

// Azure RBAC's decision for one principal at one scope: the role assignments at the scope and
// above it (resource group, subscription, the root management group), their roles' actions and
// data actions, with Microsoft's wildcards (`*` for any text, case ignored).
class Authorization
{
public:
    // Whether an assignment at `assignmentScope` applies at `scope` (the same scope or a
    // parent of it; the root management group is above everything).
    static bool covers(const EmulatorState &state, const QString &assignmentScope,
                       const QString &scope);
    static bool matches(const QString &pattern, const QString &action);

    static QList<const RoleAssignment *> assignmentsAt(const EmulatorState &state,
                                                       const QString &scope);
    static bool permitsAction(const EmulatorState &state, const QString &principalId,
                              const QString &scope, const QString &action);
    static bool permitsDataAction(const EmulatorState &state, const QString &principalId,
                                  const QString &scope, const QString &dataAction);

    // An access policy entry of the vault granting `permission` ("get") of `collection`
    // ("secrets") to the principal, directly or through the application it acts as.
    static bool policyPermits(const Vault &vault, const QString &principalId, const QString &appId,
                              const QString &collection, const QString &permission);
};

} // namespace kluis::emulator
