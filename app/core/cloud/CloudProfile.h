#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

namespace kluis::core {

struct VaultReference
{
    QString name;
    QUrl uri;
    QString subscriptionId;
    QString resourceGroup;
};

// One host:port a firewall in front of the client must let through.
struct FirewallEndpoint
{
    enum class Role
    {
        SignIn,
        ResourceManager,
        Graph,
        Vault,
        CertificateRevocation, // CRL/OCSP, plain HTTP
    };
    Role role;
    QString host; // "*.vault.azure.net" stands for every vault of the cloud
    int port;

    QString roleName() const;
    QString hostPort() const { return host + QLatin1Char(':') + QString::number(port); }
    friend bool operator==(const FirewallEndpoint &, const FirewallEndpoint &) = default;
};

// A client registration a custom cloud file offers (kluis-emulator's test clients).
struct CloudClient
{
    QString clientId;
    QString clientSecret;
    QString description;
    bool dataAccess = false;
    QString certificateFile; // PEM with the private key and certificate, when offered
};

// An Azure cloud as data: where to sign in, Resource Manager, Graph, the vault DNS suffix and
// scopes. Built in: AzureCloud, AzureChinaCloud, AzureUSGovernment, AzureGermanCloud (retired).
// Custom profiles (Azure Stack, kluis-emulator's cloud.json) are read from JSON.
struct CloudProfile
{
    QString name;
    QString displayName;
    bool retired = false;
    QUrl authorityHost;
    QString tenantId;
    QUrl resourceManager;
    QString resourceManagerScope;
    QUrl graph;
    QString vaultSuffix;
    int vaultPort = 443;
    QString vaultScope;
    QString caFile;               // trusted for this cloud's hosts only, beside the system roots
    QStringList extraSignInHosts; // e.g. login.live.com for personal accounts
    QStringList extraGraphHosts;  // older Graph endpoints still named by firewall docs
    QStringList revocationHosts;  // CRL/OCSP, port 80
    QMap<QString, QString> hosts; // host name -> address, from a custom file
    QList<VaultReference> vaults;
    QList<CloudClient> clients;
    QString publicClientId;

    // https://NAME.<vaultSuffix>[:port]/
    QUrl vaultUrl(const QString &vaultName) const;
    // True for the sign-in, Resource Manager and Graph hosts and every vault host of this cloud:
    // the hosts its caFile may vouch for.
    bool ownsHost(const QString &host) const;
    bool isVaultHost(const QString &host) const;
    // Every host:port a firewall must allow for this cloud, ready to hand to a network team.
    QList<FirewallEndpoint> firewallEndpoints() const;

    static QList<CloudProfile> builtIn();
    static std::optional<CloudProfile> builtIn(const QString &name);
    static std::optional<CloudProfile> fromJson(const QByteArray &json, QString *error);
    static std::optional<CloudProfile> fromFile(const QString &path, QString *error);
};

} // namespace kluis::core
