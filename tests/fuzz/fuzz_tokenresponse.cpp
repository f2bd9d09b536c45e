// parseTokenResponse: the identity platform's token answers, success and error.
#include "auth/AccessToken.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    (void)kluis::core::parseTokenResponse(200, body, now);
    (void)kluis::core::parseTokenResponse(400, body, now);
    return 0;
}
