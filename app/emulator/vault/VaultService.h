#pragma once

#include "access/Throttle.h"
#include "auth/TokenIssuer.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "server/Endpoints.h"
#include "state/EmulatorState.h"

namespace kluis::emulator {

// The Key Vault data plane on <vault>.vault.NAME.
class VaultService
{
public:
    VaultService(EmulatorState &state, const Endpoints &endpoints, const TokenIssuer &issuer,
                 Throttle &throttle);

    ApiResponse handle(const QString &vaultName, const ApiRequest &request);

private:
    EmulatorState &m_state;
    const Endpoints &m_endpoints;
    const TokenIssuer &m_issuer;
    Throttle &m_throttle;
};

} // namespace kluis::emulator
