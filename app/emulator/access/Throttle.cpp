#include "Throttle.h"

namespace kluis::emulator {

Throttle::Throttle(int limitPer10s, bool sendRetryAfter)
    : m_limit(limitPer10s)
    , m_retryAfter(sendRetryAfter)
{}

std::optional<ApiResponse> Throttle::admit(const QString &)
{
    return std::nullopt;
}

} // namespace kluis::emulator
