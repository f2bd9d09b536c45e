#include "VaultService.h"

namespace kluis::emulator {

VaultService::VaultService(EmulatorState &state, const Endpoints &endpoints,
                           const TokenIssuer &issuer, Throttle &throttle)
    : m_state(state)
    , m_endpoints(endpoints)
    , m_issuer(issuer)
    , m_throttle(throttle)
{}

ApiResponse VaultService::handle(const QString &, const ApiRequest &)
{
    return ApiResponse::error(501, QStringLiteral("NotImplemented"),
                              QStringLiteral("The vault data plane is not implemented yet."));
}

} // namespace kluis::emulator
