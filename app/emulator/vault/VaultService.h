#pragma once

#include "access/Throttle.h"
#include "auth/TokenIssuer.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "server/Endpoints.h"
#include "state/EmulatorState.h"

namespace kluis::emulator {

struct VaultOperation;

// The Key Vault data plane on <vault>.vault.NAME: health, api-version, the bearer challenge,
// the network gates, permissions and throttling, then the operation (vault/VaultApi).
class VaultService
{
public:
    VaultService(EmulatorState &state, const Endpoints &endpoints, const TokenIssuer &issuer,
                 Throttle &throttle);

    ApiResponse handle(const QString &vaultName, const ApiRequest &request);
    // Adds the headers every Key Vault response carries (x-ms-keyvault-network-info with the
    // caller's address, request id, region, service version) where they are missing.
    void decorate(ApiResponse &response, const Vault *vault, const ApiRequest &request) const;

private:
    ApiResponse serve(Vault &vault, const ApiRequest &request);
    ApiResponse unauthorized(const TokenCheck &check, const ApiRequest &request) const;
    std::optional<ApiResponse> permissionDenied(const Vault &vault, const TokenClaims &claims,
                                                const VaultOperation &operation) const;

    EmulatorState &m_state;
    const Endpoints &m_endpoints;
    const TokenIssuer &m_issuer;
    Throttle &m_throttle;
};

} // namespace kluis::emulator
