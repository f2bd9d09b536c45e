#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace kluis::emulator {

// A built-in Azure role as Microsoft.Authorization describes it. The emulator's own table (the
// client has another): a wrong data action on one side shows up against the other.
struct RoleDefinition
{
    QString guid;
    QString roleName;
    QString description;
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;

    // The ARM resource, its id under `scope` ("/subscriptions/S" or empty for the tenant).
    QJsonObject toJson(const QString &scope) const;
    QJsonObject permissionsJson() const;
};

class RoleDefinitions
{
public:
    // Owner, Contributor, Reader, User Access Administrator and the ten Key Vault roles.
    static const QList<RoleDefinition> &builtIn();
    // By GUID, or by an id that ends in /roleDefinitions/GUID.
    static const RoleDefinition *find(const QString &idOrGuid);
    static const RoleDefinition *byName(const QString &roleName);
};

} // namespace kluis::emulator
