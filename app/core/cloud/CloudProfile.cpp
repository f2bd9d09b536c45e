#include "CloudProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kluis::core {

namespace {
std::optional<QUrl> httpsUrl(const QJsonObject &object, const QString &key, QString *error)
{
    const QUrl url(object.value(key).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        *error = QCoreApplication::translate("CloudProfile",
                                             "The cloud profile's \"%1\" must be an https URL.")
                     .arg(key);
        return std::nullopt;
    }
    return url;
}

QString lower(const QString &host)
{
    return host.toLower();
}

CloudProfile makeBuiltIn(const char *name, const QString &displayName, const char *login,
                         const char *management, const char *graph, const char *vaultSuffix)
{
    CloudProfile profile;
    profile.name = QString::fromLatin1(name);
    profile.displayName = displayName;
    profile.authorityHost = QUrl(QStringLiteral("https://") + QLatin1String(login));
    profile.resourceManager =
        QUrl(QStringLiteral("https://") + QLatin1String(management) + QLatin1Char('/'));
    profile.resourceManagerScope =
        QStringLiteral("https://") + QLatin1String(management) + QStringLiteral("/.default");
    profile.graph = QUrl(QStringLiteral("https://") + QLatin1String(graph) + QLatin1Char('/'));
    profile.vaultSuffix = QString::fromLatin1(vaultSuffix);
    profile.vaultScope =
        QStringLiteral("https://") + profile.vaultSuffix + QStringLiteral("/.default");
    return profile;
}
} // namespace

QString FirewallEndpoint::roleName() const
{
    switch (role) {
    case Role::SignIn:
        return QCoreApplication::translate("CloudProfile", "Sign-in");
    case Role::ResourceManager:
        return QCoreApplication::translate("CloudProfile", "Resource Manager");
    case Role::Graph:
        return QCoreApplication::translate("CloudProfile", "Graph");
    case Role::Vault:
        return QCoreApplication::translate("CloudProfile", "Key Vault");
    case Role::CertificateRevocation:
        return QCoreApplication::translate("CloudProfile", "Certificate revocation (CRL/OCSP)");
    }
    return {};
}

QUrl CloudProfile::vaultUrl(const QString &vaultName) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(vaultName.toLower() + QLatin1Char('.') + vaultSuffix);
    if (vaultPort != 443)
        url.setPort(vaultPort);
    url.setPath(QStringLiteral("/"));
    return url;
}

bool CloudProfile::isVaultHost(const QString &host) const
{
    return !vaultSuffix.isEmpty() && lower(host).endsWith(QLatin1Char('.') + lower(vaultSuffix));
}

bool CloudProfile::ownsHost(const QString &host) const
{
    const auto h = lower(host);
    if (h.isEmpty())
        return false;
    return h == lower(authorityHost.host()) || h == lower(resourceManager.host()) ||
           h == lower(graph.host()) || isVaultHost(h) || hosts.contains(h);
}

QList<FirewallEndpoint> CloudProfile::firewallEndpoints() const
{
    using Role = FirewallEndpoint::Role;
    QList<FirewallEndpoint> endpoints;
    const auto add = [&endpoints](Role role, const QString &host, int port) {
        const FirewallEndpoint endpoint{role, host, port};
        if (!host.isEmpty() && !endpoints.contains(endpoint))
            endpoints.append(endpoint);
    };
    add(Role::SignIn, authorityHost.host(), authorityHost.port(443));
    for (const auto &host : extraSignInHosts)
        add(Role::SignIn, host, 443);
    add(Role::ResourceManager, resourceManager.host(), resourceManager.port(443));
    add(Role::Graph, graph.host(), graph.port(443));
    for (const auto &host : extraGraphHosts)
        add(Role::Graph, host, 443);
    if (!vaultSuffix.isEmpty())
        add(Role::Vault, QStringLiteral("*.") + vaultSuffix, vaultPort);
    for (const auto &host : revocationHosts)
        add(Role::CertificateRevocation, host, 80);
    return endpoints;
}

QList<CloudProfile> CloudProfile::builtIn()
{
    // Hosts from the Key Vault firewall documentation; revocation hosts from the Azure
    // certificate authority details (Microsoft and DigiCert CRL/OCSP).
    const QStringList globalRevocation{
        QStringLiteral("crl.microsoft.com"), QStringLiteral("mscrl.microsoft.com"),
        QStringLiteral("www.microsoft.com"), QStringLiteral("oneocsp.microsoft.com"),
        QStringLiteral("ocsp.msocsp.com"),   QStringLiteral("crl3.digicert.com"),
        QStringLiteral("crl4.digicert.com"), QStringLiteral("ocsp.digicert.com"),
    };

    auto azure =
        makeBuiltIn("AzureCloud", QCoreApplication::translate("CloudProfile", "Azure (global)"),
                    "login.microsoftonline.com", "management.azure.com", "graph.microsoft.com",
                    "vault.azure.net");
    azure.extraSignInHosts = {QStringLiteral("login.live.com")};
    azure.extraGraphHosts = {QStringLiteral("graph.windows.net")};
    azure.revocationHosts = globalRevocation;

    auto china = makeBuiltIn(
        "AzureChinaCloud",
        QCoreApplication::translate("CloudProfile", "Azure China (operated by 21Vianet)"),
        "login.chinacloudapi.cn", "management.chinacloudapi.cn", "microsoftgraph.chinacloudapi.cn",
        "vault.azure.cn");
    china.extraGraphHosts = {QStringLiteral("graph.chinacloudapi.cn")};
    china.revocationHosts = {QStringLiteral("crl.digicert.cn"), QStringLiteral("ocsp.digicert.cn"),
                             QStringLiteral("crl.microsoft.com"),
                             QStringLiteral("mscrl.microsoft.com")};

    auto usGov = makeBuiltIn("AzureUSGovernment",
                             QCoreApplication::translate("CloudProfile", "Azure US Government"),
                             "login.microsoftonline.us", "management.usgovcloudapi.net",
                             "graph.microsoft.us", "vault.usgovcloudapi.net");
    usGov.extraSignInHosts = {QStringLiteral("login-us.microsoftonline.com")};
    usGov.revocationHosts = globalRevocation;

    auto germany =
        makeBuiltIn("AzureGermanCloud",
                    QCoreApplication::translate("CloudProfile", "Azure Germany (retired 2021)"),
                    "login.microsoftonline.de", "management.microsoftazure.de", "graph.cloudapi.de",
                    "vault.microsoftazure.de");
    germany.retired = true;
    germany.extraGraphHosts = {QStringLiteral("graph.microsoft.de")};
    germany.revocationHosts = globalRevocation;

    return {azure, china, usGov, germany};
}

std::optional<CloudProfile> CloudProfile::builtIn(const QString &name)
{
    for (const auto &profile : builtIn()) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

std::optional<CloudProfile> CloudProfile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error =
            QCoreApplication::translate("CloudProfile", "The cloud profile is not valid JSON: %1")
                .arg(parseError.errorString());
        return std::nullopt;
    }
    const auto object = document.object();
    CloudProfile profile;
    profile.name = object.value(QStringLiteral("name")).toString();
    if (profile.name.isEmpty()) {
        *error = QCoreApplication::translate("CloudProfile", "The cloud profile has no \"name\".");
        return std::nullopt;
    }
    profile.displayName = object.value(QStringLiteral("displayName")).toString(profile.name);
    const auto authority = httpsUrl(object, QStringLiteral("authorityHost"), error);
    const auto arm = httpsUrl(object, QStringLiteral("resourceManager"), error);
    if (!authority || !arm)
        return std::nullopt;
    profile.authorityHost = *authority;
    profile.resourceManager = *arm;
    profile.graph = QUrl(object.value(QStringLiteral("graph")).toString());
    profile.tenantId = object.value(QStringLiteral("tenantId")).toString();
    profile.resourceManagerScope = object.value(QStringLiteral("resourceManagerScope")).toString();
    if (profile.resourceManagerScope.isEmpty())
        profile.resourceManagerScope = profile.resourceManager.toString(QUrl::StripTrailingSlash) +
                                       QStringLiteral("/.default");
    profile.vaultSuffix = object.value(QStringLiteral("vaultSuffix")).toString();
    profile.vaultPort = object.value(QStringLiteral("vaultPort")).toInt(443);
    if (profile.vaultPort <= 0 || profile.vaultPort > 65535) {
        *error = QCoreApplication::translate(
            "CloudProfile", "The cloud profile's \"vaultPort\" is not a port number.");
        return std::nullopt;
    }
    profile.vaultScope = object.value(QStringLiteral("vaultScope")).toString();
    if (profile.vaultScope.isEmpty() && !profile.vaultSuffix.isEmpty())
        profile.vaultScope =
            QStringLiteral("https://") + profile.vaultSuffix + QStringLiteral("/.default");
    profile.caFile = object.value(QStringLiteral("caFile")).toString();
    profile.publicClientId = object.value(QStringLiteral("publicClientId")).toString();
    const auto hosts = object.value(QStringLiteral("hosts")).toObject();
    for (auto it = hosts.begin(); it != hosts.end(); ++it)
        profile.hosts.insert(it.key().toLower(), it.value().toString());
    for (const auto &value : object.value(QStringLiteral("vaults")).toArray()) {
        const auto v = value.toObject();
        VaultReference vault{v.value(QStringLiteral("name")).toString(),
                             QUrl(v.value(QStringLiteral("uri")).toString()),
                             v.value(QStringLiteral("subscriptionId")).toString(),
                             v.value(QStringLiteral("resourceGroup")).toString()};
        if (!vault.name.isEmpty() && vault.uri.scheme() == QLatin1String("https"))
            profile.vaults.append(vault);
    }
    for (const auto &value : object.value(QStringLiteral("clients")).toArray()) {
        const auto c = value.toObject();
        CloudClient client{c.value(QStringLiteral("clientId")).toString(),
                           c.value(QStringLiteral("clientSecret")).toString(),
                           c.value(QStringLiteral("description")).toString(),
                           c.value(QStringLiteral("dataAccess")).toBool(),
                           c.value(QStringLiteral("certificateFile")).toString()};
        if (!client.clientId.isEmpty())
            profile.clients.append(client);
    }
    return profile;
}

std::optional<CloudProfile> CloudProfile::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("CloudProfile", "Cannot read the cloud profile %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    auto profile = fromJson(file.readAll(), error);
    // A relative caFile is relative to the profile, not to the working directory.
    if (profile && !profile->caFile.isEmpty() && QFileInfo(profile->caFile).isRelative())
        profile->caFile = QFileInfo(path).absoluteDir().filePath(profile->caFile);
    return profile;
}

} // namespace kluis::core
