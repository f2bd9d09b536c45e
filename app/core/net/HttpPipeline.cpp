#include "net/HttpPipeline.h"

#include "net/LocalHostResolver.h"
#include "net/SendOnceBody.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace kluis::core {

// Off below warnings by default; QT_LOGGING_RULES="kluis.net.info=true" shows every request.
Q_LOGGING_CATEGORY(lcNet, "kluis.net", QtWarningMsg)

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {
milliseconds remaining(const QDeadlineTimer &deadline)
{
    return std::max(milliseconds(0), milliseconds(deadline.remainingTime()));
}

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

static quint64 nextSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}

HttpPipeline::HttpPipeline(CloudProfile cloud, QObject *parent)
    : QObject(parent)
    , m_cloud(std::move(cloud))
    , m_serial(nextSerial())
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

namespace {
// A non-negative decimal number ("120", "1.5"); anything else (a sign, garbage) is not one.
std::optional<double> decimal(const QByteArray &text)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,30}(\\.[0-9]{1,9})?$"));
    if (!number.match(QString::fromLatin1(text)).hasMatch())
        return std::nullopt;
    return text.toDouble();
}

// An HTTP date (RFC 7231 7.1.1.1): IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", the obsolete
// RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and asctime "Sun Nov  6 08:49:37 1994". Qt's RFC 2822
// parser refuses "GMT".
std::optional<QDateTime> httpDate(const QByteArray &text)
{
    static const QString month =
        QStringLiteral("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");
    static const QString time = QStringLiteral("([0-9]{2}):([0-9]{2}):([0-9]{2})");
    static const QRegularExpression imf(QStringLiteral("^(?:[A-Za-z]{3}, )?([0-9]{2}) ") + month +
                                            QStringLiteral(" ([0-9]{4}) ") + time +
                                            QStringLiteral(" (GMT|UTC|\\+0000)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rfc850(QStringLiteral("^[A-Za-z]{6,9}, ([0-9]{2})-") + month +
                                               QStringLiteral("-([0-9]{2}) ") + time +
                                               QStringLiteral(" (GMT|UTC|\\+0000)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression asctime(QStringLiteral("^[A-Za-z]{3} ") + month +
                                                QStringLiteral(" ( [0-9]|[0-9]{2}) ") + time +
                                                QStringLiteral(" ([0-9]{4})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const auto value = QString::fromLatin1(text);
    int day = 0;
    int monthIndex = 0;
    int year = 0;
    QRegularExpressionMatch match;
    int timeAt = 0;
    if (match = imf.match(value); match.hasMatch()) {
        day = match.captured(1).toInt();
        monthIndex = int(months.indexOf(match.captured(2).toLower())) + 1;
        year = match.captured(3).toInt();
        timeAt = 4;
    } else if (match = rfc850.match(value); match.hasMatch()) {
        day = match.captured(1).toInt();
        monthIndex = int(months.indexOf(match.captured(2).toLower())) + 1;
        // A two-digit year more than 50 years ahead is in the past century (RFC 7231).
        year = 2000 + match.captured(3).toInt();
        if (year > QDate::currentDate().year() + 50)
            year -= 100;
        timeAt = 4;
    } else if (match = asctime.match(value); match.hasMatch()) {
        monthIndex = int(months.indexOf(match.captured(1).toLower())) + 1;
        day = match.captured(2).trimmed().toInt();
        year = match.captured(6).toInt();
        timeAt = 3;
    } else {
        return std::nullopt;
    }
    const QDate date(year, monthIndex, day);
    const QTime clock(match.captured(timeAt).toInt(), match.captured(timeAt + 1).toInt(),
                      match.captured(timeAt + 2).toInt());
    if (!date.isValid() || !clock.isValid())
        return std::nullopt;
    return QDateTime(date, clock, Qt::UTC);
}
} // namespace

std::optional<milliseconds> HttpPipeline::retryAfter(const HttpResponse &response)
{
    const auto capped = [](double ms) {
        return milliseconds(static_cast<qint64>(
            std::clamp(ms, 0.0, static_cast<double>(milliseconds(MaxRetryAfter).count()))));
    };
    for (const auto *name : {"retry-after-ms", "x-ms-retry-after-ms"}) {
        if (const auto ms = decimal(response.header(name).trimmed()))
            return capped(*ms);
    }
    const auto value = response.header("retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    if (const auto seconds = decimal(value))
        return capped(*seconds * 1000);
    if (const auto when = httpDate(value))
        return capped(static_cast<double>(QDateTime::currentDateTimeUtc().msecsTo(*when)));
    return std::nullopt; // negative or garbage: the policy's own backoff
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

// What one attempt's watchers saw; shared with their slots, which may outlive the coroutine.
struct HttpPipeline::AttemptState
{
    milliseconds timeout{0};
    bool timedOut = false;
    bool connectTimedOut = false;
    bool answered = false; // the status line and headers arrived
    bool tooLarge = false; // cut off at MaxResponseBytes
    QByteArray body;       // read so far
    QString sslNote;       // a trust failure's certificate and issuer
};

std::shared_ptr<HttpPipeline::AttemptState> HttpPipeline::watchAttempt(QNetworkReply *reply,
                                                                       milliseconds timeout)
{
    auto state = std::make_shared<AttemptState>();
    state->timeout = timeout;
    QTimer::singleShot(timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    // Timed only while Qt opens a new connection (TCP, the proxy's tunnel, TLS); a reused
    // one has nothing to wait for.
    auto *connecting = new QTimer(reply);
    connecting->setSingleShot(true);
    connecting->setInterval(std::min(m_connectTimeout, timeout));
    connect(reply, &QNetworkReply::socketStartedConnecting, connecting,
            qOverload<>(&QTimer::start));
    connect(connecting, &QTimer::timeout, reply, [this, reply, state] {
        state->timedOut = true;
        state->connectTimedOut = true;
        reply->abort();
        // Else the retry would queue on the connection that is still stuck.
        m_nam->clearConnectionCache();
    });
    for (const auto signal :
         {&QNetworkReply::encrypted, &QNetworkReply::requestSent, &QNetworkReply::metaDataChanged})
        connect(reply, signal, connecting, &QTimer::stop);
    // Qt reports progress 0 before it connects: only bytes that moved count.
    const auto moved = [connecting](qint64 bytes, qint64) {
        if (bytes > 0)
            connecting->stop();
    };
    connect(reply, &QNetworkReply::uploadProgress, connecting, moved);
    connect(reply, &QNetworkReply::downloadProgress, connecting, moved);

    // The body is read as it comes, with Qt's buffer kept small so the network thread does not
    // read ahead of us: an answer is cut off as soon as it announces or brings more than
    // MaxResponseBytes.
    reply->setReadBufferSize(1 << 20);
    // What is waiting in Qt's buffer counts before it is copied: under load Qt may have read far
    // ahead, and copying it (and growing the body past the cap) would double the peak.
    const auto capSize = [reply, state] {
        const auto announced = reply->header(QNetworkRequest::ContentLengthHeader);
        const qint64 held = state->body.size() + (state->tooLarge ? 0 : reply->bytesAvailable());
        if (state->tooLarge ||
            (held <= MaxResponseBytes &&
             (!announced.isValid() || announced.toLongLong() <= MaxResponseBytes)))
            return;
        state->tooLarge = true;
        state->body.clear();
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [state, capSize] {
        state->answered = true;
        capSize();
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, capSize] {
        capSize();
        if (!state->tooLarge)
            state->body += reply->readAll();
    });

    connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
        for (const auto &error : errors) {
            const auto issuer = error.certificate().issuerDisplayName();
            if (!issuer.isEmpty()) {
                state->sslNote =
                    tr("certificate of %1 issued by \"%2\": %3")
                        .arg(error.certificate().subjectDisplayName(), issuer, error.errorString());
                return;
            }
        }
    });
    return state;
}

AzureError HttpPipeline::responseTooLarge(const QUrl &url)
{
    auto error = AzureError::parse(tr("The answer from %1 is larger than %2 MB; it was cut off.")
                                       .arg(url.host())
                                       .arg(MaxResponseBytes >> 20));
    error.code = QStringLiteral("ResponseTooLarge");
    error.url = url.adjusted(QUrl::RemoveQuery);
    return error;
}

std::optional<AzureError> HttpPipeline::refusedChallenge(const AuthChallenge &challenge,
                                                         const QUrl &url) const
{
    const auto problem = challenge.problemFor(url, m_cloud.authorityHost);
    QString message;
    switch (problem) {
    case AuthChallenge::Problem::None:
        return std::nullopt;
    case AuthChallenge::Problem::ResourceMismatch:
        message = tr("%1 asked for a token for %2, which is not a parent domain of the vault. "
                     "No token was sent.")
                      .arg(url.host(), challenge.resource.left(200));
        break;
    case AuthChallenge::Problem::ScopeMismatch:
        message = tr("%1 asked for a token with the scope %2, which is not for the vault's own "
                     "domain. No token was sent.")
                      .arg(url.host(), challenge.scope.left(200));
        break;
    case AuthChallenge::Problem::AuthorityMismatch:
        message = tr("%1 named %2 as its sign-in service, which is not the cloud's (%3). No "
                     "token was sent.")
                      .arg(url.host(), challenge.authorizationText.left(200),
                           m_cloud.authorityHost.host());
        break;
    case AuthChallenge::Problem::TenantInvalid:
        message = tr("%1 named a tenant that is not a tenant id or domain name (%2). No token "
                     "was sent.")
                      .arg(url.host(), challenge.authorizationText.left(200));
        break;
    }
    auto error = AzureError::auth(message, AuthChallenge::code(problem));
    error.url = url.adjusted(QUrl::RemoveQuery);
    return error;
}

struct HttpPipeline::Attempt
{
    HttpResponse response;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    AttemptState state;
};

std::optional<AzureError> HttpPipeline::unsendable(const HttpRequest &request)
{
    const auto scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return AzureError::usage(tr("Not a usable URL: %1").arg(loggableUrl(request.url)));
    if (request.auth != HttpRequest::Auth::None && scheme != QLatin1String("https")) {
        auto error = AzureError::auth(
            tr("Refusing to send a token over unencrypted HTTP to %1.").arg(request.url.host()));
        error.url = request.url.adjusted(QUrl::RemoveQuery);
        return error;
    }
    return std::nullopt;
}

QCoro::Task<Result<QByteArray>> HttpPipeline::authorize(const HttpRequest &request, bool renew)
{
    std::optional<AuthChallenge> challenge;
    if (request.auth == HttpRequest::Auth::Challenge) {
        if (const auto it = m_challenges.constFind(hostKey(request.url)); it != m_challenges.cend())
            challenge = *it;
    }
    // A vault is first asked without a token: its 401 says which scope to ask for.
    if (request.auth != HttpRequest::Auth::Scope && !challenge)
        co_return QByteArray();
    const auto scope = challenge ? challenge->scope : request.scope;
    const auto tenant = challenge ? challenge->tenantId : request.tenantId;
    co_return co_await bearerToken(scope, tenant, renew);
}

QCoro::Task<std::optional<HttpPipeline::Attempt>> HttpPipeline::attempt(const HttpRequest &request,
                                                                        QByteArray clientRequestId,
                                                                        QByteArray token,
                                                                        milliseconds timeout)
{
    const auto alive = m_alive;
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
    const auto state = watchAttempt(reply, timeout);
    if (request.owner)
        connect(request.owner.data(), &QObject::destroyed, reply, &QNetworkReply::abort);

    co_await reply;
    if (!*alive)
        co_return std::nullopt; // the manager deletes the reply
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owned(
        reply, [](QNetworkReply *r) { r->deleteLater(); });

    Attempt result;
    auto &response = result.response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = std::move(state->body);
    if (reply->isOpen() && !state->tooLarge)
        response.body += reply->readAll();
    result.networkError = reply->error();
    result.errorString = reply->errorString();
    result.state = *state;
    record(request, result, clientRequestId, clock.elapsed());
    co_return result;
}

void HttpPipeline::record(const HttpRequest &request, const Attempt &attempt,
                          const QByteArray &clientRequestId, qint64 elapsedMs)
{
    const auto &response = attempt.response;
    const auto requestId = response.requestId();
    qCInfo(lcNet).noquote() << request.method << loggableUrl(request.url)
                            << (response.status ? QString::number(response.status)
                                                : QStringLiteral("failed"))
                            << elapsedMs << "ms"
                            << "request-id" << requestId << "client-request-id" << clientRequestId;
    if (!m_observer)
        return;
    RequestRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.method = request.method;
    record.host = request.url.host();
    record.port = request.url.port(request.url.scheme() == QLatin1String("http") ? 80 : 443);
    record.path = request.url.path();
    record.status = response.status;
    record.requestId = QString::fromLatin1(requestId);
    record.errorCode =
        response.status >= 400 ? innermostErrorCode(response.body)
        : response.status == 0
            ? QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(
                  attempt.networkError))
            : QString();
    record.durationMs = elapsedMs;
    m_observer(record);
}

AzureError HttpPipeline::transportError(const HttpRequest &request, const Attempt &attempt,
                                        bool *proxyRefused) const
{
    const auto &state = attempt.state;
    const auto host = request.url.host();
    const auto waitedFor =
        state.connectTimedOut ? std::min(m_connectTimeout, state.timeout) : state.timeout;
    const QString timeoutText = state.connectTimedOut ? tr("No connection to %1 within %2 s.")
                                                      : tr("No answer from %1 within %2 s.");
    auto error =
        state.timedOut
            ? AzureError::transport(QNetworkReply::TimeoutError,
                                    timeoutText.arg(host).arg((waitedFor.count() + 999) / 1000))
            : AzureError::transport(attempt.networkError,
                                    state.sslNote.isEmpty()
                                        ? attempt.errorString
                                        : QString(attempt.errorString + QStringLiteral(" (") +
                                                  state.sslNote + QLatin1Char(')')));
    error.url = request.url.adjusted(QUrl::RemoveQuery);
    if (attempt.networkError == QNetworkReply::ContentReSendError) // a write, see SendOnceBody
        error.transportMessage =
            tr("The connection to %1 was lost before the answer came. The change may "
               "have been made: look before you try again.")
                .arg(host);
    *proxyRefused = false;
    const auto proxy = proxyFor(request.url);
    const bool viaProxy =
        proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy &&
        !(proxy.hostName() == QLatin1String("127.0.0.1") && proxy.port() == m_tunnel->port());
    if (!viaProxy)
        return error;
    if (!state.timedOut) {
        if (const auto failure = classifyProxyFailure(attempt.networkError, attempt.errorString)) {
            error.transportError = failure->first;
            error.code = failure->second;
            *proxyRefused = failure->second == QLatin1String("ProxyDenied") ||
                            failure->second == QLatin1String("ProxyAuthenticationRequired");
        }
    }
    error.transportMessage =
        tr("%1 (through the proxy %2)").arg(error.transportMessage, proxyName(proxy));
    return error;
}

AzureError HttpPipeline::statusError(const HttpRequest &request, const HttpResponse &response,
                                     std::optional<milliseconds> refusedWait)
{
    auto error = AzureError::http(response.status, response.body, response.requestId());
    if (refusedWait)
        error.message = tr("%1 asked to wait %2 s before trying again; Kluis does not wait that "
                           "long. Try again later.")
                            .arg(request.url.host())
                            .arg((refusedWait->count() + 999) / 1000);
    if (response.status < 400)
        error.message = tr("The service redirected the request to %1; redirects are "
                           "not followed.")
                            .arg(loggableUrl(QUrl::fromEncoded(response.header("location"))));
    error.url = request.url.adjusted(QUrl::RemoveQuery);
    error.networkInfoAddress =
        parseNetworkInfoAddress(response.header("x-ms-keyvault-network-info"));
    return error;
}

QCoro::Task<Result<HttpResponse>> HttpPipeline::send(HttpRequest request)
{
    const auto alive = m_alive;
    const bool hasOwner = !request.owner.isNull();
    const auto cancelled = [&] { return !*alive || (hasOwner && request.owner.isNull()); };
    if (auto refused = unsendable(request))
        co_return *refused;

    const auto clientRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    int retries = 0;
    int slowAnswers = 0;
    milliseconds waited{0};
    bool challengeAnswered = false;
    bool tokenRenewed = false;
    // Every attempt and every wait of this request fit in one budget, the timeout of one attempt
    // plus the retry policy's waiting time: a slow or throttling server cannot stretch it.
    const QDeadlineTimer deadline(m_timeout + m_retry.maxTotalDelay);
    std::optional<milliseconds> refusedWait; // a Retry-After longer than the budget
    // Waits before the next attempt when the budget allows it; false when it does not.
    const auto waitToRetry = [&](milliseconds delay, const char *why) -> QCoro::Task<bool> {
        if (waited + delay > m_retry.maxTotalDelay || remaining(deadline) <= delay + 1s)
            co_return false;
        ++retries;
        waited += delay;
        qCInfo(lcNet) << why << "retry" << retries << "in" << delay.count() << "ms";
        co_await QCoro::sleepFor(delay);
        co_return true;
    };

    for (;;) {
        auto token = co_await authorize(request, tokenRenewed);
        if (cancelled())
            co_return AzureError::cancelled();
        if (!token)
            co_return token.error();

        auto sent = co_await attempt(request, clientRequestId, token.value(),
                                     std::min(m_timeout, remaining(deadline)));
        if (!sent)
            co_return AzureError::cancelled();
        auto &response = sent->response;
        const auto &state = sent->state;
        if (response.status > 0)
            m_proxyAuthAnswered.clear();
        if (state.tooLarge)
            co_return responseTooLarge(request.url);
        if (cancelled() ||
            (sent->networkError == QNetworkReply::OperationCanceledError && !state.timedOut))
            co_return AzureError::cancelled();

        // A connection lost mid-body leaves the status of the headers that did arrive: the
        // answer is still incomplete, so it counts as a transport failure.
        if (response.status == 0 ||
            (sent->networkError > QNetworkReply::NoError &&
             sent->networkError < QNetworkReply::ContentAccessDenied) ||
            sent->networkError == QNetworkReply::ProtocolFailure) {
            bool proxyRefused = false;
            auto error = transportError(request, *sent, &proxyRefused);
            const bool replayable =
                !proxyRefused &&
                (request.isIdempotent() || neverSent(sent->networkError) || state.connectTimedOut);
            const int maxRetries =
                state.connectTimedOut ? std::min(m_retry.maxRetries, 1) : m_retry.maxRetries;
            // A server that answered but took too long to finish is asked once more (a page can
            // stall once); the second time it is a trickle, and the request ends.
            const bool retriable = state.timedOut ? (!state.answered || ++slowAnswers == 1)
                                                  : retriableTransport(sent->networkError);
            if (replayable && retriable && retries < maxRetries) {
                // Named first: GCC 12 mishandles temporaries inside co_await.
                auto wait = waitToRetry(backoff(retries, m_retry), "transport failure,");
                if (co_await wait) {
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
                auto error = AzureError::http(401, response.body, response.requestId());
                error.url = request.url.adjusted(QUrl::RemoveQuery);
                co_return error;
            }
            if (auto refused = refusedChallenge(*parsed, request.url)) {
                refused->requestId = QString::fromLatin1(response.requestId());
                co_return *refused;
            }
            m_challenges.insert(hostKey(request.url), *parsed);
            tokenRenewed = !token->isEmpty(); // a cached token was refused: get a new one
            continue;
        }
        if (response.status == 401 && request.auth == HttpRequest::Auth::Scope && !tokenRenewed &&
            !token->isEmpty()) {
            tokenRenewed = true;
            continue;
        }

        // A throttled request was not processed, so even a write may be sent again.
        if (isRetriableStatus(response.status) &&
            (request.isIdempotent() || response.status == 429) && retries < m_retry.maxRetries) {
            const auto after = retryAfter(response);
            const auto why = QByteArray("status " + QByteArray::number(response.status) + ',');
            auto wait = waitToRetry(after ? *after : backoff(retries, m_retry), why.constData());
            if (co_await wait) {
                if (cancelled())
                    co_return AzureError::cancelled();
                continue;
            }
            if (after)
                refusedWait = after;
        }

        // A redirect is never followed, not even from the sign-in service: a token or a form
        // with a secret must not be replayed to wherever it points.
        if ((response.status >= 300 && response.status < 400 && !request.redirectsAsResponses) ||
            (response.status >= 400 && !request.errorsAsResponses))
            co_return statusError(request, response, refusedWait);
        co_return std::move(response);
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
    page.url = url;
    page.items = object.value(QStringLiteral("value")).toArray();
    for (qsizetype i = 0; i < page.items.size(); ++i) {
        if (page.items.at(i).isObject())
            continue;
        auto error =
            AzureError::parse(tr("The list from %1 holds an item that is not an object (item %2).")
                                  .arg(url.host())
                                  .arg(i + 1));
        error.code = QStringLiteral("PageItemNotObject");
        error.url = url.adjusted(QUrl::RemoveQuery);
        error.requestId = QString::fromLatin1(response->value().requestId());
        co_return error;
    }
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
