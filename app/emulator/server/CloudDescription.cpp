#include "CloudDescription.h"

#include "auth/ClientCertificates.h"
#include "server/PrivateFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace kluis::emulator {

namespace {
QString addressText(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address.isNull())
        return QStringLiteral("127.0.0.1");
    if (address == QHostAddress::AnyIPv6)
        return QStringLiteral("::1");
    return address.toString();
}
} // namespace

QString CloudDescription::publicClientId()
{
    return QStringLiteral("b1e4c0de-4b1d-4c5a-9e11-00000000c0de");
}

QJsonObject CloudDescription::build(const Endpoints &endpoints, const EmulatorState &state,
                                    const Extras &extras)
{
    QJsonObject hosts{{endpoints.loginHost(), addressText(endpoints.loginAddress)},
                      {endpoints.graphHost(), addressText(endpoints.loginAddress)},
                      {endpoints.managementHost(), addressText(endpoints.managementAddress)},
                      {endpoints.vaultSuffix(), addressText(endpoints.vaultAddress)}};
    QJsonArray subscriptions;
    for (const auto &s : state.subscriptions)
        subscriptions.append(
            QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}});
    QJsonArray vaults;
    for (const auto &v : state.vaults) {
        const auto uri = endpoints.vaultUri(v.name);
        hosts.insert(QUrl(uri).host(), addressText(endpoints.vaultAddress));
        vaults.append(QJsonObject{{QStringLiteral("name"), v.name},
                                  {QStringLiteral("uri"), uri},
                                  {QStringLiteral("subscriptionId"), v.subscriptionId},
                                  {QStringLiteral("resourceGroup"), v.resourceGroup}});
    }
    QJsonArray clients;
    for (const auto &c : state.clients) {
        QJsonObject client{{QStringLiteral("clientId"), c.clientId},
                           {QStringLiteral("clientSecret"), c.clientSecret},
                           {QStringLiteral("description"), c.description},
                           {QStringLiteral("dataAccess"), c.dataAccess},
                           {QStringLiteral("objectId"), c.objectId}};
        const auto certificateFile =
            ClientCertificates::certificateFile(extras.dataDir, c.clientId);
        if (!c.certificatePem.isEmpty() && !extras.dataDir.isEmpty() &&
            QFile::exists(certificateFile))
            client.insert(QStringLiteral("certificateFile"), certificateFile);
        clients.append(client);
    }

    QJsonObject description{
        {QStringLiteral("name"), QStringLiteral("KluisEmulator")},
        {QStringLiteral("displayName"),
         QStringLiteral("Kluis emulator (%1)").arg(endpoints.domain)},
        {QStringLiteral("authorityHost"), endpoints.authorityHost()},
        {QStringLiteral("tenantId"), state.tenantId},
        {QStringLiteral("otherTenantId"), state.otherTenantId},
        {QStringLiteral("resourceManager"), endpoints.resourceManager()},
        {QStringLiteral("resourceManagerScope"),
         QString(endpoints.resourceManager() + QStringLiteral(".default"))},
        {QStringLiteral("graph"), endpoints.graph()},
        {QStringLiteral("vaultSuffix"), endpoints.vaultSuffix()},
        {QStringLiteral("vaultPort"), endpoints.vaultPort},
        {QStringLiteral("vaultScope"),
         QString(endpoints.vaultResource() + QStringLiteral("/.default"))},
        {QStringLiteral("caFile"), extras.caFile},
        {QStringLiteral("hosts"), hosts},
        {QStringLiteral("subscriptions"), subscriptions},
        {QStringLiteral("vaults"), vaults},
        {QStringLiteral("clients"), clients},
        {QStringLiteral("publicClientId"), publicClientId()},
    };
    if (extras.faultsEnabled)
        description.insert(
            QStringLiteral("faultsUrl"),
            QString(endpoints.resourceManager() + QStringLiteral("_emulator/faults")));
    if (!extras.nat.isEmpty())
        description.insert(QStringLiteral("nat"), extras.nat);
    return description;
}

bool CloudDescription::write(const QString &path, const QJsonObject &description)
{
    // It holds the clients' secrets.
    return writePrivateFile(path, QJsonDocument(description).toJson(QJsonDocument::Indented));
}

} // namespace kluis::emulator
