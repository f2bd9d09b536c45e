#include "keys/PublicJwk.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>

namespace kluis::core::publicjwk {

namespace {
constexpr Curve curves[] = {
    {"P-256", "prime256v1", "ES256", 32},
    {"P-384", "secp384r1", "ES384", 48},
    {"P-521", "secp521r1", "ES512", 66},
    {"P-256K", "secp256k1", "ES256K", 32},
};

QByteArray base64Url(const QJsonObject &jwk, const char *member)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        jwk.value(QLatin1String(member)).toString().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

ssl::Bignum bignum(const QByteArray &bytes)
{
    return ssl::Bignum(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                 static_cast<int>(bytes.size()), nullptr));
}

ssl::PKey keyFromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    ssl::Params params(OSSL_PARAM_BLD_to_param(builder));
    ssl::PKeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    return ssl::PKey(key);
}

ssl::PKey rsaKey(const QJsonObject &jwk)
{
    const auto n = bignum(base64Url(jwk, "n"));
    const auto e = bignum(base64Url(jwk, "e"));
    if (!n || !e || BN_is_zero(n.get()) || BN_is_zero(e.get()))
        return {};
    ssl::ParamBuild builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return {};
    return keyFromParams("RSA", builder.get());
}

ssl::PKey ecKey(const QJsonObject &jwk, const Curve &curve)
{
    const QByteArray x = base64Url(jwk, "x");
    const QByteArray y = base64Url(jwk, "y");
    if (x.size() != curve.coordinateBytes || y.size() != curve.coordinateBytes)
        return {};
    QByteArray point = QByteArray(1, '\x04') + x + y; // uncompressed
    ssl::ParamBuild builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                        curve.opensslName, 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                         size_t(point.size())) != 1)
        return {};
    return keyFromParams("EC", builder.get());
}
} // namespace

const Curve *curveOf(const QJsonObject &jwk)
{
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    for (const auto &curve : curves) {
        if (crv == QLatin1String(curve.jwkName))
            return &curve;
    }
    return nullptr;
}

QString baseKeyType(const QJsonObject &jwk)
{
    QString kty = jwk.value(QLatin1String("kty")).toString();
    if (kty.endsWith(QLatin1String("-HSM")))
        kty.chop(4);
    return kty;
}

ssl::PKey toKey(const QJsonObject &jwk)
{
    const auto kty = baseKeyType(jwk);
    if (kty == QLatin1String("RSA"))
        return rsaKey(jwk);
    const auto *curve = curveOf(jwk);
    if (kty == QLatin1String("EC") && curve)
        return ecKey(jwk, *curve);
    return {};
}

QByteArray toPem(const QJsonObject &jwk)
{
    const auto key = toKey(jwk);
    ssl::Bio bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || !PEM_write_bio_PUBKEY(bio.get(), key.get()))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace kluis::core::publicjwk
