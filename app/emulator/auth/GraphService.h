#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

namespace kluis::emulator {

struct Endpoints;
class EmulatorState;
class TokenIssuer;

// The little of Microsoft Graph Kluis asks for: GET /v1.0/me (the signed-in user),
// GET /v1.0/organization (the tenant) and POST /v1.0/directoryObjects/getByIds (names of users
// and service principals, for role assignments), with a Graph token from TokenIssuer.
class GraphService
{
public:
    GraphService(const EmulatorState &state, const Endpoints &endpoints, TokenIssuer &issuer);

    ApiResponse handle(const ApiRequest &request);

private:
    ApiResponse getByIds(const ApiRequest &request) const;

    const EmulatorState &m_state;
    const Endpoints &m_endpoints;
    TokenIssuer &m_issuer;
};

} // namespace kluis::emulator
