#include "access/KeyVaultRoles.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace kluis::core {

namespace {

const QString kVaults = QStringLiteral("Microsoft.KeyVault/vaults/");

QStringList under(std::initializer_list<const char *> actions)
{
    QStringList out;
    for (const auto *action : actions)
        out << kVaults + QLatin1String(action);
    return out;
}

// An access policy permission and the data action RBAC checks for the same request.
struct PolicyAction
{
    const char *collection;
    const char *permission;
    const char *action; // under Microsoft.KeyVault/vaults/
};

constexpr std::array<PolicyAction, 44> kPolicyActions{{
    {"secrets", "get", "secrets/getSecret/action"},
    {"secrets", "list", "secrets/readMetadata/action"},
    {"secrets", "set", "secrets/setSecret/action"},
    {"secrets", "delete", "secrets/delete"},
    {"secrets", "recover", "secrets/recover/action"},
    {"secrets", "backup", "secrets/backup/action"},
    {"secrets", "restore", "secrets/restore/action"},
    {"secrets", "purge", "secrets/purge/action"},
    {"keys", "get", "keys/read"},
    {"keys", "list", "keys/read"},
    {"keys", "create", "keys/create/action"},
    {"keys", "import", "keys/import/action"},
    {"keys", "update", "keys/update/action"},
    {"keys", "delete", "keys/delete"},
    {"keys", "recover", "keys/recover/action"},
    {"keys", "backup", "keys/backup/action"},
    {"keys", "restore", "keys/restore/action"},
    {"keys", "purge", "keys/purge/action"},
    {"keys", "encrypt", "keys/encrypt/action"},
    {"keys", "decrypt", "keys/decrypt/action"},
    {"keys", "wrapKey", "keys/wrap/action"},
    {"keys", "unwrapKey", "keys/unwrap/action"},
    {"keys", "sign", "keys/sign/action"},
    {"keys", "verify", "keys/verify/action"},
    {"keys", "rotate", "keys/rotate/action"},
    {"keys", "release", "keys/release/action"},
    {"keys", "getrotationpolicy", "keyrotationpolicies/read"},
    {"keys", "setrotationpolicy", "keyrotationpolicies/write"},
    {"certificates", "get", "certificates/read"},
    {"certificates", "list", "certificates/read"},
    {"certificates", "create", "certificates/create/action"},
    {"certificates", "import", "certificates/import/action"},
    {"certificates", "update", "certificates/update/action"},
    {"certificates", "delete", "certificates/delete"},
    {"certificates", "recover", "certificates/recover/action"},
    {"certificates", "backup", "certificates/backup/action"},
    {"certificates", "restore", "certificates/restore/action"},
    {"certificates", "purge", "certificates/purge/action"},
    {"certificates", "managecontacts", "certificatecontacts/write"},
    {"certificates", "getissuers", "certificatecas/read"},
    {"certificates", "listissuers", "certificatecas/read"},
    {"certificates", "setissuers", "certificatecas/write"},
    {"certificates", "deleteissuers", "certificatecas/delete"},
    {"certificates", "manageissuers", "certificatecas/write"},
}};

} // namespace

bool BuiltInRole::grants(const QString &action) const
{
    return std::any_of(dataActions.cbegin(), dataActions.cend(),
                       [&action](const QString &p) { return KeyVaultRoles::matches(p, action); });
}

bool KeyVaultRoles::matches(const QString &pattern, const QString &action)
{
    if (!pattern.contains(QLatin1Char('*')))
        return pattern.compare(action, Qt::CaseInsensitive) == 0;
    const auto expression = QRegularExpression::anchoredPattern(
        QRegularExpression::escape(pattern).replace(QStringLiteral("\\*"), QStringLiteral(".*")));
    return QRegularExpression(expression, QRegularExpression::CaseInsensitiveOption)
        .match(action)
        .hasMatch();
}

QStringList KeyVaultRoles::knownDataActions()
{
    QStringList out;
    for (const auto &entry : kPolicyActions) {
        const QString action = kVaults + QLatin1String(entry.action);
        if (!out.contains(action))
            out << action;
    }
    return out;
}

const QList<BuiltInRole> &KeyVaultRoles::builtIn()
{
    static const QList<BuiltInRole> roles{
        {QStringLiteral("Key Vault Reader"), QStringLiteral("21090545-7ca7-4776-b22c-e363652d74d2"),
         under({"*/read", "secrets/readMetadata/action"})},
        {QStringLiteral("Key Vault Crypto Service Release User"),
         QStringLiteral("08bbd89e-9f13-488c-ac41-acfcb10c90ab"), under({"keys/release/action"})},
        {QStringLiteral("Key Vault Crypto Service Encryption User"),
         QStringLiteral("e147488a-f6f5-4113-8e2d-b22465e65bf6"),
         under({"keys/read", "keys/wrap/action", "keys/unwrap/action"})},
        {QStringLiteral("Key Vault Secrets User"),
         QStringLiteral("4633458b-17de-408a-b874-0445c86b69e6"),
         under({"secrets/getSecret/action", "secrets/readMetadata/action"})},
        {QStringLiteral("Key Vault Certificate User"),
         QStringLiteral("db79e9a7-68ee-4b58-9aeb-b90e7c24fcba"),
         under({"certificates/read", "secrets/getSecret/action", "secrets/readMetadata/action",
                "keys/read"})},
        {QStringLiteral("Key Vault Crypto User"),
         QStringLiteral("12338af0-0e69-4776-bea7-57ae8d297424"),
         under({"keys/read", "keys/update/action", "keys/backup/action", "keys/encrypt/action",
                "keys/decrypt/action", "keys/wrap/action", "keys/unwrap/action", "keys/sign/action",
                "keys/verify/action"})},
        {QStringLiteral("Key Vault Secrets Officer"),
         QStringLiteral("b86a8fe4-44ce-4948-aee5-eccb2c155cd7"), under({"secrets/*"})},
        {QStringLiteral("Key Vault Crypto Officer"),
         QStringLiteral("14b46e9e-c2b7-41b4-b07b-48a6ebf60603"),
         under({"keys/*", "keyrotationpolicies/*"})},
        {QStringLiteral("Key Vault Certificates Officer"),
         QStringLiteral("a4417e6f-fecd-4de8-b567-7b0420556985"),
         under({"certificatecas/*", "certificates/*", "certificatecontacts/write"})},
        {QStringLiteral("Key Vault Administrator"),
         QStringLiteral("00482a5a-887f-4fb3-b363-3b7fe8e74483"), under({"*"})},
    };
    return roles;
}

std::optional<BuiltInRole> KeyVaultRoles::byName(const QString &name)
{
    for (const auto &role : builtIn()) {
        if (role.name.compare(name, Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

std::optional<BuiltInRole> KeyVaultRoles::leastPrivilegedFor(const QString &action)
{
    if (!action.startsWith(kVaults, Qt::CaseInsensitive))
        return std::nullopt;
    for (const auto &role : builtIn()) {
        if (role.grants(action))
            return role;
    }
    return std::nullopt;
}

QString KeyVaultRoles::actionForPolicyPermission(const QString &collection,
                                                 const QString &permission)
{
    for (const auto &entry : kPolicyActions) {
        if (collection.compare(QLatin1String(entry.collection), Qt::CaseInsensitive) == 0 &&
            permission.compare(QLatin1String(entry.permission), Qt::CaseInsensitive) == 0)
            return kVaults + QLatin1String(entry.action);
    }
    return {};
}

QStringList KeyVaultRoles::grantedPermissions(const QString &collection,
                                              const QStringList &permissions)
{
    return permissions.contains(QStringLiteral("all"), Qt::CaseInsensitive)
               ? policyPermissions(collection)
               : permissions;
}

QStringList KeyVaultRoles::policyPermissions(const QString &collection)
{
    QStringList out;
    for (const auto &entry : kPolicyActions) {
        if (collection.compare(QLatin1String(entry.collection), Qt::CaseInsensitive) == 0)
            out << QLatin1String(entry.permission);
    }
    return out;
}

QString KeyVaultRoles::policyPermissionFor(const QString &action)
{
    for (const auto &entry : kPolicyActions) {
        if (action.compare(kVaults + QLatin1String(entry.action), Qt::CaseInsensitive) == 0)
            return QLatin1String(entry.collection) + QLatin1Char('/') +
                   QLatin1String(entry.permission);
    }
    return {};
}

} // namespace kluis::core
