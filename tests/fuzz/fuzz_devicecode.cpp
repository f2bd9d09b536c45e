// parseDeviceCodeAnswer: the device code endpoint's answer (RFC 8628 3.2) and its errors.
#include "auth/DeviceCodeCredential.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto started = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    if (const auto answer = kluis::core::parseDeviceCodeAnswer(200, body, started)) {
        (void)answer->prompt.verificationUri.toString();
        (void)answer->prompt.expiresOn.isValid();
    }
    (void)kluis::core::parseDeviceCodeAnswer(400, body, started);
    return 0;
}
