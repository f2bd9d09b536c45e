#include "clients/ArmClient.h"

#include "net/HttpPipeline.h"
#include "net/PagingGuard.h"
#include "net/TypedPage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace kluis::core {

ArmClient::ArmClient(HttpPipeline *pipeline, QString tenantId)
    : m_pipeline(pipeline)
    , m_endpoint(pipeline->cloud().resourceManager)
    , m_scope(pipeline->cloud().resourceManagerScope)
    , m_tenantId(std::move(tenantId))
{}

QUrl ArmClient::url(const QString &path, const char *apiVersion) const
{
    QUrl result = m_endpoint;
    auto base = result.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    result.setPath(base + path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), QString::fromLatin1(apiVersion));
    result.setQuery(query);
    return result;
}

namespace {
HttpRequest armRequest(QUrl url, const QString &scope, const QString &tenant)
{
    HttpRequest request;
    request.url = std::move(url);
    request.auth = HttpRequest::Auth::Scope;
    request.scope = scope;
    request.tenantId = tenant;
    return request;
}
} // namespace

QCoro::Task<Result<ItemPage<Subscription>>> ArmClient::listSubscriptions(QUrl next) const
{
    return typedPage<Subscription>(
        m_pipeline,
        armRequest(next.isEmpty() ? url(QStringLiteral("/subscriptions"), subscriptionsApiVersion)
                                  : next,
                   m_scope, m_tenantId),
        m_endpoint);
}

QCoro::Task<Result<ItemPage<ResourceGroup>>> ArmClient::listResourceGroups(QString subscriptionId,
                                                                           QUrl next) const
{
    return typedPage<ResourceGroup>(
        m_pipeline,
        armRequest(next.isEmpty() ? url(QStringLiteral("/subscriptions/") + subscriptionId +
                                            QStringLiteral("/resourcegroups"),
                                        resourceGroupsApiVersion)
                                  : next,
                   m_scope, m_tenantId),
        m_endpoint);
}

QCoro::Task<Result<ItemPage<VaultResource>>>
ArmClient::listVaults(QString subscriptionId, QString resourceGroup, QUrl next, int top) const
{
    QString path = QStringLiteral("/subscriptions/") + subscriptionId;
    if (!resourceGroup.isEmpty())
        path += QStringLiteral("/resourceGroups/") + resourceGroup;
    path += QStringLiteral("/providers/Microsoft.KeyVault/vaults");
    auto first = url(path, keyVaultApiVersion);
    if (top > 0) {
        QUrlQuery query(first);
        query.addQueryItem(QStringLiteral("$top"), QString::number(top));
        first.setQuery(query);
    }
    return typedPage<VaultResource>(
        m_pipeline, armRequest(next.isEmpty() ? first : next, m_scope, m_tenantId), m_endpoint);
}

QCoro::Task<Result<QList<VaultResource>>> ArmClient::listAllVaults() const
{
    const auto self = *this; // the coroutine must not depend on the caller's object
    auto subscriptionsTask = self.readAll<Subscription>(
        self.url(QStringLiteral("/subscriptions"), subscriptionsApiVersion));
    const auto subscriptions = co_await subscriptionsTask;
    if (!subscriptions)
        co_return subscriptions.error();
    QList<VaultResource> vaults;
    for (const auto &subscription : subscriptions.value()) {
        auto vaultsTask = self.readAll<VaultResource>(
            self.url(QStringLiteral("/subscriptions/") + subscription.subscriptionId +
                         QStringLiteral("/providers/Microsoft.KeyVault/vaults"),
                     keyVaultApiVersion));
        const auto page = co_await vaultsTask;
        if (!page)
            co_return page.error();
        vaults.append(page.value());
    }
    co_return vaults;
}

QCoro::Task<Result<VaultResource>> ArmClient::getVault(QString subscriptionId,
                                                       QString resourceGroup, QString name) const
{
    const auto pipeline = m_pipeline;
    if (!pipeline)
        co_return AzureError::cancelled();
    auto response = co_await pipeline->send(
        armRequest(url(QStringLiteral("/subscriptions/") + subscriptionId +
                           QStringLiteral("/resourceGroups/") + resourceGroup +
                           QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + name,
                       keyVaultApiVersion),
                   m_scope, m_tenantId));
    if (!response)
        co_return response.error();
    const auto object = QJsonDocument::fromJson(response->body).object();
    if (object.isEmpty())
        co_return AzureError::parse(QCoreApplication::translate(
            "ArmClient", "Resource Manager sent a vault that is not JSON."));
    co_return VaultResource::fromJson(object);
}

QCoro::Task<Result<VaultResource>> ArmClient::updateNetworkRules(QString subscriptionId,
                                                                 QString resourceGroup,
                                                                 QString name,
                                                                 NetworkRules rules) const
{
    const auto pipeline = m_pipeline;
    if (!pipeline)
        co_return AzureError::cancelled();
    if (!rules.read)
        co_return AzureError::usage(QCoreApplication::translate(
            "ArmClient", "The vault's network rules were not read from Resource Manager; "
                         "nothing was written."));
    QJsonObject properties;
    properties.insert(QStringLiteral("networkAcls"), rules.toJson());
    QJsonObject body;
    body.insert(QStringLiteral("properties"), properties);
    auto request =
        armRequest(url(QStringLiteral("/subscriptions/") + subscriptionId +
                           QStringLiteral("/resourceGroups/") + resourceGroup +
                           QStringLiteral("/providers/Microsoft.KeyVault/vaults/") + name,
                       keyVaultApiVersion),
                   m_scope, m_tenantId);
    request.method = "PATCH";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto response = co_await pipeline->send(std::move(request));
    if (!response)
        co_return response.error();
    const auto object = QJsonDocument::fromJson(response->body).object();
    if (object.isEmpty())
        co_return AzureError::parse(QCoreApplication::translate(
            "ArmClient", "Resource Manager sent a vault that is not JSON."));
    co_return VaultResource::fromJson(object);
}

template<typename T> QCoro::Task<Result<QList<T>>> ArmClient::readAll(QUrl first) const
{
    const auto self = *this;
    QList<T> all;
    PagingGuard guard;
    for (QUrl next = std::move(first);;) {
        auto page = co_await typedPage<T>(
            self.m_pipeline, armRequest(next, self.m_scope, self.m_tenantId), self.m_endpoint);
        if (!page)
            co_return page.error();
        if (auto stop = guard.check(page->url, page->items.size(), page->nextLink))
            co_return *stop;
        all.append(page->items);
        next = page->nextLink;
        if (next.isEmpty())
            break;
    }
    co_return all;
}

QCoro::Task<Result<QList<RoleAssignment>>> ArmClient::listRoleAssignments(QString scope) const
{
    auto first = url(scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments"),
                     authorizationApiVersion);
    QUrlQuery query(first);
    query.addQueryItem(QStringLiteral("$filter"), QStringLiteral("atScope()"));
    first.setQuery(query);
    return readAll<RoleAssignment>(first);
}

QCoro::Task<Result<QList<RoleDefinition>>> ArmClient::listRoleDefinitions(QString scope) const
{
    return readAll<RoleDefinition>(
        url(scope + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions"),
            authorizationApiVersion));
}

QCoro::Task<Result<QList<Permission>>> ArmClient::listPermissions(QString scope) const
{
    return readAll<Permission>(
        url(scope + QStringLiteral("/providers/Microsoft.Authorization/permissions"),
            authorizationApiVersion));
}

QCoro::Task<Result<RoleAssignment>>
ArmClient::createRoleAssignment(QString scope, QString roleDefinitionId, QString principalId) const
{
    const auto pipeline = m_pipeline;
    if (!pipeline)
        co_return AzureError::cancelled();
    const auto name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto request = armRequest(
        url(scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + name,
            authorizationApiVersion),
        m_scope, m_tenantId);
    request.method = "PUT";
    const QJsonObject body{{QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("roleDefinitionId"), roleDefinitionId},
                                        {QStringLiteral("principalId"), principalId}}}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto response = co_await pipeline->send(std::move(request));
    if (!response)
        co_return response.error();
    const auto object = QJsonDocument::fromJson(response->body).object();
    if (object.isEmpty())
        co_return AzureError::parse(QCoreApplication::translate(
            "ArmClient", "Resource Manager sent a role assignment that is not JSON."));
    co_return RoleAssignment::fromJson(object);
}

QCoro::Task<Status> ArmClient::deleteRoleAssignment(QString assignmentId) const
{
    const auto pipeline = m_pipeline;
    if (!pipeline)
        co_return AzureError::cancelled();
    auto request = armRequest(url(assignmentId, authorizationApiVersion), m_scope, m_tenantId);
    request.method = "DELETE";
    auto response = co_await pipeline->send(std::move(request));
    if (!response)
        co_return response.error();
    co_return Done{};
}

QCoro::Task<Result<QList<PerimeterConfiguration>>>
ArmClient::listPerimeterConfigurations(QString vaultId) const
{
    return readAll<PerimeterConfiguration>(url(
        vaultId + QStringLiteral("/networkSecurityPerimeterConfigurations"), perimeterApiVersion));
}

} // namespace kluis::core
