#include "AuthorizationService.h"

#include "Authorization.h"
#include "RoleDefinitions.h"
#include "auth/TokenService.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace kluis::emulator {

namespace {

bool is(const QString &segment, QLatin1String expected)
{
    return segment.compare(expected, Qt::CaseInsensitive) == 0;
}

ApiResponse notFoundAt(const QString &what)
{
    return ApiResponse::error(
        404, QStringLiteral("NotFound"),
        QStringLiteral("No HTTP resource was found that matches '%1'.").arg(what.left(256)));
}

// The subscription a scope is under, for role definition ids ("/subscriptions/S/providers/…").
QString subscriptionPart(const QString &scope)
{
    const auto parts = scope.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && is(parts.at(0), QLatin1String("subscriptions")))
        return QStringLiteral("/subscriptions/") + parts.at(1);
    return {};
}

QString authorizationFailed(const TokenClaims &caller, const QString &action, const QString &scope)
{
    return QStringLiteral("The client '%1' with object id '%2' does not have authorization to "
                          "perform action '%3' over scope '%4' or the scope is invalid. If access "
                          "was recently granted, please refresh your credentials.")
        .arg(caller.isUser ? caller.userName : caller.appId, caller.objectId, action, scope);
}

// The filter's quoted value of `principalId eq '…'` or `assignedTo('…')`.
QString principalFilter(const QString &filter)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:principalId\s+eq\s+|assignedTo\()'([^']*)')"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(filter);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

AuthorizationService::AuthorizationService(EmulatorState &state, const Endpoints &endpoints,
                                           const TokenIssuer &issuer)
    : m_state(state)
    , m_endpoints(endpoints)
    , m_issuer(issuer)
{}

ApiResponse AuthorizationService::handle(const ApiRequest &request, const QString &scope,
                                         const QStringList &rest)
{
    const auto check =
        m_issuer.validate(request.header("authorization"), {m_endpoints.resourceManager()});
    if (!check.claims)
        return ApiResponse::error(401, QStringLiteral("InvalidAuthenticationToken"),
                                  QStringLiteral("The access token is invalid."));
    if (auto invalid = checkScope(scope))
        return *invalid;
    const auto &method = request.method;
    const auto what = rest.value(0);
    if (is(what, QLatin1String("roleDefinitions"))) {
        if (method != "GET")
            return ApiResponse::error(405, QStringLiteral("MethodNotAllowed"),
                                      QStringLiteral("Built-in role definitions cannot be "
                                                     "changed."));
        return rest.size() == 1 ? listDefinitions(request, scope)
                                : getDefinition(scope, rest.value(1));
    }
    if (is(what, QLatin1String("roleAssignments"))) {
        if (rest.size() == 1)
            return method == "GET" ? listAssignments(request, scope)
                                   : ApiResponse::error(405, QStringLiteral("MethodNotAllowed"),
                                                        QStringLiteral("Use PUT on an "
                                                                       "assignment's name."));
        if (method == "GET")
            return getAssignment(scope, rest.value(1));
        if (method == "PUT")
            return putAssignment(request, *check.claims, scope, rest.value(1));
        if (method == "DELETE")
            return deleteAssignment(*check.claims, scope, rest.value(1));
    }
    if (is(what, QLatin1String("permissions")) && rest.size() == 1 && method == "GET")
        return permissions(*check.claims, scope);
    return notFoundAt(request.path);
}

std::optional<ApiResponse> AuthorizationService::checkScope(const QString &scope) const
{
    if (scope.isEmpty() || Authorization::covers(m_state, scope, QString()))
        return std::nullopt;
    const auto parts = scope.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || !is(parts.at(0), QLatin1String("subscriptions")) ||
        !m_state.hasSubscription(parts.at(1)))
        return ApiResponse::error(
            400, QStringLiteral("InvalidScope"),
            QStringLiteral("The scope '%1' is not valid.").arg(scope.left(256)));
    if (parts.size() >= 4 && !m_state.resourceGroup(parts.at(1), parts.at(3)))
        return ApiResponse::error(
            404, QStringLiteral("ResourceGroupNotFound"),
            QStringLiteral("Resource group '%1' could not be found.").arg(parts.at(3).left(90)));
    if (parts.size() >= 8 && is(parts.at(6), QLatin1String("vaults")) &&
        !m_state.vaults.find(parts.at(7).toLower()))
        return ApiResponse::error(404, QStringLiteral("ResourceNotFound"),
                                  QStringLiteral("The Resource 'Microsoft.KeyVault/vaults/%1' "
                                                 "under resource group '%2' was not found.")
                                      .arg(parts.at(7).left(24), parts.at(3).left(90)));
    return std::nullopt;
}

ApiResponse AuthorizationService::listDefinitions(const ApiRequest &request,
                                                  const QString &scope) const
{
    static const QRegularExpression byName(QStringLiteral(R"(roleName\s+eq\s+'([^']*)')"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto filter = request.queryValue(QStringLiteral("$filter"));
    const auto nameMatch = byName.match(filter);
    const auto idScope = subscriptionPart(scope);
    QJsonArray out;
    for (const auto &role : RoleDefinitions::builtIn()) {
        if (nameMatch.hasMatch() &&
            role.roleName.compare(nameMatch.captured(1), Qt::CaseInsensitive) != 0)
            continue;
        out.append(role.toJson(idScope));
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), out}});
}

ApiResponse AuthorizationService::getDefinition(const QString &scope, const QString &guid) const
{
    const auto *role = RoleDefinitions::find(guid);
    if (!role)
        return ApiResponse::error(404, QStringLiteral("RoleDefinitionDoesNotExist"),
                                  QStringLiteral("The specified role definition with ID '%1' "
                                                 "does not exist.")
                                      .arg(guid.left(64)));
    return ApiResponse::json(200, role->toJson(subscriptionPart(scope)));
}

QJsonObject AuthorizationService::assignmentJson(const RoleAssignment &assignment) const
{
    const auto prefix = assignment.scope == QLatin1String("/") ? QString() : assignment.scope;
    const auto definitionScope = subscriptionPart(assignment.scope);
    return {
        {QStringLiteral("id"),
         QString(prefix + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") +
                 assignment.name)},
        {QStringLiteral("name"), assignment.name},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleAssignments")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("roleDefinitionId"),
              QString(definitionScope +
                      QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") +
                      assignment.roleDefinitionGuid)},
             {QStringLiteral("principalId"), assignment.principalId},
             {QStringLiteral("principalType"), assignment.principalType},
             {QStringLiteral("scope"), assignment.scope},
             {QStringLiteral("condition"), QJsonValue()},
             {QStringLiteral("conditionVersion"), QJsonValue()},
             {QStringLiteral("description"), QJsonValue()},
             {QStringLiteral("createdOn"), assignment.createdOn},
             {QStringLiteral("updatedOn"), assignment.createdOn},
             {QStringLiteral("createdBy"), QJsonValue()},
             {QStringLiteral("updatedBy"), QJsonValue()},
             {QStringLiteral("delegatedManagedIdentityResourceId"), QJsonValue()}}}};
}

ApiResponse AuthorizationService::listAssignments(const ApiRequest &request,
                                                  const QString &scope) const
{
    const auto filter = request.queryValue(QStringLiteral("$filter"));
    const bool atScope = filter.contains(QLatin1String("atScope()"), Qt::CaseInsensitive);
    const auto principal = principalFilter(filter);
    QJsonArray out;
    for (const auto &assignment : m_state.roleAssignments) {
        const bool above = Authorization::covers(m_state, assignment.scope, scope);
        const bool below =
            !scope.isEmpty() && Authorization::covers(m_state, scope, assignment.scope);
        if (!(above || (!atScope && below)))
            continue;
        if (!principal.isEmpty() &&
            assignment.principalId.compare(principal, Qt::CaseInsensitive) != 0)
            continue;
        out.append(assignmentJson(assignment));
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), out}});
}

ApiResponse AuthorizationService::getAssignment(const QString &scope, const QString &name) const
{
    for (const auto &assignment : m_state.roleAssignments) {
        if (assignment.name.compare(name, Qt::CaseInsensitive) == 0 &&
            assignment.scope.compare(scope, Qt::CaseInsensitive) == 0)
            return ApiResponse::json(200, assignmentJson(assignment));
    }
    return ApiResponse::error(
        404, QStringLiteral("RoleAssignmentNotFound"),
        QStringLiteral("The role assignment '%1' is not found.").arg(name.left(64)));
}

QString AuthorizationService::principalTypeOf(const QString &principalId) const
{
    if (principalId.compare(TokenService::demoUserObjectId(), Qt::CaseInsensitive) == 0)
        return QStringLiteral("User");
    for (const auto &client : m_state.clients) {
        if (client.objectId.compare(principalId, Qt::CaseInsensitive) == 0)
            return QStringLiteral("ServicePrincipal");
    }
    return {};
}

std::optional<ApiResponse> AuthorizationService::refuseUnlessAllowed(const TokenClaims &caller,
                                                                     const QString &action,
                                                                     const QString &scope,
                                                                     const QString &name) const
{
    if (Authorization::permitsAction(m_state, caller.objectId, scope, action))
        return std::nullopt;
    return ApiResponse::error(
        403, QStringLiteral("AuthorizationFailed"),
        authorizationFailed(caller, action,
                            scope +
                                QStringLiteral("/providers/Microsoft.Authorization/"
                                               "roleAssignments/") +
                                name));
}

ApiResponse AuthorizationService::putAssignment(const ApiRequest &request,
                                                const TokenClaims &caller, const QString &scope,
                                                const QString &name)
{
    if (QUuid::fromString(name).isNull())
        return ApiResponse::error(400, QStringLiteral("InvalidRoleAssignmentId"),
                                  QStringLiteral("The role assignment ID '%1' is not valid. The "
                                                 "role assignment ID must be a GUID.")
                                      .arg(name.left(64)));
    if (auto refused = refuseUnlessAllowed(
            caller, QStringLiteral("Microsoft.Authorization/roleAssignments/write"), scope, name))
        return *refused;
    const auto body = QJsonDocument::fromJson(request.body).object();
    const auto properties = body.value(QStringLiteral("properties")).toObject();
    const auto definitionId = properties.value(QStringLiteral("roleDefinitionId")).toString();
    const auto principalId = properties.value(QStringLiteral("principalId")).toString();
    if (definitionId.isEmpty() || principalId.isEmpty())
        return ApiResponse::error(400, QStringLiteral("InvalidRequestContent"),
                                  QStringLiteral("The request content was invalid and could not "
                                                 "be deserialized: properties.roleDefinitionId and "
                                                 "properties.principalId are required."));
    const auto *role = RoleDefinitions::find(definitionId);
    if (!role || !definitionId.contains(QLatin1String("/roleDefinitions/"), Qt::CaseInsensitive))
        return ApiResponse::error(400, QStringLiteral("RoleDefinitionDoesNotExist"),
                                  QStringLiteral("The specified role definition with ID '%1' "
                                                 "does not exist.")
                                      .arg(definitionId.section(QLatin1Char('/'), -1).left(64)));
    const auto knownType = principalTypeOf(principalId);
    if (knownType.isEmpty())
        return ApiResponse::error(
            400, QStringLiteral("PrincipalNotFound"),
            QStringLiteral("Principal %1 does not exist in the directory %2. Check that you have "
                           "the correct principal ID.")
                .arg(principalId.left(64), m_state.tenantId));
    auto type = properties.value(QStringLiteral("principalType")).toString();
    if (type.isEmpty())
        type = knownType;
    for (const auto &existing : m_state.roleAssignments) {
        const bool same = existing.scope.compare(scope, Qt::CaseInsensitive) == 0 &&
                          existing.principalId.compare(principalId, Qt::CaseInsensitive) == 0 &&
                          existing.roleDefinitionGuid.compare(role->guid, Qt::CaseInsensitive) == 0;
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (same)
                return ApiResponse::json(201, assignmentJson(existing));
            return ApiResponse::error(400, QStringLiteral("RoleAssignmentUpdateNotPermitted"),
                                      QStringLiteral("Tenant ID, application ID, principal ID, "
                                                     "and scope are not allowed to be updated."));
        }
        if (same)
            return ApiResponse::error(409, QStringLiteral("RoleAssignmentExists"),
                                      QStringLiteral("The role assignment already exists."));
    }
    RoleAssignment assignment{
        name.toLower(),        scope, role->guid,
        principalId.toLower(), type,  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
    m_state.roleAssignments.append(assignment);
    m_state.saveMeta();
    return ApiResponse::json(201, assignmentJson(assignment));
}

ApiResponse AuthorizationService::deleteAssignment(const TokenClaims &caller, const QString &scope,
                                                   const QString &name)
{
    if (auto refused = refuseUnlessAllowed(
            caller, QStringLiteral("Microsoft.Authorization/roleAssignments/delete"), scope, name))
        return *refused;
    for (qsizetype i = 0; i < m_state.roleAssignments.size(); ++i) {
        const auto &assignment = m_state.roleAssignments.at(i);
        if (assignment.name.compare(name, Qt::CaseInsensitive) == 0 &&
            assignment.scope.compare(scope, Qt::CaseInsensitive) == 0) {
            const auto json = assignmentJson(assignment);
            m_state.roleAssignments.removeAt(i);
            m_state.saveMeta();
            return ApiResponse::json(200, json);
        }
    }
    return ApiResponse::empty(204);
}

ApiResponse AuthorizationService::permissions(const TokenClaims &caller, const QString &scope) const
{
    QJsonArray out;
    for (const auto *assignment : Authorization::assignmentsAt(m_state, scope)) {
        if (assignment->principalId.compare(caller.objectId, Qt::CaseInsensitive) != 0)
            continue;
        if (const auto *role = RoleDefinitions::find(assignment->roleDefinitionGuid))
            out.append(role->permissionsJson());
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), out}});
}

} // namespace kluis::emulator
