#pragma once

#include "TokenIssuer.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kluis::emulator {

// The Entra ID-like token service on login.NAME (and graph.NAME): OpenID discovery, the v2.0
// token endpoint (client credentials with a secret or a certificate assertion, device code,
// authorization code with PKCE, refresh tokens), the device approval page and a minimal Graph.
//
// Emulator-only form fields on POST /{tenant}/oauth2/v2.0/devicecode, for tests:
// emulator_expires_in (seconds the device code lives) and emulator_interval (polling interval).
class TokenService
{
public:
    TokenService(EmulatorState &state, const Endpoints &endpoints, TokenIssuer &issuer);

    ApiResponse handle(const ApiRequest &request);

    // The user who signs in (and approves automatically) in every user flow.
    static QString demoUserName();
    static QString demoUserObjectId();
    static QString demoUserDisplayName();

    using Form = QHash<QString, QString>;

private:
    struct Grant
    {
        QString clientId;
        QString tenantId; // the tenant the tokens are issued in
        QStringList scopes;
        QString nonce;
    };
    struct DeviceCode
    {
        Grant grant;
        QString userCode;
        QDateTime expires;
        int interval = 5;
        qint64 lastPollMs = -1;
        enum class State
        {
            Pending,
            Approved,
            Declined
        } state = State::Pending;
    };
    struct AuthorizationCode
    {
        Grant grant;
        QString redirectUri;
        QString codeChallenge;
        QDateTime expires;
        bool redeemed = false;
    };
    struct Resource
    {
        QString audience;
        QStringList scopes; // scp for user tokens, as Entra lists them in "scope"
    };

    ApiResponse openIdConfiguration(const ApiRequest &request, const QString &pathTenant, bool v2);
    ApiResponse instanceDiscovery(const ApiRequest &request);
    ApiResponse tokenEndpoint(const ApiRequest &request, const QString &pathTenant, bool v2);
    ApiResponse deviceCodeEndpoint(const ApiRequest &request, const QString &pathTenant);
    ApiResponse authorizeEndpoint(const ApiRequest &request, const QString &pathTenant);
    ApiResponse devicePage(const ApiRequest &request);

    ApiResponse clientCredentials(const ApiRequest &request, const Form &form,
                                  const QString &pathTenant, const QString &tenantId);
    ApiResponse redeemDeviceCode(const ApiRequest &request, const Form &form);
    ApiResponse redeemAuthorizationCode(const ApiRequest &request, const Form &form,
                                        const QString &tenantId);
    ApiResponse redeemRefreshToken(const ApiRequest &request, const Form &form,
                                   const QString &tenantId);
    ApiResponse userTokens(const ApiRequest &request, const Grant &grant);

    // The tenant id tokens get for a tenant named in a URL path; nullopt when unknown.
    std::optional<QString> resolveTenant(const QString &pathTenant) const;
    // The resource a set of scopes asks for, or an error response.
    std::optional<Resource> resourceFor(const QStringList &scopes, bool forUser,
                                        const ApiRequest &request, ApiResponse *error) const;
    bool isKnownResource(const QString &audience) const;
    // Accepts the public client and every registered client for user flows.
    bool isUserFlowClient(const QString &clientId) const;
    // Checks client_secret / client_assertion when sent (required for client credentials).
    std::optional<ApiResponse> authenticateClient(const ApiRequest &request, const Form &form,
                                                  const QString &pathTenant, bool required,
                                                  QString *clientId) const;

    QString newRefreshToken(const Grant &grant);
    void pruneExpired();

    ApiResponse oauthError(const ApiRequest &request, int status, const QString &error, int code,
                           const QString &message) const;

    EmulatorState &m_state;
    const Endpoints &m_endpoints;
    TokenIssuer &m_issuer;
    QMap<QString, DeviceCode> m_deviceCodes;      // by device_code
    QMap<QString, AuthorizationCode> m_authCodes; // by code
};

} // namespace kluis::emulator
