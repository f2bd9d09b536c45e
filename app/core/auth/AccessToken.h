#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace kluis::core {

// A bearer token in memory only: never logged, never written anywhere.
struct AccessToken
{
    QByteArray token;
    QDateTime expiresOn; // UTC

    // Refreshed this long before it expires, so a request never carries a token that
    // expires on the way.
    static constexpr int refreshMarginSeconds = 300;
    bool needsRefresh(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return token.isEmpty() || now.secsTo(expiresOn) < refreshMarginSeconds;
    }
};

// Reads a Microsoft identity platform token answer (success or {"error", "error_description",
// "error_codes", "trace_id"}). `now` anchors expires_in.
Result<AccessToken> parseTokenResponse(int httpStatus, const QByteArray &body,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace kluis::core
