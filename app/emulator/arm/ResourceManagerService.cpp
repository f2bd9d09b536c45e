#include "ResourceManagerService.h"

#include "VaultResource.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <variant>

namespace kluis::emulator {

namespace {

const auto kVaultType = QStringLiteral("Microsoft.KeyVault/vaults");

bool is(const QString &segment, QLatin1String expected)
{
    return segment.compare(expected, Qt::CaseInsensitive) == 0;
}

ApiResponse armError(const ArmError &error)
{
    return ApiResponse::error(error.status, error.code, error.message);
}

ApiResponse armError(int status, const QString &code, const QString &message)
{
    return ApiResponse::error(status, code, message);
}

ApiResponse subscriptionNotFound(const QString &id)
{
    return armError(404, QStringLiteral("SubscriptionNotFound"),
                    QStringLiteral("The subscription '%1' could not be found.").arg(id));
}

ApiResponse resourceGroupNotFound(const QString &name)
{
    return armError(404, QStringLiteral("ResourceGroupNotFound"),
                    QStringLiteral("Resource group '%1' could not be found.").arg(name));
}

ApiResponse vaultNotFound(const QString &resourceGroup, const QString &name)
{
    return armError(404, QStringLiteral("ResourceNotFound"),
                    QStringLiteral("The Resource 'Microsoft.KeyVault/vaults/%1' under resource "
                                   "group '%2' was not found. For more details please go to "
                                   "https://aka.ms/ARMResourceNotFoundFix")
                        .arg(name, resourceGroup));
}

ApiResponse notFound(const ApiRequest &request)
{
    return armError(404, QStringLiteral("NotFound"),
                    QStringLiteral("No HTTP resource was found that matches the request URI "
                                   "'%1%2'.")
                        .arg(request.origin(), request.path));
}

ApiResponse methodNotAllowed(const ApiRequest &request)
{
    return armError(405, QStringLiteral("MethodNotAllowed"),
                    QStringLiteral("The requested resource does not support http method '%1'.")
                        .arg(QString::fromLatin1(request.method)));
}

// The JSON object body of a write, or the service's 415/400.
std::optional<ApiResponse> readJsonBody(const ApiRequest &request, QJsonObject *body)
{
    const auto contentType = QString::fromLatin1(request.header("content-type"));
    const auto mediaType = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (!request.body.isEmpty() && mediaType != QLatin1String("application/json") &&
        mediaType != QLatin1String("text/json"))
        return armError(415, QStringLiteral("UnsupportedMediaType"),
                        QStringLiteral("The content media type '%1' is not supported. Only "
                                       "'application/json' is supported.")
                            .arg(contentType));
    if (request.body.trimmed().isEmpty())
        return armError(400, QStringLiteral("InvalidRequestContent"),
                        QStringLiteral("The request content was invalid and could not be "
                                       "deserialized: 'The request body is empty.'."));
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return armError(400, QStringLiteral("InvalidRequestContent"),
                        QStringLiteral("The request content was invalid and could not be "
                                       "deserialized: '%1 at offset %2.'.")
                            .arg(error.error != QJsonParseError::NoError
                                     ? error.errorString()
                                     : QStringLiteral("the body is not a JSON object"))
                            .arg(error.offset));
    *body = document.object();
    return std::nullopt;
}

std::optional<ArmError> readTags(const QJsonValue &value, QJsonObject *tags)
{
    if (!value.isObject())
        return ArmError{400, QStringLiteral("InvalidRequestContent"),
                        QStringLiteral("The request content was invalid and could not be "
                                       "deserialized: 'tags must be an object of strings. Path "
                                       "'tags'.'.")};
    const auto object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return ArmError{400, QStringLiteral("InvalidRequestContent"),
                            QStringLiteral("The request content was invalid and could not be "
                                           "deserialized: 'tag values must be strings. Path "
                                           "'tags.%1'.'.")
                                .arg(it.key())};
        if (it.key().size() > 512 || it.value().toString().size() > 256)
            return ArmError{400, QStringLiteral("InvalidTag"),
                            QStringLiteral("The tag name '%1' or its value is too long.")
                                .arg(it.key().left(64))};
    }
    *tags = object;
    return std::nullopt;
}

// "West Europe" and "westeurope" name the same region; ARM returns the short form.
QString normalizedLocation(const QString &location)
{
    return location.toLower().remove(QLatin1Char(' '));
}

QString encodeSkipToken(const QString &lastKey)
{
    return QString::fromLatin1(
        lastKey.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeSkipToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(decoded.decoded);
}

ApiResponse invalidSkipToken(const QString &token)
{
    return armError(400, QStringLiteral("InvalidSkipToken"),
                    QStringLiteral("The $skiptoken '%1' is invalid.").arg(token.left(64)));
}

QJsonObject subscriptionJson(const Subscription &subscription, const QString &tenantId)
{
    return QJsonObject{
        {QStringLiteral("id"), QString(QStringLiteral("/subscriptions/") + subscription.id)},
        {QStringLiteral("authorizationSource"), QStringLiteral("RoleBased")},
        {QStringLiteral("managedByTenants"), QJsonArray()},
        {QStringLiteral("subscriptionId"), subscription.id},
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("displayName"), subscription.name},
        {QStringLiteral("state"), QStringLiteral("Enabled")},
        {QStringLiteral("subscriptionPolicies"),
         QJsonObject{{QStringLiteral("locationPlacementId"), QStringLiteral("Public_2014-09-01")},
                     {QStringLiteral("quotaId"), QStringLiteral("PayAsYouGo_2014-09-01")},
                     {QStringLiteral("spendingLimit"), QStringLiteral("Off")}}},
    };
}

QJsonObject resourceGroupJson(const ResourceGroup &group)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("/subscriptions/%1/resourceGroups/%2")
                                   .arg(group.subscriptionId, group.name)},
        {QStringLiteral("name"), group.name},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Resources/resourceGroups")},
        {QStringLiteral("location"), group.location},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}},
    };
}

QString canonicalSubscriptionId(const EmulatorState &state, const QString &id)
{
    for (const auto &s : state.subscriptions) {
        if (s.id.compare(id, Qt::CaseInsensitive) == 0)
            return s.id;
    }
    return id;
}

struct PageRequest
{
    int size = ResourceManagerService::kDefaultPageSize;
    QString after; // the decoded $skiptoken: where the last page ended
};

// $top and $skiptoken, or the 400 to answer.
std::variant<PageRequest, ApiResponse> pageRequest(const ApiRequest &request)
{
    PageRequest page;
    const auto topText = request.queryValue(QStringLiteral("$top"));
    if (!topText.isEmpty()) {
        bool ok = false;
        page.size = topText.toInt(&ok);
        if (!ok || page.size < 1)
            return armError(400, QStringLiteral("InvalidTopInQueryString"),
                            QStringLiteral("The value '%1' of $top is invalid: give a positive "
                                           "integer.")
                                .arg(topText.left(32)));
        page.size = std::min(page.size, ResourceManagerService::kMaxPageSize);
    }
    const auto skipToken = request.queryValue(QStringLiteral("$skiptoken"));
    if (!skipToken.isEmpty()) {
        const auto decoded = decodeSkipToken(skipToken);
        if (!decoded)
            return invalidSkipToken(skipToken);
        page.after = *decoded;
    }
    return page;
}

// Lists in the order things were made (subscriptions, resource groups; never deleted here)
// carry the position of the next item: an item added meanwhile comes at the end, seen once.
std::optional<qsizetype> positionFrom(const PageRequest &page)
{
    if (page.after.isEmpty())
        return 0;
    bool ok = false;
    const auto position = page.after.toLongLong(&ok);
    if (!ok || position < 0)
        return std::nullopt;
    return position;
}

// The positions [begin, end) a page from start holds, within a list of count items.
std::pair<qsizetype, qsizetype> pageBounds(qsizetype start, int size, qsizetype count)
{
    const auto begin = std::min(start, count);
    return {begin, begin + std::min<qsizetype>(size, count - begin)};
}

// This request's URL (api-version, $filter, $top) with the next page's $skiptoken.
QString nextLink(const ApiRequest &request, const PageRequest &page, const QString &position)
{
    QUrl next(request.origin());
    next.setPath(request.path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"),
                       request.queryValue(QStringLiteral("api-version")));
    const auto filter = request.queryValue(QStringLiteral("$filter"));
    if (!filter.isEmpty())
        query.addQueryItem(QStringLiteral("$filter"), filter);
    if (!request.queryValue(QStringLiteral("$top")).isEmpty())
        query.addQueryItem(QStringLiteral("$top"), QString::number(page.size));
    query.addQueryItem(QStringLiteral("$skiptoken"), encodeSkipToken(position));
    next.setQuery(query);
    return next.toString(QUrl::FullyEncoded);
}

} // namespace

ResourceManagerService::ResourceManagerService(EmulatorState &state, const Endpoints &endpoints,
                                               const TokenIssuer &issuer)
    : m_state(state)
    , m_endpoints(endpoints)
    , m_issuer(issuer)
    , m_authorization(state, endpoints, issuer)
{}

ApiResponse ResourceManagerService::handle(const ApiRequest &request)
{
    auto response = route(request);
    const auto correlation = request.header("x-ms-correlation-request-id");
    const auto requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    response.withHeader("x-ms-request-id", requestId)
        .withHeader("x-ms-correlation-request-id",
                    correlation.isEmpty() ? requestId : correlation.left(64))
        .withHeader("Cache-Control", "no-cache")
        .withHeader("Pragma", "no-cache")
        .withHeader("Expires", "-1");
    const auto clientRequestId = request.header("x-ms-client-request-id");
    if (!clientRequestId.isEmpty())
        response.withHeader("x-ms-client-request-id", clientRequestId.left(64));
    if (request.method == "GET" || request.method == "HEAD")
        response.withHeader("x-ms-ratelimit-remaining-subscription-reads", "11999");
    else
        response.withHeader("x-ms-ratelimit-remaining-subscription-writes", "1199");
    return response;
}

std::optional<ApiResponse> ResourceManagerService::authenticate(const ApiRequest &request) const
{
    const auto authorization = request.header("authorization");
    auto check = m_issuer.validate(authorization, {m_endpoints.resourceManager()});
    if (check.failure == TokenFailure::None)
        return std::nullopt;
    if (!authorization.trimmed().toLower().startsWith("bearer "))
        check.failure = TokenFailure::Missing;
    QString code = QStringLiteral("InvalidAuthenticationToken");
    QString message = QStringLiteral("The access token is invalid.");
    QString description = QStringLiteral("The access token is invalid.");
    switch (check.failure) {
    case TokenFailure::Missing:
        code = QStringLiteral("AuthenticationFailed");
        if (authorization.trimmed().isEmpty()) {
            message =
                QStringLiteral("Authentication failed. The 'Authorization' header is missing.");
            description = QStringLiteral(
                "The authentication failed because of missing 'Authorization' header.");
        } else {
            message = QStringLiteral(
                "Authentication failed. The 'Authorization' header is provided in an invalid "
                "format.");
            description = QStringLiteral("The 'Authorization' header is not a Bearer token.");
        }
        break;
    case TokenFailure::Expired:
        code = QStringLiteral("ExpiredAuthenticationToken");
        message = QStringLiteral("The access token has expired (%1). Get a new token and retry.")
                      .arg(check.detail);
        description = QStringLiteral("The access token expiry time has passed.");
        break;
    case TokenFailure::WrongAudience:
        code = QStringLiteral("InvalidAuthenticationTokenAudience");
        message = QStringLiteral("The access token has been obtained for wrong audience or "
                                 "resource (%1). It should exactly match with one of the allowed "
                                 "audiences '%2','%3'.")
                      .arg(check.detail, m_endpoints.resourceManager(),
                           m_endpoints.resourceManager().chopped(1));
        description = QStringLiteral("The access token has an invalid audience.");
        break;
    case TokenFailure::WrongTenant:
        code = QStringLiteral("InvalidAuthenticationTokenTenant");
        message =
            QStringLiteral("The access token is from the wrong issuer (%1). It must match the "
                           "tenant '%2' associated with this subscription. Please use the "
                           "authority (URL) '%3/%4' to get the token.")
                .arg(check.detail, TokenIssuer::issuerFor(m_state.tenantId),
                     m_endpoints.authorityHost(), m_state.tenantId);
        description = QStringLiteral("The access token is from the wrong issuer.");
        break;
    default:
        break;
    }
    auto response = armError(401, code, message);
    response.withHeader("WWW-Authenticate",
                        QStringLiteral("Bearer authorization_uri=\"%1/\", error=\"invalid_token\", "
                                       "error_description=\"%2\"")
                            .arg(m_endpoints.authorityHost(), description)
                            .toLatin1());
    return response;
}

ApiResponse ResourceManagerService::route(const ApiRequest &request)
{
    const auto segments = request.segments();
    for (const auto &segment : segments) {
        const bool control = std::any_of(segment.cbegin(), segment.cend(), [](QChar c) {
            return c.unicode() < 0x20 || c == QChar(0x7f);
        });
        if (segment == QLatin1String(".") || segment == QLatin1String("..") || control ||
            segment.contains(QLatin1Char('\\')))
            return armError(
                400, QStringLiteral("InvalidRequestUri"),
                QStringLiteral("The request URI '%1' is invalid.").arg(request.path.left(256)));
    }
    if (auto failure = authenticate(request))
        return *failure;

    const auto apiVersion = request.queryValue(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return armError(400, QStringLiteral("MissingApiVersionParameter"),
                        QStringLiteral("The api-version query parameter (?api-version=) is "
                                       "required for all requests."));
    static const QRegularExpression versionPattern(
        QStringLiteral("^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(-preview|-beta)?$"));
    if (!versionPattern.match(apiVersion).hasMatch())
        return armError(400, QStringLiteral("InvalidApiVersionParameter"),
                        QStringLiteral("The api-version '%1' is invalid. The supported versions "
                                       "are dates such as '2023-07-01' or '2022-12-01'.")
                            .arg(apiVersion.left(64)));

    const auto &method = request.method;
    const qsizetype n = segments.size();
    for (qsizetype i = 0; i + 2 < n; ++i) {
        if (is(segments[i], QLatin1String("providers")) &&
            is(segments[i + 1], QLatin1String("Microsoft.Authorization"))) {
            const auto scope =
                i == 0 ? QString() : QLatin1Char('/') + segments.mid(0, i).join(QLatin1Char('/'));
            return m_authorization.handle(request, scope, segments.mid(i + 2));
        }
    }
    if (n == 0 || !is(segments[0], QLatin1String("subscriptions")))
        return notFound(request);
    if (n == 1)
        return method == "GET" ? listSubscriptions(request) : methodNotAllowed(request);

    const auto &subscriptionId = segments[1];
    if (!m_state.hasSubscription(subscriptionId))
        return subscriptionNotFound(subscriptionId);
    const auto subscription = canonicalSubscriptionId(m_state, subscriptionId);
    if (n == 2) {
        if (method != "GET")
            return methodNotAllowed(request);
        for (const auto &s : std::as_const(m_state.subscriptions)) {
            if (s.id == subscription)
                return ApiResponse::json(200, subscriptionJson(s, m_state.tenantId));
        }
    }

    if (n == 3 && is(segments[2], QLatin1String("resources")))
        return method == "GET" ? listVaults(request, subscription, {}, true)
                               : methodNotAllowed(request);
    if (n == 3 && is(segments[2], QLatin1String("resourcegroups")))
        return method == "GET" ? listResourceGroups(request, subscription)
                               : methodNotAllowed(request);
    if (n == 5 && is(segments[2], QLatin1String("providers")) &&
        is(segments[3], QLatin1String("Microsoft.KeyVault"))) {
        if (is(segments[4], QLatin1String("vaults")))
            return method == "GET" ? listVaults(request, subscription, {}, false)
                                   : methodNotAllowed(request);
        if (is(segments[4], QLatin1String("deletedVaults")))
            return method == "GET" ? ApiResponse::json(
                                         200, QJsonObject{{QStringLiteral("value"), QJsonArray()}})
                                   : methodNotAllowed(request);
        if (is(segments[4], QLatin1String("checkNameAvailability")))
            return method == "POST" ? checkNameAvailability(request) : methodNotAllowed(request);
        return notFound(request);
    }
    if (n < 4 || !is(segments[2], QLatin1String("resourcegroups")))
        return notFound(request);

    const auto &groupName = segments[3];
    if (n == 4) {
        if (method == "PUT")
            return putResourceGroup(request, subscription, groupName);
        if (method != "GET")
            return methodNotAllowed(request);
        const auto *group = m_state.resourceGroup(subscription, groupName);
        return group ? ApiResponse::json(200, resourceGroupJson(*group))
                     : resourceGroupNotFound(groupName);
    }
    const auto *group = m_state.resourceGroup(subscription, groupName);
    if (!group)
        return resourceGroupNotFound(groupName);
    const auto resourceGroup = group->name;
    if (n < 7 || !is(segments[4], QLatin1String("providers")) ||
        !is(segments[5], QLatin1String("Microsoft.KeyVault")) ||
        !is(segments[6], QLatin1String("vaults")))
        return notFound(request);
    if (n == 7)
        return method == "GET" ? listVaults(request, subscription, resourceGroup, false)
                               : methodNotAllowed(request);
    if (n == 10 && is(segments[8], QLatin1String("accessPolicies")))
        return method == "PUT" ? updateAccessPolicies(request, subscription, resourceGroup,
                                                      segments[7], segments[9])
                               : methodNotAllowed(request);
    if ((n == 9 || n == 10) &&
        is(segments[8], QLatin1String("networkSecurityPerimeterConfigurations")))
        return method == "GET" ? perimeterConfigurations(subscription, resourceGroup, segments[7],
                                                         segments.value(9))
                               : methodNotAllowed(request);
    if (n != 8)
        return notFound(request);
    const auto &vaultName = segments[7];
    if (method == "GET")
        return getVault(subscription, resourceGroup, vaultName);
    if (method == "PUT")
        return putVault(request, subscription, resourceGroup, vaultName);
    if (method == "PATCH")
        return patchVault(request, subscription, resourceGroup, vaultName);
    if (method == "DELETE")
        return deleteVault(subscription, resourceGroup, vaultName);
    return methodNotAllowed(request);
}

ApiResponse ResourceManagerService::listSubscriptions(const ApiRequest &request) const
{
    const auto parsed = pageRequest(request);
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &page = std::get<PageRequest>(parsed);
    const auto start = positionFrom(page);
    if (!start)
        return invalidSkipToken(request.queryValue(QStringLiteral("$skiptoken")));
    const auto &all = m_state.subscriptions;
    const auto [begin, end] = pageBounds(*start, page.size, all.size());
    QJsonArray value;
    for (auto i = begin; i < end; ++i)
        value.append(subscriptionJson(all.at(i), m_state.tenantId));
    QJsonObject out{
        {QStringLiteral("value"), value},
        {QStringLiteral("count"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Total")},
                                              {QStringLiteral("value"), all.size()}}}};
    if (end < all.size())
        out.insert(QStringLiteral("nextLink"), nextLink(request, page, QString::number(end)));
    return ApiResponse::json(200, out);
}

ApiResponse ResourceManagerService::listResourceGroups(const ApiRequest &request,
                                                       const QString &subscription) const
{
    const auto parsed = pageRequest(request);
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &page = std::get<PageRequest>(parsed);
    const auto start = positionFrom(page);
    if (!start)
        return invalidSkipToken(request.queryValue(QStringLiteral("$skiptoken")));
    const auto &groups = m_state.resourceGroups;
    const auto count = groups.countIn(subscription);
    const auto [begin, end] = pageBounds(*start, page.size, count);
    QJsonArray value;
    for (auto i = begin; i < end; ++i)
        value.append(resourceGroupJson(groups.in(subscription, i)));
    QJsonObject out{{QStringLiteral("value"), value}};
    if (end < count)
        out.insert(QStringLiteral("nextLink"), nextLink(request, page, QString::number(end)));
    return ApiResponse::json(200, out);
}

ApiResponse ResourceManagerService::putResourceGroup(const ApiRequest &request,
                                                     const QString &subscription,
                                                     const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[-\\w._()]{1,90}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.match(name).hasMatch() || name.endsWith(QLatin1Char('.')))
        return armError(400, QStringLiteral("InvalidResourceGroup"),
                        QStringLiteral("The provided resource group name '%1' has these invalid "
                                       "characters or length.")
                            .arg(name.left(128)));
    QJsonObject body;
    if (auto failure = readJsonBody(request, &body))
        return *failure;
    const auto location = body.value(QStringLiteral("location"));
    if (!location.isString() || location.toString().trimmed().isEmpty())
        return armError(400, QStringLiteral("LocationRequired"),
                        QStringLiteral("The location property is required for this definition."));
    if (const auto *existing = m_state.resourceGroup(subscription, name))
        return ApiResponse::json(200, resourceGroupJson(*existing));
    ResourceGroup group{subscription, name, normalizedLocation(location.toString())};
    m_state.resourceGroups.append(group);
    m_state.saveMeta();
    return ApiResponse::json(201, resourceGroupJson(group));
}

ApiResponse ResourceManagerService::listVaults(const ApiRequest &request,
                                               const QString &subscription,
                                               const QString &resourceGroup, bool generic) const
{
    bool onlyVaults = true;
    const auto filter = request.queryValue(QStringLiteral("$filter"));
    if (generic && !filter.isEmpty()) {
        static const QRegularExpression typeFilter(
            QStringLiteral("^\\s*resourceType\\s+eq\\s+'([^']*)'\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const auto match = typeFilter.match(filter);
        if (!match.hasMatch())
            return armError(400, QStringLiteral("InvalidFilterInQueryString"),
                            QStringLiteral("Invalid $filter '%1': only \"resourceType eq "
                                           "'<type>'\" is supported.")
                                .arg(filter.left(128)));
        onlyVaults = match.captured(1).compare(kVaultType, Qt::CaseInsensitive) == 0;
    }

    const auto parsed = pageRequest(request);
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &page = std::get<PageRequest>(parsed);

    QJsonArray value;
    QString lastKey;
    bool more = false;
    if (onlyVaults) {
        // Each list is ordered by lower-case name: the token is the last name served, so a
        // vault created or deleted between pages neither repeats nor hides another, and a page
        // seeks to its start.
        const auto list = resourceGroup.isEmpty()
                              ? vaultlists::ofSubscription(subscription)
                              : vaultlists::ofResourceGroup(subscription, resourceGroup);
        m_state.vaults.scan(list, page.after.isEmpty() ? QString() : list + page.after,
                            [&](const QString &key, const Vault &vault) {
                                if (value.size() == page.size) {
                                    more = true;
                                    return false;
                                }
                                value.append(generic ? VaultResource::toGenericResourceJson(vault)
                                                     : VaultResource::toJson(vault, m_endpoints));
                                lastKey = key;
                                return true;
                            });
    }
    QJsonObject out{{QStringLiteral("value"), value}};
    if (more)
        out.insert(QStringLiteral("nextLink"), nextLink(request, page, lastKey));
    return ApiResponse::json(200, out);
}

Vault *ResourceManagerService::findVault(const QString &subscription, const QString &resourceGroup,
                                         const QString &name)
{
    auto *vault = m_state.vault(name);
    if (!vault || vault->subscriptionId.compare(subscription, Qt::CaseInsensitive) != 0 ||
        vault->resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) != 0)
        return nullptr;
    return vault;
}

ApiResponse ResourceManagerService::getVault(const QString &subscription,
                                             const QString &resourceGroup, const QString &name)
{
    const auto *vault = findVault(subscription, resourceGroup, name);
    if (!vault)
        return vaultNotFound(resourceGroup, name);
    return ApiResponse::json(200, VaultResource::toJson(*vault, m_endpoints));
}

ApiResponse ResourceManagerService::putVault(const ApiRequest &request, const QString &subscription,
                                             const QString &resourceGroup, const QString &name)
{
    if (!VaultResource::isValidName(name))
        return armError(VaultResource::invalidName(name));
    QJsonObject body;
    if (auto failure = readJsonBody(request, &body))
        return *failure;

    auto *existing = m_state.vault(name);
    if (existing && (existing->subscriptionId.compare(subscription, Qt::CaseInsensitive) != 0 ||
                     existing->resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) != 0))
        return armError(409, QStringLiteral("VaultAlreadyExists"),
                        QStringLiteral("The vault name '%1' is already in use. Vault names are "
                                       "globally unique so it is possible that the name is "
                                       "already taken. If you are sure that the vault name was "
                                       "not taken then it is possible that a vault with the same "
                                       "name was recently deleted but not purged after being "
                                       "placed in a recoverable state.")
                            .arg(name));

    const auto location = body.value(QStringLiteral("location"));
    if (!location.isString() || location.toString().trimmed().isEmpty())
        return armError(400, QStringLiteral("LocationRequired"),
                        QStringLiteral("The location property is required for this definition."));
    const auto region = normalizedLocation(location.toString());
    if (existing && normalizedLocation(existing->location) != region)
        return armError(400, QStringLiteral("InvalidResourceLocation"),
                        QStringLiteral("The resource '%1' already exists in location '%2' in "
                                       "resource group '%3'. A resource with the same name cannot "
                                       "be created in location '%4'. Please select a new resource "
                                       "name.")
                            .arg(existing->name, existing->location, resourceGroup, region));
    QJsonObject tags;
    const auto tagsValue = body.value(QStringLiteral("tags"));
    if (!tagsValue.isUndefined() && !tagsValue.isNull()) {
        if (auto error = readTags(tagsValue, &tags))
            return armError(*error);
    }
    const auto propertiesValue = body.value(QStringLiteral("properties"));
    if (propertiesValue.isUndefined() || propertiesValue.isNull())
        return armError(400, QStringLiteral("BadRequest"),
                        QStringLiteral("The property 'properties' is required."));
    QJsonObject properties = existing ? existing->properties : QJsonObject();
    if (auto error = VaultResource::applyProperties(propertiesValue, true, properties))
        return armError(*error);

    const bool created = existing == nullptr;
    if (created) {
        Vault vault;
        vault.name = name;
        vault.subscriptionId = subscription;
        vault.resourceGroup = resourceGroup;
        vault.location = region;
        m_state.vaults.insert(name.toLower(), vault);
        existing = m_state.vault(name);
    }
    existing->properties = properties;
    existing->tags = tags;
    m_state.saveVault(*existing);
    const auto json = VaultResource::toJson(*existing, m_endpoints);
    vaultsChanged();
    return ApiResponse::json(created ? 201 : 200, json);
}

ApiResponse ResourceManagerService::patchVault(const ApiRequest &request,
                                               const QString &subscription,
                                               const QString &resourceGroup, const QString &name)
{
    auto *vault = findVault(subscription, resourceGroup, name);
    if (!vault)
        return vaultNotFound(resourceGroup, name);
    QJsonObject body;
    if (auto failure = readJsonBody(request, &body))
        return *failure;
    QJsonObject tags = vault->tags;
    const auto tagsValue = body.value(QStringLiteral("tags"));
    if (!tagsValue.isUndefined() && !tagsValue.isNull()) {
        if (auto error = readTags(tagsValue, &tags))
            return armError(*error);
    }
    QJsonObject properties = vault->properties;
    const auto propertiesValue = body.value(QStringLiteral("properties"));
    if (!propertiesValue.isUndefined() && !propertiesValue.isNull()) {
        if (auto error = VaultResource::applyProperties(propertiesValue, false, properties))
            return armError(*error);
    }
    vault->tags = tags;
    vault->properties = properties;
    m_state.saveVault(*vault);
    const auto json = VaultResource::toJson(*vault, m_endpoints);
    vaultsChanged();
    return ApiResponse::json(200, json);
}

ApiResponse ResourceManagerService::deleteVault(const QString &subscription,
                                                const QString &resourceGroup, const QString &name)
{
    const auto *vault = findVault(subscription, resourceGroup, name);
    if (!vault)
        return ApiResponse::empty(204);
    const QString removed = vault->name; // removeVault frees the vault and its name
    m_state.removeVault(removed);
    vaultsChanged();
    return ApiResponse::empty(200);
}

namespace {

bool samePrincipal(const QJsonObject &a, const QJsonObject &b)
{
    for (const auto *key : {"tenantId", "objectId", "applicationId"}) {
        if (a.value(QLatin1String(key))
                .toString()
                .compare(b.value(QLatin1String(key)).toString(), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

// Permissions per category (keys, secrets, certificates, storage) combined by kind.
QJsonObject combinePermissions(const QJsonObject &current, const QJsonObject &sent,
                               const QString &kind)
{
    if (kind == QLatin1String("replace"))
        return sent;
    QJsonObject result = current;
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        QStringList values;
        for (const auto &v : current.value(it.key()).toArray())
            values << v.toString();
        for (const auto &v : it.value().toArray()) {
            const auto permission = v.toString();
            if (kind == QLatin1String("add")) {
                if (!values.contains(permission, Qt::CaseInsensitive))
                    values << permission;
            } else {
                values.removeIf([&](const QString &existing) {
                    return existing.compare(permission, Qt::CaseInsensitive) == 0;
                });
            }
        }
        result.insert(it.key(), QJsonArray::fromStringList(values));
    }
    return result;
}

bool hasNoPermissions(const QJsonObject &permissions)
{
    return std::all_of(permissions.begin(), permissions.end(),
                       [](const QJsonValue &v) { return v.toArray().isEmpty(); });
}

} // namespace

ApiResponse ResourceManagerService::updateAccessPolicies(const ApiRequest &request,
                                                         const QString &subscription,
                                                         const QString &resourceGroup,
                                                         const QString &name,
                                                         const QString &kindSegment)
{
    auto *vault = findVault(subscription, resourceGroup, name);
    if (!vault)
        return vaultNotFound(resourceGroup, name);
    const auto kind = kindSegment.toLower();
    if (kind != QLatin1String("add") && kind != QLatin1String("replace") &&
        kind != QLatin1String("remove"))
        return armError(400, QStringLiteral("BadRequest"),
                        QStringLiteral("The operation kind '%1' is invalid: use add, replace or "
                                       "remove.")
                            .arg(kindSegment.left(32)));
    QJsonObject body;
    if (auto failure = readJsonBody(request, &body))
        return *failure;
    const auto sentPolicies =
        body.value(QStringLiteral("properties")).toObject().value(QStringLiteral("accessPolicies"));
    // Validate the entries as a PATCH of accessPolicies would.
    QJsonObject scratch = vault->properties;
    if (auto error = VaultResource::applyProperties(
            QJsonObject{{QStringLiteral("accessPolicies"), sentPolicies}}, false, scratch))
        return armError(*error);
    if (!sentPolicies.isArray())
        return armError(400, QStringLiteral("BadRequest"),
                        QStringLiteral("The property 'properties.accessPolicies' is required."));

    auto policies = vault->properties.value(QStringLiteral("accessPolicies")).toArray();
    for (const auto &sentValue : sentPolicies.toArray()) {
        const auto sent = sentValue.toObject();
        const auto sentPermissions = sent.value(QStringLiteral("permissions")).toObject();
        bool matched = false;
        for (qsizetype i = 0; i < policies.size(); ++i) {
            auto entry = policies.at(i).toObject();
            if (!samePrincipal(entry, sent))
                continue;
            matched = true;
            const auto permissions = combinePermissions(
                entry.value(QStringLiteral("permissions")).toObject(), sentPermissions, kind);
            if (kind == QLatin1String("remove") && hasNoPermissions(permissions)) {
                policies.removeAt(i);
            } else {
                entry.insert(QStringLiteral("permissions"), permissions);
                policies.replace(i, entry);
            }
            break;
        }
        if (!matched && kind != QLatin1String("remove"))
            policies.append(sent);
    }
    if (policies.size() > VaultResource::kMaxAccessPolicies)
        return armError(400, QStringLiteral("BadRequest"),
                        QStringLiteral("A vault holds at most %1 access policies.")
                            .arg(VaultResource::kMaxAccessPolicies));
    vault->properties.insert(QStringLiteral("accessPolicies"), policies);
    m_state.saveVault(*vault);
    vaultsChanged();
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("id"),
                          QString(vault->resourceId() + QStringLiteral("/accessPolicies/") + kind)},
                         {QStringLiteral("type"),
                          QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies")},
                         {QStringLiteral("location"), vault->location},
                         {QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("accessPolicies"), policies}}}});
}

ApiResponse ResourceManagerService::checkNameAvailability(const ApiRequest &request)
{
    QJsonObject body;
    if (auto failure = readJsonBody(request, &body))
        return *failure;
    const auto name = body.value(QStringLiteral("name"));
    const auto type = body.value(QStringLiteral("type"));
    if (!name.isString() || type.toString().compare(kVaultType, Qt::CaseInsensitive) != 0)
        return armError(400, QStringLiteral("BadRequest"),
                        QStringLiteral("The body must name a 'name' and the 'type' "
                                       "'Microsoft.KeyVault/vaults'."));
    const auto vaultName = name.toString();
    if (!VaultResource::isValidName(vaultName))
        return ApiResponse::json(
            200, QJsonObject{
                     {QStringLiteral("nameAvailable"), false},
                     {QStringLiteral("reason"), QStringLiteral("AccountNameInvalid")},
                     {QStringLiteral("message"), VaultResource::invalidName(vaultName).message}});
    if (m_state.vault(vaultName))
        return ApiResponse::json(
            200,
            QJsonObject{{QStringLiteral("nameAvailable"), false},
                        {QStringLiteral("reason"), QStringLiteral("AlreadyExists")},
                        {QStringLiteral("message"),
                         QStringLiteral("The vault name '%1' is already in use.").arg(vaultName)}});
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("nameAvailable"), true}});
}

ApiResponse ResourceManagerService::perimeterConfigurations(const QString &subscription,
                                                            const QString &resourceGroup,
                                                            const QString &name,
                                                            const QString &configuration)
{
    const auto *vault = findVault(subscription, resourceGroup, name);
    if (!vault)
        return vaultNotFound(resourceGroup, name);
    QJsonArray list;
    if (!vault->perimeter.isEmpty()) {
        auto item = vault->perimeter;
        item.insert(QStringLiteral("id"),
                    QString(vault->resourceId() +
                            QStringLiteral("/networkSecurityPerimeterConfigurations/") +
                            item.value(QStringLiteral("name")).toString()));
        item.insert(
            QStringLiteral("type"),
            QStringLiteral("Microsoft.KeyVault/vaults/networkSecurityPerimeterConfigurations"));
        list.append(item);
    }
    if (configuration.isEmpty())
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), list}});
    for (const auto &item : std::as_const(list)) {
        if (item.toObject()
                .value(QStringLiteral("name"))
                .toString()
                .compare(configuration, Qt::CaseInsensitive) == 0)
            return ApiResponse::json(200, item.toObject());
    }
    return armError(404, QStringLiteral("ResourceNotFound"),
                    QStringLiteral("The network security perimeter configuration '%1' was not "
                                   "found.")
                        .arg(configuration.left(128)));
}

void ResourceManagerService::vaultsChanged()
{
    if (m_vaultsChanged)
        m_vaultsChanged();
}

} // namespace kluis::emulator
