#include "NetworkAccess.h"

namespace kluis::emulator {

std::optional<ApiResponse> NetworkAccess::check(const Vault &, const QHostAddress &)
{
    return std::nullopt;
}

} // namespace kluis::emulator
