#include "access/VaultAccess.h"

#include "access/KeyVaultRoles.h"
#include "auth/TokenCredential.h"
#include "clients/ArmClient.h"
#include "net/HttpPipeline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kluis::core {

namespace {

bool anyMatches(const QStringList &patterns, const QString &action)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&action](const QString &p) { return KeyVaultRoles::matches(p, action); });
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

AzureError notARole(const QString &roleName)
{
    return AzureError::usage(
        QCoreApplication::translate("VaultAccess", "%1 is not a built-in Key Vault role.")
            .arg(roleName));
}

QJsonArray permissionArray(const AccessPolicyEntry &entry, const QString &collection)
{
    return QJsonArray::fromStringList(entry.permissions.value(collection));
}

} // namespace

QJsonObject VaultAccessView::toJson() const
{
    QJsonArray assignments;
    for (const auto &a : roleAssignments)
        assignments.append(QJsonObject{{QStringLiteral("principalId"), a.principalId},
                                       {QStringLiteral("principalName"), a.principalName},
                                       {QStringLiteral("principalType"), a.principalType},
                                       {QStringLiteral("roleName"), a.roleName},
                                       {QStringLiteral("roleDefinitionId"), a.roleDefinitionId},
                                       {QStringLiteral("scope"), a.scope},
                                       {QStringLiteral("inherited"), a.inherited}});
    QJsonArray policies;
    for (const auto &entry : accessPolicies) {
        QJsonObject permissions{
            {QStringLiteral("keys"), permissionArray(entry, QStringLiteral("keys"))},
            {QStringLiteral("secrets"), permissionArray(entry, QStringLiteral("secrets"))},
            {QStringLiteral("certificates"),
             permissionArray(entry, QStringLiteral("certificates"))}};
        if (entry.permissions.contains(QStringLiteral("storage")))
            permissions.insert(QStringLiteral("storage"),
                               permissionArray(entry, QStringLiteral("storage")));
        QJsonObject policy{{QStringLiteral("objectId"), entry.objectId},
                           {QStringLiteral("principalName"),
                            principalNames.value(entry.objectId.toLower(), entry.objectId)},
                           {QStringLiteral("permissions"), permissions}};
        if (!entry.applicationId.isEmpty())
            policy.insert(QStringLiteral("applicationId"), entry.applicationId);
        policies.append(policy);
    }
    QJsonObject json{{QStringLiteral("vault"), vault},
                     {QStringLiteral("permissionModel"),
                      rbac ? QStringLiteral("rbac") : QStringLiteral("accessPolicies")},
                     {QStringLiteral("roleAssignments"), assignments},
                     {QStringLiteral("accessPolicies"), policies},
                     {QStringLiteral("myObjectId"), myObjectId},
                     {QStringLiteral("myDataActions"), QJsonArray::fromStringList(myDataActions)},
                     {QStringLiteral("canAssignRoles"), canAssignRoles},
                     {QStringLiteral("canEditAccessPolicies"), canEditPolicies}};
    if (assignmentsError)
        json.insert(QStringLiteral("roleAssignmentsError"), assignmentsError->shortMessage());
    return json;
}

QString VaultAccess::nameOf(const VaultAccessView &view, const QString &objectId)
{
    return view.principalNames.value(objectId.toLower(), objectId);
}

QCoro::Task<QMap<QString, QString>> VaultAccess::principalNames(QPointer<HttpPipeline> pipeline,
                                                                QStringList objectIds)
{
    QMap<QString, QString> names;
    if (!pipeline || objectIds.isEmpty() || pipeline->cloud().graph.isEmpty())
        co_return names;
    QUrl url = pipeline->cloud().graph;
    auto base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/v1.0/directoryObjects/getByIds"));
    auto graph = pipeline->cloud().graph.toString();
    if (graph.endsWith(QLatin1Char('/')))
        graph.chop(1);
    HttpRequest request;
    request.url = url;
    request.method = "POST";
    request.auth = HttpRequest::Auth::Scope;
    request.scope = graph + QStringLiteral("/.default");
    request.tenantId = pipeline->cloud().tenantId;
    objectIds.removeDuplicates();
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("ids"),
                                              QJsonArray::fromStringList(objectIds.mid(0, 1000))}})
                       .toJson(QJsonDocument::Compact);
    auto response = co_await pipeline->send(std::move(request));
    if (!response)
        co_return names;
    const auto found =
        QJsonDocument::fromJson(response->body).object().value(QStringLiteral("value")).toArray();
    for (const auto &value : found) {
        const auto object = value.toObject();
        const auto id = object.value(QStringLiteral("id")).toString().toLower();
        const auto name = object.value(QStringLiteral("displayName")).toString().left(256);
        if (objectIds.contains(id, Qt::CaseInsensitive) && !name.isEmpty())
            names.insert(id, name);
    }
    co_return names;
}

QStringList VaultAccess::effectiveDataActions(const QList<Permission> &permissions)
{
    QStringList out;
    for (const auto &action : KeyVaultRoles::knownDataActions()) {
        const bool allowed =
            std::any_of(permissions.cbegin(), permissions.cend(), [&action](const Permission &p) {
                return anyMatches(p.dataActions, action) && !anyMatches(p.notDataActions, action);
            });
        if (allowed)
            out << action;
    }
    return out;
}

bool VaultAccess::allows(const QList<Permission> &permissions, const QString &action)
{
    return std::any_of(permissions.cbegin(), permissions.cend(), [&action](const Permission &p) {
        return anyMatches(p.actions, action) && !anyMatches(p.notActions, action);
    });
}

QStringList VaultAccess::policyDataActions(const AccessPolicyEntry &entry)
{
    QStringList granted;
    for (auto it = entry.permissions.cbegin(); it != entry.permissions.cend(); ++it) {
        for (const auto &permission : KeyVaultRoles::grantedPermissions(it.key(), *it)) {
            const auto action = KeyVaultRoles::actionForPolicyPermission(it.key(), permission);
            if (!action.isEmpty() && !granted.contains(action, Qt::CaseInsensitive))
                granted << action;
        }
    }
    // In the one order every list of data actions uses.
    QStringList out;
    for (const auto &action : KeyVaultRoles::knownDataActions()) {
        if (granted.contains(action, Qt::CaseInsensitive))
            out << action;
    }
    return out;
}

QCoro::Task<Result<QString>> VaultAccess::signedInObjectId(QPointer<HttpPipeline> pipeline)
{
    if (!pipeline || !pipeline->credential())
        co_return AzureError::auth(QCoreApplication::translate("VaultAccess", "Not signed in."));
    const auto credential = pipeline->credential();
    TokenRequest request{{pipeline->cloud().resourceManagerScope}, pipeline->cloud().tenantId};
    auto token = co_await credential->getToken(request);
    if (!token)
        co_return token.error();
    const auto parts = token->token.split('.');
    if (parts.size() != 3)
        co_return AzureError::parse(QCoreApplication::translate(
            "VaultAccess", "The sign-in returned a token without an identity."));
    const auto claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
            .object();
    co_return claims.value(QStringLiteral("oid")).toString();
}

QCoro::Task<Result<VaultResource>> VaultAccess::findVault(QPointer<HttpPipeline> pipeline,
                                                          QUrl vaultUri, QString subscriptionId,
                                                          QString resourceGroup)
{
    if (!pipeline)
        co_return AzureError::cancelled();
    const ArmClient arm(pipeline, pipeline->cloud().tenantId);
    const auto name = vaultUri.host().section(QLatin1Char('.'), 0, 0);
    if (!subscriptionId.isEmpty() && !resourceGroup.isEmpty())
        co_return co_await arm.getVault(subscriptionId, resourceGroup, name);
    auto all = co_await arm.listAllVaults();
    if (!all)
        co_return all.error();
    for (const auto &vault : std::as_const(*all)) {
        if (sameText(vault.properties.vaultUri.host(), vaultUri.host()))
            co_return vault;
    }
    for (const auto &vault : std::as_const(*all)) {
        if (sameText(vault.name, name))
            co_return vault;
    }
    co_return AzureError::usage(
        QCoreApplication::translate("VaultAccess", "The vault %1 is in none of your subscriptions.")
            .arg(name));
}

QCoro::Task<Result<VaultAccessView>> VaultAccess::load(QPointer<HttpPipeline> pipeline,
                                                       VaultResource vault)
{
    if (!pipeline)
        co_return AzureError::cancelled();
    const ArmClient arm(pipeline, pipeline->cloud().tenantId);
    VaultAccessView view;
    view.vault = vault.name;
    view.vaultId = vault.id;
    view.rbac = vault.properties.enableRbacAuthorization;
    view.accessPolicies = vault.properties.accessPolicies;

    auto me = co_await signedInObjectId(pipeline);
    if (me)
        view.myObjectId = me.value();

    auto permissions = co_await arm.listPermissions(vault.id);
    if (!permissions)
        co_return permissions.error();
    view.canAssignRoles = allows(*permissions, QStringLiteral("Microsoft.Authorization/"
                                                              "roleAssignments/write"));
    view.canEditPolicies =
        allows(*permissions, QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies/write"));
    if (view.rbac) {
        view.myDataActions = effectiveDataActions(*permissions);
    } else {
        for (const auto &entry : std::as_const(view.accessPolicies)) {
            if (sameText(entry.objectId, view.myObjectId) && entry.applicationId.isEmpty())
                view.myDataActions = policyDataActions(entry);
        }
    }

    // Assignments apply on either model (the control plane is RBAC always); a reader without
    // Microsoft.Authorization/roleAssignments/read still sees the rest.
    auto assignments = co_await arm.listRoleAssignments(vault.id);
    QStringList principals;
    for (const auto &entry : std::as_const(view.accessPolicies))
        principals << entry.objectId;
    if (assignments) {
        for (const auto &assignment : std::as_const(*assignments))
            principals << assignment.principalId;
    }
    view.principalNames = co_await principalNames(pipeline, principals);
    if (!assignments) {
        view.assignmentsError = assignments.error();
        co_return Result<VaultAccessView>(std::move(view));
    }
    auto definitions = co_await arm.listRoleDefinitions(vault.id);
    QMap<QString, QString> roleNames;
    if (definitions) {
        for (const auto &definition : std::as_const(*definitions))
            roleNames.insert(RoleDefinition::guidOf(definition.id), definition.roleName);
    }
    for (const auto &assignment : std::as_const(*assignments)) {
        AccessAssignment row;
        row.id = assignment.id;
        row.principalId = assignment.principalId;
        row.principalName = nameOf(view, assignment.principalId);
        row.principalType = assignment.principalType;
        row.roleDefinitionId = assignment.roleDefinitionId;
        row.roleName = roleNames.value(RoleDefinition::guidOf(assignment.roleDefinitionId),
                                       RoleDefinition::guidOf(assignment.roleDefinitionId));
        row.scope = assignment.scope;
        row.inherited = !sameText(assignment.scope, vault.id);
        view.roleAssignments.append(row);
    }
    co_return Result<VaultAccessView>(std::move(view));
}

QCoro::Task<Result<RoleAssignment>> VaultAccess::grant(QPointer<HttpPipeline> pipeline,
                                                       VaultResource vault, QString principalId,
                                                       QString roleName)
{
    if (!pipeline)
        co_return AzureError::cancelled();
    const auto role = KeyVaultRoles::byName(roleName);
    if (!role)
        co_return notARole(roleName);
    const ArmClient arm(pipeline, pipeline->cloud().tenantId);
    const auto definitionId =
        QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
            .arg(vault.subscriptionId, role->id);
    co_return co_await arm.createRoleAssignment(vault.id, definitionId, principalId);
}

QCoro::Task<Status> VaultAccess::revoke(QPointer<HttpPipeline> pipeline, VaultResource vault,
                                        QString principalId, QString roleName)
{
    if (!pipeline)
        co_return AzureError::cancelled();
    const auto role = KeyVaultRoles::byName(roleName);
    if (!role)
        co_return notARole(roleName);
    const ArmClient arm(pipeline, pipeline->cloud().tenantId);
    auto assignments = co_await arm.listRoleAssignments(vault.id);
    if (!assignments)
        co_return assignments.error();
    for (const auto &assignment : std::as_const(*assignments)) {
        if (sameText(assignment.scope, vault.id) && sameText(assignment.principalId, principalId) &&
            sameText(RoleDefinition::guidOf(assignment.roleDefinitionId), role->id))
            co_return co_await arm.deleteRoleAssignment(assignment.id);
    }
    co_return AzureError::usage(
        QCoreApplication::translate("VaultAccess",
                                    "%1 holds no %2 assignment on the vault itself (an inherited "
                                    "one is removed where it was made).")
            .arg(principalId, role->name));
}

} // namespace kluis::core
