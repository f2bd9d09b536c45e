#include "TokenService.h"

namespace kluis::emulator {

TokenService::TokenService(EmulatorState &state, const Endpoints &endpoints, TokenIssuer &issuer)
    : m_state(state)
    , m_endpoints(endpoints)
    , m_issuer(issuer)
{}

ApiResponse TokenService::handle(const ApiRequest &)
{
    return ApiResponse::error(501, QStringLiteral("NotImplemented"),
                              QStringLiteral("The token service is not implemented yet."));
}

} // namespace kluis::emulator
