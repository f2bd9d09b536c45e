#include "NetworkAccess.h"

namespace kluis::emulator {

std::optional<ApiResponse> NetworkAccess::check(const Vault &, const QHostAddress &,
                                                const TokenClaims &)
{
    return std::nullopt;
}

} // namespace kluis::emulator
