#include "net/HttpPipeline.h"

#include "net/LocalHostResolver.h"
#include "net/SendOnceBody.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace kluis::core {

// Off below warnings by default; QT_LOGGING_RULES="kluis.net.info=true" shows every request.
Q_LOGGING_CATEGORY(lcNet, "kluis.net", QtWarningMsg)

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {
QString hostKey(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(443));
}

// Failures where the request provably never reached the server: safe to replay any request.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

// Failures that a retry cannot fix: trust, proxy authentication, protocol misuse.
bool retriableTransport(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::OperationCanceledError:
        return false;
    default:
        return true;
    }
}
} // namespace

namespace {
QMutex defaultNetworkMutex;
NetworkSettings &defaultNetwork()
{
    static NetworkSettings settings;
    return settings;
}

QString proxyName(const QNetworkProxy &proxy)
{
    return proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}

// Qt reports a proxy's answers to CONNECT in socket terms; the diagnostics need to tell a
// proxy that refuses (403), one that wants credentials (407) and one that cannot be reached
// apart. Returns the error and its code, or nothing when the failure is not the proxy's.
std::optional<std::pair<QNetworkReply::NetworkError, QString>>
classifyProxyFailure(QNetworkReply::NetworkError error, const QString &text)
{
    // Qt words a 403/405 answer to CONNECT "Proxy denied connection" but gives it no proxy
    // error code of its own.
    if (text.contains(QLatin1String("proxy denied"), Qt::CaseInsensitive))
        return std::pair(QNetworkReply::ProxyConnectionRefusedError, QStringLiteral("ProxyDenied"));
    switch (error) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return std::pair(error, QStringLiteral("ProxyAuthenticationRequired"));
    case QNetworkReply::UnknownNetworkError: // Qt 6.4: nothing listens on the proxy's port
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return std::pair(QNetworkReply::ProxyNotFoundError, QStringLiteral("ProxyUnreachable"));
    case QNetworkReply::ProxyConnectionClosedError:
        return std::pair(error, QStringLiteral("ProxyClosed"));
    case QNetworkReply::UnknownProxyError:
        return std::pair(error, QStringLiteral("ProxyFailed"));
    default:
        return std::nullopt;
    }
}
} // namespace

void HttpPipeline::setDefaultNetworkSettings(const NetworkSettings &settings)
{
    const QMutexLocker lock(&defaultNetworkMutex);
    defaultNetwork() = settings;
}

namespace {
struct DefaultRetry
{
    RetryPolicy policy;
    std::chrono::milliseconds timeout{60000};
};
DefaultRetry &defaultRetry()
{
    static DefaultRetry value;
    return value;
}
} // namespace

void HttpPipeline::setDefaultRetryPolicy(const RetryPolicy &policy,
                                         std::chrono::milliseconds timeout)
{
    const QMutexLocker lock(&defaultNetworkMutex);
    defaultRetry() = {policy, timeout};
}

NetworkSettings HttpPipeline::defaultNetworkSettings()
{
    const QMutexLocker lock(&defaultNetworkMutex);
    return defaultNetwork();
}

void HttpPipeline::setNetworkSettings(const NetworkSettings &settings)
{
    const bool proxyChanged = !(settings.proxy == m_network.proxy);
    m_network = settings;
    m_proxyFactory->setSettings(settings.proxy);
    m_extraCa.clear();
    if (!settings.extraCaFile.isEmpty()) {
        m_extraCa = QSslCertificate::fromPath(settings.extraCaFile, QSsl::Pem);
        if (m_extraCa.isEmpty())
            qCWarning(lcNet) << "no certificate in the extra CA file" << settings.extraCaFile;
    }
    if (proxyChanged) {
        m_proxyAuthAnswered.clear();
        // Open connections keep their old proxy otherwise.
        m_nam->clearConnectionCache();
        m_nam->clearAccessCache();
    }
}

QNetworkProxy HttpPipeline::proxyFor(const QUrl &url) const
{
    const auto proxies = m_proxyFactory->queryProxy(QNetworkProxyQuery(url));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.constFirst();
}

void HttpPipeline::answerProxyAuthentication(const QNetworkProxy &proxy,
                                             QAuthenticator *authenticator)
{
    const auto credentials = m_proxyFactory->credentialsFor(proxy.hostName(), proxy.port());
    // A QString, not auto: QStringBuilder would keep references to the temporaries.
    const QString key =
        (credentials ? credentials->first : QString()) + QLatin1Char('@') + proxyName(proxy);
    // Qt caches the answer for the proxy's other connections and asks again only when the
    // proxy refused it: that second question gets no answer, so the request fails with
    // ProxyAuthenticationRequiredError instead of looping. A success forgets the refusal.
    if (!credentials || m_proxyAuthAnswered.contains(key)) {
        qCInfo(lcNet).noquote() << "proxy" << proxyName(proxy) << "wants credentials;"
                                << (credentials ? "they were refused" : "none are set");
        return;
    }
    m_proxyAuthAnswered.insert(key);
    qCInfo(lcNet).noquote() << "proxy" << proxyName(proxy) << "authentication"
                            << authenticator->realm() << "as" << credentials->first;
    authenticator->setUser(credentials->first);
    authenticator->setPassword(credentials->second);
}

QString loggableUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString();
}

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "PATCH" ||
           method == "DELETE" || method == "OPTIONS";
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpPipeline::HttpPipeline(CloudProfile cloud, QObject *parent)
    : QObject(parent)
    , m_cloud(std::move(cloud))
    , m_nam(new QNetworkAccessManager(this))
    , m_tunnel(new LocalHostTunnel(m_cloud.hosts, this))
{
    m_proxyFactory = new LocalHostProxyFactory(m_tunnel);
    m_nam->setProxyFactory(m_proxyFactory); // the manager owns it
    connect(m_nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &HttpPipeline::answerProxyAuthentication);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (!m_cloud.caFile.isEmpty()) {
        m_cloudCa = QSslCertificate::fromPath(m_cloud.caFile, QSsl::Pem);
        if (m_cloudCa.isEmpty())
            qCWarning(lcNet) << "no certificate in the cloud's caFile" << m_cloud.caFile;
    }
    setNetworkSettings(defaultNetworkSettings());
    const QMutexLocker lock(&defaultNetworkMutex);
    m_retry = defaultRetry().policy;
    m_timeout = defaultRetry().timeout;
}

HttpPipeline::~HttpPipeline()
{
    // Coroutines waiting on a reply resume inside abort(); they see this flag and stop
    // touching the pipeline.
    *m_alive = false;
    cancelAll();
}

void HttpPipeline::setCredential(std::shared_ptr<TokenCredential> credential)
{
    m_credential = std::move(credential);
    m_tokens.clear();
}

void HttpPipeline::cancelAll()
{
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (auto *reply : replies) {
        if (reply->isRunning())
            reply->abort();
    }
}

void HttpPipeline::clearTokens()
{
    m_tokens.clear();
    m_challenges.clear();
}

bool HttpPipeline::isRetriableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 ||
           status == 504;
}

milliseconds HttpPipeline::backoff(int retry, const RetryPolicy &policy)
{
    const auto exponential = policy.baseDelay * (1LL << std::clamp(retry, 0, 20));
    const auto capped = std::min<milliseconds>(exponential, policy.maxDelay);
    // ±20 % jitter so that many clients throttled together do not come back together.
    const auto jitter = QRandomGenerator::global()->bounded(0.4) + 0.8;
    return milliseconds(static_cast<qint64>(static_cast<double>(capped.count()) * jitter));
}

std::optional<milliseconds> HttpPipeline::retryAfter(const HttpResponse &response)
{
    // Longer than any retry budget; a bigger value is cut to it, not overflowed.
    constexpr qint64 longestMs = 24 * 3600 * 1000;
    for (const auto *name : {"retry-after-ms", "x-ms-retry-after-ms"}) {
        bool ok = false;
        const auto ms = response.header(name).trimmed().toLongLong(&ok);
        if (ok && ms >= 0)
            return milliseconds(std::min(ms, longestMs));
    }
    const auto value = response.header("retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const auto seconds = value.toLongLong(&ok);
    if (ok)
        return seconds >= 0
                   ? std::optional(milliseconds(std::min(seconds, longestMs / 1000) * 1000))
                   : std::nullopt;
    const auto when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

QNetworkRequest HttpPipeline::networkRequest(const HttpRequest &request,
                                             const QByteArray &clientRequestId,
                                             const QByteArray &token) const
{
    QNetworkRequest result(request.url);
    result.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                        QNetworkRequest::ManualRedirectPolicy);
    result.setHeader(QNetworkRequest::UserAgentHeader,
                     QByteArray("kluis/" KLUIS_VERSION " (Qt " QT_VERSION_STR ")"));
    result.setRawHeader("Accept", "application/json");
    result.setRawHeader("x-ms-client-request-id", clientRequestId);
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT" ||
        request.method == "PATCH")
        result.setRawHeader("Content-Type", request.contentType.isEmpty()
                                                ? QByteArray("application/json")
                                                : request.contentType);
    for (const auto &[name, value] : request.headers)
        result.setRawHeader(name, value);
    if (!token.isEmpty())
        result.setRawHeader("Authorization", QByteArray("Bearer ") + token);
    // The cloud's own CA vouches for the cloud's hosts only, beside the system roots; the
    // extra CA file (a TLS-inspecting proxy's) for every host.
    const bool cloudCa = !m_cloudCa.isEmpty() && m_cloud.ownsHost(request.url.host());
    if (cloudCa || !m_extraCa.isEmpty()) {
        auto ssl = QSslConfiguration::defaultConfiguration();
        if (cloudCa)
            ssl.addCaCertificates(m_cloudCa);
        ssl.addCaCertificates(m_extraCa);
        result.setSslConfiguration(ssl);
    }
    return result;
}

QCoro::Task<Result<QByteArray>> HttpPipeline::bearerToken(QString scope, QString tenantId,
                                                          bool refresh)
{
    const auto alive = m_alive;
    if (!m_credential)
        co_return AzureError::auth(tr("No account is signed in for this request."));
    const QString key = scope + QLatin1Char('|') + tenantId;
    if (!refresh) {
        if (const auto it = m_tokens.constFind(key); it != m_tokens.cend() && !it->needsRefresh())
            co_return it->token;
    }
    const auto credential = m_credential; // kept alive across the suspension
    // Built outside the co_await: GCC 12 miscompiles initializer lists inside one.
    TokenRequest tokenRequest;
    tokenRequest.scopes.append(scope);
    tokenRequest.tenantId = tenantId;
    auto token = co_await credential->getToken(std::move(tokenRequest));
    if (!*alive)
        co_return AzureError::cancelled();
    if (!token)
        co_return token.error();
    m_tokens.insert(key, token.value());
    co_return token.value().token;
}

QCoro::Task<Result<HttpResponse>> HttpPipeline::send(HttpRequest request)
{
    const auto alive = m_alive;
    const bool hasOwner = !request.owner.isNull();
    const auto cancelled = [&] { return !*alive || (hasOwner && request.owner.isNull()); };
    const auto scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        co_return AzureError::usage(tr("Not a usable URL: %1").arg(loggableUrl(request.url)));
    if (request.auth != HttpRequest::Auth::None && scheme != QLatin1String("https")) {
        auto error = AzureError::auth(
            tr("Refusing to send a token over unencrypted HTTP to %1.").arg(request.url.host()));
        error.url = request.url.adjusted(QUrl::RemoveQuery);
        co_return error;
    }

    const auto clientRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const auto origin = hostKey(request.url);
    int retries = 0;
    milliseconds waited{0};
    bool challengeAnswered = false;
    bool tokenRenewed = false;

    for (;;) {
        QByteArray token;
        std::optional<AuthChallenge> challenge;
        if (request.auth == HttpRequest::Auth::Challenge) {
            if (const auto it = m_challenges.constFind(origin); it != m_challenges.cend())
                challenge = *it;
        }
        if (request.auth == HttpRequest::Auth::Scope || challenge) {
            const auto scope = challenge ? challenge->scope : request.scope;
            const auto tenant = challenge ? challenge->tenantId : request.tenantId;
            auto bearer = co_await bearerToken(scope, tenant, tokenRenewed);
            if (cancelled())
                co_return AzureError::cancelled();
            if (!bearer)
                co_return bearer.error();
            token = bearer.value();
        }

        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = nullptr;
        if (request.isIdempotent()) {
            reply = m_nam->sendCustomRequest(networkRequest(request, clientRequestId, token),
                                             request.method, request.body);
        } else {
            // Qt must not send a write again on its own (see SendOnceBody).
            auto *body = new SendOnceBody(request.body);
            reply = m_nam->sendCustomRequest(networkRequest(request, clientRequestId, token),
                                             request.method, body);
            body->setParent(reply);
        }
        auto timedOut = std::make_shared<bool>(false);
        QTimer::singleShot(m_timeout, reply, [reply, timedOut] {
            *timedOut = true;
            reply->abort();
        });
        // Timed only while Qt opens a new connection (TCP, the proxy's tunnel, TLS); a reused
        // one has nothing to wait for.
        auto connectTimedOut = std::make_shared<bool>(false);
        auto *connecting = new QTimer(reply);
        connecting->setSingleShot(true);
        connecting->setInterval(std::min(m_connectTimeout, m_timeout));
        connect(reply, &QNetworkReply::socketStartedConnecting, connecting,
                qOverload<>(&QTimer::start));
        connect(connecting, &QTimer::timeout, reply, [this, reply, timedOut, connectTimedOut] {
            *timedOut = true;
            *connectTimedOut = true;
            reply->abort();
            // Else the retry would queue on the connection that is still stuck.
            m_nam->clearConnectionCache();
        });
        for (const auto signal : {&QNetworkReply::encrypted, &QNetworkReply::requestSent,
                                  &QNetworkReply::metaDataChanged})
            connect(reply, signal, connecting, &QTimer::stop);
        // Qt reports progress 0 before it connects: only bytes that moved count.
        const auto moved = [connecting](qint64 bytes, qint64) {
            if (bytes > 0)
                connecting->stop();
        };
        connect(reply, &QNetworkReply::uploadProgress, connecting, moved);

        connect(reply, &QNetworkReply::downloadProgress, connecting, moved);
        // Kept so a trust failure can name the certificate's issuer.
        auto sslNote = std::make_shared<QString>();
        connect(reply, &QNetworkReply::sslErrors, reply, [sslNote](const QList<QSslError> &errors) {
            for (const auto &error : errors) {
                const auto issuer = error.certificate().issuerDisplayName();
                if (!issuer.isEmpty()) {
                    *sslNote = tr("certificate of %1 issued by \"%2\": %3")
                                   .arg(error.certificate().subjectDisplayName(), issuer,
                                        error.errorString());
                    return;
                }
            }
        });
        if (hasOwner && request.owner)
            connect(request.owner.data(), &QObject::destroyed, reply, &QNetworkReply::abort);
        else if (hasOwner)
            reply->abort();

        co_await reply;
        if (!*alive)
            co_return AzureError::cancelled(); // the manager deletes the reply
        const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owned(
            reply, [](QNetworkReply *r) { r->deleteLater(); });

        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->isOpen() ? reply->readAll() : QByteArray();
        const auto networkError = reply->error();
        const auto requestId = response.requestId();
        qCInfo(lcNet).noquote() << request.method << loggableUrl(request.url)
                                << (response.status ? QString::number(response.status)
                                                    : QStringLiteral("failed"))
                                << clock.elapsed() << "ms"
                                << "request-id" << requestId << "client-request-id"
                                << clientRequestId;
        if (m_observer) {
            RequestRecord record;
            record.time = QDateTime::currentDateTimeUtc();
            record.method = request.method;
            record.host = request.url.host();
            record.port = request.url.port(scheme == QLatin1String("http") ? 80 : 443);
            record.path = request.url.path();
            record.status = response.status;
            record.requestId = QString::fromLatin1(requestId);
            record.errorCode =
                response.status >= 400 ? innermostErrorCode(response.body)
                : response.status == 0
                    ? QString::fromLatin1(
                          QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(
                              networkError))
                    : QString();
            record.durationMs = clock.elapsed();
            m_observer(record);
        }

        if (response.status > 0)
            m_proxyAuthAnswered.clear();
        if (cancelled() || (networkError == QNetworkReply::OperationCanceledError && !*timedOut))
            co_return AzureError::cancelled();

        // A connection lost mid-body leaves the status of the headers that did arrive: the
        // answer is still incomplete, so it counts as a transport failure.
        const bool transportFailure = response.status == 0 ||
                                      (networkError > QNetworkReply::NoError &&
                                       networkError < QNetworkReply::ContentAccessDenied) ||
                                      networkError == QNetworkReply::ProtocolFailure;
        if (transportFailure) {
            const auto waitedFor =
                *connectTimedOut ? std::min(m_connectTimeout, m_timeout) : m_timeout;
            const QString timeoutText = *connectTimedOut ? tr("No connection to %1 within %2 s.")
                                                         : tr("No answer from %1 within %2 s.");
            auto error =
                *timedOut
                    ? AzureError::transport(
                          QNetworkReply::TimeoutError,
                          timeoutText.arg(request.url.host()).arg(waitedFor.count() / 1000))
                    : AzureError::transport(
                          networkError, sslNote->isEmpty()
                                            ? reply->errorString()
                                            : QString(reply->errorString() + QStringLiteral(" (") +
                                                      *sslNote + QLatin1Char(')')));
            error.url = request.url.adjusted(QUrl::RemoveQuery);
            if (networkError == QNetworkReply::ContentReSendError) // a write, see SendOnceBody
                error.transportMessage =
                    tr("The connection to %1 was lost before the answer came. The change may "
                       "have been made: look before you try again.")
                        .arg(request.url.host());
            const auto proxy = proxyFor(request.url);
            const bool viaProxy = proxy.type() != QNetworkProxy::NoProxy &&
                                  proxy.type() != QNetworkProxy::DefaultProxy &&
                                  !(proxy.hostName() == QLatin1String("127.0.0.1") &&
                                    proxy.port() == m_tunnel->port());
            bool proxyRefused = false;
            if (viaProxy && !*timedOut) {
                if (const auto failure = classifyProxyFailure(networkError, reply->errorString())) {
                    error.transportError = failure->first;
                    error.code = failure->second;
                    proxyRefused = failure->second == QLatin1String("ProxyDenied") ||
                                   failure->second == QLatin1String("ProxyAuthenticationRequired");
                }
                error.transportMessage =
                    tr("%1 (through the proxy %2)").arg(error.transportMessage, proxyName(proxy));
            }
            const bool replayable = !proxyRefused && (request.isIdempotent() ||
                                                      neverSent(networkError) || *connectTimedOut);
            const int maxRetries =
                *connectTimedOut ? std::min(m_retry.maxRetries, 1) : m_retry.maxRetries;
            if (replayable && (*timedOut || retriableTransport(networkError)) &&
                retries < maxRetries) {
                const auto delay = backoff(retries, m_retry);
                if (waited + delay <= m_retry.maxTotalDelay) {
                    ++retries;
                    waited += delay;
                    qCInfo(lcNet) << "transport failure, retry" << retries << "in" << delay.count()
                                  << "ms";
                    co_await QCoro::sleepFor(delay);
                    if (cancelled())
                        co_return AzureError::cancelled();
                    continue;
                }
            }
            co_return error;
        }

        if (response.status == 401 && request.auth == HttpRequest::Auth::Challenge &&
            !challengeAnswered) {
            challengeAnswered = true;
            const auto parsed = AuthChallenge::parse(response.header("www-authenticate"));
            if (!parsed) {
                auto error = AzureError::http(401, response.body, requestId);
                error.url = request.url.adjusted(QUrl::RemoveQuery);
                co_return error;
            }
            if (!parsed->isValidFor(request.url)) {
                auto error = AzureError::auth(
                    tr("%1 asked for a token for %2, which is not a parent domain of the "
                       "vault. No token was sent.")
                        .arg(request.url.host(), parsed->resourceUrl().toString()),
                    QStringLiteral("ChallengeResourceMismatch"));
                error.url = request.url.adjusted(QUrl::RemoveQuery);
                error.requestId = QString::fromLatin1(requestId);
                co_return error;
            }
            m_challenges.insert(origin, *parsed);
            tokenRenewed = !token.isEmpty(); // a cached token was refused: get a new one
            continue;
        }
        if (response.status == 401 && request.auth == HttpRequest::Auth::Scope && !tokenRenewed &&
            !token.isEmpty()) {
            tokenRenewed = true;
            continue;
        }

        // A throttled request was not processed, so even a write may be sent again.
        if (isRetriableStatus(response.status) &&
            (request.isIdempotent() || response.status == 429) && retries < m_retry.maxRetries) {
            const auto after = retryAfter(response);
            const auto delay = after ? *after : backoff(retries, m_retry);
            if (waited + delay <= m_retry.maxTotalDelay) {
                ++retries;
                waited += delay;
                qCInfo(lcNet) << "status" << response.status << "retry" << retries << "in"
                              << delay.count() << "ms";
                co_await QCoro::sleepFor(delay);
                if (cancelled())
                    co_return AzureError::cancelled();
                continue;
            }
        }

        if (response.status >= 300 && !request.errorsAsResponses) {
            auto error = AzureError::http(response.status, response.body, requestId);
            if (response.status < 400)
                error.message =
                    tr("The service redirected the request to %1; redirects are "
                       "not followed.")
                        .arg(loggableUrl(QUrl::fromEncoded(response.header("location"))));
            error.url = request.url.adjusted(QUrl::RemoveQuery);
            error.networkInfoAddress =
                parseNetworkInfoAddress(response.header("x-ms-keyvault-network-info"));
            co_return error;
        }
        co_return response;
    }
}

QCoro::Task<Result<Page>> HttpPipeline::getPage(HttpRequest request, QUrl origin)
{
    const auto url = request.url;
    const auto alive = m_alive;
    // A page that does not parse (a proxy or a broken connection cut it short) is asked for
    // again a few times: reading a page twice does no harm.
    std::optional<Result<HttpResponse>> response;
    QJsonParseError parseError{};
    QJsonObject object;
    for (int attempt = 0; attempt <= m_retry.maxRetries; ++attempt) {
        if (!*alive)
            co_return AzureError::cancelled();
        response.emplace(co_await send(request));
        if (!response->ok())
            co_return response->error();
        object = QJsonDocument::fromJson(response->value().body, &parseError).object();
        if (parseError.error == QJsonParseError::NoError)
            break;
        qCInfo(lcNet) << "unreadable page, asking again:" << parseError.errorString();
    }
    if (parseError.error != QJsonParseError::NoError ||
        !object.value(QStringLiteral("value")).isArray()) {
        auto error = AzureError::parse(
            tr("The list from %1 is not a JSON page: %2")
                .arg(loggableUrl(url), parseError.error != QJsonParseError::NoError
                                           ? parseError.errorString()
                                           : tr("no \"value\" array")));
        error.requestId = QString::fromLatin1(response->value().requestId());
        co_return error;
    }
    Page page;
    page.items = object.value(QStringLiteral("value")).toArray();
    const auto next = object.value(QStringLiteral("nextLink")).toString();
    if (!next.isEmpty()) {
        page.nextLink = QUrl(next, QUrl::StrictMode);
        const auto defaultPort = origin.scheme() == QLatin1String("http") ? 80 : 443;
        if (!page.nextLink.isValid() || page.nextLink.scheme() != origin.scheme() ||
            page.nextLink.host().compare(origin.host(), Qt::CaseInsensitive) != 0 ||
            page.nextLink.port(defaultPort) != origin.port(defaultPort)) {
            auto error =
                AzureError::parse(tr("Refused to follow a next link to %1: it is not on %2.")
                                      .arg(loggableUrl(page.nextLink), origin.host()));
            error.code = QStringLiteral("NextLinkOtherHost");
            error.requestId = QString::fromLatin1(response->value().requestId());
            co_return error;
        }
    }
    co_return page;
}

} // namespace kluis::core
