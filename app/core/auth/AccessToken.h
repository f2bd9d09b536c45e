#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace kluis::core {

// A bearer token in memory only: never logged, never written anywhere.
struct AccessToken
{
    QByteArray token;
    QDateTime expiresOn;      // UTC
    QDateTime refreshOn = {}; // UTC; invalid: refreshMarginSeconds before expiresOn

    // Refreshed this long before it expires, so a request never carries a token that
    // expires on the way.
    static constexpr int refreshMarginSeconds = 300;
    // A longer lifetime is taken as this one (the service renews a token it refuses).
    static constexpr qint64 maxLifetimeSeconds = qint64(24) * 3600;
    bool needsRefresh(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return token.isEmpty() ||
               now >= (refreshOn.isValid() ? refreshOn : expiresOn.addSecs(-refreshMarginSeconds));
    }
    // A token that lives `lifetime` seconds from `now`. One that lives less than twice the
    // margin is refreshed halfway through its life instead: a 120 s token serves a minute of
    // requests rather than none (asking again before every request would be a storm).
    static AccessToken expiringIn(QByteArray token, qint64 lifetime, const QDateTime &now);
};

// Reads a Microsoft identity platform token answer (success or {"error", "error_description",
// "error_codes", "trace_id"}). `now` anchors expires_in.
Result<AccessToken> parseTokenResponse(int httpStatus, const QByteArray &body,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace kluis::core
