#pragma once

#include <QHostAddress>
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
    // The networkAcls object exactly as Resource Manager sent it (members Kluis does not know,
    // ignoreMissingVnetServiceEndpoint, …), and whether there was one: only rules that were
    // read are ever written back.
    QJsonObject raw;
    bool read = false;

    static NetworkRules fromJson(const QJsonObject &object);
    // Read rules: `raw` as it came, with only ipRules replaced by this list (each rule still
    // there keeps its object as read). Rules made from nothing: every member from the fields.
    QJsonObject toJson() const;

    // Whether an IP rule covers `address` (a single address or a CIDR range).
    bool ipRulesCover(const QHostAddress &address) const;
    // Adds "1.2.3.4" or "1.2.3.0/24"; false when an equal rule is there ("1.2.3.4" and
    // "1.2.3.4/32" are the same rule) or the text is not an IPv4 address or range.
    bool addIpRule(const QString &rule);
    // Removes the rule equal to `rule` (same normalisation); false when there is none.
    bool removeIpRule(const QString &rule);
    // "1.2.3.4" -> "1.2.3.4/32"; empty when not an IPv4 address or range.
    static QString normalizedIpRule(const QString &rule);
};

// One entry of a vault's access policies (vaults that do not decide by RBAC).
struct AccessPolicyEntry
{
    QString tenantId;
    QString objectId;
    QString applicationId; // compound identity: the application the user acts through
    // By collection ("keys", "secrets", "certificates", "storage"): the permissions, as sent.
    QMap<QString, QStringList> permissions;

    static AccessPolicyEntry fromJson(const QJsonObject &object);
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
    QStringList privateEndpointConnectionIds; // the connections' private endpoint ids (or names)
    QList<AccessPolicyEntry> accessPolicies;
    bool read = false; // the answer had a properties object

    static VaultProperties fromJson(const QJsonObject &object);
};

// Microsoft.Authorization: a role definition (built-in or custom) with its permissions.
struct RoleDefinition
{
    QString id; // ".../providers/Microsoft.Authorization/roleDefinitions/GUID"
    QString roleName;
    QString type; // BuiltInRole | CustomRole
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;

    // The GUID at the end of an id.
    static QString guidOf(const QString &roleDefinitionId);
    static RoleDefinition fromJson(const QJsonObject &object);
};

struct RoleAssignment
{
    QString id;
    QString name;
    QString scope;
    QString roleDefinitionId;
    QString principalId;
    QString principalType; // User | Group | ServicePrincipal | ForeignGroup | Device

    static RoleAssignment fromJson(const QJsonObject &object);
};

// What the caller may do at a scope, one entry per role it holds there
// (Microsoft.Authorization/permissions).
struct Permission
{
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;

    static Permission fromJson(const QJsonObject &object);
};

// A vault's association with a network security perimeter
// (Microsoft.KeyVault/vaults/networkSecurityPerimeterConfigurations).
struct PerimeterConfiguration
{
    QString name;
    QString perimeterId; // the perimeter's resource id
    QString profile;
    QString accessMode; // Enforced | Learning (once Transition) | Audit
    QStringList inboundAddressPrefixes;

    QString perimeterName() const { return perimeterId.section(QLatin1Char('/'), -1); }
    bool enforced() const
    {
        return accessMode.compare(QLatin1String("Enforced"), Qt::CaseInsensitive) == 0;
    }
    static PerimeterConfiguration fromJson(const QJsonObject &object);
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
