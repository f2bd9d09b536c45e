#pragma once

#include "auth/TokenIssuer.h"
#include "http/ApiResponse.h"
#include "state/EmulatorState.h"

#include <QHostAddress>

#include <optional>

namespace kluis::emulator {

// The vault's network gates, applied to data-plane calls only (after the token is checked,
// since the firewall's message quotes the caller): public network access, then networkAcls
// (default action, IP rules). Returns the service's 403 when the caller is refused.
class NetworkAccess
{
public:
    static std::optional<ApiResponse> check(const Vault &vault, const QHostAddress &peer,
                                            const TokenClaims &caller);
};

} // namespace kluis::emulator
