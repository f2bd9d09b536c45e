// Public JWKs (a key bundle's `key`): the PEM export (publicjwk::toPem) and the local
// signature check (JwkSignature). The JWK may carry "_alg" and "_sig" (base64url), what the
// vault's sign operation answered for the digest of "kluis".
#include "keys/JwkSignature.h"
#include "keys/PublicJwk.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace kluis::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto jwk = QJsonDocument::fromJson(body).object();
    if (jwk.isEmpty())
        return 0;
    (void)publicjwk::toPem(jwk);
    const auto signature = QByteArray::fromBase64(
        jwk.value(QStringLiteral("_sig")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    auto algorithms = JwkSignature::algorithmsFor(jwk);
    algorithms.append(JwkSignature::defaultAlgorithm(jwk));
    algorithms.append(jwk.value(QStringLiteral("_alg")).toString());
    for (const auto &algorithm : std::as_const(algorithms)) {
        const auto digest = JwkSignature::digest(algorithm, "kluis");
        (void)JwkSignature::verify(jwk, algorithm, digest, signature);
    }
    return 0;
}
