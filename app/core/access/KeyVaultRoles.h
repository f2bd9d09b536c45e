#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kluis::core {

// A built-in Azure role for Key Vault's data plane, with the data actions Microsoft documents
// for it (patterns: `*` stands for any text, case does not matter).
struct BuiltInRole
{
    QString name; // "Key Vault Secrets User"
    QString id;   // the role definition's GUID, the same in every tenant
    QStringList dataActions;

    bool grants(const QString &action) const;
};

// The built-in Key Vault roles, and which is the least privileged for a data action.
class KeyVaultRoles
{
public:
    // Narrowest first: Reader, the crypto service users, Secrets User, Certificate User,
    // Crypto User, the officers, Administrator.
    static const QList<BuiltInRole> &builtIn();
    static std::optional<BuiltInRole> byName(const QString &name);
    // The first role of builtIn() that grants `action`.
    static std::optional<BuiltInRole> leastPrivilegedFor(const QString &action);

    // An access policy permission ("secrets", "list") as the data action RBAC checks for the
    // same request, and back ("secrets/get" for …/secrets/getSecret/action). Empty when there
    // is none.
    static QString actionForPolicyPermission(const QString &collection, const QString &permission);
    static QString policyPermissionFor(const QString &action);
    // Every data action the access policy permissions stand for, each once, in table order.
    static QStringList knownDataActions();
    // Azure RBAC's action pattern match: `*` stands for any text, case does not matter.
    static bool matches(const QString &pattern, const QString &action);

    // An access policy entry's permissions of one collection as granted: "all" stands for every
    // one of policyPermissions(collection).
    static QStringList grantedPermissions(const QString &collection,
                                          const QStringList &permissions);
    // Every access policy permission of a collection ("keys": get, list, create, …) that has
    // a data action.
    static QStringList policyPermissions(const QString &collection);
};

} // namespace kluis::core
