#pragma once

#include "auth/TokenIssuer.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "server/Endpoints.h"
#include "state/EmulatorState.h"

namespace kluis::emulator {

// Microsoft.Authorization under any scope: role definitions (the built-in ones), role
// assignments (listed, created and deleted; writing needs
// Microsoft.Authorization/roleAssignments/write at the scope, as Owner and User Access
// Administrator have) and the caller's permissions at a scope.
class AuthorizationService
{
public:
    AuthorizationService(EmulatorState &state, const Endpoints &endpoints,
                         const TokenIssuer &issuer);

    // `scope` is the path before /providers/Microsoft.Authorization ("" for the tenant), `rest`
    // the segments after it ("roleAssignments", NAME).
    ApiResponse handle(const ApiRequest &request, const QString &scope, const QStringList &rest);

private:
    std::optional<ApiResponse> checkScope(const QString &scope) const;
    ApiResponse listDefinitions(const ApiRequest &request, const QString &scope) const;
    ApiResponse getDefinition(const QString &scope, const QString &guid) const;
    ApiResponse listAssignments(const ApiRequest &request, const QString &scope) const;
    ApiResponse getAssignment(const QString &scope, const QString &name) const;
    ApiResponse putAssignment(const ApiRequest &request, const TokenClaims &caller,
                              const QString &scope, const QString &name);
    ApiResponse deleteAssignment(const TokenClaims &caller, const QString &scope,
                                 const QString &name);
    // AuthorizationFailed unless the caller may do `action` on the assignment NAME at scope.
    std::optional<ApiResponse> refuseUnlessAllowed(const TokenClaims &caller, const QString &action,
                                                   const QString &scope, const QString &name) const;
    ApiResponse permissions(const TokenClaims &caller, const QString &scope) const;
    QJsonObject assignmentJson(const RoleAssignment &assignment) const;
    QString principalTypeOf(const QString &principalId) const;

    EmulatorState &m_state;
    const Endpoints &m_endpoints;
    const TokenIssuer &m_issuer;
};

} // namespace kluis::emulator
