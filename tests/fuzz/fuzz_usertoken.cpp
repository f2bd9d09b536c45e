// parseUserTokenResponse: a user flow's token answer (refresh token, id_token, client_info).
#include "auth/UserCredential.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)kluis::core::parseUserTokenResponse(200, body);
    (void)kluis::core::parseUserTokenResponse(400, body);
    return 0;
}
