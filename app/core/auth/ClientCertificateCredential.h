#pragma once

#include "auth/TokenCredential.h"
#include "cloud/CloudProfile.h"

#include <memory>

namespace kluis::core {

class HttpPipeline;

// OAuth 2.0 client credentials with a certificate: a JWT assertion (PS256, header x5t#S256;
// aud = the token endpoint, iss = sub = client id, jti, nbf/iat now, exp in 10 minutes) signed
// with the certificate's RSA key through OpenSSL. Reads a PEM file holding the private key and
// the certificate, or a PKCS#12 (PFX) file with its password.
class ClientCertificateCredential final : public TokenCredential
{
public:
    // Fails when the file holds no usable RSA key and certificate.
    static Result<std::shared_ptr<ClientCertificateCredential>>
    fromPemFile(const CloudProfile &cloud, QString tenantId, QString clientId, const QString &path);
    static Result<std::shared_ptr<ClientCertificateCredential>>
    fromPfxFile(const CloudProfile &cloud, QString tenantId, QString clientId, const QString &path,
                const QString &password);
    // PEM or PFX, told apart by the content.
    static Result<std::shared_ptr<ClientCertificateCredential>>
    fromFile(const CloudProfile &cloud, QString tenantId, QString clientId, const QString &path,
             const QString &password = {});
    ~ClientCertificateCredential() override;

    QCoro::Task<Result<AccessToken>> getToken(TokenRequest request) override;
    QString description() const override;

    // The signed assertion for `tokenEndpoint`; public for tests.
    Result<QByteArray> assertion(const QUrl &tokenEndpoint) const;

private:
    struct Key;
    ClientCertificateCredential(const CloudProfile &cloud, QString tenantId, QString clientId,
                                std::unique_ptr<Key> key);

    QUrl m_authorityHost;
    QString m_tenantId;
    QString m_clientId;
    std::unique_ptr<Key> m_key;
    std::unique_ptr<HttpPipeline> m_transport;
};

} // namespace kluis::core
