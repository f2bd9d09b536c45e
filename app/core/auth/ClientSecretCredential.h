#pragma once

#include "auth/TokenCredential.h"
#include "cloud/CloudProfile.h"

#include <memory>

namespace kluis::core {

class HttpPipeline;

// OAuth 2.0 client credentials with a client secret, against
// {authorityHost}/{tenant}/oauth2/v2.0/token. The secret stays in memory; whoever stores it
// puts it in the keychain.
class ClientSecretCredential final : public TokenCredential
{
public:
    ClientSecretCredential(const CloudProfile &cloud, QString tenantId, QString clientId,
                           QString clientSecret);
    ~ClientSecretCredential() override;

    QCoro::Task<Result<AccessToken>> getToken(TokenRequest request) override;
    QString description() const override;

    QString tenantId() const { return m_tenantId; }
    QString clientId() const { return m_clientId; }

private:
    QUrl m_authorityHost;
    QString m_tenantId;
    QString m_clientId;
    QString m_clientSecret;
    std::unique_ptr<HttpPipeline> m_transport;
};

// The Azure SDKs' environment variables: AZURE_TENANT_ID (else the cloud's tenantId),
// AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, or AZURE_CLIENT_CERTIFICATE_PATH (a PEM file with the
// RSA private key and the certificate, or a PFX file with AZURE_CLIENT_CERTIFICATE_PASSWORD)
// instead of the secret.
Result<std::shared_ptr<TokenCredential>> credentialFromEnvironment(const CloudProfile &cloud);

// {authorityHost}/{tenant}/oauth2/v2.0/{endpoint}, or an "InvalidTenant" error when the tenant
// is not a tenant id or domain name (it becomes a path segment: "../x" or "t?x" would change
// where the request goes).
Result<QUrl> signInEndpoint(const QUrl &authorityHost, const QString &tenant,
                            const QString &endpoint);
// The "InvalidTenant" error for `tenant`.
AzureError invalidTenant(const QString &tenant);

// application/x-www-form-urlencoded, every value fully percent-encoded ('+' included).
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

} // namespace kluis::core
