#include "CryptoOps.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kluis::emulator::crypto {

namespace {

const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_REQ *p) const { X509_REQ_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(PKCS12 *p) const { PKCS12_free(p); }
    void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
template<typename T> using Owned = std::unique_ptr<T, Free>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

Owned<EVP_PKEY> readKey(const QByteArray &pem)
{
    Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return Owned<EVP_PKEY>(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray writeKey(EVP_PKEY *key)
{
    if (!key)
        return {};
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

QByteArray bnBytes(const BIGNUM *bn, int width = 0)
{
    const int size = std::max(BN_num_bytes(bn), width);
    QByteArray out(size, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size);
    return out;
}

QByteArray bnParam(EVP_PKEY *key, const char *name, int width = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    Owned<BIGNUM> bn(raw);
    return bnBytes(bn.get(), width);
}

Owned<BIGNUM> toBn(const QByteArray &data)
{
    return Owned<BIGNUM>(BN_bin2bn(bytes(data), static_cast<int>(data.size()), nullptr));
}

QString groupName(EVP_PKEY *key)
{
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name,
                                       &length) != 1)
        return {};
    return QString::fromLatin1(name, static_cast<qsizetype>(length));
}

QString curveForGroup(const QString &group)
{
    if (group == QLatin1String("prime256v1") || group == QLatin1String("P-256"))
        return QStringLiteral("P-256");
    if (group == QLatin1String("secp384r1") || group == QLatin1String("P-384"))
        return QStringLiteral("P-384");
    if (group == QLatin1String("secp521r1") || group == QLatin1String("P-521"))
        return QStringLiteral("P-521");
    if (group == QLatin1String("secp256k1"))
        return QStringLiteral("P-256K");
    return {};
}

const char *groupForCurve(const QString &curve)
{
    if (curve == QLatin1String("P-256"))
        return "prime256v1";
    if (curve == QLatin1String("P-384"))
        return "secp384r1";
    if (curve == QLatin1String("P-521"))
        return "secp521r1";
    if (curve == QLatin1String("P-256K"))
        return "secp256k1";
    return nullptr;
}

int fieldBytes(EVP_PKEY *key)
{
    return (EVP_PKEY_get_bits(key) + 7) / 8;
}

const EVP_MD *digestFor(const QString &alg)
{
    if (alg.endsWith(QLatin1String("256")) || alg == QLatin1String("ES256K"))
        return EVP_sha256();
    if (alg.endsWith(QLatin1String("384")))
        return EVP_sha384();
    if (alg.endsWith(QLatin1String("512")))
        return EVP_sha512();
    return nullptr;
}

bool isRsa(EVP_PKEY *key)
{
    return EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA;
}

// Prepares a sign/verify context for a JWS algorithm; nullptr with *error set when the
// algorithm does not fit the key or the digest.
Owned<EVP_PKEY_CTX> signatureContext(EVP_PKEY *key, const QString &alg, qsizetype digestSize,
                                     bool forSigning, QString *error)
{
    const EVP_MD *md = digestFor(alg);
    const bool rsaAlg = alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS"));
    const bool ecAlg = alg.startsWith(QLatin1String("ES"));
    if (!md || (!rsaAlg && !ecAlg)) {
        *error = QStringLiteral("Invalid algorithm: %1").arg(alg);
        return {};
    }
    if (rsaAlg != isRsa(key)) {
        *error = QStringLiteral("The algorithm %1 does not match the key type.").arg(alg);
        return {};
    }
    if (digestSize != EVP_MD_get_size(md)) {
        *error = QStringLiteral("Invalid length of 'value': %1 bytes; the %2 algorithm expects "
                                "a digest of %3 bytes.")
                     .arg(digestSize)
                     .arg(alg)
                     .arg(EVP_MD_get_size(md));
        return {};
    }
    Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new(key, nullptr));
    const int init = forSigning ? EVP_PKEY_sign_init(ctx.get()) : EVP_PKEY_verify_init(ctx.get());
    if (init != 1 || EVP_PKEY_CTX_set_signature_md(ctx.get(), md) != 1) {
        *error = QStringLiteral("The key cannot be used with %1.").arg(alg);
        return {};
    }
    if (rsaAlg) {
        const bool pss = alg.startsWith(QLatin1String("PS"));
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), pss ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING);
        if (pss)
            EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_DIGEST);
    }
    return ctx;
}

Owned<EVP_PKEY_CTX> cipherContext(EVP_PKEY *key, const QString &alg, bool forEncryption,
                                  QString *error)
{
    if (!isRsa(key)) {
        *error = QStringLiteral("The algorithm %1 requires an RSA key.").arg(alg);
        return {};
    }
    int padding = 0;
    const EVP_MD *md = nullptr;
    if (alg == QLatin1String("RSA-OAEP")) {
        padding = RSA_PKCS1_OAEP_PADDING;
        md = EVP_sha1();
    } else if (alg == QLatin1String("RSA-OAEP-256")) {
        padding = RSA_PKCS1_OAEP_PADDING;
        md = EVP_sha256();
    } else if (alg == QLatin1String("RSA1_5")) {
        padding = RSA_PKCS1_PADDING;
    } else {
        *error = QStringLiteral("Invalid algorithm: %1").arg(alg);
        return {};
    }
    Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new(key, nullptr));
    const int init =
        forEncryption ? EVP_PKEY_encrypt_init(ctx.get()) : EVP_PKEY_decrypt_init(ctx.get());
    if (init != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), padding) != 1) {
        *error = QStringLiteral("The key cannot be used with %1.").arg(alg);
        return {};
    }
    if (md) {
        EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), md);
        EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), md);
    }
    return ctx;
}

Owned<X509> readDer(const QByteArray &der)
{
    const unsigned char *p = bytes(der);
    return Owned<X509>(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
}

QByteArray toDer(X509 *cert)
{
    const int size = i2d_X509(cert, nullptr);
    if (size <= 0)
        return {};
    QByteArray out(size, '\0');
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_X509(cert, &p);
    return out;
}

// A subject written as RFC 4514 reads it ("CN=app, O=Contoso": most specific first) is encoded
// the other way round, as Key Vault and every CA do; nameText reads it back the same way.
void setSubject(X509_NAME *name, const QString &subject)
{
    const auto parts = subject.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto &part : parts) {
        const auto eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const auto field = part.left(eq).trimmed().toLatin1();
        const auto value = part.mid(eq + 1).trimmed().toUtf8();
        X509_NAME_add_entry_by_txt(name, field.constData(), MBSTRING_UTF8, bytes(value),
                                   static_cast<int>(value.size()), 0, 0);
    }
    if (X509_NAME_entry_count(name) == 0)
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>("unnamed"), -1, -1, 0);
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

qint64 asn1Seconds(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return 0;
    return static_cast<qint64>(timegm(&tm));
}

QString nameText(const X509_NAME *name)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0,
                       (ASN1_STRFLGS_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | XN_FLAG_SEP_CPLUS_SPC |
                           XN_FLAG_DN_REV | XN_FLAG_FN_SN);
    return QString::fromUtf8(bioBytes(bio.get()));
}

} // namespace

QByteArray generateRsa(int bits)
{
    Owned<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
    return writeKey(key.get());
}

QByteArray generateEc(const QString &curve)
{
    const char *group = groupForCurve(curve);
    if (!group)
        return {};
    Owned<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group));
    return writeKey(key.get());
}

QJsonObject publicJwk(const QByteArray &privatePem)
{
    const auto key = readKey(privatePem);
    if (!key)
        return {};
    if (isRsa(key.get())) {
        return QJsonObject{
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("n"),
             QString::fromLatin1(bnParam(key.get(), OSSL_PKEY_PARAM_RSA_N).toBase64(kBase64Url))},
            {QStringLiteral("e"),
             QString::fromLatin1(bnParam(key.get(), OSSL_PKEY_PARAM_RSA_E).toBase64(kBase64Url))}};
    }
    const int width = fieldBytes(key.get());
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("EC")},
        {QStringLiteral("crv"), curveForGroup(groupName(key.get()))},
        {QStringLiteral("x"),
         QString::fromLatin1(
             bnParam(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, width).toBase64(kBase64Url))},
        {QStringLiteral("y"),
         QString::fromLatin1(
             bnParam(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, width).toBase64(kBase64Url))}};
}

QByteArray privateKeyFromJwk(const QJsonObject &jwk, QString *error)
{
    const auto field = [&](const char *name) {
        return QByteArray::fromBase64(jwk.value(QLatin1String(name)).toString().toLatin1(),
                                      kBase64Url);
    };
    const auto kty = jwk.value(QStringLiteral("kty")).toString();
    Owned<OSSL_PARAM_BLD> builder(OSSL_PARAM_BLD_new());
    std::vector<Owned<BIGNUM>> keep;
    const auto pushBn = [&](const char *param, const QByteArray &value) {
        keep.push_back(toBn(value));
        OSSL_PARAM_BLD_push_BN(builder.get(), param, keep.back().get());
    };
    const char *type = nullptr;
    QByteArray point;
    QByteArray group;
    if (kty == QLatin1String("RSA") || kty == QLatin1String("RSA-HSM")) {
        type = "RSA";
        const char *names[] = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
        const char *params[] = {OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,
                                OSSL_PKEY_PARAM_RSA_D,         OSSL_PKEY_PARAM_RSA_FACTOR1,
                                OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
                                OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
        for (int i = 0; i < 8; ++i) {
            const auto value = field(names[i]);
            if (value.isEmpty()) {
                if (i < 3) {
                    *error = QStringLiteral("The JSON Web Key is missing '%1'.")
                                 .arg(QLatin1String(names[i]));
                    return {};
                }
                continue;
            }
            pushBn(params[i], value);
        }
    } else if (kty == QLatin1String("EC") || kty == QLatin1String("EC-HSM")) {
        type = "EC";
        const char *name = groupForCurve(jwk.value(QStringLiteral("crv")).toString());
        if (!name) {
            *error = QStringLiteral("The JSON Web Key has an unsupported curve.");
            return {};
        }
        group = name;
        const auto x = field("x");
        const auto y = field("y");
        const auto d = field("d");
        if (x.isEmpty() || y.isEmpty() || d.isEmpty()) {
            *error = QStringLiteral("The JSON Web Key must carry 'x', 'y' and 'd'.");
            return {};
        }
        point = QByteArray(1, '\x04') + x + y;
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                        group.constData(), 0);
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
        pushBn(OSSL_PKEY_PARAM_PRIV_KEY, d);
    } else {
        *error = QStringLiteral("The JSON Web Key type '%1' is not supported.").arg(kty);
        return {};
    }
    Owned<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(builder.get()));
    Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_KEYPAIR, params.get()) != 1) {
        *error = QStringLiteral("The JSON Web Key is not a valid key.");
        return {};
    }
    Owned<EVP_PKEY> key(raw);
    Owned<EVP_PKEY_CTX> check(EVP_PKEY_CTX_new(key.get(), nullptr));
    if (EVP_PKEY_pairwise_check(check.get()) != 1) {
        *error = QStringLiteral("The JSON Web Key's private and public parts do not match.");
        return {};
    }
    return writeKey(key.get());
}

QString keyType(const QByteArray &privatePem)
{
    const auto key = readKey(privatePem);
    if (!key)
        return {};
    return isRsa(key.get()) ? QStringLiteral("RSA") : QStringLiteral("EC");
}

int rsaBits(const QByteArray &privatePem)
{
    const auto key = readKey(privatePem);
    return key ? EVP_PKEY_get_bits(key.get()) : 0;
}

std::optional<QByteArray> sign(const QByteArray &privatePem, const QString &alg,
                               const QByteArray &digest, QString *error)
{
    const auto key = readKey(privatePem);
    if (!key) {
        *error = QStringLiteral("The key material is unusable.");
        return std::nullopt;
    }
    auto ctx = signatureContext(key.get(), alg, digest.size(), true, error);
    if (!ctx)
        return std::nullopt;
    size_t length = 0;
    if (EVP_PKEY_sign(ctx.get(), nullptr, &length, bytes(digest), size_t(digest.size())) != 1) {
        *error = QStringLiteral("Signing failed.");
        return std::nullopt;
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                      bytes(digest), size_t(digest.size())) != 1) {
        *error = QStringLiteral("Signing failed.");
        return std::nullopt;
    }
    signature.resize(qsizetype(length));
    if (isRsa(key.get()))
        return signature;
    // ECDSA gives DER; JWS wants r || s, each the width of the field.
    const unsigned char *p = bytes(signature);
    Owned<ECDSA_SIG> sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(signature.size())));
    if (!sig) {
        *error = QStringLiteral("Signing failed.");
        return std::nullopt;
    }
    const int width = fieldBytes(key.get());
    return bnBytes(ECDSA_SIG_get0_r(sig.get()), width) +
           bnBytes(ECDSA_SIG_get0_s(sig.get()), width);
}

std::optional<bool> verify(const QByteArray &privatePem, const QString &alg,
                           const QByteArray &digest, const QByteArray &signature, QString *error)
{
    const auto key = readKey(privatePem);
    if (!key) {
        *error = QStringLiteral("The key material is unusable.");
        return std::nullopt;
    }
    auto ctx = signatureContext(key.get(), alg, digest.size(), false, error);
    if (!ctx)
        return std::nullopt;
    QByteArray der = signature;
    if (!isRsa(key.get())) {
        const int width = fieldBytes(key.get());
        if (signature.size() != 2 * width)
            return false;
        Owned<ECDSA_SIG> sig(ECDSA_SIG_new());
        ECDSA_SIG_set0(sig.get(), BN_bin2bn(bytes(signature), width, nullptr),
                       BN_bin2bn(bytes(signature) + width, width, nullptr));
        const int size = i2d_ECDSA_SIG(sig.get(), nullptr);
        der = QByteArray(size, '\0');
        auto *out = reinterpret_cast<unsigned char *>(der.data());
        i2d_ECDSA_SIG(sig.get(), &out);
    }
    return EVP_PKEY_verify(ctx.get(), bytes(der), size_t(der.size()), bytes(digest),
                           size_t(digest.size())) == 1;
}

namespace {
// Encrypts or decrypts with the key: both ask OpenSSL for the length first, then run.
std::optional<QByteArray> cipherRun(const QByteArray &privatePem, const QString &alg,
                                    const QByteArray &input, bool encrypting, QString *error)
{
    const auto failure = encrypting
                             ? QStringLiteral("The value is too long for the key and algorithm.")
                             : QStringLiteral("Decryption failed.");
    const auto key = readKey(privatePem);
    if (!key) {
        *error = QStringLiteral("The key material is unusable.");
        return std::nullopt;
    }
    auto ctx = cipherContext(key.get(), alg, encrypting, error);
    if (!ctx)
        return std::nullopt;
    const auto run = encrypting ? EVP_PKEY_encrypt : EVP_PKEY_decrypt;
    size_t length = 0;
    if (run(ctx.get(), nullptr, &length, bytes(input), size_t(input.size())) != 1) {
        *error = failure;
        return std::nullopt;
    }
    QByteArray out(qsizetype(length), '\0');
    if (run(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, bytes(input),
            size_t(input.size())) != 1) {
        *error = failure;
        return std::nullopt;
    }
    out.resize(qsizetype(length));
    return out;
}
} // namespace

std::optional<QByteArray> encrypt(const QByteArray &privatePem, const QString &alg,
                                  const QByteArray &plain, QString *error)
{
    return cipherRun(privatePem, alg, plain, true, error);
}

std::optional<QByteArray> decrypt(const QByteArray &privatePem, const QString &alg,
                                  const QByteArray &cipher, QString *error)
{
    return cipherRun(privatePem, alg, cipher, false, error);
}

QByteArray makeCertificate(const QByteArray &keyPem, const CertificateRequest &request,
                           const QByteArray &issuerKeyPem, const QByteArray &issuerDer)
{
    const auto key = readKey(keyPem);
    const auto issuerKey = issuerKeyPem.isEmpty() ? nullptr : readKey(issuerKeyPem);
    const auto issuer = issuerDer.isEmpty() ? nullptr : readDer(issuerDer);
    if (!key || (!issuerKeyPem.isEmpty() && (!issuerKey || !issuer)))
        return {};
    Owned<X509> cert(X509_new());
    X509_set_version(cert.get(), 2);
    QByteArray serial(16, '\0');
    QRandomGenerator::global()->generate(serial.begin(), serial.end());
    serial[0] = char(serial[0] & 0x7f);
    const auto bn = toBn(serial);
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    const auto now = QDateTime::currentDateTimeUtc();
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(now.toSecsSinceEpoch() - 300));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()),
                  time_t(now.addMonths(std::max(1, request.validityMonths)).toSecsSinceEpoch()));
    X509_set_pubkey(cert.get(), key.get());
    setSubject(X509_get_subject_name(cert.get()), request.subject);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer.get())
                                            : X509_get_subject_name(cert.get()));
    if (request.isCa)
        addExtension(cert.get(), issuer.get(), NID_basic_constraints, "critical,CA:TRUE");
    QStringList sans;
    for (const auto &dns : request.dnsNames)
        sans << QStringLiteral("DNS:") + dns;
    for (const auto &email : request.emails)
        sans << QStringLiteral("email:") + email;
    for (const auto &upn : request.upns)
        sans << QStringLiteral("otherName:1.3.6.1.4.1.311.20.2.3;UTF8:") + upn;
    if (!sans.isEmpty())
        addExtension(cert.get(), issuer.get(), NID_subject_alt_name,
                     sans.join(QLatin1Char(',')).toUtf8());
    if (!request.ekus.isEmpty())
        addExtension(cert.get(), issuer.get(), NID_ext_key_usage,
                     request.ekus.join(QLatin1Char(',')).toLatin1());
    if (!request.keyUsage.isEmpty())
        addExtension(cert.get(), issuer.get(), NID_key_usage,
                     QByteArray("critical,") + request.keyUsage.join(QLatin1Char(',')).toLatin1());
    addExtension(cert.get(), issuer.get(), NID_subject_key_identifier, "hash");
    if (issuer)
        addExtension(cert.get(), issuer.get(), NID_authority_key_identifier, "keyid");
    if (X509_sign(cert.get(), issuerKey ? issuerKey.get() : key.get(), EVP_sha256()) <= 0)
        return {};
    return toDer(cert.get());
}

QByteArray makeCsr(const QByteArray &keyPem, const QString &subject)
{
    const auto key = readKey(keyPem);
    if (!key)
        return {};
    Owned<X509_REQ> request(X509_REQ_new());
    X509_REQ_set_version(request.get(), 0);
    setSubject(X509_REQ_get_subject_name(request.get()), subject);
    X509_REQ_set_pubkey(request.get(), key.get());
    if (X509_REQ_sign(request.get(), key.get(), EVP_sha256()) <= 0)
        return {};
    const int size = i2d_X509_REQ(request.get(), nullptr);
    QByteArray out(size, '\0');
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_X509_REQ(request.get(), &p);
    return out;
}

std::optional<ParsedCertificate> parsePfx(const QByteArray &pfx, const QByteArray &password,
                                          QString *error)
{
    const unsigned char *p = bytes(pfx);
    Owned<PKCS12> p12(d2i_PKCS12(nullptr, &p, static_cast<long>(pfx.size())));
    if (!p12) {
        *error = QStringLiteral("The certificate content is not a valid PKCS#12 (PFX) file.");
        return std::nullopt;
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    const QByteArray pass = password; // keeps a terminating NUL
    if (PKCS12_parse(p12.get(), pass.constData(), &rawKey, &rawCert, &rawChain) != 1) {
        *error = QStringLiteral("Private key and certificate could not be read from the PFX: "
                                "the password is wrong or the file is damaged.");
        return std::nullopt;
    }
    Owned<EVP_PKEY> key(rawKey);
    Owned<X509> cert(rawCert);
    Owned<STACK_OF(X509)> chain(rawChain);
    if (!key || !cert) {
        *error = QStringLiteral("The PFX must hold a private key and its certificate.");
        return std::nullopt;
    }
    ParsedCertificate parsed{writeKey(key.get()), toDer(cert.get()), {}};
    for (int i = 0; chain && i < sk_X509_num(chain.get()); ++i)
        parsed.chainDer << toDer(sk_X509_value(chain.get(), i));
    return parsed;
}

std::optional<ParsedCertificate> parsePem(const QByteArray &pem, QString *error)
{
    Owned<BIO> keyBio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        *error = QStringLiteral("The PEM content has no unencrypted private key.");
        return std::nullopt;
    }
    Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    ParsedCertificate parsed{writeKey(key.get()), {}, {}};
    QList<QByteArray> certificates;
    while (true) {
        Owned<X509> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert)
            break;
        if (parsed.der.isEmpty() && X509_check_private_key(cert.get(), key.get()) == 1)
            parsed.der = toDer(cert.get());
        else
            parsed.chainDer << toDer(cert.get());
    }
    if (parsed.der.isEmpty()) {
        *error = QStringLiteral("The PEM content has no certificate for its private key.");
        return std::nullopt;
    }
    return parsed;
}

QByteArray makePfx(const QByteArray &keyPem, const QByteArray &der,
                   const QList<QByteArray> &chainDer)
{
    const auto key = readKey(keyPem);
    const auto cert = readDer(der);
    if (!key || !cert)
        return {};
    Owned<STACK_OF(X509)> chain(sk_X509_new_null());
    for (const auto &item : chainDer) {
        if (auto c = readDer(item))
            sk_X509_push(chain.get(), c.release());
    }
    // No password, no encryption and no MAC: every PKCS#12 reader opens it with an empty
    // password, as the service's exported PFX.
    Owned<PKCS12> p12(
        PKCS12_create(nullptr, nullptr, key.get(), cert.get(), chain.get(), -1, -1, 0, -1, 0));
    if (!p12)
        return {};
    const int size = i2d_PKCS12(p12.get(), nullptr);
    QByteArray out(size, '\0');
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_PKCS12(p12.get(), &p);
    return out;
}

QByteArray derToPem(const QByteArray &der)
{
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const auto b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += b64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

CertificateFacts certificateFacts(const QByteArray &der)
{
    CertificateFacts facts;
    const auto cert = readDer(der);
    if (!cert)
        return facts;
    facts.subject = nameText(X509_get_subject_name(cert.get()));
    facts.notBefore = asn1Seconds(X509_get0_notBefore(cert.get()));
    facts.notAfter = asn1Seconds(X509_get0_notAfter(cert.get()));
    auto *names = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS)
            facts.dnsNames << QString::fromUtf8(
                reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.dNSName)),
                ASN1_STRING_length(name->d.dNSName));
    }
    GENERAL_NAMES_free(names);
    return facts;
}

bool keyMatches(const QByteArray &keyPem, const QByteArray &der)
{
    const auto key = readKey(keyPem);
    const auto cert = readDer(der);
    return key && cert && X509_check_private_key(cert.get(), key.get()) == 1;
}

} // namespace kluis::emulator::crypto
