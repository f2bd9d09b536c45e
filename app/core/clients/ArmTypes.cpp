#include "clients/ArmTypes.h"

#include "clients/KeyVaultTypes.h"

#include <QJsonArray>

namespace kluis::core {

Subscription Subscription::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("subscriptionId")).toString(),
            object.value(QStringLiteral("displayName")).toString(),
            object.value(QStringLiteral("state")).toString(),
            object.value(QStringLiteral("tenantId")).toString()};
}

ResourceGroup ResourceGroup::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(),
            object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("location")).toString()};
}

NetworkRules NetworkRules::fromJson(const QJsonObject &object)
{
    NetworkRules rules;
    if (object.isEmpty())
        return rules; // no networkAcls: open to all networks
    rules.defaultAction =
        object.value(QStringLiteral("defaultAction")).toString(rules.defaultAction);
    rules.bypass = object.value(QStringLiteral("bypass")).toString(rules.bypass);
    for (const auto &rule : object.value(QStringLiteral("ipRules")).toArray())
        rules.ipRules.append(rule.toObject().value(QStringLiteral("value")).toString());
    for (const auto &rule : object.value(QStringLiteral("virtualNetworkRules")).toArray())
        rules.virtualNetworkRules.append(rule.toObject().value(QStringLiteral("id")).toString());
    return rules;
}

QJsonObject NetworkRules::toJson() const
{
    QJsonArray ips;
    for (const auto &rule : ipRules)
        ips.append(QJsonObject{{QStringLiteral("value"), rule}});
    QJsonArray networks;
    for (const auto &rule : virtualNetworkRules)
        networks.append(QJsonObject{{QStringLiteral("id"), rule}});
    return {{QStringLiteral("defaultAction"), defaultAction},
            {QStringLiteral("bypass"), bypass},
            {QStringLiteral("ipRules"), ips},
            {QStringLiteral("virtualNetworkRules"), networks}};
}

VaultProperties VaultProperties::fromJson(const QJsonObject &object)
{
    VaultProperties properties;
    properties.vaultUri = QUrl(object.value(QStringLiteral("vaultUri")).toString());
    properties.tenantId = object.value(QStringLiteral("tenantId")).toString();
    properties.skuName =
        object.value(QStringLiteral("sku")).toObject().value(QStringLiteral("name")).toString();
    properties.enableRbacAuthorization =
        object.value(QStringLiteral("enableRbacAuthorization")).toBool();
    properties.enableSoftDelete = object.value(QStringLiteral("enableSoftDelete")).toBool(true);
    properties.softDeleteRetentionInDays =
        object.value(QStringLiteral("softDeleteRetentionInDays")).toInt(90);
    properties.enablePurgeProtection =
        object.value(QStringLiteral("enablePurgeProtection")).toBool();
    properties.publicNetworkAccess = object.value(QStringLiteral("publicNetworkAccess"))
                                         .toString(properties.publicNetworkAccess);
    properties.networkAcls =
        NetworkRules::fromJson(object.value(QStringLiteral("networkAcls")).toObject());
    properties.privateEndpointConnections = static_cast<int>(
        object.value(QStringLiteral("privateEndpointConnections")).toArray().size());
    return properties;
}

VaultResource VaultResource::fromJson(const QJsonObject &object)
{
    VaultResource vault;
    vault.id = object.value(QStringLiteral("id")).toString();
    vault.name = object.value(QStringLiteral("name")).toString();
    vault.location = object.value(QStringLiteral("location")).toString();
    vault.tags = tagsFromJson(object.value(QStringLiteral("tags")).toObject());
    vault.properties =
        VaultProperties::fromJson(object.value(QStringLiteral("properties")).toObject());
    // /subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.KeyVault/vaults/{name}
    const auto parts = vault.id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0)
            vault.subscriptionId = parts.at(i + 1);
        else if (parts.at(i).compare(QLatin1String("resourceGroups"), Qt::CaseInsensitive) == 0)
            vault.resourceGroup = parts.at(i + 1);
    }
    return vault;
}

} // namespace kluis::core
