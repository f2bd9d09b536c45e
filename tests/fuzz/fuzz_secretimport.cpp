// SecretImport::parse: .env and JSON files of any shape, as a user might pick by mistake.
#include "crossvault/SecretImport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto entries = kluis::core::SecretImport::parse(bytes);
    if (entries) {
        for (const auto &entry : entries.value())
            (void)kluis::core::KeyVaultClient::isValidObjectName(entry.name);
        kluis::core::SecretImport::wipeValues(entries.value());
    }
    return 0;
}
