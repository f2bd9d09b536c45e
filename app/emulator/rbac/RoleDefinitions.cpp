#include "RoleDefinitions.h"

#include <QJsonArray>

namespace kluis::emulator {

namespace {

QStringList vaultData(std::initializer_list<const char *> suffixes)
{
    QStringList out;
    for (const auto *suffix : suffixes)
        out << QStringLiteral("Microsoft.KeyVault/vaults/") + QLatin1String(suffix);
    return out;
}

// What every Key Vault data role may also do on the control plane (Microsoft's definitions).
QStringList keyVaultDataRoleActions()
{
    return {QStringLiteral("Microsoft.Authorization/*/read"),
            QStringLiteral("Microsoft.Insights/alertRules/*"),
            QStringLiteral("Microsoft.Resources/deployments/*"),
            QStringLiteral("Microsoft.Resources/subscriptions/resourceGroups/read"),
            QStringLiteral("Microsoft.Support/*"),
            QStringLiteral("Microsoft.KeyVault/checkNameAvailability/read"),
            QStringLiteral("Microsoft.KeyVault/deletedVaults/read"),
            QStringLiteral("Microsoft.KeyVault/locations/*/read"),
            QStringLiteral("Microsoft.KeyVault/vaults/*/read"),
            QStringLiteral("Microsoft.KeyVault/operations/read")};
}

RoleDefinition dataRole(const char *guid, const char *name, const char *description,
                        QStringList dataActions)
{
    return {QLatin1String(guid),
            QLatin1String(name),
            QLatin1String(description),
            keyVaultDataRoleActions(),
            {},
            std::move(dataActions),
            {}};
}

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject RoleDefinition::permissionsJson() const
{
    return {{QStringLiteral("actions"), array(actions)},
            {QStringLiteral("notActions"), array(notActions)},
            {QStringLiteral("dataActions"), array(dataActions)},
            {QStringLiteral("notDataActions"), array(notDataActions)}};
}

QJsonObject RoleDefinition::toJson(const QString &scope) const
{
    return {{QStringLiteral("id"),
             QString(scope + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") +
                     guid)},
            {QStringLiteral("name"), guid},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleDefinitions")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("roleName"), roleName},
                         {QStringLiteral("type"), QStringLiteral("BuiltInRole")},
                         {QStringLiteral("description"), description},
                         {QStringLiteral("assignableScopes"), QJsonArray{QStringLiteral("/")}},
                         {QStringLiteral("permissions"), QJsonArray{permissionsJson()}},
                         {QStringLiteral("createdOn"), QStringLiteral("2015-02-02T21:55:09Z")},
                         {QStringLiteral("updatedOn"), QStringLiteral("2024-05-03T12:00:00Z")},
                         {QStringLiteral("createdBy"), QJsonValue()},
                         {QStringLiteral("updatedBy"), QJsonValue()}}}};
}

const QList<RoleDefinition> &RoleDefinitions::builtIn()
{
    static const QList<RoleDefinition> roles{
        {QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635"),
         QStringLiteral("Owner"),
         QStringLiteral("Grants full access to manage all resources, including the ability to "
                        "assign roles in Azure RBAC."),
         {QStringLiteral("*")},
         {},
         {},
         {}},
        {QStringLiteral("b24988ac-6180-42a0-ab88-20f7382dd24c"),
         QStringLiteral("Contributor"),
         QStringLiteral("Grants full access to manage all resources, but does not allow you to "
                        "assign roles in Azure RBAC."),
         {QStringLiteral("*")},
         {QStringLiteral("Microsoft.Authorization/*/Delete"),
          QStringLiteral("Microsoft.Authorization/*/Write"),
          QStringLiteral("Microsoft.Authorization/elevateAccess/Action")},
         {},
         {}},
        {QStringLiteral("acdd72a7-3385-48ef-bd42-f606fba81ae7"),
         QStringLiteral("Reader"),
         QStringLiteral("View all resources, but does not allow you to make any changes."),
         {QStringLiteral("*/read")},
         {},
         {},
         {}},
        {QStringLiteral("18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"),
         QStringLiteral("User Access Administrator"),
         QStringLiteral("Lets you manage user access to Azure resources."),
         {QStringLiteral("*/read"), QStringLiteral("Microsoft.Authorization/*"),
          QStringLiteral("Microsoft.Support/*")},
         {},
         {},
         {}},
        dataRole("00482a5a-887f-4fb3-b363-3b7fe8e74483", "Key Vault Administrator",
                 "Perform all data plane operations on a key vault and all objects in it, "
                 "including certificates, keys, and secrets.",
                 vaultData({"*"})),
        dataRole("21090545-7ca7-4776-b22c-e363652d74d2", "Key Vault Reader",
                 "Read metadata of key vaults and its certificates, keys, and secrets. Cannot "
                 "read sensitive values such as secret contents or key material.",
                 vaultData({"*/read", "secrets/readMetadata/action"})),
        dataRole("4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User",
                 "Read secret contents.",
                 vaultData({"secrets/getSecret/action", "secrets/readMetadata/action"})),
        dataRole("b86a8fe4-44ce-4948-aee5-eccb2c155cd7", "Key Vault Secrets Officer",
                 "Perform any action on the secrets of a key vault, except manage permissions.",
                 vaultData({"secrets/*"})),
        dataRole("12338af0-0e69-4776-bea7-57ae8d297424", "Key Vault Crypto User",
                 "Perform cryptographic operations using keys.",
                 vaultData({"keys/read", "keys/update/action", "keys/backup/action",
                            "keys/encrypt/action", "keys/decrypt/action", "keys/wrap/action",
                            "keys/unwrap/action", "keys/sign/action", "keys/verify/action"})),
        dataRole("14b46e9e-c2b7-41b4-b07b-48a6ebf60603", "Key Vault Crypto Officer",
                 "Perform any action on the keys of a key vault, except manage permissions.",
                 vaultData({"keys/*", "keyrotationpolicies/*"})),
        dataRole("e147488a-f6f5-4113-8e2d-b22465e65bf6", "Key Vault Crypto Service Encryption User",
                 "Read metadata of keys and perform wrap/unwrap operations.",
                 vaultData({"keys/read", "keys/wrap/action", "keys/unwrap/action"})),
        dataRole("08bbd89e-9f13-488c-ac41-acfcb10c90ab", "Key Vault Crypto Service Release User",
                 "Release keys.", vaultData({"keys/release/action"})),
        dataRole("a4417e6f-fecd-4de8-b567-7b0420556985", "Key Vault Certificates Officer",
                 "Perform any action on the certificates of a key vault, except manage "
                 "permissions.",
                 vaultData({"certificatecas/*", "certificates/*", "certificatecontacts/write"})),
        dataRole("db79e9a7-68ee-4b58-9aeb-b90e7c24fcba", "Key Vault Certificate User",
                 "Read entire certificate contents including secret and key portion.",
                 vaultData({"certificates/read", "secrets/getSecret/action",
                            "secrets/readMetadata/action", "keys/read"})),
    };
    return roles;
}

const RoleDefinition *RoleDefinitions::find(const QString &idOrGuid)
{
    const auto guid = idOrGuid.section(QLatin1Char('/'), -1);
    for (const auto &role : builtIn()) {
        if (role.guid.compare(guid, Qt::CaseInsensitive) == 0)
            return &role;
    }
    return nullptr;
}

const RoleDefinition *RoleDefinitions::byName(const QString &roleName)
{
    for (const auto &role : builtIn()) {
        if (role.roleName.compare(roleName, Qt::CaseInsensitive) == 0)
            return &role;
    }
    return nullptr;
}

} // namespace kluis::emulator
