#include "keys/JwkSignature.h"

#include "keys/PublicJwk.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <memory>

namespace kluis::core::JwkSignature {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kluis::core::JwkSignature", text);
}

const EVP_MD *mdFor(const QString &algorithm)
{
    if (algorithm.endsWith(QLatin1String("256")) || algorithm == QLatin1String("ES256K"))
        return EVP_sha256();
    if (algorithm.endsWith(QLatin1String("384")))
        return EVP_sha384();
    if (algorithm.endsWith(QLatin1String("512")))
        return EVP_sha512();
    return nullptr;
}

// JOSE's R||S to the DER SEQUENCE OpenSSL verifies.
QByteArray ecdsaDer(const QByteArray &signature, int coordinateBytes)
{
    if (signature.size() != 2 * qsizetype(coordinateBytes))
        return {};
    ssl::EcdsaSignature sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()),
                          coordinateBytes, nullptr);
    BIGNUM *s =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()) + coordinateBytes,
                  coordinateBytes, nullptr);
    if (!r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    unsigned char *der = nullptr;
    const int size = i2d_ECDSA_SIG(sig.get(), &der);
    if (size <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return result;
}

} // namespace

QStringList supportedAlgorithms()
{
    return {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
            QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
            QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
            QStringLiteral("ES256K")};
}

QStringList algorithmsFor(const QJsonObject &jwk)
{
    const QString kty = publicjwk::baseKeyType(jwk);
    if (kty == QLatin1String("RSA"))
        return supportedAlgorithms().mid(0, 6);
    if (kty == QLatin1String("EC")) {
        if (const auto *curve = publicjwk::curveOf(jwk))
            return {QString::fromLatin1(curve->algorithm)};
    }
    return {};
}

QString defaultAlgorithm(const QJsonObject &jwk)
{
    const QStringList algorithms = algorithmsFor(jwk);
    return algorithms.isEmpty() ? QString() : algorithms.first();
}

QByteArray digest(const QString &algorithm, const QByteArray &data)
{
    if (!supportedAlgorithms().contains(algorithm))
        return {};
    const EVP_MD *md = mdFor(algorithm);
    if (md == EVP_sha256())
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    if (md == EVP_sha384())
        return QCryptographicHash::hash(data, QCryptographicHash::Sha384);
    return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
}

Status verify(const QJsonObject &jwk, const QString &algorithm, const QByteArray &digestBytes,
              const QByteArray &signature)
{
    if (!algorithmsFor(jwk).contains(algorithm))
        return AzureError::usage(tr("The algorithm %1 does not fit a %2 key.")
                                     .arg(algorithm, jwk.value(QLatin1String("kty")).toString()));
    const EVP_MD *md = mdFor(algorithm);
    if (digestBytes.size() != EVP_MD_get_size(md))
        return AzureError::usage(tr("The digest has %1 bytes; %2 needs %3.")
                                     .arg(digestBytes.size())
                                     .arg(algorithm)
                                     .arg(EVP_MD_get_size(md)));
    const bool ec = algorithm.startsWith(QLatin1String("ES"));
    const auto *curve = ec ? publicjwk::curveOf(jwk) : nullptr;
    const auto key = publicjwk::toKey(jwk);
    if (!key) {
        ERR_clear_error();
        return AzureError::usage(tr("The key's public part (JWK) is incomplete or invalid."));
    }
    QByteArray sig = signature;
    if (ec) {
        sig = ecdsaDer(signature, curve->coordinateBytes);
        if (sig.isEmpty())
            return AzureError::usage(tr("The signature has %1 bytes; %2 signatures have %3.")
                                         .arg(signature.size())
                                         .arg(algorithm)
                                         .arg(2 * curve->coordinateBytes));
    }
    ssl::PKeyContext ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    bool ready = ctx && EVP_PKEY_verify_init(ctx.get()) == 1 &&
                 EVP_PKEY_CTX_set_signature_md(ctx.get(), md) == 1;
    if (ready && algorithm.startsWith(QLatin1String("RS")))
        ready = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) == 1;
    // JWA fixes the PSS salt length to the digest length.
    if (ready && algorithm.startsWith(QLatin1String("PS")))
        ready = EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING) == 1 &&
                EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_DIGEST) == 1 &&
                EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), md) == 1;
    const bool verified =
        ready &&
        EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()),
                        size_t(sig.size()),
                        reinterpret_cast<const unsigned char *>(digestBytes.constData()),
                        size_t(digestBytes.size())) == 1;
    ERR_clear_error();
    if (!verified)
        return AzureError::usage(
            tr("The signature does not verify with the key's public part (%1).").arg(algorithm));
    return Done{};
}

} // namespace kluis::core::JwkSignature
