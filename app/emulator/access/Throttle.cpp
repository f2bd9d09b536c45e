#include "Throttle.h"

namespace kluis::emulator {

Throttle::Throttle(int limitPer10s, bool sendRetryAfter)
    : m_limit(limitPer10s)
    , m_retryAfter(sendRetryAfter)
{
    m_started.start();
}

std::optional<ApiResponse> Throttle::admit(const QString &vault)
{
    if (m_limit <= 0)
        return std::nullopt;
    const qint64 now = m_clock ? m_clock() : m_started.elapsed();
    auto &times = m_admitted[vault.toLower()];
    while (!times.empty() && times.front() <= now - kWindowMs)
        times.pop_front();
    if (qsizetype(times.size()) < m_limit) {
        times.push_back(now);
        return std::nullopt;
    }
    auto response = ApiResponse::error(
        429, QStringLiteral("Throttled"),
        QStringLiteral("Request was not processed because too many requests were received. "
                       "Reason: VaultRequestTypeLimitReached"));
    if (m_retryAfter) {
        // Seconds until the oldest admitted request leaves the window and frees a slot.
        const qint64 waitMs = times.front() + kWindowMs - now;
        const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
        response.withHeader("Retry-After", QByteArray::number(seconds));
    }
    return response;
}

} // namespace kluis::emulator
