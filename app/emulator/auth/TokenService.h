#pragma once

#include "TokenIssuer.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

namespace kluis::emulator {

// The Entra ID-like token service on login.NAME (and graph.NAME).
class TokenService
{
public:
    TokenService(EmulatorState &state, const Endpoints &endpoints, TokenIssuer &issuer);

    ApiResponse handle(const ApiRequest &request);

private:
    EmulatorState &m_state;
    const Endpoints &m_endpoints;
    TokenIssuer &m_issuer;
};

} // namespace kluis::emulator
