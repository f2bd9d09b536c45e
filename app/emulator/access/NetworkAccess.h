#pragma once

#include "http/ApiResponse.h"
#include "state/EmulatorState.h"

#include <QHostAddress>

#include <optional>

namespace kluis::emulator {

// The vault's network gates, applied to data-plane calls only: public network access, then
// networkAcls (default action, IP rules). Returns the service's 403 when the caller is refused.
class NetworkAccess
{
public:
    static std::optional<ApiResponse> check(const Vault &vault, const QHostAddress &peer);
};

} // namespace kluis::emulator
