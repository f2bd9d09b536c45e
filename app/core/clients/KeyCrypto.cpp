#include "clients/KeyCrypto.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace kluis::core::keycrypto {

namespace {
template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBuild = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;

QByteArray field(const QJsonObject &jwk, const char *name)
{
    return QByteArray::fromBase64(jwk.value(QLatin1String(name)).toString().toLatin1(),
                                  QByteArray::Base64UrlEncoding);
}

Bignum bignum(const QByteArray &bytes)
{
    return Bignum(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                            static_cast<int>(bytes.size()), nullptr));
}

const char *curveName(const QString &crv)
{
    if (crv == QLatin1String("P-256"))
        return "prime256v1";
    if (crv == QLatin1String("P-384"))
        return "secp384r1";
    if (crv == QLatin1String("P-521"))
        return "secp521r1";
    if (crv == QLatin1String("P-256K"))
        return "secp256k1";
    return nullptr;
}

PKey fromJwk(const QJsonObject &jwk)
{
    const auto kty = jwk.value(QStringLiteral("kty")).toString();
    ParamBuild build(OSSL_PARAM_BLD_new());
    if (!build)
        return {};
    const char *type = nullptr;
    Bignum n;
    Bignum e;
    QByteArray point;
    QByteArray group;
    if (kty.startsWith(QLatin1String("RSA"))) {
        type = "RSA";
        n = bignum(field(jwk, "n"));
        e = bignum(field(jwk, "e"));
        if (!n || !e || !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
            !OSSL_PARAM_BLD_push_BN(build.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
            return {};
    } else if (kty.startsWith(QLatin1String("EC"))) {
        type = "EC";
        const char *curve = curveName(jwk.value(QStringLiteral("crv")).toString());
        const auto x = field(jwk, "x");
        const auto y = field(jwk, "y");
        if (!curve || x.isEmpty() || x.size() != y.size())
            return {};
        group = curve;
        point = QByteArray(1, '\x04') + x + y; // uncompressed point
        if (!OSSL_PARAM_BLD_push_utf8_string(build.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                             group.constData(), 0) ||
            !OSSL_PARAM_BLD_push_octet_string(build.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                              point.constData(), static_cast<size_t>(point.size())))
            return {};
    } else {
        return {};
    }
    Params params(OSSL_PARAM_BLD_to_param(build.get()));
    PKeyCtx context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) <= 0)
        return {};
    EVP_PKEY *key = nullptr;
    if (EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return {};
    return PKey(key);
}

} // namespace

QByteArray publicKeyPem(const QJsonObject &jwk)
{
    const auto key = fromJwk(jwk);
    Bio bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || !PEM_write_bio_PUBKEY(bio.get(), key.get()))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QString certificateSubject(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &data, static_cast<long>(der.size())));
    Bio bio(BIO_new(BIO_s_mem()));
    if (!certificate || !bio)
        return {};
    if (X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate.get()), 0,
                           XN_FLAG_SEP_CPLUS_SPC | ASN1_STRFLGS_RFC2253) < 0)
        return {};
    char *text = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &text);
    return QString::fromUtf8(text, static_cast<qsizetype>(size));
}

} // namespace kluis::core::keycrypto
