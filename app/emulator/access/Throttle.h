#pragma once

#include "http/ApiResponse.h"

#include <QHash>
#include <QString>

#include <optional>

namespace kluis::emulator {

// Per-vault request limits over a sliding 10-second window, as the service's.
class Throttle
{
public:
    Throttle(int limitPer10s, bool sendRetryAfter);
    // The 429 to answer with when this request exceeds the vault's limit.
    std::optional<ApiResponse> admit(const QString &vault);

private:
    int m_limit;
    bool m_retryAfter;
};

} // namespace kluis::emulator
