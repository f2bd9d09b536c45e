#include "access/RbacReadiness.h"

#include "access/KeyVaultRoles.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace kluis::core {

namespace {

const QStringList kCollections{QStringLiteral("keys"), QStringLiteral("secrets"),
                               QStringLiteral("certificates")};

} // namespace

RbacReadiness::Mapping RbacReadiness::map(const AccessPolicyEntry &entry)
{
    Mapping mapping{entry, {}, {}, {}};
    // The entry's permissions as "collection/permission", lower case; "all" is every one.
    QSet<QString> held;
    QStringList neededActions;
    QHash<QString, QString> permissionOfAction;
    for (auto it = entry.permissions.cbegin(); it != entry.permissions.cend(); ++it) {
        const auto collection = it.key().toLower();
        const auto permissions = KeyVaultRoles::grantedPermissions(collection, it.value());
        for (const auto &permission : std::as_const(permissions)) {
            const QString name = collection + QLatin1Char('/') + permission.toLower();
            if (held.contains(name))
                continue;
            held.insert(name);
            const auto action = KeyVaultRoles::actionForPolicyPermission(collection, permission);
            if (action.isEmpty() || !KeyVaultRoles::leastPrivilegedFor(action)) {
                mapping.notCovered << name;
                continue;
            }
            neededActions << action;
            permissionOfAction.insert(action, name);
        }
    }
    // The least-privileged role of each action, then without those another chosen role covers.
    QList<BuiltInRole> chosen;
    for (const auto &action : std::as_const(neededActions)) {
        const auto role = KeyVaultRoles::leastPrivilegedFor(action);
        if (std::none_of(chosen.cbegin(), chosen.cend(),
                         [&](const BuiltInRole &r) { return r.name == role->name; }))
            chosen.append(*role);
    }
    for (auto i = chosen.size() - 1; i >= 0; --i) {
        const auto covered = [&](const QString &action) {
            for (qsizetype j = 0; j < chosen.size(); ++j) {
                if (j != i && chosen.at(j).grants(action))
                    return true;
            }
            return false;
        };
        if (std::all_of(neededActions.cbegin(), neededActions.cend(), [&](const QString &action) {
                return !chosen.at(i).grants(action) || covered(action);
            }))
            chosen.removeAt(i);
    }
    const auto &order = KeyVaultRoles::builtIn();
    std::sort(chosen.begin(), chosen.end(), [&order](const BuiltInRole &a, const BuiltInRole &b) {
        const auto rank = [&order](const BuiltInRole &r) {
            return std::find_if(order.cbegin(), order.cend(),
                                [&r](const BuiltInRole &o) { return o.name == r.name; }) -
                   order.cbegin();
        };
        return rank(a) < rank(b);
    });
    for (const auto &role : std::as_const(chosen))
        mapping.roles << role.name;
    // What the roles grant that the entry did not.
    for (const auto &collection : kCollections) {
        for (const auto &permission : KeyVaultRoles::policyPermissions(collection)) {
            const QString name = collection + QLatin1Char('/') + permission.toLower();
            const auto action = KeyVaultRoles::actionForPolicyPermission(collection, permission);
            if (held.contains(name) || mapping.overGranted.contains(name))
                continue;
            if (std::any_of(chosen.cbegin(), chosen.cend(),
                            [&action](const BuiltInRole &r) { return r.grants(action); }))
                mapping.overGranted << name;
        }
    }
    return mapping;
}

QJsonObject RbacReadiness::toJson(const QString &vault, const Mapping &mapping)
{
    QJsonObject permissions;
    for (auto it = mapping.entry.permissions.cbegin(); it != mapping.entry.permissions.cend(); ++it)
        permissions.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return {{QStringLiteral("vault"), vault},
            {QStringLiteral("objectId"), mapping.entry.objectId},
            {QStringLiteral("applicationId"), mapping.entry.applicationId},
            {QStringLiteral("permissions"), permissions},
            {QStringLiteral("roles"), QJsonArray::fromStringList(mapping.roles)},
            {QStringLiteral("overGranted"), QJsonArray::fromStringList(mapping.overGranted)},
            {QStringLiteral("notCovered"), QJsonArray::fromStringList(mapping.notCovered)}};
}

ReportTable RbacReadiness::table(const QList<VaultResource> &vaults)
{
    ReportTable table;
    table.columns = {QStringLiteral("vault"),         QStringLiteral("objectId"),
                     QStringLiteral("applicationId"), QStringLiteral("permissions"),
                     QStringLiteral("roles"),         QStringLiteral("overGranted"),
                     QStringLiteral("notCovered")};
    const auto joined = [](const QStringList &list) { return list.join(QStringLiteral(", ")); };
    for (const auto &vault : vaults) {
        if (vault.properties.enableRbacAuthorization)
            continue;
        if (vault.properties.accessPolicies.isEmpty()) {
            table.rows.append({vault.name, {}, {}, {}, {}, {}, {}});
            continue;
        }
        for (const auto &entry : vault.properties.accessPolicies) {
            const auto mapping = map(entry);
            QStringList permissions;
            for (auto it = entry.permissions.cbegin(); it != entry.permissions.cend(); ++it)
                permissions << it.key() + QLatin1Char(':') + it->join(QLatin1Char(' '));
            table.rows.append({vault.name, entry.objectId, entry.applicationId,
                               permissions.join(QStringLiteral("; ")), joined(mapping.roles),
                               joined(mapping.overGranted), joined(mapping.notCovered)});
        }
    }
    return table;
}

} // namespace kluis::core
