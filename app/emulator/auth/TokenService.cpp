#include "TokenService.h"

#include "ClientCertificates.h"
#include "server/CloudDescription.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

namespace kluis::emulator {

namespace {

const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const auto kRefreshTokensSetting = QStringLiteral("refreshTokens");
constexpr int kAccessTokenSeconds = 3599;
constexpr int kAuthorizationCodeSeconds = 300;
constexpr qint64 kRefreshTokenSeconds = 90LL * 24 * 3600;
constexpr int kMaxRefreshTokens = 500;
const auto kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const auto kJwtBearer = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

QString randomToken(int bytes)
{
    QByteArray data(bytes, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()),
                                          bytes / int(sizeof(quint32)));
    return QString::fromLatin1(data.toBase64(kBase64Url));
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// application/x-www-form-urlencoded, where '+' is a space (QUrlQuery keeps it literal).
TokenService::Form parseForm(const QByteArray &body)
{
    TokenService::Form form;
    for (const auto &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const auto eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

QStringList splitScopes(const QString &scope)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isOidcScope(const QString &scope)
{
    static const QStringList oidc{QStringLiteral("openid"), QStringLiteral("profile"),
                                  QStringLiteral("offline_access"), QStringLiteral("email")};
    return oidc.contains(scope.toLower());
}

QString normalizedResource(QString resource)
{
    while (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    return resource.toLower();
}

bool isLoopbackRedirect(const QString &redirectUri)
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.hasFragment())
        return false;
    const auto host = url.host().toLower();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

QString withQuery(const QString &url, const QList<QPair<QString, QString>> &items)
{
    QString result = url;
    QChar separator = url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    for (const auto &[key, value] : items) {
        if (value.isEmpty())
            continue;
        result += separator;
        result += QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                      QUrl::toPercentEncoding(value));
        separator = QLatin1Char('&');
    }
    return result;
}

ApiResponse htmlPage(int status, const QString &title, const QString &bodyHtml)
{
    ApiResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\">"
                                   "<title>%1</title></head><body><h1>%1</h1>%2</body></html>")
                        .arg(title.toHtmlEscaped(), bodyHtml)
                        .toUtf8();
    response.withHeader("Cache-Control", "no-store");
    return response;
}

ApiResponse redirectTo(const QString &location)
{
    ApiResponse response;
    response.status = 302;
    response.contentType = "text/html; charset=utf-8";
    response.body = QStringLiteral("<!doctype html><a href=\"%1\">Continue</a>")
                        .arg(location.toHtmlEscaped())
                        .toUtf8();
    response.withHeader("Location", location.toUtf8());
    response.withHeader("Cache-Control", "no-store");
    return response;
}

ApiResponse noStore(ApiResponse response)
{
    response.withHeader("Cache-Control", "no-store, no-cache");
    response.withHeader("Pragma", "no-cache");
    return response;
}

QString formValue(const TokenService::Form &form, const char *key)
{
    return form.value(QLatin1String(key));
}

} // namespace

TokenService::TokenService(EmulatorState &state, const Endpoints &endpoints, TokenIssuer &issuer)
    : m_state(state)
    , m_endpoints(endpoints)
    , m_issuer(issuer)
{}

QString TokenService::demoUserName()
{
    return QStringLiteral("admin@contoso.example");
}

QString TokenService::demoUserObjectId()
{
    return QStringLiteral("4d7a9c3e-51b2-4f60-8e1d-a0c2b4e6f801");
}

QString TokenService::demoUserDisplayName()
{
    return QStringLiteral("Contoso Admin");
}

ApiResponse TokenService::oauthError(const ApiRequest &request, int status, const QString &error,
                                     int code, const QString &message) const
{
    const auto timestamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    const auto traceId = newGuid();
    auto correlationId = QString::fromLatin1(request.header("client-request-id"));
    if (QUuid::fromString(correlationId).isNull())
        correlationId = newGuid();
    const auto description =
        QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
            .arg(code)
            .arg(message, traceId, correlationId, timestamp);
    auto response = ApiResponse::json(
        status,
        QJsonObject{
            {QStringLiteral("error"), error},
            {QStringLiteral("error_description"), description},
            {QStringLiteral("error_codes"), QJsonArray{code}},
            {QStringLiteral("timestamp"), timestamp},
            {QStringLiteral("trace_id"), traceId},
            {QStringLiteral("correlation_id"), correlationId},
            {QStringLiteral("error_uri"),
             QStringLiteral("%1/error?code=%2").arg(m_endpoints.authorityHost()).arg(code)}});
    response.withHeader("x-ms-request-id", traceId.toLatin1());
    return noStore(response);
}

std::optional<QString> TokenService::resolveTenant(const QString &pathTenant) const
{
    const auto tenant = pathTenant.toLower();
    if (tenant == m_state.tenantId.toLower() || tenant == QLatin1String("common") ||
        tenant == QLatin1String("organizations") || tenant == QLatin1String("contoso.example"))
        return m_state.tenantId;
    if (!m_state.otherTenantId.isEmpty() && tenant == m_state.otherTenantId.toLower())
        return m_state.otherTenantId;
    return std::nullopt;
}

bool TokenService::isUserFlowClient(const QString &clientId) const
{
    return clientId.compare(CloudDescription::publicClientId(), Qt::CaseInsensitive) == 0 ||
           m_state.client(clientId) != nullptr;
}

bool TokenService::isKnownResource(const QString &audience) const
{
    const auto resource = normalizedResource(audience);
    const QStringList known{m_endpoints.vaultResource(),
                            m_endpoints.resourceManager(),
                            m_endpoints.graph(),
                            QStringLiteral("https://vault.azure.net"),
                            QStringLiteral("https://management.azure.com"),
                            QStringLiteral("https://management.core.windows.net"),
                            QStringLiteral("https://graph.microsoft.com")};
    for (const auto &k : known) {
        if (normalizedResource(k) == resource)
            return true;
    }
    for (const auto &client : m_state.clients) {
        if (resource == client.clientId.toLower() ||
            resource == QString(QStringLiteral("api://") + client.clientId.toLower()))
            return true;
    }
    return false;
}

std::optional<TokenService::Resource> TokenService::resourceFor(const QStringList &scopes,
                                                                bool forUser,
                                                                const ApiRequest &request,
                                                                ApiResponse *error) const
{
    QString resource;
    QStringList requested;
    for (const auto &scope : scopes) {
        if (isOidcScope(scope))
            continue;
        QString thisResource;
        const auto schemeEnd = scope.indexOf(QLatin1String("://"));
        if (scope.endsWith(QLatin1String("/.default"))) {
            thisResource = scope.chopped(9);
        } else if (schemeEnd > 0) {
            const auto slash = scope.lastIndexOf(QLatin1Char('/'));
            thisResource = slash > schemeEnd + 2 ? scope.left(slash) : scope;
        } else {
            thisResource = m_endpoints.graph();
        }
        if (!resource.isEmpty() &&
            normalizedResource(resource) != normalizedResource(thisResource)) {
            *error = oauthError(request, 400, QStringLiteral("invalid_scope"), 28000,
                                QStringLiteral("Provided value for the input parameter scope is "
                                               "not valid because it contains more than one "
                                               "resource. Scope %1 is not valid.")
                                    .arg(scopes.join(QLatin1Char(' '))));
            return std::nullopt;
        }
        if (resource.isEmpty())
            resource = thisResource;
        requested << scope;
    }
    if (resource.isEmpty()) {
        if (!forUser) {
            *error = oauthError(request, 400, QStringLiteral("invalid_scope"), 1002012,
                                QStringLiteral("The provided value for scope %1 is not valid. "
                                               "Client credential flows must have a scope value "
                                               "with /.default suffixed to the resource "
                                               "identifier (application ID URI).")
                                    .arg(scopes.join(QLatin1Char(' '))));
            return std::nullopt;
        }
        resource = m_endpoints.graph();
    }
    if (!isKnownResource(resource)) {
        *error = oauthError(
            request, 400, QStringLiteral("invalid_resource"), 500011,
            QStringLiteral("The resource principal named %1 was not found in the tenant named "
                           "%2. This can happen if the application has not been installed by the "
                           "administrator of the tenant or consented to by any user in the "
                           "tenant. You might have sent your authentication request to the wrong "
                           "tenant.")
                .arg(resource, m_state.tenantId));
        return std::nullopt;
    }
    Resource result;
    result.audience = resource;
    QString base = resource;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    result.scopes << QString(base + QStringLiteral("/user_impersonation"));
    for (const auto &scope : std::as_const(requested)) {
        if (!result.scopes.contains(scope))
            result.scopes << scope;
    }
    return result;
}

std::optional<ApiResponse> TokenService::authenticateClient(const ApiRequest &request,
                                                            const Form &form,
                                                            const QString &pathTenant,
                                                            bool required, QString *clientId) const
{
    QString id = formValue(form, "client_id");
    QString secret = formValue(form, "client_secret");
    const auto authorization = request.header("authorization");
    if (authorization.toLower().startsWith("basic ")) {
        const auto decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const auto colon = decoded.indexOf(':');
        if (colon > 0) {
            id = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.left(colon)));
            secret = QString::fromUtf8(QByteArray::fromPercentEncoding(decoded.mid(colon + 1)));
        }
    }
    const auto assertion = formValue(form, "client_assertion").toLatin1();
    if (id.isEmpty() && !assertion.isEmpty()) {
        const auto parts = assertion.split('.');
        if (parts.size() == 3)
            id = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), kBase64Url))
                     .object()
                     .value(QStringLiteral("iss"))
                     .toString();
    }
    if (id.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'client_id'."));
    const Client *client = m_state.client(id);
    const bool known = client || (!required && isUserFlowClient(id));
    if (!known)
        return oauthError(request, 400, QStringLiteral("unauthorized_client"), 700016,
                          QStringLiteral("Application with identifier '%1' was not found in the "
                                         "directory '%2'. This can happen if the application "
                                         "has not been installed by the administrator of the "
                                         "tenant or consented to by any user in the tenant. You "
                                         "may have sent your authentication request to the "
                                         "wrong tenant.")
                              .arg(id, pathTenant));
    *clientId = client ? client->clientId : CloudDescription::publicClientId();

    if (!assertion.isEmpty()) {
        if (!client)
            return oauthError(request, 401, QStringLiteral("invalid_client"), 700027,
                              QStringLiteral("Client assertion failed signature validation."));
        if (formValue(form, "client_assertion_type") != kJwtBearer)
            return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
                              QStringLiteral("The request body must contain the following "
                                             "parameter: 'client_assertion_type' with the value "
                                             "'%1'.")
                                  .arg(kJwtBearer));
        const auto tenantId = resolveTenant(pathTenant).value_or(pathTenant);
        const QStringList audiences{
            QString(request.origin() + request.path),
            QStringLiteral("%1/%2/oauth2/v2.0/token").arg(m_endpoints.authorityHost(), pathTenant),
            QStringLiteral("%1/%2/oauth2/v2.0/token").arg(m_endpoints.authorityHost(), tenantId),
            QStringLiteral("%1/%2/oauth2/token").arg(m_endpoints.authorityHost(), tenantId),
            QStringLiteral("%1/%2/v2.0").arg(m_endpoints.authorityHost(), tenantId)};
        const auto check = ClientCertificates::verifyAssertion(assertion, *client, audiences);
        if (!check.ok)
            return oauthError(request, check.status, check.error, check.code, check.message);
        return std::nullopt;
    }
    if (!secret.isEmpty()) {
        if (!client || client->clientSecret.isEmpty() || client->clientSecret != secret)
            return oauthError(request, 401, QStringLiteral("invalid_client"), 7000215,
                              QStringLiteral("Invalid client secret provided. Ensure the secret "
                                             "being sent in the request is the client secret "
                                             "value, not the client secret ID, for a secret "
                                             "added to app '%1'.")
                                  .arg(id));
        return std::nullopt;
    }
    if (required)
        return oauthError(request, 401, QStringLiteral("invalid_client"), 7000218,
                          QStringLiteral("The request body must contain the following parameter: "
                                         "'client_assertion' or 'client_secret'."));
    return std::nullopt;
}

ApiResponse TokenService::handle(const ApiRequest &request)
{
    pruneExpired();

    const auto segments = request.segments();
    const auto is = [&](std::initializer_list<const char *> tail) {
        if (segments.size() != qsizetype(tail.size()) + 1)
            return false;
        qsizetype i = 1;
        for (const char *part : tail) {
            if (segments.at(i++).compare(QLatin1String(part), Qt::CaseInsensitive) != 0)
                return false;
        }
        return true;
    };

    if (segments.size() == 1 && segments.first() == QLatin1String("device"))
        return devicePage(request);
    if (segments.isEmpty())
        return htmlPage(200, QStringLiteral("Kluis emulator sign-in"),
                        QStringLiteral("<p>This is the emulator's Entra ID-like token service."
                                       "</p>"));
    const QString tenant = segments.first();

    if (tenant.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0 &&
        is({"discovery", "instance"}))
        return instanceDiscovery(request);
    if (is({"v2.0", ".well-known", "openid-configuration"}))
        return openIdConfiguration(request, tenant, true);
    if (is({".well-known", "openid-configuration"}))
        return openIdConfiguration(request, tenant, false);
    if (is({"discovery", "v2.0", "keys"}) || is({"discovery", "keys"}))
        return noStore(ApiResponse::json(200, m_issuer.jwks()));

    const bool isToken = is({"oauth2", "v2.0", "token"}) || is({"oauth2", "token"});
    const bool isDeviceCode = is({"oauth2", "v2.0", "devicecode"}) || is({"oauth2", "devicecode"});
    if (isToken || isDeviceCode) {
        if (request.method != "POST")
            return oauthError(request, 400, QStringLiteral("invalid_request"), 900561,
                              QStringLiteral("The endpoint only accepts POST, OPTIONS requests. "
                                             "Received a %1 request.")
                                  .arg(QString::fromLatin1(request.method)));
        return isToken ? tokenEndpoint(request, tenant, segments.size() == 4)
                       : deviceCodeEndpoint(request, tenant);
    }
    if (is({"oauth2", "v2.0", "authorize"}) || is({"oauth2", "authorize"}))
        return authorizeEndpoint(request, tenant);
    if (is({"oauth2", "v2.0", "logout"}) || is({"oauth2", "logout"})) {
        const auto target = request.queryValue(QStringLiteral("post_logout_redirect_uri"));
        if (isLoopbackRedirect(target))
            return redirectTo(target);
        return htmlPage(200, QStringLiteral("Signed out"),
                        QStringLiteral("<p>You have signed out of the Kluis emulator.</p>"));
    }
    return ApiResponse::error(
        404, QStringLiteral("NotFound"),
        QStringLiteral("The token service has no endpoint at '%1'.").arg(request.path));
}

ApiResponse TokenService::openIdConfiguration(const ApiRequest &request, const QString &pathTenant,
                                              bool v2)
{
    const auto tenantId = resolveTenant(pathTenant);
    if (!tenantId)
        return oauthError(request, 400, QStringLiteral("invalid_tenant"), 90002,
                          QStringLiteral("Tenant '%1' not found. Check to make sure you have the "
                                         "correct tenant ID and are signing into the correct "
                                         "cloud. Check with your subscription administrator, "
                                         "this may happen if there are no active subscriptions "
                                         "for the tenant.")
                              .arg(pathTenant));
    const auto lower = pathTenant.toLower();
    const bool multiTenant =
        lower == QLatin1String("common") || lower == QLatin1String("organizations");
    // Entra names the tenant as requested in the endpoints; the issuer carries the tenant id,
    // a {tenantid} placeholder for the multi-tenant authorities.
    const auto tenantInPath = multiTenant ? lower : *tenantId;
    const auto base = QStringLiteral("%1/%2").arg(m_endpoints.authorityHost(), tenantInPath);
    const auto version = v2 ? QStringLiteral("/v2.0") : QString();
    const auto issuerTenant = multiTenant ? QStringLiteral("{tenantid}") : *tenantId;
    const auto issuer =
        v2 ? QStringLiteral("%1/%2/v2.0").arg(m_endpoints.authorityHost(), issuerTenant)
           : QStringLiteral("https://sts.windows.net/%1/").arg(issuerTenant);
    const auto endpoint = [&](const char *name) {
        return QString(base + QStringLiteral("/oauth2") + version + QLatin1Char('/') +
                       QLatin1String(name));
    };
    QJsonObject config{
        {QStringLiteral("token_endpoint"), endpoint("token")},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt"),
                    QStringLiteral("client_secret_basic")}},
        {QStringLiteral("jwks_uri"), QString(base + (v2 ? QStringLiteral("/discovery/v2.0/keys")
                                                        : QStringLiteral("/discovery/keys")))},
        {QStringLiteral("response_modes_supported"),
         QJsonArray{QStringLiteral("query"), QStringLiteral("fragment"),
                    QStringLiteral("form_post")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}},
        {QStringLiteral("id_token_signing_alg_values_supported"),
         QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("response_types_supported"),
         QJsonArray{QStringLiteral("code"), QStringLiteral("id_token"),
                    QStringLiteral("code id_token"), QStringLiteral("id_token token")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("offline_access")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                    QStringLiteral("client_credentials"), kDeviceCodeGrant}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("userinfo_endpoint"),
         QString(m_endpoints.graph() + QStringLiteral("oidc/userinfo"))},
        {QStringLiteral("authorization_endpoint"), endpoint("authorize")},
        {QStringLiteral("device_authorization_endpoint"), endpoint("devicecode")},
        {QStringLiteral("http_logout_supported"), true},
        {QStringLiteral("frontchannel_logout_supported"), true},
        {QStringLiteral("end_session_endpoint"), endpoint("logout")},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("aud"),
                    QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("auth_time"),
                    QStringLiteral("nonce"), QStringLiteral("preferred_username"),
                    QStringLiteral("name"), QStringLiteral("tid"), QStringLiteral("ver"),
                    QStringLiteral("oid"), QStringLiteral("email")}},
        {QStringLiteral("tenant_region_scope"), QStringLiteral("EU")},
        {QStringLiteral("cloud_instance_name"), m_endpoints.domain},
        {QStringLiteral("cloud_graph_host_name"), m_endpoints.graphHost()},
        {QStringLiteral("msgraph_host"), m_endpoints.graphHost()},
    };
    return ApiResponse::json(200, config);
}

ApiResponse TokenService::instanceDiscovery(const ApiRequest &request)
{
    const QUrl authorize(request.queryValue(QStringLiteral("authorization_endpoint")));
    auto tenant = authorize.path().section(QLatin1Char('/'), 1, 1);
    if (tenant.isEmpty())
        tenant = QStringLiteral("common");
    const auto host = QUrl(m_endpoints.authorityHost()).authority();
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("tenant_discovery_endpoint"),
                          QStringLiteral("%1/%2/v2.0/.well-known/openid-configuration")
                              .arg(m_endpoints.authorityHost(), tenant)},
                         {QStringLiteral("api-version"), QStringLiteral("1.1")},
                         {QStringLiteral("metadata"),
                          QJsonArray{QJsonObject{{QStringLiteral("preferred_network"), host},
                                                 {QStringLiteral("preferred_cache"), host},
                                                 {QStringLiteral("aliases"), QJsonArray{host}}}}}});
}

ApiResponse TokenService::tokenEndpoint(const ApiRequest &request, const QString &pathTenant,
                                        bool v2)
{
    Form form = parseForm(request.body);
    if (!v2 && !form.contains(QStringLiteral("scope")) && form.contains(QStringLiteral("resource")))
        form.insert(QStringLiteral("scope"),
                    QString(formValue(form, "resource") + QStringLiteral("/.default")));
    const auto tenantId = resolveTenant(pathTenant);
    if (!tenantId)
        return oauthError(request, 400, QStringLiteral("invalid_request"), 90002,
                          QStringLiteral("Tenant '%1' not found. Check to make sure you have the "
                                         "correct tenant ID and are signing into the correct "
                                         "cloud.")
                              .arg(pathTenant));
    const auto grantType = formValue(form, "grant_type");
    if (grantType.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'grant_type'."));
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentials(request, form, pathTenant, *tenantId);

    QString clientId;
    if (auto failure = authenticateClient(request, form, pathTenant, false, &clientId))
        return *failure;
    // The client may have authenticated with HTTP Basic instead of a client_id field.
    form.insert(QStringLiteral("client_id"), clientId);
    // msal-node sends the short form "device_code", which Entra accepts too.
    if (grantType == kDeviceCodeGrant || grantType == QLatin1String("device_code"))
        return redeemDeviceCode(request, form);
    if (grantType == QLatin1String("authorization_code"))
        return redeemAuthorizationCode(request, form, *tenantId);
    if (grantType == QLatin1String("refresh_token"))
        return redeemRefreshToken(request, form, *tenantId);
    return oauthError(
        request, 400, QStringLiteral("unsupported_grant_type"), 70003,
        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType));
}

ApiResponse TokenService::clientCredentials(const ApiRequest &request, const Form &form,
                                            const QString &pathTenant, const QString &tenantId)
{
    QString clientId;
    if (auto failure = authenticateClient(request, form, pathTenant, true, &clientId))
        return *failure;
    const auto scopes = splitScopes(formValue(form, "scope"));
    if (scopes.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'scope'."));
    if (scopes.size() != 1 || !scopes.first().endsWith(QLatin1String("/.default")))
        return oauthError(request, 400, QStringLiteral("invalid_scope"), 1002012,
                          QStringLiteral("The provided value for scope %1 is not valid. Client "
                                         "credential flows must have a scope value with "
                                         "/.default suffixed to the resource identifier "
                                         "(application ID URI).")
                              .arg(scopes.join(QLatin1Char(' '))));
    ApiResponse error;
    const auto resource = resourceFor(scopes, false, request, &error);
    if (!resource)
        return error;
    const Client *client = m_state.client(clientId);
    TokenClaims claims;
    claims.tenantId = tenantId;
    claims.objectId = client->objectId;
    claims.appId = client->clientId;
    claims.audience = resource->audience;
    // Application tokens carry roles, never scp; the vault decides with hasDataAccess().
    claims.roles = {client->dataAccess ? QStringLiteral("Vault.Data.ReadWrite")
                                       : QStringLiteral("Vault.Management.Read")};
    claims.expires = QDateTime::currentDateTimeUtc().addSecs(kAccessTokenSeconds);
    return noStore(
        ApiResponse::json(200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                           {QStringLiteral("expires_in"), kAccessTokenSeconds},
                                           {QStringLiteral("ext_expires_in"), kAccessTokenSeconds},
                                           {QStringLiteral("access_token"),
                                            QString::fromLatin1(m_issuer.issue(claims))}}));
}

ApiResponse TokenService::userTokens(const ApiRequest &request, const Grant &grant)
{
    ApiResponse error;
    const auto resource = resourceFor(grant.scopes, true, request, &error);
    if (!resource)
        return error;
    const auto now = QDateTime::currentDateTimeUtc();
    TokenClaims claims;
    claims.tenantId = grant.tenantId;
    claims.objectId = demoUserObjectId();
    claims.appId = grant.clientId;
    claims.audience = resource->audience;
    claims.scopes = {QStringLiteral("user_impersonation")};
    claims.expires = now.addSecs(kAccessTokenSeconds);
    claims.isUser = true;
    claims.userName = demoUserName();

    QJsonObject body{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("scope"), resource->scopes.join(QLatin1Char(' '))},
                     {QStringLiteral("expires_in"), kAccessTokenSeconds},
                     {QStringLiteral("ext_expires_in"), kAccessTokenSeconds},
                     {QStringLiteral("access_token"), QString::fromLatin1(m_issuer.issue(claims))}};
    const auto lowerScopes = grant.scopes.join(QLatin1Char(' ')).toLower();
    const auto scopeList = splitScopes(lowerScopes);
    if (scopeList.contains(QLatin1String("offline_access")))
        body.insert(QStringLiteral("refresh_token"), newRefreshToken(grant));
    if (scopeList.contains(QLatin1String("openid"))) {
        QJsonObject idToken{
            {QStringLiteral("aud"), grant.clientId},
            {QStringLiteral("iss"),
             QStringLiteral("%1/%2/v2.0").arg(m_endpoints.authorityHost(), grant.tenantId)},
            {QStringLiteral("iat"), now.toSecsSinceEpoch()},
            {QStringLiteral("nbf"), now.toSecsSinceEpoch()},
            {QStringLiteral("exp"), now.addSecs(3600).toSecsSinceEpoch()},
            {QStringLiteral("name"), demoUserDisplayName()},
            {QStringLiteral("oid"), demoUserObjectId()},
            {QStringLiteral("preferred_username"), demoUserName()},
            {QStringLiteral("sub"),
             QString::fromLatin1(
                 QCryptographicHash::hash(QString(demoUserObjectId() + grant.clientId).toUtf8(),
                                          QCryptographicHash::Sha256)
                     .toBase64(kBase64Url))},
            {QStringLiteral("tid"), grant.tenantId},
            {QStringLiteral("uti"), randomToken(16)},
            {QStringLiteral("ver"), QStringLiteral("2.0")},
        };
        if (!grant.nonce.isEmpty())
            idToken.insert(QStringLiteral("nonce"), grant.nonce);
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(m_issuer.sign(idToken)));
    }
    // MSAL builds the account's home id from client_info (uid.utid).
    const QJsonObject clientInfo{{QStringLiteral("uid"), demoUserObjectId()},
                                 {QStringLiteral("utid"), grant.tenantId}};
    body.insert(QStringLiteral("client_info"),
                QString::fromLatin1(
                    QJsonDocument(clientInfo).toJson(QJsonDocument::Compact).toBase64(kBase64Url)));
    return noStore(ApiResponse::json(200, body));
}

QString TokenService::newRefreshToken(const Grant &grant)
{
    const auto token = QString(QStringLiteral("1.emu.") + randomToken(64));
    auto tokens = m_state.settings.value(kRefreshTokensSetting).toObject();
    const auto now = QDateTime::currentSecsSinceEpoch();
    for (auto it = tokens.begin(); it != tokens.end();) {
        if (it.value().toObject().value(QStringLiteral("expires")).toInteger() < now)
            it = tokens.erase(it);
        else
            ++it;
    }
    if (tokens.size() >= kMaxRefreshTokens) {
        // Drop the one closest to expiry: the oldest.
        QString oldest;
        qint64 oldestExpiry = std::numeric_limits<qint64>::max();
        for (auto it = tokens.constBegin(); it != tokens.constEnd(); ++it) {
            const auto expiry = it.value().toObject().value(QStringLiteral("expires")).toInteger();
            if (expiry < oldestExpiry) {
                oldestExpiry = expiry;
                oldest = it.key();
            }
        }
        tokens.remove(oldest);
    }
    // Only a hash is kept: the state files never hold a usable refresh token.
    tokens.insert(tokenHash(token),
                  QJsonObject{{QStringLiteral("clientId"), grant.clientId},
                              {QStringLiteral("tenantId"), grant.tenantId},
                              {QStringLiteral("userObjectId"), demoUserObjectId()},
                              {QStringLiteral("scopes"), grant.scopes.join(QLatin1Char(' '))},
                              {QStringLiteral("expires"), now + kRefreshTokenSeconds}});
    m_state.settings.insert(kRefreshTokensSetting, tokens);
    m_state.saveMeta();
    return token;
}

void TokenService::pruneExpired()
{
    const auto now = QDateTime::currentDateTimeUtc();
    for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end();) {
        // Kept a while after expiry so a late poll hears expired_token.
        if (it->expires.addSecs(600) < now)
            it = m_deviceCodes.erase(it);
        else
            ++it;
    }
    for (auto it = m_authCodes.begin(); it != m_authCodes.end();) {
        if (it->expires.addSecs(600) < now)
            it = m_authCodes.erase(it);
        else
            ++it;
    }
}

ApiResponse TokenService::redeemRefreshToken(const ApiRequest &request, const Form &form,
                                             const QString &tenantId)
{
    const auto token = formValue(form, "refresh_token");
    if (token.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'refresh_token'."));
    auto tokens = m_state.settings.value(kRefreshTokensSetting).toObject();
    const auto key = tokenHash(token);
    const auto record = tokens.value(key).toObject();
    if (record.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 70000,
                          QStringLiteral("The provided value for the input parameter "
                                         "'refresh_token' is not valid. It may have been "
                                         "redeemed already (refresh tokens are replaced on "
                                         "every use) or revoked."));
    const auto clientId = formValue(form, "client_id");
    if (record.value(QStringLiteral("clientId"))
            .toString()
            .compare(clientId, Qt::CaseInsensitive) != 0)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 70000,
                          QStringLiteral("The refresh token was issued to a different client "
                                         "than '%1'.")
                              .arg(clientId));
    tokens.remove(key);
    m_state.settings.insert(kRefreshTokensSetting, tokens);
    m_state.saveMeta();
    if (record.value(QStringLiteral("expires")).toInteger() < QDateTime::currentSecsSinceEpoch())
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 700082,
                          QStringLiteral("The refresh token has expired due to inactivity."));

    Grant grant;
    grant.clientId = record.value(QStringLiteral("clientId")).toString();
    const auto lower = request.segments().value(0).toLower();
    grant.tenantId = (lower == QLatin1String("common") || lower == QLatin1String("organizations"))
                         ? record.value(QStringLiteral("tenantId")).toString()
                         : tenantId;
    grant.scopes = splitScopes(formValue(form, "scope"));
    if (grant.scopes.isEmpty())
        grant.scopes = splitScopes(record.value(QStringLiteral("scopes")).toString());
    // The refresh token is rotated on every use.
    if (!grant.scopes.contains(QLatin1String("offline_access"), Qt::CaseInsensitive))
        grant.scopes << QStringLiteral("offline_access");
    return userTokens(request, grant);
}

ApiResponse TokenService::deviceCodeEndpoint(const ApiRequest &request, const QString &pathTenant)
{
    const Form form = parseForm(request.body);
    const auto tenantId = resolveTenant(pathTenant);
    if (!tenantId)
        return oauthError(request, 400, QStringLiteral("invalid_request"), 90002,
                          QStringLiteral("Tenant '%1' not found.").arg(pathTenant));
    const auto clientId = formValue(form, "client_id");
    if (clientId.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'client_id'."));
    if (!isUserFlowClient(clientId))
        return oauthError(request, 400, QStringLiteral("unauthorized_client"), 700016,
                          QStringLiteral("Application with identifier '%1' was not found in the "
                                         "directory '%2'.")
                              .arg(clientId, pathTenant));
    const auto scopes = splitScopes(formValue(form, "scope"));
    if (scopes.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'scope'."));
    ApiResponse error;
    if (!resourceFor(scopes, true, request, &error))
        return error;

    bool ok = false;
    int lifetime = formValue(form, "emulator_expires_in").toInt(&ok);
    if (!ok || lifetime <= 0)
        lifetime = 900;
    lifetime = std::min(lifetime, 3600);
    int interval = formValue(form, "emulator_interval").toInt(&ok);
    if (!ok || interval < 0)
        interval = 5;
    interval = std::min(interval, 60);

    DeviceCode device;
    device.grant.clientId = m_state.client(clientId) ? m_state.client(clientId)->clientId
                                                     : CloudDescription::publicClientId();
    device.grant.tenantId = *tenantId;
    device.grant.scopes = scopes;
    static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ23456789";
    do {
        device.userCode.clear();
        for (int i = 0; i < 9; ++i)
            device.userCode += QLatin1Char(
                alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    } while (std::any_of(m_deviceCodes.cbegin(), m_deviceCodes.cend(),
                         [&](const DeviceCode &d) { return d.userCode == device.userCode; }));
    device.expires = QDateTime::currentDateTimeUtc().addSecs(lifetime);
    device.interval = interval;
    const auto deviceCode = randomToken(48);
    m_deviceCodes.insert(deviceCode, device);

    const auto verificationUri = QString(m_endpoints.authorityHost() + QStringLiteral("/device"));
    return noStore(ApiResponse::json(
        200, QJsonObject{{QStringLiteral("user_code"), device.userCode},
                         {QStringLiteral("device_code"), deviceCode},
                         {QStringLiteral("verification_uri"), verificationUri},
                         {QStringLiteral("expires_in"), lifetime},
                         {QStringLiteral("interval"), interval},
                         {QStringLiteral("message"),
                          QStringLiteral("To sign in, use a web browser to open the page %1 and "
                                         "enter the code %2 to authenticate.")
                              .arg(verificationUri, device.userCode)}}));
}

ApiResponse TokenService::redeemDeviceCode(const ApiRequest &request, const Form &form)
{
    auto code = formValue(form, "device_code");
    if (code.isEmpty())
        code = formValue(form, "code");
    if (code.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'device_code'."));
    const auto it = m_deviceCodes.find(code);
    if (it == m_deviceCodes.end())
        return oauthError(request, 400, QStringLiteral("bad_verification_code"), 70000,
                          QStringLiteral("The provided value for the input parameter "
                                         "'device_code' is not valid."));
    if (it->grant.clientId.compare(formValue(form, "client_id"), Qt::CaseInsensitive) != 0)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 70000,
                          QStringLiteral("The device code was issued to a different client."));
    const auto now = QDateTime::currentDateTimeUtc();
    if (it->expires < now)
        return oauthError(request, 400, QStringLiteral("expired_token"), 70019,
                          QStringLiteral("Verification code expired."));
    if (it->state == DeviceCode::State::Declined) {
        m_deviceCodes.erase(it);
        return oauthError(request, 400, QStringLiteral("authorization_declined"), 70000,
                          QStringLiteral("The user declined the authorization request."));
    }
    if (it->state == DeviceCode::State::Approved) {
        const auto grant = it->grant;
        m_deviceCodes.erase(it);
        return userTokens(request, grant);
    }
    const auto nowMs = now.toMSecsSinceEpoch();
    // A little slack for the client's timer: SDKs sleep exactly the interval between polls.
    const bool tooFast = it->interval > 0 && it->lastPollMs >= 0 &&
                         nowMs - it->lastPollMs < qint64(it->interval) * 1000 - 500;
    it->lastPollMs = nowMs;
    if (tooFast) {
        it->interval += 5; // RFC 8628: for this and all later polls
        return oauthError(request, 400, QStringLiteral("slow_down"), 70016,
                          QStringLiteral("OAuth 2.0 device flow error. Polling too fast: wait "
                                         "%1 seconds between polls.")
                              .arg(it->interval));
    }
    return oauthError(request, 400, QStringLiteral("authorization_pending"), 70016,
                      QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. "
                                     "Continue polling."));
}

ApiResponse TokenService::devicePage(const ApiRequest &request)
{
    const auto title = QStringLiteral("Kluis emulator device sign-in");
    if (request.method == "GET") {
        const auto prefill = request.queryValue(QStringLiteral("user_code"));
        return htmlPage(
            200, title,
            QStringLiteral("<p>Signed in as %1. Enter the code shown on your device.</p>"
                           "<form method=\"post\" action=\"/device\">"
                           "<input name=\"user_code\" value=\"%2\" autofocus "
                           "autocomplete=\"off\"> "
                           "<button name=\"action\" value=\"approve\">Approve</button> "
                           "<button name=\"action\" value=\"deny\">Deny</button></form>")
                .arg(demoUserName().toHtmlEscaped(), prefill.toHtmlEscaped()));
    }
    if (request.method != "POST")
        return htmlPage(405, title, QStringLiteral("<p>Use GET or POST.</p>"));
    const Form form = parseForm(request.body);
    auto userCode = formValue(form, "user_code").toUpper();
    userCode.remove(QLatin1Char('-'));
    userCode.remove(QLatin1Char(' '));
    const auto now = QDateTime::currentDateTimeUtc();
    for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end(); ++it) {
        if (it->userCode != userCode || it->state != DeviceCode::State::Pending)
            continue;
        if (it->expires < now)
            return htmlPage(400, title,
                            QStringLiteral("<p>AADSTS70019: That code has expired. Start the "
                                           "sign-in again on your device.</p>"));
        const bool deny =
            formValue(form, "action").compare(QLatin1String("deny"), Qt::CaseInsensitive) == 0;
        it->state = deny ? DeviceCode::State::Declined : DeviceCode::State::Approved;
        return htmlPage(200, title,
                        deny ? QStringLiteral("<p>You declined the sign-in. You can close this "
                                              "window.</p>")
                             : QStringLiteral("<p>You have signed in as %1 on your device. You "
                                              "can close this window.</p>")
                                   .arg(demoUserName().toHtmlEscaped()));
    }
    return htmlPage(400, title,
                    QStringLiteral("<p>AADSTS70000: The code you entered was not found or has "
                                   "already been used. Check the code and try again.</p>"));
}

ApiResponse TokenService::authorizeEndpoint(const ApiRequest &request, const QString &pathTenant)
{
    const Form params = parseForm(request.query.query(QUrl::FullyEncoded).toLatin1());
    const auto title = QStringLiteral("Sign in to the Kluis emulator");
    const auto errorPage = [&](int code, const QString &message) {
        return htmlPage(
            400, title,
            QStringLiteral("<p>AADSTS%1: %2</p>").arg(code).arg(message.toHtmlEscaped()));
    };
    const auto tenantId = resolveTenant(pathTenant);
    if (!tenantId)
        return errorPage(90002, QStringLiteral("Tenant '%1' not found.").arg(pathTenant));
    const auto clientId = formValue(params, "client_id");
    if (clientId.isEmpty())
        return errorPage(900144, QStringLiteral("The request body must contain the following "
                                                "parameter: 'client_id'."));
    if (!isUserFlowClient(clientId))
        return errorPage(700016, QStringLiteral("Application with identifier '%1' was not found "
                                                "in the directory '%2'.")
                                     .arg(clientId, pathTenant));
    const auto redirectUri = formValue(params, "redirect_uri");
    if (redirectUri.isEmpty())
        return errorPage(900144, QStringLiteral("The request body must contain the following "
                                                "parameter: 'redirect_uri'."));
    if (!isLoopbackRedirect(redirectUri))
        return errorPage(50011, QStringLiteral("The redirect URI '%1' specified in the request "
                                               "does not match the redirect URIs configured for "
                                               "the application '%2'. Only loopback http "
                                               "addresses (http://localhost, http://127.0.0.1) "
                                               "are registered.")
                                    .arg(redirectUri, clientId));
    const auto state = formValue(params, "state");
    const auto redirectError = [&](const QString &error, int code, const QString &message) {
        return redirectTo(
            withQuery(redirectUri, {{QStringLiteral("error"), error},
                                    {QStringLiteral("error_description"),
                                     QStringLiteral("AADSTS%1: %2").arg(code).arg(message)},
                                    {QStringLiteral("state"), state}}));
    };
    if (formValue(params, "response_type") != QLatin1String("code"))
        return redirectError(QStringLiteral("unsupported_response_type"), 700054,
                             QStringLiteral("response_type '%1' is not enabled for the "
                                            "application.")
                                 .arg(formValue(params, "response_type")));
    const auto challenge = formValue(params, "code_challenge");
    if (challenge.isEmpty())
        return redirectError(QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request must contain the following parameter: "
                                            "'code_challenge' (PKCE is required)."));
    if (formValue(params, "code_challenge_method") != QLatin1String("S256"))
        return redirectError(QStringLiteral("invalid_request"), 9002313,
                             QStringLiteral("Invalid request: code_challenge_method must be "
                                            "S256."));
    const auto scopes = splitScopes(formValue(params, "scope"));
    if (scopes.isEmpty())
        return redirectError(QStringLiteral("invalid_request"), 900144,
                             QStringLiteral("The request must contain the following parameter: "
                                            "'scope'."));
    ApiResponse scopeError;
    if (!resourceFor(scopes, true, request, &scopeError)) {
        const auto json = QJsonDocument::fromJson(scopeError.body).object();
        return redirectTo(withQuery(
            redirectUri, {{QStringLiteral("error"), json.value(QStringLiteral("error")).toString()},
                          {QStringLiteral("error_description"),
                           json.value(QStringLiteral("error_description")).toString()},
                          {QStringLiteral("state"), state}}));
    }

    // The demo user approves at once.
    AuthorizationCode record;
    record.grant.clientId = m_state.client(clientId) ? m_state.client(clientId)->clientId
                                                     : CloudDescription::publicClientId();
    record.grant.tenantId = *tenantId;
    record.grant.scopes = scopes;
    record.grant.nonce = formValue(params, "nonce");
    record.redirectUri = redirectUri;
    record.codeChallenge = challenge;
    record.expires = QDateTime::currentDateTimeUtc().addSecs(kAuthorizationCodeSeconds);
    const auto code = QString(QStringLiteral("1.emu.") + randomToken(48));
    m_authCodes.insert(code, record);
    return redirectTo(withQuery(redirectUri, {{QStringLiteral("code"), code},
                                              {QStringLiteral("state"), state},
                                              {QStringLiteral("session_state"), newGuid()}}));
}

ApiResponse TokenService::redeemAuthorizationCode(const ApiRequest &request, const Form &form,
                                                  const QString &)
{
    const auto code = formValue(form, "code");
    if (code.isEmpty())
        return oauthError(request, 400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following "
                                         "parameter: 'code'."));
    const auto it = m_authCodes.find(code);
    if (it == m_authCodes.end())
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 9002313,
                          QStringLiteral("Invalid request. Request is malformed or invalid: the "
                                         "authorization code is not valid."));
    if (it->redeemed)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 54005,
                          QStringLiteral("OAuth2 Authorization code was already redeemed, please "
                                         "retry with a new valid code or use an existing "
                                         "refresh token."));
    if (it->grant.clientId.compare(formValue(form, "client_id"), Qt::CaseInsensitive) != 0)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 70000,
                          QStringLiteral("The authorization code was issued to a different "
                                         "client."));
    // Any further attempt with this code fails, the good one included.
    it->redeemed = true;
    if (it->expires < QDateTime::currentDateTimeUtc())
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 70008,
                          QStringLiteral("The provided authorization code or refresh token has "
                                         "expired due to inactivity. Send a new interactive "
                                         "authorization request for this user and resource."));
    if (formValue(form, "redirect_uri") != it->redirectUri)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 50011,
                          QStringLiteral("The redirect URI '%1' does not match the redirect URI "
                                         "used to obtain the authorization code.")
                              .arg(formValue(form, "redirect_uri")));
    const auto verifier = formValue(form, "code_verifier");
    const auto expected = QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(kBase64Url));
    if (verifier.isEmpty() || expected != it->codeChallenge)
        return oauthError(request, 400, QStringLiteral("invalid_grant"), 501481,
                          QStringLiteral("The Code_Verifier does not match the code_challenge "
                                         "supplied in the authorization request."));
    auto grant = it->grant;
    // Scopes asked for at redemption narrow the resource; the code's scopes say offline/openid.
    const auto redeemScopes = splitScopes(formValue(form, "scope"));
    if (!redeemScopes.isEmpty()) {
        QStringList merged = redeemScopes;
        for (const auto &scope : std::as_const(grant.scopes)) {
            if (isOidcScope(scope) && !merged.contains(scope, Qt::CaseInsensitive))
                merged << scope;
        }
        grant.scopes = merged;
    }
    return userTokens(request, grant);
}

} // namespace kluis::emulator
