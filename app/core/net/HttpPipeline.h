#pragma once

#include "auth/AccessToken.h"
#include "auth/AuthChallenge.h"
#include "auth/TokenCredential.h"
#include "cloud/CloudProfile.h"
#include "common/Result.h"
#include "net/NetworkSettings.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;
class QAuthenticator;

namespace kluis::core {

class LocalHostTunnel;
class LocalHostProxyFactory;

struct HttpRequest
{
    enum class Auth
    {
        None,
        Challenge, // Key Vault: learn the scope from the 401 challenge, verified per host
        Scope,     // Resource Manager: a fixed scope and tenant
    };

    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType; // application/json when a body is sent and nothing else is set
    QList<QPair<QByteArray, QByteArray>> headers;
    Auth auth = Auth::None;
    QString scope;    // Auth::Scope
    QString tenantId; // Auth::Scope; empty: the credential's own
    // Whether replaying after a lost answer is harmless. By default GET, HEAD, PUT, PATCH and
    // DELETE are; clients mark writes that make something new (a new secret version) false.
    std::optional<bool> idempotent;
    // When true, a final error status comes back as a response, not as an AzureError (the
    // sign-in service answers errors in its own OAuth format).
    bool errorsAsResponses = false;
    // When true, a 3xx comes back as a response for the caller to read (a test playing the
    // browser reads Location itself); it is never followed either way.
    bool redirectsAsResponses = false;
    // When set, the request is aborted as soon as this object is destroyed.
    QPointer<QObject> owner;

    bool isIdempotent() const;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QByteArray requestId() const { return header("x-ms-request-id"); }
};

// One request as sent and answered, for the support bundle: no query, no header, no body.
struct RequestRecord
{
    QDateTime time;
    QByteArray method;
    QString host;
    int port = 443;
    QString path;   // without the query (a $skiptoken or a signature may be in it)
    int status = 0; // 0: no answer (transport failure)
    QString requestId;
    QString errorCode; // innermost error code of an error answer, or the transport error
    qint64 durationMs = 0;
};

struct Page
{
    QJsonArray items; // JSON objects only: a page with anything else is refused
    QUrl nextLink;    // empty on the last page
    QUrl url;         // where this page was read from (for PagingGuard)
};

struct RetryPolicy
{
    int maxRetries = 4;
    std::chrono::milliseconds baseDelay{800};
    std::chrono::milliseconds maxDelay{16000};
    std::chrono::milliseconds maxTotalDelay{60000}; // waiting longer than this fails instead
};

// The one way the core talks HTTP: bearer auth (with Key Vault's 401 challenge, verified before
// any token is sent), a token cache per scope and tenant, bounded retries with backoff and
// Retry-After, timeouts, cancellation, request ids and logging that never shows a token, a
// query or a body. Each cloud's caFile is trusted for that cloud's hosts only.
class HttpPipeline : public QObject
{
    Q_OBJECT

public:
    // The largest answer read (backup blobs of many versions are a few MB); a larger one is cut
    // off as soon as it announces or brings more, with a ResponseTooLarge error.
    static constexpr qint64 MaxResponseBytes = 32LL << 20;

    explicit HttpPipeline(CloudProfile cloud, QObject *parent = nullptr);
    ~HttpPipeline() override;

    const CloudProfile &cloud() const { return m_cloud; }
    // Different for every pipeline made in this process (an address could be reused).
    quint64 serial() const { return m_serial; }
    void setCredential(std::shared_ptr<TokenCredential> credential);
    std::shared_ptr<TokenCredential> credential() const { return m_credential; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // How long a new connection may take until the request can go (TCP, proxy tunnel, TLS). A
    // firewall that drops packets is found out this soon, and such a failure is tried once
    // more, not maxRetries times: the whole timeout per attempt made sign-in wait minutes.
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // Called after every attempt (retries included), for RequestLog.
    void setRequestObserver(std::function<void(const RequestRecord &)> observer)
    {
        m_observer = std::move(observer);
    }

    // Proxy and extra CA for this pipeline. New pipelines (the credentials' own included)
    // start from the process default.
    void setNetworkSettings(const NetworkSettings &settings);
    const NetworkSettings &networkSettings() const { return m_network; }
    static void setDefaultNetworkSettings(const NetworkSettings &settings);
    static NetworkSettings defaultNetworkSettings();
    // What pipelines made from now on start with; kluisctl diagnose fails fast everywhere, the
    // credentials' own sign-in pipelines included.
    static void setDefaultRetryPolicy(const RetryPolicy &policy, std::chrono::milliseconds timeout);
    // The proxy a request to `url` would use (NoProxy for a direct connection; the loopback
    // tunnel for .localhost names). For diagnostics.
    QNetworkProxy proxyFor(const QUrl &url) const;

    // A status of 400 or more, or a redirect, comes back as an AzureError.
    QCoro::Task<Result<HttpResponse>> send(HttpRequest request);
    // One page of a {"value": [...], "nextLink": ...} listing. A nextLink is accepted only with
    // `origin`'s scheme, host and port.
    QCoro::Task<Result<Page>> getPage(HttpRequest request, QUrl origin);

    // Aborts every request in flight; their callers get AzureError::Kind::Cancelled.
    void cancelAll();
    // Forgets cached tokens and challenges (sign-out, account switch).
    void clearTokens();

    static std::chrono::milliseconds backoff(int retry, const RetryPolicy &policy);
    // The wait a 429/503 asks for: Retry-After in seconds (fractions too) or as an HTTP date
    // (IMF-fixdate, RFC 850, asctime), or retry-after-ms; at most MaxRetryAfter. Nothing for a
    // negative or unreadable value (the policy's backoff applies).
    static std::optional<std::chrono::milliseconds> retryAfter(const HttpResponse &response);
    static constexpr std::chrono::hours MaxRetryAfter{24};
    static bool isRetriableStatus(int status);

private:
    struct AttemptState;
    // Watches one attempt: its timeout, the connect timeout, the size cap and TLS trust notes.
    std::shared_ptr<AttemptState> watchAttempt(QNetworkReply *reply,
                                               std::chrono::milliseconds timeout);
    static AzureError responseTooLarge(const QUrl &url);
    // The steps of send(), each alone: what cannot be sent at all; the token for the next
    // attempt (none before a vault's challenge); one attempt, logged and observed (nothing
    // when the pipeline went away meanwhile); what a failed transfer or a final status of 300
    // or more is told as.
    struct Attempt;
    static std::optional<AzureError> unsendable(const HttpRequest &request);
    QCoro::Task<Result<QByteArray>> authorize(const HttpRequest &request, bool renew);
    QCoro::Task<std::optional<Attempt>> attempt(const HttpRequest &request,
                                                QByteArray clientRequestId, QByteArray token,
                                                std::chrono::milliseconds timeout);
    void record(const HttpRequest &request, const Attempt &attempt,
                const QByteArray &clientRequestId, qint64 elapsedMs);
    AzureError transportError(const HttpRequest &request, const Attempt &attempt,
                              bool *proxyRefused) const;
    static AzureError statusError(const HttpRequest &request, const HttpResponse &response,
                                  std::optional<std::chrono::milliseconds> refusedWait);
    // An error when the 401 challenge must not be answered with a token for `url`.
    std::optional<AzureError> refusedChallenge(const AuthChallenge &challenge,
                                               const QUrl &url) const;
    QCoro::Task<Result<QByteArray>> bearerToken(QString scope, QString tenantId, bool refresh);
    QNetworkRequest networkRequest(const HttpRequest &request, const QByteArray &clientRequestId,
                                   const QByteArray &token) const;

    void answerProxyAuthentication(const QNetworkProxy &proxy, QAuthenticator *authenticator);

    CloudProfile m_cloud;
    quint64 m_serial;
    QNetworkAccessManager *m_nam;
    LocalHostTunnel *m_tunnel;
    LocalHostProxyFactory *m_proxyFactory = nullptr;
    NetworkSettings m_network;
    QList<QSslCertificate> m_extraCa;
    QSet<QString> m_proxyAuthAnswered; // "user@host:port" answered: no loop on refusal
    std::shared_ptr<TokenCredential> m_credential;
    QHash<QString, AuthChallenge> m_challenges; // "host:port" -> verified challenge
    QHash<QString, AccessToken> m_tokens;       // "scope|tenant"
    QList<QSslCertificate> m_cloudCa;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_timeout{60000};
    std::chrono::milliseconds m_connectTimeout{15000};
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    std::function<void(const RequestRecord &)> m_observer;
};

// A URL as it may appear in a log or an error: no query (it can hold a $skiptoken), no user info.
QString loggableUrl(const QUrl &url);

} // namespace kluis::core
