#pragma once

#include "http/ApiResponse.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace kluis::emulator {

// Per-vault request limits over a sliding 10-second window, as the service's.
class Throttle
{
public:
    Throttle(int limitPer10s, bool sendRetryAfter);
    // The 429 to answer with when this request exceeds the vault's limit. Refused requests do
    // not count towards the window.
    std::optional<ApiResponse> admit(const QString &vault);

    static constexpr qint64 kWindowMs = 10000;
    // For tests: a clock in milliseconds (monotonic) instead of the real one.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    int m_limit;
    bool m_retryAfter;
    QElapsedTimer m_started;
    std::function<qint64()> m_clock;
    QHash<QString, std::deque<qint64>> m_admitted; // by lower-case vault name
};

} // namespace kluis::emulator
