#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

namespace kluis::emulator {

struct Endpoints;
class TokenIssuer;

// The little of Microsoft Graph Kluis asks for: GET /v1.0/me (the signed-in user) and
// GET /v1.0/organization (the tenant), with a Graph token from TokenIssuer.
class GraphService
{
public:
    GraphService(const Endpoints &endpoints, TokenIssuer &issuer);

    ApiResponse handle(const ApiRequest &request);

private:
    const Endpoints &m_endpoints;
    TokenIssuer &m_issuer;
};

} // namespace kluis::emulator
