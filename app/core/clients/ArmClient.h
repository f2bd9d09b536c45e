#pragma once

#include "clients/ArmTypes.h"
#include "clients/KeyVaultClient.h"
#include "common/Result.h"

#include <QCoro/QCoroTask>
#include <QPointer>

namespace kluis::core {

class HttpPipeline;

// Azure Resource Manager for what Kluis needs: subscriptions, resource groups, Key Vault
// vaults. Uses the pipeline's cloud for the endpoint and the scope.
class ArmClient
{
public:
    static constexpr auto subscriptionsApiVersion = "2022-12-01";
    static constexpr auto resourceGroupsApiVersion = "2021-04-01";
    static constexpr auto keyVaultApiVersion = "2023-07-01";
    static constexpr auto authorizationApiVersion = "2022-04-01";
    static constexpr auto perimeterApiVersion = "2024-11-01";

    explicit ArmClient(HttpPipeline *pipeline, QString tenantId = {});

    QCoro::Task<Result<ItemPage<Subscription>>> listSubscriptions(QUrl next = {}) const;
    QCoro::Task<Result<ItemPage<ResourceGroup>>> listResourceGroups(QString subscriptionId,
                                                                    QUrl next = {}) const;
    // Vaults of a subscription, or of one resource group when `resourceGroup` is set; `top`
    // asks for pages of at most that many (0: the service's default).
    QCoro::Task<Result<ItemPage<VaultResource>>> listVaults(QString subscriptionId,
                                                            QString resourceGroup = {},
                                                            QUrl next = {}, int top = 0) const;
    // Every subscription's vaults, page after page.
    QCoro::Task<Result<QList<VaultResource>>> listAllVaults() const;
    QCoro::Task<Result<VaultResource>> getVault(QString subscriptionId, QString resourceGroup,
                                                QString name) const;

    // Replaces the vault's IP rules. The networkAcls object is sent back as it was read, with
    // the whole IP rule list (whether the service merges arrays on PATCH is not documented):
    // read the vault first and change its rules. Rules that were not read (an answer without
    // networkAcls) are refused: writing them would put defaults in place of unseen settings.
    QCoro::Task<Result<VaultResource>> updateNetworkRules(QString subscriptionId,
                                                          QString resourceGroup, QString name,
                                                          NetworkRules rules) const;

    // Microsoft.Authorization at a scope (a resource id such as a vault's): the role
    // assignments that apply there (at the scope and inherited from above), every role
    // definition, and what the caller may do there. Each reads every page.
    QCoro::Task<Result<QList<RoleAssignment>>> listRoleAssignments(QString scope) const;
    QCoro::Task<Result<QList<RoleDefinition>>> listRoleDefinitions(QString scope) const;
    QCoro::Task<Result<QList<Permission>>> listPermissions(QString scope) const;
    // A new assignment (its name a fresh GUID) of the role to the principal at the scope.
    QCoro::Task<Result<RoleAssignment>>
    createRoleAssignment(QString scope, QString roleDefinitionId, QString principalId) const;
    QCoro::Task<Status> deleteRoleAssignment(QString assignmentId) const;
    // The vault's network security perimeter associations (none: an empty list).
    QCoro::Task<Result<QList<PerimeterConfiguration>>>
    listPerimeterConfigurations(QString vaultId) const;

private:
    template<typename T> QCoro::Task<Result<QList<T>>> readAll(QUrl first) const;
    QUrl url(const QString &path, const char *apiVersion) const;

    QPointer<HttpPipeline> m_pipeline;
    QUrl m_endpoint;
    QString m_scope;
    QString m_tenantId;
};

} // namespace kluis::core
