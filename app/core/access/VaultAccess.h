#pragma once

#include "clients/ArmTypes.h"
#include "common/Result.h"

#include <QCoro/QCoroTask>
#include <QJsonObject>
#include <QPointer>

namespace kluis::core {

class HttpPipeline;

// One role assignment as the access view shows it.
struct AccessAssignment
{
    QString id;
    QString principalId;
    QString principalName; // the id when the directory could not name it
    QString principalType;
    QString roleName;
    QString roleDefinitionId;
    QString scope;
    bool inherited = false; // assigned above the vault (group, subscription, management group)
};

// Who may do what in a vault: its permission model, the role assignments that apply there,
// its access policies, and what the signed-in identity may do.
struct VaultAccessView
{
    QString vault;
    QString vaultId;
    bool rbac = false;
    QList<AccessAssignment> roleAssignments;
    QList<AccessPolicyEntry> accessPolicies;
    // Display names from Microsoft Graph by object id (lower case); an id Graph did not name
    // (or a directory Kluis may not read) has none, and is shown as the id.
    QMap<QString, QString> principalNames;
    QString myObjectId;
    QStringList myDataActions;    // concrete Key Vault data actions, in KeyVaultRoles' order
    bool canAssignRoles = false;  // Microsoft.Authorization/roleAssignments/write here
    bool canEditPolicies = false; // Microsoft.KeyVault/vaults/accessPolicies/write here
    std::optional<AzureError> assignmentsError; // role assignments could not be read

    // kluisctl access --json: {"permissionModel", "roleAssignments": [{"principalId",
    // "principalName", "principalType", "roleName", "roleDefinitionId", "scope", "inherited"}],
    // "accessPolicies": [{"objectId", "principalName", "permissions": {"keys", "secrets",
    // "certificates"}}], "myDataActions"}
    QJsonObject toJson() const;
};

// Reads and changes a vault's access through Resource Manager (Microsoft.Authorization).
class VaultAccess
{
public:
    // The vault's Resource Manager resource: straight from its group when the subscription and
    // group are known, else found by host or name among every subscription's vaults.
    static QCoro::Task<Result<VaultResource>> findVault(QPointer<HttpPipeline> pipeline,
                                                        QUrl vaultUri, QString subscriptionId = {},
                                                        QString resourceGroup = {});
    static QCoro::Task<Result<VaultAccessView>> load(QPointer<HttpPipeline> pipeline,
                                                     VaultResource vault);
    // The concrete data actions the permissions allow (dataActions less notDataActions).
    static QStringList effectiveDataActions(const QList<Permission> &permissions);
    // The principal's name, else its id.
    static QString nameOf(const VaultAccessView &view, const QString &objectId);
    // Display names of users, groups and service principals from Microsoft Graph
    // (directoryObjects/getByIds); empty when Graph cannot be asked.
    static QCoro::Task<QMap<QString, QString>> principalNames(QPointer<HttpPipeline> pipeline,
                                                              QStringList objectIds);
    // Whether the permissions allow a control-plane action.
    static bool allows(const QList<Permission> &permissions, const QString &action);
    // What an access policy entry allows, as data actions.
    static QStringList policyDataActions(const AccessPolicyEntry &entry);

    // Assigns a built-in role (by name, "Key Vault Secrets User") to a principal at the
    // vault's scope; revoke removes that assignment at the vault's scope (inherited ones stay).
    static QCoro::Task<Result<RoleAssignment>> grant(QPointer<HttpPipeline> pipeline,
                                                     VaultResource vault, QString principalId,
                                                     QString roleName);
    static QCoro::Task<Status> revoke(QPointer<HttpPipeline> pipeline, VaultResource vault,
                                      QString principalId, QString roleName);

    // The object id of whoever the pipeline signs in as, from the `oid` claim of a Resource
    // Manager token (read, not verified: it came straight from the token endpoint over TLS).
    static QCoro::Task<Result<QString>> signedInObjectId(QPointer<HttpPipeline> pipeline);
};

} // namespace kluis::core
