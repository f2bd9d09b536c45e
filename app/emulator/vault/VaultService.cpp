#include "VaultService.h"

#include "Names.h"
#include "VaultApi.h"
#include "access/NetworkAccess.h"
#include "rbac/Authorization.h"

#include <QJsonDocument>
#include <QUuid>

namespace kluis::emulator {

namespace {

const QByteArray kServiceVersion = "1.9.2179.1";

QJsonObject tokenPayload(const QByteArray &authorization)
{
    const auto parts = authorization.trimmed().mid(7).trimmed().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding |
                                                       QByteArray::OmitTrailingEquals))
        .object();
}

QString callerText(const TokenClaims &claims)
{
    return QStringLiteral("appid=%1;oid=%2;iss=%3")
        .arg(claims.appId, claims.objectId, TokenIssuer::issuerFor(claims.tenantId));
}

} // namespace

VaultService::VaultService(EmulatorState &state, const Endpoints &endpoints,
                           const TokenIssuer &issuer, Throttle &throttle)
    : m_state(state)
    , m_endpoints(endpoints)
    , m_issuer(issuer)
    , m_throttle(throttle)
{}

ApiResponse VaultService::handle(const QString &vaultName, const ApiRequest &request)
{
    auto *vault = m_state.vault(vaultName);
    ApiResponse response =
        vault ? serve(*vault, request)
              : ApiResponse::error(404, QStringLiteral("VaultNotFound"),
                                   QStringLiteral("The vault '%1' does not exist. (Outside the "
                                                  "emulator its host name would not resolve.)")
                                       .arg(vaultName.left(64)));
    decorate(response, vault, request);
    return response;
}

ApiResponse VaultService::serve(Vault &vault, const ApiRequest &request)
{
    if (request.path.compare(QLatin1String("/healthstatus"), Qt::CaseInsensitive) == 0 &&
        (request.method == "GET" || request.method == "HEAD"))
        return ApiResponse::empty(200);

    const auto apiVersion = request.queryValue(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return ApiResponse::error(400, QStringLiteral("BadParameter"),
                                  QStringLiteral("The 'api-version' query parameter is missing."));
    if (!names::isKnownApiVersion(apiVersion))
        return ApiResponse::error(400, QStringLiteral("BadParameter"),
                                  QStringLiteral("The specified version (%1) is not recognized. "
                                                 "Consider using the latest supported version "
                                                 "(2025-07-01).")
                                      .arg(apiVersion.left(40)));

    const auto check =
        m_issuer.validate(request.header("authorization"), {m_endpoints.vaultResource()});
    if (!check.claims)
        return unauthorized(check, request);
    const auto &claims = *check.claims;

    if (auto refused = NetworkAccess::check(vault, request.peer, claims))
        return *refused;

    VaultApi api(m_state, vault, request, apiVersion, request.origin());
    auto resolved = api.resolve();
    if (auto *error = std::get_if<ApiResponse>(&resolved))
        return *error;
    const auto &operation = std::get<VaultOperation>(resolved);
    if (auto denied = permissionDenied(vault, claims, operation))
        return *denied;
    if (auto throttled = m_throttle.admit(vault.name.toLower()))
        return *throttled;
    return operation.run();
}

ApiResponse VaultService::unauthorized(const TokenCheck &check, const ApiRequest &request) const
{
    const auto payload = tokenPayload(request.header("authorization"));
    QString message;
    switch (check.failure) {
    case TokenFailure::None:
    case TokenFailure::Missing:
    case TokenFailure::Malformed:
        message = QStringLiteral("AKV10000: Request is missing a Bearer or PoP token.");
        break;
    case TokenFailure::BadSignature:
        message = QStringLiteral("AKV10046: Unable to resolve the key used for signature "
                                 "validation.");
        break;
    case TokenFailure::Expired:
        message = QStringLiteral("AKV10012: Token has expired.");
        break;
    case TokenFailure::WrongAudience:
        message = QStringLiteral("AKV10022: Invalid audience. Expected %1, found: %2.")
                      .arg(m_endpoints.vaultResource(),
                           payload.value(QStringLiteral("aud")).toString().left(200));
        break;
    case TokenFailure::WrongTenant: {
        const auto tid = m_state.tenantId;
        message = QStringLiteral("AKV10032: Invalid issuer. Expected one of "
                                 "https://sts.windows.net/%1/, "
                                 "https://login.microsoftonline.com/%1/v2.0, found %2.")
                      .arg(tid, payload.value(QStringLiteral("iss")).toString().left(200));
        break;
    }
    }
    auto response = ApiResponse::error(401, QStringLiteral("Unauthorized"), message);
    response.withHeader(
        "WWW-Authenticate",
        QStringLiteral("Bearer authorization=\"%1/%2\", resource=\"%3\"")
            .arg(m_endpoints.authorityHost(), m_state.tenantId, m_endpoints.vaultResource())
            .toUtf8());
    return response;
}

std::optional<ApiResponse> VaultService::permissionDenied(const Vault &vault,
                                                          const TokenClaims &claims,
                                                          const VaultOperation &operation) const
{
    const bool rbac =
        vault.properties.value(QStringLiteral("enableRbacAuthorization")).toBool(false);
    const auto &info = kindInfo(operation.kind);
    if (rbac ? Authorization::permitsDataAction(m_state, claims.objectId, vault.resourceId(),
                                                operation.action)
             : Authorization::policyPermits(vault, claims.objectId, claims.appId, info.collection,
                                            operation.permission))
        return std::nullopt;
    const auto vaultText = QStringLiteral("%1;location=%2").arg(vault.name, vault.location);
    if (rbac) {
        QString resource = vault.resourceId() + QLatin1Char('/') + info.collection;
        if (!operation.objectName.isEmpty())
            resource += QLatin1Char('/') + operation.objectName;
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Caller is not authorized to perform action on resource.\r\n"
                           "If role assignments, deny assignments or role definitions were "
                           "changed recently, please observe propagation time.\r\n"
                           "Caller: %1\r\nAction: '%2'\r\nResource: '%3'\r\n"
                           "Assignment: (not found)\r\nDenyAssignmentId: null\r\n"
                           "DecisionReason: 'DeniedWithNoValidRBAC' \r\nVault: %4\r\n")
                .arg(callerText(claims), operation.action, resource.toLower(), vaultText),
            QStringLiteral("ForbiddenByRbac"));
    }
    return ApiResponse::error(
        403, QStringLiteral("Forbidden"),
        QStringLiteral("The user, group or application '%1' does not have %2 %3 permission on key "
                       "vault '%4'. For help resolving this issue, please see "
                       "https://go.microsoft.com/fwlink/?linkid=2125287")
            .arg(callerText(claims), info.collection, operation.permission, vaultText),
        QStringLiteral("ForbiddenByPolicy"));
}

void VaultService::decorate(ApiResponse &response, const Vault *vault,
                            const ApiRequest &request) const
{
    const bool v4 = request.peer.protocol() == QAbstractSocket::IPv4Protocol;
    const auto set = [&](const QByteArray &name, const QByteArray &value) {
        if (!response.hasHeader(name))
            response.withHeader(name, value);
    };
    set("x-ms-keyvault-network-info",
        QStringLiteral("conn_type=%1;addr=%2;act_addr_fam=%3;")
            .arg(v4 ? QStringLiteral("Ipv4") : QStringLiteral("Ipv6"), request.peer.toString(),
                 v4 ? QStringLiteral("InterNetwork") : QStringLiteral("InterNetworkV6"))
            .toLatin1());
    set("x-ms-request-id", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    if (vault)
        set("x-ms-keyvault-region", vault->location.toLatin1());
    set("x-ms-keyvault-service-version", kServiceVersion);
    const auto clientRequestId = request.header("x-ms-client-request-id");
    if (!clientRequestId.isEmpty() && clientRequestId.size() <= 128)
        set("x-ms-client-request-id", clientRequestId);
    set("Cache-Control", "no-cache");
    set("Pragma", "no-cache");
    set("Expires", "-1");
    set("X-Content-Type-Options", "nosniff");
    set("Strict-Transport-Security", "max-age=31536000;includeSubDomains");
}

} // namespace kluis::emulator
