// AzureCliCredential::parseOutput: `az account get-access-token --output json`.
#include "auth/AzureCliCredential.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto token = kluis::core::AzureCliCredential::parseOutput(json))
        (void)token->needsRefresh(QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));
    return 0;
}
