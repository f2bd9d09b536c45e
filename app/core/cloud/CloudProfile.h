#pragma once

#include <QList>
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

// An Azure cloud as data: where to sign in, Resource Manager, Graph, the vault DNS suffix.
// Custom profiles (Azure Stack, kluis-emulator's cloud.json) are read from JSON.
struct CloudProfile
{
    QString name;
    QString displayName;
    QUrl authorityHost;
    QString tenantId;
    QUrl resourceManager;
    QString resourceManagerScope;
    QUrl graph;
    QString vaultSuffix;
    QString caFile; // trusted for this cloud's hosts only, beside the system roots
    QList<VaultReference> vaults;

    static std::optional<CloudProfile> fromJson(const QByteArray &json, QString *error);
    static std::optional<CloudProfile> fromFile(const QString &path, QString *error);
};

} // namespace kluis::core
