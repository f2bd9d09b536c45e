#include "auth/ClientSecretCredential.h"

#include "auth/AuthChallenge.h"
#include "auth/ClientCertificateCredential.h"
#include "net/HttpPipeline.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace kluis::core {

Q_LOGGING_CATEGORY(lcAuth, "kluis.auth", QtWarningMsg)

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

AzureError invalidTenant(const QString &tenant)
{
    return AzureError::auth(
        QCoreApplication::translate("ClientSecretCredential",
                                    "\"%1\" is not a tenant: give a tenant id or domain name.")
            .arg(tenant.left(100)),
        QStringLiteral("InvalidTenant"));
}

Result<QUrl> signInEndpoint(const QUrl &authorityHost, const QString &tenant,
                            const QString &endpoint)
{
    if (!isPlausibleTenant(tenant))
        return invalidTenant(tenant);
    QUrl url = authorityHost;
    url.setPath(QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/") + endpoint);
    return url;
}

ClientSecretCredential::ClientSecretCredential(const CloudProfile &cloud, QString tenantId,
                                               QString clientId, QString clientSecret)
    : m_authorityHost(cloud.authorityHost)
    , m_tenantId(std::move(tenantId))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_transport(std::make_unique<HttpPipeline>(cloud))
{}

ClientSecretCredential::~ClientSecretCredential() = default;

QString ClientSecretCredential::description() const
{
    return QCoreApplication::translate("ClientSecretCredential", "application %1 in tenant %2")
        .arg(m_clientId, m_tenantId);
}

QCoro::Task<Result<AccessToken>> ClientSecretCredential::getToken(TokenRequest request)
{
    const auto tenant = request.tenantId.isEmpty() ? m_tenantId : request.tenantId;
    if (tenant.isEmpty() || m_clientId.isEmpty() || m_clientSecret.isEmpty())
        co_return AzureError::auth(QCoreApplication::translate(
            "ClientSecretCredential", "The application credential lacks a tenant, client id or "
                                      "secret."));
    const auto url = signInEndpoint(m_authorityHost, tenant, QStringLiteral("token"));
    if (!url)
        co_return url.error();
    HttpRequest http;
    http.method = "POST";
    http.url = url.value();
    http.contentType = "application/x-www-form-urlencoded";
    http.body = formEncode({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                            {QStringLiteral("client_id"), m_clientId},
                            {QStringLiteral("client_secret"), m_clientSecret},
                            {QStringLiteral("scope"), request.scopes.join(QLatin1Char(' '))}});
    http.idempotent = true; // asking twice for a token does no harm
    http.errorsAsResponses = true;
    qCInfo(lcAuth).noquote() << "token request for" << request.scopes.join(QLatin1Char(' '))
                             << "tenant" << tenant << "client" << m_clientId;
    auto response = co_await m_transport->send(std::move(http));
    if (!response)
        co_return response.error();
    co_return parseTokenResponse(response->status, response->body);
}

Result<std::shared_ptr<TokenCredential>> credentialFromEnvironment(const CloudProfile &cloud)
{
    const auto variable = [](const char *name) { return qEnvironmentVariable(name).trimmed(); };
    const auto tenant =
        variable("AZURE_TENANT_ID").isEmpty() ? cloud.tenantId : variable("AZURE_TENANT_ID");
    const auto clientId = variable("AZURE_CLIENT_ID");
    const auto secret = qEnvironmentVariable("AZURE_CLIENT_SECRET");
    if (clientId.isEmpty())
        return AzureError::auth(
            QCoreApplication::translate("ClientSecretCredential",
                                        "Set AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (and "
                                        "AZURE_TENANT_ID) to sign in."),
            QStringLiteral("CredentialUnavailable"));
    if (tenant.isEmpty())
        return AzureError::auth(
            QCoreApplication::translate("ClientSecretCredential",
                                        "Set AZURE_TENANT_ID to the tenant to sign in to."),
            QStringLiteral("CredentialUnavailable"));
    if (!secret.isEmpty())
        return std::shared_ptr<TokenCredential>(
            std::make_shared<ClientSecretCredential>(cloud, tenant, clientId, secret));
    if (const auto path = variable("AZURE_CLIENT_CERTIFICATE_PATH"); !path.isEmpty()) {
        auto credential = ClientCertificateCredential::fromFile(
            cloud, tenant, clientId, path,
            qEnvironmentVariable("AZURE_CLIENT_CERTIFICATE_PASSWORD"));
        if (!credential)
            return credential.error();
        return std::shared_ptr<TokenCredential>(credential.value());
    }
    return AzureError::auth(QCoreApplication::translate("ClientSecretCredential",
                                                        "Set AZURE_CLIENT_SECRET or "
                                                        "AZURE_CLIENT_CERTIFICATE_PATH to sign in "
                                                        "as %1.")
                                .arg(clientId),
                            QStringLiteral("CredentialUnavailable"));
}

} // namespace kluis::core
