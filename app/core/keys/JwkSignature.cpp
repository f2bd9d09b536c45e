#include "keys/JwkSignature.h"

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

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct BnFree
{
    void operator()(BIGNUM *p) const { BN_free(p); }
};
struct ParamBldFree
{
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};
struct EcdsaSigFree
{
    void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

QString tr(const char *text)
{
    return QCoreApplication::translate("kluis::core::JwkSignature", text);
}

QByteArray base64Url(const QJsonObject &jwk, const char *member)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        jwk.value(QLatin1String(member)).toString().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

BnPtr toBn(const QByteArray &bytes)
{
    return BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                           static_cast<int>(bytes.size()), nullptr));
}

QString baseKeyType(const QJsonObject &jwk)
{
    QString kty = jwk.value(QLatin1String("kty")).toString();
    if (kty.endsWith(QLatin1String("-HSM")))
        kty.chop(4);
    return kty;
}

struct Curve
{
    const char *jwkName;
    const char *opensslName;
    const char *algorithm;
    int coordinateBytes;
};

constexpr Curve curves[] = {
    {"P-256", "prime256v1", "ES256", 32},
    {"P-384", "secp384r1", "ES384", 48},
    {"P-521", "secp521r1", "ES512", 66},
    {"P-256K", "secp256k1", "ES256K", 32},
};

const Curve *curveFor(const QJsonObject &jwk)
{
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    for (const auto &c : curves) {
        if (crv == QLatin1String(c.jwkName))
            return &c;
    }
    return nullptr;
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

PkeyPtr keyFromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(builder));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return PkeyPtr(key);
}

PkeyPtr rsaKey(const QJsonObject &jwk)
{
    const BnPtr n = toBn(base64Url(jwk, "n"));
    const BnPtr e = toBn(base64Url(jwk, "e"));
    if (!n || !e || BN_is_zero(n.get()) || BN_is_zero(e.get()))
        return {};
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
    if (OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return {};
    return keyFromParams("RSA", builder.get());
}

PkeyPtr ecKey(const QJsonObject &jwk, const Curve &curve)
{
    const QByteArray x = base64Url(jwk, "x");
    const QByteArray y = base64Url(jwk, "y");
    if (x.size() != curve.coordinateBytes || y.size() != curve.coordinateBytes)
        return {};
    QByteArray point = QByteArray(1, '\x04') + x + y;
    std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
    if (OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                        curve.opensslName, 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                         size_t(point.size())) != 1)
        return {};
    return keyFromParams("EC", builder.get());
}

// JOSE's R||S to the DER SEQUENCE OpenSSL verifies.
QByteArray ecdsaDer(const QByteArray &signature, int coordinateBytes)
{
    if (signature.size() != 2 * coordinateBytes)
        return {};
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(ECDSA_SIG_new());
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
    const QString kty = baseKeyType(jwk);
    if (kty == QLatin1String("RSA"))
        return supportedAlgorithms().mid(0, 6);
    if (kty == QLatin1String("EC")) {
        if (const Curve *curve = curveFor(jwk))
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
    const Curve *curve = ec ? curveFor(jwk) : nullptr;
    PkeyPtr key = ec ? ecKey(jwk, *curve) : rsaKey(jwk);
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
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
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
