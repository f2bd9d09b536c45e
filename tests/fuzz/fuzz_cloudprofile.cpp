// CloudProfile::fromJson: custom cloud files (kluis-emulator's cloud.json is one).
#include "cloud/CloudProfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    if (const auto cloud = kluis::core::CloudProfile::fromJson(json, &error)) {
        (void)cloud->firewallEndpoints();
        (void)cloud->ownsHost(QStringLiteral("demo.vault.localhost"));
        (void)cloud->vaultUrl(QStringLiteral("demo"));
    }
    return 0;
}
