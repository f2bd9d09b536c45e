#include "auth/UserCredential.h"

#include "auth/AuthChallenge.h"
#include "auth/ClientSecretCredential.h"
#include "common/KeychainStore.h"
#include "net/HttpPipeline.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>

namespace kluis::core {

Q_LOGGING_CATEGORY(lcUserAuth, "kluis.auth.user", QtWarningMsg)

namespace {
QJsonObject base64UrlJson(const QByteArray &encoded)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(encoded, QByteArray::Base64UrlEncoding |
                                                   QByteArray::OmitTrailingEquals))
        .object();
}

} // namespace

Result<UserTokens> parseUserTokenResponse(int httpStatus, const QByteArray &body)
{
    auto access = parseTokenResponse(httpStatus, body);
    if (!access)
        return access.error();
    const auto object = QJsonDocument::fromJson(body).object();
    UserTokens tokens;
    tokens.accessToken = std::move(access).value();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString().toLatin1();
    const auto clientInfo =
        base64UrlJson(object.value(QStringLiteral("client_info")).toString().toLatin1());
    tokens.account.objectId = clientInfo.value(QStringLiteral("uid")).toString();
    tokens.account.homeTenantId = clientInfo.value(QStringLiteral("utid")).toString();
    // The id_token comes straight from the token endpoint over TLS, so its claims are read
    // without checking the signature (OpenID Connect Core 3.1.3.7).
    const auto idToken = object.value(QStringLiteral("id_token")).toString().toLatin1();
    if (const auto parts = idToken.split('.'); parts.size() == 3) {
        const auto claims = base64UrlJson(parts.at(1));
        tokens.account.username = claims.value(QStringLiteral("preferred_username")).toString();
        if (tokens.account.objectId.isEmpty())
            tokens.account.objectId = claims.value(QStringLiteral("oid")).toString();
        if (tokens.account.homeTenantId.isEmpty())
            tokens.account.homeTenantId = claims.value(QStringLiteral("tid")).toString();
    }
    return tokens;
}

UserCredential::UserCredential(const CloudProfile &cloud, QString tenantId, QString clientId,
                               QObject *parent)
    : QObject(parent)
    , m_authorityHost(cloud.authorityHost)
    , m_tenantId(std::move(tenantId))
    , m_clientId(std::move(clientId))
    , m_transport(std::make_unique<HttpPipeline>(cloud))
{}

UserCredential::~UserCredential() = default;

QString UserCredential::description() const
{
    if (m_account.username.isEmpty())
        return QCoreApplication::translate("UserCredential", "a user in tenant %1").arg(m_tenantId);
    return QCoreApplication::translate("UserCredential", "%1 in tenant %2")
        .arg(m_account.username, m_tenantId);
}

void UserCredential::setKeychainStore(std::shared_ptr<KeychainStore> store)
{
    m_store = std::move(store);
}

QString UserCredential::storeKey() const
{
    const auto account = m_account.username.isEmpty() ? m_account.objectId : m_account.username;
    return KeychainStore::keyFor(account, m_tenantId, m_clientId);
}

void UserCredential::cancel()
{
    m_cancelled = true;
    m_transport->cancelAll();
    Q_EMIT cancelRequested();
}

QUrl UserCredential::endpointUrl(const QString &tenantId, const QString &endpoint) const
{
    QUrl url = m_authorityHost;
    url.setPath(QStringLiteral("/%1/oauth2/v2.0/%2").arg(tenantId, endpoint));
    return url;
}

QStringList UserCredential::withUserScopes(QStringList scopes)
{
    for (const auto *extra : {"openid", "profile", "offline_access"}) {
        if (!scopes.contains(QLatin1String(extra)))
            scopes << QLatin1String(extra);
    }
    return scopes;
}

QCoro::Task<Result<std::pair<int, QByteArray>>>
UserCredential::post(QString tenantId, QString endpoint, QList<QPair<QString, QString>> fields)
{
    HttpRequest http;
    http.method = "POST";
    http.url = endpointUrl(tenantId, endpoint);
    http.contentType = "application/x-www-form-urlencoded";
    http.body = formEncode(fields);
    // A lost answer to a redemption must not be replayed: the code or refresh token is spent.
    http.idempotent = false;
    http.errorsAsResponses = true;
    http.owner = this;
    auto response = co_await m_transport->send(std::move(http));
    if (!response)
        co_return response.error();
    co_return std::pair{response->status, response->body};
}

QCoro::Task<Result<UserTokens>> UserCredential::redeemRefreshToken(QStringList scopes,
                                                                   QString tenantId)
{
    qCInfo(lcUserAuth).noquote() << "refresh token redemption for" << scopes.join(QLatin1Char(' '))
                                 << "tenant" << tenantId;
    const QList<QPair<QString, QString>> responseFields{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("client_id"), m_clientId},
        {QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)},
        {QStringLiteral("scope"), withUserScopes(scopes).join(QLatin1Char(' '))}};
    auto response = co_await post(tenantId, QStringLiteral("token"), responseFields);
    if (!response)
        co_return response.error();
    co_return parseUserTokenResponse(response->first, response->second);
}

QCoro::Task<> UserCredential::keep(UserTokens tokens, QString cacheKey)
{
    m_tokens.insert(cacheKey, tokens.accessToken);
    if (!tokens.account.isEmpty())
        m_account = tokens.account;
    if (tokens.refreshToken.isEmpty())
        co_return;
    m_refreshToken = tokens.refreshToken;
    if (!m_store)
        co_return;
    const auto stored = co_await m_store->write(storeKey(), m_refreshToken);
    if (!stored) {
        qCWarning(lcUserAuth).noquote() << "refresh token not stored:" << stored.error().message;
        Q_EMIT refreshTokenStoreFailed(stored.error().message);
    }
}

QCoro::Task<Result<AccessToken>> UserCredential::getToken(TokenRequest request)
{
    const auto tenant = request.tenantId.isEmpty() ? m_tenantId : request.tenantId;
    if (!isPlausibleTenant(tenant))
        co_return invalidTenant(tenant);
    const auto cacheKey =
        QString(request.scopes.join(QLatin1Char(' ')) + QLatin1Char('|') + tenant);
    QPointer<UserCredential> self(this);
    while (m_busy) {
        co_await qCoro(this, &UserCredential::idle);
        if (!self)
            co_return AzureError::cancelled();
    }
    if (const auto cached = m_tokens.value(cacheKey); !cached.needsRefresh())
        co_return cached;
    m_busy = true;
    m_cancelled = false;
    const auto done = qScopeGuard([this] {
        m_busy = false;
        Q_EMIT idle();
    });

    if (m_refreshToken.isEmpty() && m_store && !m_account.isEmpty()) {
        auto stored = co_await m_store->read(storeKey());
        if (!stored)
            co_return stored.error();
        m_refreshToken = std::move(stored).value();
    }
    if (!m_refreshToken.isEmpty()) {
        auto tokens = co_await redeemRefreshToken(request.scopes, tenant);
        if (tokens) {
            co_await keep(std::move(tokens).value(), cacheKey);
            co_return m_tokens.value(cacheKey);
        }
        // Only a refused grant sends the user back to sign in; a network failure does not.
        if (tokens.error().code != QLatin1String("invalid_grant"))
            co_return tokens.error();
        m_refreshToken.clear();
    }
    if (!m_interactionAllowed)
        co_return AzureError::auth(
            QCoreApplication::translate("UserCredential", "Sign in again to continue as %1.")
                .arg(description()),
            QStringLiteral("interaction_required"));
    auto tokens = co_await signInInteractively(request.scopes, tenant);
    if (!tokens)
        co_return tokens.error();
    co_await keep(std::move(tokens).value(), cacheKey);
    co_return m_tokens.value(cacheKey);
}

QCoro::Task<Status> UserCredential::signIn(QStringList scopes)
{
    if (!isPlausibleTenant(m_tenantId))
        co_return invalidTenant(m_tenantId);
    QPointer<UserCredential> self(this);
    while (m_busy) {
        co_await qCoro(this, &UserCredential::idle);
        if (!self)
            co_return AzureError::cancelled();
    }
    m_busy = true;
    m_cancelled = false;
    const auto done = qScopeGuard([this] {
        m_busy = false;
        Q_EMIT idle();
    });
    auto tokens = co_await signInInteractively(scopes, m_tenantId);
    if (!tokens)
        co_return tokens.error();
    m_tokens.clear();
    co_await keep(std::move(tokens).value(),
                  QString(scopes.join(QLatin1Char(' ')) + QLatin1Char('|') + m_tenantId));
    co_return Done{};
}

QCoro::Task<Status> UserCredential::signOut()
{
    m_tokens.clear();
    m_refreshToken.clear();
    if (m_store && !m_account.isEmpty()) {
        auto removed = co_await m_store->remove(storeKey());
        if (!removed)
            co_return removed.error();
    }
    m_account = {};
    co_return Done{};
}

} // namespace kluis::core
