#include "auth/GraphService.h"

#include "auth/TokenIssuer.h"
#include "auth/TokenService.h"
#include "server/Endpoints.h"
#include "state/EmulatorState.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kluis::emulator {

GraphService::GraphService(const EmulatorState &state, const Endpoints &endpoints,
                           TokenIssuer &issuer)
    : m_state(state)
    , m_endpoints(endpoints)
    , m_issuer(issuer)
{}

ApiResponse GraphService::handle(const ApiRequest &request)
{
    const auto segments = request.segments();
    const auto graphError = [](int status, const QString &code, const QString &message) {
        return ApiResponse::json(status,
                                 QJsonObject{{QStringLiteral("error"),
                                              QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}});
    };
    const bool organization =
        segments == QStringList{QStringLiteral("v1.0"), QStringLiteral("organization")};
    const bool me = segments == QStringList{QStringLiteral("v1.0"), QStringLiteral("me")};
    const bool byIds =
        request.method == "POST" &&
        segments == QStringList{QStringLiteral("v1.0"), QStringLiteral("directoryObjects"),
                                QStringLiteral("getByIds")};
    if (!byIds && (request.method != "GET" || (!organization && !me)))
        return graphError(404, QStringLiteral("Request_ResourceNotFound"),
                          QStringLiteral("Resource '%1' does not exist in the emulator's "
                                         "Graph.")
                              .arg(request.path));
    const auto check =
        m_issuer.validate(request.header("authorization"),
                          {m_endpoints.graph(), QStringLiteral("https://graph.microsoft.com")});
    if (!check.claims)
        return graphError(401, QStringLiteral("InvalidAuthenticationToken"),
                          check.detail.isEmpty() ? QStringLiteral("Access token is empty.")
                                                 : check.detail);
    if (byIds)
        return getByIds(request);
    if (me) {
        if (!check.claims->isUser)
            return graphError(400, QStringLiteral("BadRequest"),
                              QStringLiteral("/me request is only valid with delegated "
                                             "authentication flow."));
        return ApiResponse::json(
            200, QJsonObject{{QStringLiteral("id"), TokenService::demoUserObjectId()},
                             {QStringLiteral("displayName"), TokenService::demoUserDisplayName()},
                             {QStringLiteral("userPrincipalName"), TokenService::demoUserName()},
                             {QStringLiteral("mail"), TokenService::demoUserName()}});
    }
    return ApiResponse::json(
        200, QJsonObject{
                 {QStringLiteral("value"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("id"), check.claims->tenantId},
                      {QStringLiteral("displayName"), QStringLiteral("Contoso (Kluis emulator)")},
                      {QStringLiteral("tenantType"), QStringLiteral("AAD")},
                      {QStringLiteral("verifiedDomains"),
                       QJsonArray{
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("contoso.example")},
                                       {QStringLiteral("isDefault"), true},
                                       {QStringLiteral("isInitial"), true},
                                       {QStringLiteral("type"), QStringLiteral("Managed")}}}}}}}});
}

ApiResponse GraphService::getByIds(const ApiRequest &request) const
{
    // Graph answers the ids it knows and leaves out the others.
    const auto ids = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("ids"));
    QJsonArray found;
    for (const auto &value : ids.toArray()) {
        const auto id = value.toString();
        if (id.compare(TokenService::demoUserObjectId(), Qt::CaseInsensitive) == 0) {
            found.append(QJsonObject{
                {QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.user")},
                {QStringLiteral("id"), TokenService::demoUserObjectId()},
                {QStringLiteral("displayName"), TokenService::demoUserDisplayName()},
                {QStringLiteral("userPrincipalName"), TokenService::demoUserName()}});
            continue;
        }
        for (const auto &client : m_state.clients) {
            if (client.objectId.compare(id, Qt::CaseInsensitive) == 0)
                found.append(QJsonObject{{QStringLiteral("@odata.type"),
                                          QStringLiteral("#microsoft.graph.servicePrincipal")},
                                         {QStringLiteral("id"), client.objectId},
                                         {QStringLiteral("appId"), client.clientId},
                                         {QStringLiteral("displayName"), client.description}});
        }
    }
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), found}});
}

} // namespace kluis::emulator
