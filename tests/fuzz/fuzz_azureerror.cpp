// AzureError::http: service error bodies ({"error": {code, message, innererror...}}) of any shape.
#include "common/AzureError.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto error =
        kluis::core::AzureError::http(size > 0 ? 400 + data[0] % 200 : 500, body, QByteArray("id"));
    (void)error.shortMessage();
    (void)error.detailedMessage();
    (void)error.isFirewall();
    (void)kluis::core::innermostErrorCode(body);
    (void)kluis::core::parseNetworkInfoAddress(body);
    return 0;
}
