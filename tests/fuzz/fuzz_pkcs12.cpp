// Pkcs12: PFX files (a vault's exportable certificate, files the user imports), with and
// without a password. The first byte picks the password, the rest is the file.
#include "certificates/Pkcs12.h"

#include <cstddef>
#include <cstdint>

using namespace kluis::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString password = data[0] % 2 ? QStringLiteral("Kluis-Test-1") : QString();
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1),
                           static_cast<qsizetype>(size - 1));
    (void)pkcs12::opensWith(bytes, password);
    if (const auto pem = pkcs12::toPem(bytes, password)) {
        // What the window does with an opened PFX: show it as PEM, or save it re-protected.
        (void)pkcs12::withPassword(bytes, password, QStringLiteral("other"));
    }
    if (bytes.contains("-----BEGIN"))
        (void)pkcs12::fromPem(bytes, password);
    return 0;
}
