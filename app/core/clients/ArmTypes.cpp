#include "clients/ArmTypes.h"

#include "clients/KeyVaultTypes.h"

#include <QJsonArray>

#include <algorithm>

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
        return rules; // no networkAcls: open to all networks, and nothing to write back
    rules.raw = object;
    rules.read = true;
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
    const auto readIps = raw.value(QStringLiteral("ipRules")).toArray();
    QJsonArray ips;
    for (const auto &rule : ipRules) {
        const auto normalized = normalizedIpRule(rule);
        const auto same = std::find_if(readIps.begin(), readIps.end(), [&](const QJsonValue &old) {
            return !normalized.isEmpty() &&
                   normalizedIpRule(old.toObject().value(QStringLiteral("value")).toString()) ==
                       normalized;
        });
        ips.append(same != readIps.end()
                       ? *same
                       : QJsonValue(QJsonObject{{QStringLiteral("value"), rule}}));
    }
    if (read) {
        auto object = raw;
        object.insert(QStringLiteral("ipRules"), ips);
        return object;
    }
    QJsonArray networks;
    for (const auto &rule : virtualNetworkRules)
        networks.append(QJsonObject{{QStringLiteral("id"), rule}});
    return {{QStringLiteral("defaultAction"), defaultAction},
            {QStringLiteral("bypass"), bypass},
            {QStringLiteral("ipRules"), ips},
            {QStringLiteral("virtualNetworkRules"), networks}};
}

QString NetworkRules::normalizedIpRule(const QString &rule)
{
    const auto text = rule.trimmed();
    const auto slash = text.indexOf(QLatin1Char('/'));
    const QHostAddress address(slash < 0 ? text : text.left(slash));
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return {};
    bool ok = true;
    const int prefix = slash < 0 ? 32 : text.mid(slash + 1).toInt(&ok);
    if (!ok || prefix < 0 || prefix > 32)
        return {};
    // The network address of the range, as the service stores it.
    const auto mask = prefix == 0 ? 0U : ~0U << (32 - prefix);
    return QHostAddress(address.toIPv4Address() & mask).toString() + QLatin1Char('/') +
           QString::number(prefix);
}

bool NetworkRules::ipRulesCover(const QHostAddress &address) const
{
    for (const auto &rule : ipRules) {
        const auto normalized = normalizedIpRule(rule);
        if (normalized.isEmpty())
            continue;
        if (address.isInSubnet(QHostAddress::parseSubnet(normalized)))
            return true;
    }
    return false;
}

bool NetworkRules::addIpRule(const QString &rule)
{
    const auto normalized = normalizedIpRule(rule);
    if (normalized.isEmpty())
        return false;
    for (const auto &existing : std::as_const(ipRules)) {
        if (normalizedIpRule(existing) == normalized)
            return false;
    }
    ipRules.append(rule.trimmed());
    return true;
}

bool NetworkRules::removeIpRule(const QString &rule)
{
    const auto normalized = normalizedIpRule(rule);
    for (qsizetype i = 0; i < ipRules.size(); ++i) {
        if (!normalized.isEmpty() && normalizedIpRule(ipRules.at(i)) == normalized) {
            ipRules.removeAt(i);
            return true;
        }
    }
    return false;
}

AccessPolicyEntry AccessPolicyEntry::fromJson(const QJsonObject &object)
{
    AccessPolicyEntry entry;
    entry.tenantId = object.value(QStringLiteral("tenantId")).toString();
    entry.objectId = object.value(QStringLiteral("objectId")).toString();
    entry.applicationId = object.value(QStringLiteral("applicationId")).toString();
    const auto permissions = object.value(QStringLiteral("permissions")).toObject();
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        QStringList granted;
        for (const auto &permission : it.value().toArray())
            granted << permission.toString();
        entry.permissions.insert(it.key(), granted);
    }
    return entry;
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
    properties.read = !object.isEmpty();
    for (const auto &policy : object.value(QStringLiteral("accessPolicies")).toArray())
        properties.accessPolicies.append(AccessPolicyEntry::fromJson(policy.toObject()));
    const auto connections = object.value(QStringLiteral("privateEndpointConnections")).toArray();
    properties.privateEndpointConnections = static_cast<int>(connections.size());
    for (const auto &value : connections) {
        const auto connection = value.toObject();
        auto id = connection.value(QStringLiteral("properties"))
                      .toObject()
                      .value(QStringLiteral("privateEndpoint"))
                      .toObject()
                      .value(QStringLiteral("id"))
                      .toString();
        if (id.isEmpty())
            id = connection.value(QStringLiteral("name")).toString();
        if (id.isEmpty())
            id = connection.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            properties.privateEndpointConnectionIds.append(id);
    }
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

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const auto &item : value.toArray())
        out << item.toString();
    return out;
}
} // namespace

QString RoleDefinition::guidOf(const QString &roleDefinitionId)
{
    return roleDefinitionId.section(QLatin1Char('/'), -1).toLower();
}

RoleDefinition RoleDefinition::fromJson(const QJsonObject &object)
{
    RoleDefinition role;
    role.id = object.value(QStringLiteral("id")).toString();
    const auto properties = object.value(QStringLiteral("properties")).toObject();
    role.roleName = properties.value(QStringLiteral("roleName")).toString();
    role.type = properties.value(QStringLiteral("type")).toString();
    for (const auto &value : properties.value(QStringLiteral("permissions")).toArray()) {
        const auto permission = Permission::fromJson(value.toObject());
        role.actions << permission.actions;
        role.notActions << permission.notActions;
        role.dataActions << permission.dataActions;
        role.notDataActions << permission.notDataActions;
    }
    return role;
}

RoleAssignment RoleAssignment::fromJson(const QJsonObject &object)
{
    RoleAssignment assignment;
    assignment.id = object.value(QStringLiteral("id")).toString();
    assignment.name = object.value(QStringLiteral("name")).toString();
    const auto properties = object.value(QStringLiteral("properties")).toObject();
    assignment.scope = properties.value(QStringLiteral("scope")).toString();
    assignment.roleDefinitionId = properties.value(QStringLiteral("roleDefinitionId")).toString();
    assignment.principalId = properties.value(QStringLiteral("principalId")).toString();
    assignment.principalType = properties.value(QStringLiteral("principalType")).toString();
    return assignment;
}

Permission Permission::fromJson(const QJsonObject &object)
{
    return {strings(object.value(QStringLiteral("actions"))),
            strings(object.value(QStringLiteral("notActions"))),
            strings(object.value(QStringLiteral("dataActions"))),
            strings(object.value(QStringLiteral("notDataActions")))};
}

PerimeterConfiguration PerimeterConfiguration::fromJson(const QJsonObject &object)
{
    PerimeterConfiguration configuration;
    configuration.name = object.value(QStringLiteral("name")).toString();
    const auto properties = object.value(QStringLiteral("properties")).toObject();
    configuration.perimeterId = properties.value(QStringLiteral("networkSecurityPerimeter"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
    configuration.accessMode = properties.value(QStringLiteral("resourceAssociation"))
                                   .toObject()
                                   .value(QStringLiteral("accessMode"))
                                   .toString();
    const auto profile = properties.value(QStringLiteral("profile")).toObject();
    configuration.profile = profile.value(QStringLiteral("name")).toString();
    for (const auto &rule : profile.value(QStringLiteral("accessRules")).toArray()) {
        const auto ruleProperties = rule.toObject().value(QStringLiteral("properties")).toObject();
        if (ruleProperties.value(QStringLiteral("direction"))
                .toString()
                .compare(QLatin1String("Inbound"), Qt::CaseInsensitive) == 0)
            configuration.inboundAddressPrefixes
                << strings(ruleProperties.value(QStringLiteral("addressPrefixes")));
    }
    return configuration;
}

} // namespace kluis::core
