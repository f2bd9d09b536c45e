#include "ResourceManagerService.h"

namespace kluis::emulator {

ResourceManagerService::ResourceManagerService(EmulatorState &state, const Endpoints &endpoints,
                                               const TokenIssuer &issuer)
    : m_state(state)
    , m_endpoints(endpoints)
    , m_issuer(issuer)
{}

ApiResponse ResourceManagerService::handle(const ApiRequest &)
{
    return ApiResponse::error(501, QStringLiteral("NotImplemented"),
                              QStringLiteral("Resource Manager is not implemented yet."));
}

} // namespace kluis::emulator
