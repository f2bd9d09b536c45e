#include "TokenIssuer.h"

namespace kluis::emulator {

TokenIssuer::TokenIssuer(EmulatorState &state, const Endpoints &endpoints)
    : m_state(state)
    , m_endpoints(endpoints)
{}

QByteArray TokenIssuer::issue(const TokenClaims &) const
{
    return {};
}

TokenCheck TokenIssuer::validate(const QByteArray &, const QStringList &) const
{
    return {};
}

} // namespace kluis::emulator
