// AuthChallenge::parse: WWW-Authenticate headers, and the check against a vault URL.
#include "auth/AuthChallenge.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto challenge = kluis::core::AuthChallenge::parse(header)) {
        (void)challenge->problemFor(QUrl(QStringLiteral("https://demo.vault.azure.net/")),
                                    QUrl(QStringLiteral("https://login.microsoftonline.com")));
        (void)challenge->resourceUrl();
    }
    return 0;
}
