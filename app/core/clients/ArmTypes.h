#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kluis::core {

struct Subscription
{
    QString subscriptionId;
    QString displayName;
    QString state;
    QString tenantId;

    static Subscription fromJson(const QJsonObject &object);
};

struct ResourceGroup
{
    QString id;
    QString name;
    QString location;

    static ResourceGroup fromJson(const QJsonObject &object);
};

// properties.networkAcls of a vault: the data-plane firewall.
struct NetworkRules
{
    QString defaultAction = QStringLiteral("Allow");  // Allow | Deny
    QString bypass = QStringLiteral("AzureServices"); // AzureServices | None
    QStringList ipRules;                              // "1.2.3.4/32", "1.2.3.0/24"
    QStringList virtualNetworkRules;                  // subnet resource ids

    static NetworkRules fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

struct VaultProperties
{
    QUrl vaultUri;
    QString tenantId;
    QString skuName;
    bool enableRbacAuthorization = false;
    bool enableSoftDelete = true;
    int softDeleteRetentionInDays = 90;
    bool enablePurgeProtection = false;
    QString publicNetworkAccess = QStringLiteral("Enabled");
    NetworkRules networkAcls;
    int privateEndpointConnections = 0;

    static VaultProperties fromJson(const QJsonObject &object);
};

struct VaultResource
{
    QString id;
    QString name;
    QString location;
    QString subscriptionId;
    QString resourceGroup;
    QMap<QString, QString> tags;
    VaultProperties properties;

    static VaultResource fromJson(const QJsonObject &object);
};

} // namespace kluis::core
