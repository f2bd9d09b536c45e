#pragma once

#include "HostileServer.h"

#include <QJsonObject>
#include <QProcessEnvironment>

#include <functional>
#include <optional>

// A whole cloud played by one HostileServer: login.hostile.localhost (the token service),
// management.hostile.localhost (Resource Manager) and hostile.vault.hostile.localhost (a vault),
// plus evil.localhost and elsewhere.localhost for answers that point away. By default each role
// answers as Azure would (a token for client credentials, a 401 challenge to a vault request
// without a token, an empty list); a test replaces a role's answers where it wants to be
// hostile. The cloud file trusts the server's certificate through its caFile only.
class HostileCloud
{
public:
    using Request = HostileServer::Request;
    using Reply = HostileServer::Reply;
    // Return nothing to let the role answer as Azure would.
    using RoleHandler = std::function<std::optional<Reply>(const Request &)>;

    static constexpr auto tenant = "0d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6";
    static constexpr auto clientId = "5a6b7c8d-0000-4000-8000-00000000c11e";
    static constexpr auto clientSecret = "hostile-client-secret-0b7f";

    HostileCloud();

    bool isValid() const { return m_certificate.isValid() && m_server.port() != 0; }
    HostileServer &server() { return m_server; }
    const TestCertificate &certificate() const { return m_certificate; }

    QString loginHost() const { return QStringLiteral("login.hostile.localhost"); }
    QString managementHost() const { return QStringLiteral("management.hostile.localhost"); }
    QString vaultHost() const { return QStringLiteral("hostile.vault.hostile.localhost"); }
    QString authority() const { return m_server.origin(loginHost()); }
    QString vaultUrl() const { return m_server.origin(vaultHost()) + QLatin1Char('/'); }
    QString vaultResource() const
    {
        return m_server.origin(QStringLiteral("vault.hostile.localhost"));
    }
    QString managementUrl() const { return m_server.origin(managementHost()) + QLatin1Char('/'); }
    // The cloud profile (written once, in a temporary directory).
    QString cloudFile();
    // AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET for this cloud, request logging on.
    QProcessEnvironment environment() const;

    RoleHandler signIn;
    RoleHandler vault;
    RoleHandler management;
    // What the default token endpoint hands out.
    QByteArray accessToken = "hostile-issued-access-token-5f1d";
    int expiresIn = 3600;

    QList<Request> requestsTo(const QString &host) const;
    int tokenRequests() const;
    // Requests that carried an Authorization header to a host other than `host`.
    int authorizedRequestsOutside(const QString &host) const;

    // A Key Vault 401 with a challenge, as the vault would send it.
    Reply challenge(const QByteArray &parameters) const;
    QByteArray defaultChallenge() const;

private:
    Reply answer(const Request &request);

    TestCertificate m_certificate;
    HostileServer m_server;
    QTemporaryDir m_dir;
    QString m_cloudFile;
};

// kluisctl, run to its end with the test's event loop turning (the hostile server lives in the
// test process), killed after `timeoutMs`.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    qint64 peakRssKb = 0; // the largest resident size seen while it ran
    bool timedOut = false;

    // The {"error": {...}} line --json writes on stderr.
    QJsonObject error() const;
    QString describe() const;
};
CliRun runKluisctl(const QStringList &arguments, const QProcessEnvironment &environment,
                   int timeoutMs = 30000);
