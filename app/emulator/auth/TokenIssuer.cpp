#include "TokenIssuer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace kluis::emulator {

namespace {

const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(kBase64Url);
}

QByteArray bignumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(bn);
    return bytes;
}

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text.toLower();
}

} // namespace

TokenIssuer::TokenIssuer(EmulatorState &state, const Endpoints &endpoints)
    : m_state(state)
    , m_endpoints(endpoints)
{}

TokenIssuer::~TokenIssuer()
{
    EVP_PKEY_free(m_key);
}

QString TokenIssuer::issuerFor(const QString &tenantId)
{
    return QStringLiteral("https://sts.windows.net/%1/").arg(tenantId);
}

EVP_PKEY *TokenIssuer::signingKey() const
{
    if (m_key)
        return m_key;
    const auto settingsKey = QStringLiteral("tokenSigningKey");
    const auto pem = m_state.settings.value(settingsKey).toString().toLatin1();
    if (!pem.isEmpty()) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
        m_key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    if (!m_key) {
        m_key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, m_key, nullptr, nullptr, 0, nullptr, nullptr);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        m_state.settings.insert(settingsKey, QString::fromLatin1(data, static_cast<int>(size)));
        BIO_free(bio);
        m_state.saveMeta();
    }
    return m_key;
}

QString TokenIssuer::keyId() const
{
    const auto modulus = bignumParam(signingKey(), OSSL_PKEY_PARAM_RSA_N);
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(modulus, QCryptographicHash::Sha256)).left(22));
}

QJsonObject TokenIssuer::jwks() const
{
    EVP_PKEY *key = signingKey();
    const QJsonObject jwk{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), keyId()},
        {QStringLiteral("n"),
         QString::fromLatin1(base64Url(bignumParam(key, OSSL_PKEY_PARAM_RSA_N)))},
        {QStringLiteral("e"),
         QString::fromLatin1(base64Url(bignumParam(key, OSSL_PKEY_PARAM_RSA_E)))},
    };
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}};
}

QByteArray TokenIssuer::issue(const TokenClaims &claims) const
{
    const auto now = QDateTime::currentSecsSinceEpoch();
    QJsonObject payload{
        {QStringLiteral("aud"), claims.audience},
        {QStringLiteral("iss"), issuerFor(claims.tenantId)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), claims.expires.toSecsSinceEpoch()},
        {QStringLiteral("tid"), claims.tenantId},
        {QStringLiteral("oid"), claims.objectId},
        {QStringLiteral("sub"), claims.objectId},
        {QStringLiteral("appid"), claims.appId},
        {QStringLiteral("azp"), claims.appId},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
        {QStringLiteral("idtyp"), claims.isUser ? QStringLiteral("user") : QStringLiteral("app")},
    };
    if (!claims.roles.isEmpty())
        payload.insert(QStringLiteral("roles"), QJsonArray::fromStringList(claims.roles));
    if (!claims.scopes.isEmpty())
        payload.insert(QStringLiteral("scp"), claims.scopes.join(QLatin1Char(' ')));
    if (!claims.userName.isEmpty())
        payload.insert(QStringLiteral("upn"), claims.userName);

    return sign(payload);
}

QByteArray TokenIssuer::sign(const QJsonObject &payload) const
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), keyId()}};
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, signingKey()) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size())) == 1) {
        signature.resize(qsizetype(length));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       size_t(signingInput.size()));
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    return signingInput + '.' + base64Url(signature);
}

bool TokenIssuer::hasDataAccess(const TokenClaims &claims) const
{
    if (claims.isUser)
        return true;
    const Client *client = m_state.client(claims.appId);
    return client && client->dataAccess;
}

TokenCheck TokenIssuer::validate(const QByteArray &authorization,
                                 const QStringList &audiences) const
{
    TokenCheck check;
    const auto trimmed = authorization.trimmed();
    if (trimmed.isEmpty()) {
        check.failure = TokenFailure::Missing;
        check.detail = QStringLiteral("no bearer token");
        return check;
    }
    if (!trimmed.toLower().startsWith("bearer ")) {
        check.failure = TokenFailure::Malformed;
        check.detail = QStringLiteral("the Authorization header is not a Bearer token");
        return check;
    }
    const auto parts = trimmed.mid(7).trimmed().split('.');
    if (parts.size() != 3) {
        check.failure = TokenFailure::Malformed;
        check.detail = QStringLiteral("the token is not a JWT");
        return check;
    }
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    const auto signature = QByteArray::fromBase64(parts.at(2), kBase64Url);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool verified =
        EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, signingKey()) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!verified) {
        check.failure = TokenFailure::BadSignature;
        check.detail = QStringLiteral("the token signature is invalid");
        return check;
    }
    const auto payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), kBase64Url)).object();
    TokenClaims claims;
    claims.audience = payload.value(QStringLiteral("aud")).toString();
    claims.tenantId = payload.value(QStringLiteral("tid")).toString();
    claims.objectId = payload.value(QStringLiteral("oid")).toString();
    claims.appId = payload.value(QStringLiteral("appid")).toString();
    claims.expires =
        QDateTime::fromSecsSinceEpoch(payload.value(QStringLiteral("exp")).toInteger(), Qt::UTC);
    claims.isUser = payload.value(QStringLiteral("idtyp")).toString() == QLatin1String("user");
    claims.userName = payload.value(QStringLiteral("upn")).toString();
    for (const auto &role : payload.value(QStringLiteral("roles")).toArray())
        claims.roles << role.toString();
    claims.scopes =
        payload.value(QStringLiteral("scp")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);

    if (claims.expires < QDateTime::currentDateTimeUtc()) {
        check.failure = TokenFailure::Expired;
        check.detail =
            QStringLiteral("the token expired at %1").arg(claims.expires.toString(Qt::ISODate));
        return check;
    }
    if (claims.tenantId != m_state.tenantId) {
        check.failure = TokenFailure::WrongTenant;
        check.detail = QStringLiteral("the token was issued by %1").arg(issuerFor(claims.tenantId));
        return check;
    }
    const auto audience = withoutTrailingSlash(claims.audience);
    const bool audienceOk =
        std::any_of(audiences.cbegin(), audiences.cend(),
                    [&](const QString &a) { return withoutTrailingSlash(a) == audience; });
    if (!audienceOk) {
        check.failure = TokenFailure::WrongAudience;
        check.detail =
            QStringLiteral("the token's audience %1 is not accepted").arg(claims.audience);
        return check;
    }
    check.failure = TokenFailure::None;
    check.claims = claims;
    return check;
}

} // namespace kluis::emulator
