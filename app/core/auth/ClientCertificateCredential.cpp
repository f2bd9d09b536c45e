#include "auth/ClientCertificateCredential.h"

#include "auth/ClientSecretCredential.h"
#include "net/HttpPipeline.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace kluis::core {

namespace {
QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

struct ClientCertificateCredential::Key
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key{nullptr, &EVP_PKEY_free};
    QByteArray certificateDer;
};

Result<std::shared_ptr<ClientCertificateCredential>>
ClientCertificateCredential::fromPemFile(const CloudProfile &cloud, QString tenantId,
                                         QString clientId, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return AzureError::auth(
            QCoreApplication::translate("ClientCertificateCredential",
                                        "Cannot read the client certificate %1: %2")
                .arg(path, file.errorString()),
            QStringLiteral("CredentialUnavailable"));
    const auto pem = file.readAll();
    auto key = std::make_unique<Key>();
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(
            BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
        key->key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    }
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(
            BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
        std::unique_ptr<X509, decltype(&X509_free)> certificate(
            PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
        if (certificate) {
            unsigned char *der = nullptr;
            const auto length = i2d_X509(certificate.get(), &der);
            if (length > 0)
                key->certificateDer = QByteArray(reinterpret_cast<const char *>(der), length);
            OPENSSL_free(der);
        }
    }
    if (!key->key || EVP_PKEY_get_base_id(key->key.get()) != EVP_PKEY_RSA ||
        key->certificateDer.isEmpty())
        return AzureError::auth(
            QCoreApplication::translate("ClientCertificateCredential",
                                        "%1 does not hold an RSA private key and its certificate "
                                        "in PEM form.")
                .arg(path),
            QStringLiteral("CredentialUnavailable"));
    return std::shared_ptr<ClientCertificateCredential>(new ClientCertificateCredential(
        cloud, std::move(tenantId), std::move(clientId), std::move(key)));
}

Result<std::shared_ptr<ClientCertificateCredential>>
ClientCertificateCredential::fromPfxFile(const CloudProfile &cloud, QString tenantId,
                                         QString clientId, const QString &path,
                                         const QString &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return AzureError::auth(
            QCoreApplication::translate("ClientCertificateCredential",
                                        "Cannot read the client certificate %1: %2")
                .arg(path, file.errorString()),
            QStringLiteral("CredentialUnavailable"));
    const auto der = file.readAll();
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(der.constData(), static_cast<int>(der.size())), &BIO_free);
    std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12_bio(bio.get(), nullptr),
                                                        &PKCS12_free);
    if (!p12)
        return AzureError::auth(QCoreApplication::translate("ClientCertificateCredential",
                                                            "%1 is not a PKCS#12 (PFX) file.")
                                    .arg(path),
                                QStringLiteral("CredentialUnavailable"));
    EVP_PKEY *pkey = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    const auto secret = password.toUtf8();
    const bool parsed =
        PKCS12_parse(p12.get(), secret.constData(), &pkey, &certificate, &chain) == 1;
    auto key = std::make_unique<Key>();
    key->key.reset(pkey);
    std::unique_ptr<X509, decltype(&X509_free)> ownedCertificate(certificate, &X509_free);
    sk_X509_pop_free(chain, X509_free);
    if (!parsed)
        return AzureError::auth(
            QCoreApplication::translate("ClientCertificateCredential",
                                        "Cannot open %1: wrong password or damaged PFX file.")
                .arg(path),
            QStringLiteral("CredentialUnavailable"));
    if (certificate) {
        unsigned char *encoded = nullptr;
        const auto length = i2d_X509(certificate, &encoded);
        if (length > 0)
            key->certificateDer = QByteArray(reinterpret_cast<const char *>(encoded), length);
        OPENSSL_free(encoded);
    }
    if (!key->key || EVP_PKEY_get_base_id(key->key.get()) != EVP_PKEY_RSA ||
        key->certificateDer.isEmpty())
        return AzureError::auth(
            QCoreApplication::translate("ClientCertificateCredential",
                                        "%1 does not hold an RSA private key and its certificate.")
                .arg(path),
            QStringLiteral("CredentialUnavailable"));
    return std::shared_ptr<ClientCertificateCredential>(new ClientCertificateCredential(
        cloud, std::move(tenantId), std::move(clientId), std::move(key)));
}

Result<std::shared_ptr<ClientCertificateCredential>>
ClientCertificateCredential::fromFile(const CloudProfile &cloud, QString tenantId, QString clientId,
                                      const QString &path, const QString &password)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && !file.read(65536).contains("-----BEGIN"))
        return fromPfxFile(cloud, std::move(tenantId), std::move(clientId), path, password);
    return fromPemFile(cloud, std::move(tenantId), std::move(clientId), path);
}

ClientCertificateCredential::ClientCertificateCredential(const CloudProfile &cloud,
                                                         QString tenantId, QString clientId,
                                                         std::unique_ptr<Key> key)
    : m_authorityHost(cloud.authorityHost)
    , m_tenantId(std::move(tenantId))
    , m_clientId(std::move(clientId))
    , m_key(std::move(key))
    , m_transport(std::make_unique<HttpPipeline>(cloud))
{}

ClientCertificateCredential::~ClientCertificateCredential() = default;

QString ClientCertificateCredential::description() const
{
    return QCoreApplication::translate("ClientCertificateCredential",
                                       "application %1 (certificate) in tenant %2")
        .arg(m_clientId, m_tenantId);
}

Result<QByteArray> ClientCertificateCredential::assertion(const QUrl &tokenEndpoint) const
{
    const auto now = QDateTime::currentDateTimeUtc().toSecsSinceEpoch();
    const QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("PS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("x5t#S256"), QString::fromLatin1(base64Url(QCryptographicHash::hash(
                                         m_key->certificateDer, QCryptographicHash::Sha256)))}};
    const QJsonObject claims{
        {QStringLiteral("aud"), tokenEndpoint.toString()},
        {QStringLiteral("iss"), m_clientId},
        {QStringLiteral("sub"), m_clientId},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + 600}};
    const QByteArray signingInput =
        base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    EVP_PKEY_CTX *keyContext = nullptr;
    size_t length = 0;
    QByteArray signature;
    const bool ok =
        context &&
        EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key->key.get()) ==
            1 &&
        EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
        EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1 &&
        EVP_DigestSign(context.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       static_cast<size_t>(signingInput.size())) == 1 &&
        (signature.resize(static_cast<qsizetype>(length)), true) &&
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(signingInput.constData()),
                       static_cast<size_t>(signingInput.size())) == 1;
    if (!ok)
        return AzureError::auth(QCoreApplication::translate(
            "ClientCertificateCredential", "Signing the client assertion failed."));
    signature.resize(static_cast<qsizetype>(length));
    return QByteArray(signingInput + '.' + base64Url(signature));
}

QCoro::Task<Result<AccessToken>> ClientCertificateCredential::getToken(TokenRequest request)
{
    const auto tenant = request.tenantId.isEmpty() ? m_tenantId : request.tenantId;
    if (tenant.isEmpty() || m_clientId.isEmpty())
        co_return AzureError::auth(
            QCoreApplication::translate("ClientCertificateCredential",
                                        "The application credential lacks a tenant or client id."));
    const auto endpoint = signInEndpoint(m_authorityHost, tenant, QStringLiteral("token"));
    if (!endpoint)
        co_return endpoint.error();
    const auto url = endpoint.value();
    const auto signedAssertion = assertion(url);
    if (!signedAssertion)
        co_return signedAssertion.error();
    HttpRequest http;
    http.method = "POST";
    http.url = url;
    http.contentType = "application/x-www-form-urlencoded";
    http.body = formEncode(
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
         {QStringLiteral("client_id"), m_clientId},
         {QStringLiteral("client_assertion_type"),
          QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
         {QStringLiteral("client_assertion"), QString::fromLatin1(signedAssertion.value())},
         {QStringLiteral("scope"), request.scopes.join(QLatin1Char(' '))}});
    http.idempotent = true;
    http.errorsAsResponses = true;
    auto response = co_await m_transport->send(std::move(http));
    if (!response)
        co_return response.error();
    co_return parseTokenResponse(response->status, response->body);
}

} // namespace kluis::core
