#include "TestAwait.h"
#include "TestHttpServer.h"

#include "net/HttpPipeline.h"
#include "net/PagingGuard.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kluis::core;
using namespace std::chrono_literals;
using Response = TestHttpServer::Response;
using Request = TestHttpServer::Request;

namespace {
class FakeCredential : public TokenCredential
{
public:
    QCoro::Task<Result<AccessToken>> getToken(TokenRequest request) override
    {
        requests.append(request);
        co_return AccessToken{QByteArray("token-") + QByteArray::number(requests.size()),
                              QDateTime::currentDateTimeUtc().addSecs(lifetime)};
    }
    int lifetime = 3600;
    QString description() const override { return QStringLiteral("fake"); }
    QList<TokenRequest> requests;
};

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

RetryPolicy fastRetries(int max = 3)
{
    RetryPolicy policy;
    policy.maxRetries = max;
    policy.baseDelay = 5ms;
    policy.maxDelay = 50ms;
    return policy;
}

CloudProfile plainCloud()
{
    CloudProfile cloud;
    cloud.name = QStringLiteral("test");
    return cloud;
}
} // namespace

class TestHttpPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_tls;
    QString m_caFile;

    // A TLS test server for the names under vault.localhost, with its certificate as the
    // cloud's caFile.
    CloudProfile tlsCloud(quint16 port = 443) const
    {
        CloudProfile cloud;
        cloud.name = QStringLiteral("tls");
        cloud.vaultSuffix = QStringLiteral("vault.localhost");
        cloud.caFile = m_caFile;
        cloud.authorityHost = QUrl(QStringLiteral("https://login.localhost:%1").arg(port));
        return cloud;
    }

    static Response challenge(quint16 port, const QString &resource)
    {
        Response response;
        response.status = 401;
        response.body = "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"AKV10000: Request is "
                        "missing a Bearer or PoP token.\"}}";
        response.headers.append(
            {"WWW-Authenticate", QByteArray("Bearer authorization=\"https://login.localhost:") +
                                     QByteArray::number(port) + "/tenant-1\", resource=\"" +
                                     resource.toLatin1() + "\""});
        return response;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto key = m_dir.filePath(QStringLiteral("key.pem"));
        m_caFile = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_caFile,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Kluis Test CA"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:vault.localhost,DNS:*.vault.localhost,"
                                      "DNS:other.localhost")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(QSslCertificate::fromPath(m_caFile).value(0));
        m_tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
        QVERIFY(!m_tls.localCertificate().isNull());
    }

    void retriesServerErrorsWithTheSameClientRequestId()
    {
        int calls = 0;
        TestHttpServer server([&calls](const Request &) {
            return ++calls < 3 ? Response{503, "{}", {}} : Response{200, "{\"ok\":true}", {}};
        });
        HttpPipeline pipeline(plainCloud());
        pipeline.setRetryPolicy(fastRetries());
        HttpRequest request;
        request.url = server.url(QStringLiteral("/x"));
        const auto result = await(pipeline.send(request));
        QVERIFY2(result.ok(),
                 qPrintable(result.ok() ? QString() : result.error().detailedMessage()));
        QCOMPARE(result->body, QByteArray("{\"ok\":true}"));
        QCOMPARE(server.requests.size(), 3);
        const auto id = server.requests.at(0).headers.value("x-ms-client-request-id");
        QCOMPARE(id.size(), 36);
        QCOMPARE(server.requests.at(2).headers.value("x-ms-client-request-id"), id);
    }

    void honoursRetryAfter()
    {
        int calls = 0;
        TestHttpServer server([&calls](const Request &) {
            return ++calls == 1 ? Response{429,
                                           "{\"error\":{\"code\":\"Throttled\"}}",
                                           {{"Retry-After", "1"}}}
                                : Response{200, "{}", {}};
        });
        HttpPipeline pipeline(plainCloud());
        pipeline.setRetryPolicy(fastRetries());
        HttpRequest request;
        request.url = server.url(QStringLiteral("/x"));
        QElapsedTimer clock;
        clock.start();
        const auto result = await(pipeline.send(request));
        QVERIFY(result.ok());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requests.size(), 2);
    }

    void givesUpAfterTheRetryBound()
    {
        TestHttpServer server([](const Request &) {
            return Response{503,
                            "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}}",
                            {{"x-ms-request-id", "req-9"}}};
        });
        HttpPipeline pipeline(plainCloud());
        pipeline.setRetryPolicy(fastRetries(2));
        HttpRequest request;
        request.url = server.url(QStringLiteral("/x"));
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 503);
        QCOMPARE(result.error().code, QStringLiteral("ServiceUnavailable"));
        QCOMPARE(result.error().requestId, QStringLiteral("req-9"));
        QCOMPARE(server.requests.size(), 3);
    }

    void doesNotReplayAWriteAfterAServerError()
    {
        int calls = 0;
        TestHttpServer server([&calls](const Request &) {
            return ++calls == 1 ? Response{500, "{}", {}} : Response{200, "{}", {}};
        });
        HttpPipeline pipeline(plainCloud());
        pipeline.setRetryPolicy(fastRetries());
        HttpRequest request;
        request.method = "POST";
        request.url = server.url(QStringLiteral("/keys/k/create"));
        request.body = "{}";
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 500);
        QCOMPARE(server.requests.size(), 1);
    }

    void replaysAThrottledWrite()
    {
        int calls = 0;
        TestHttpServer server([&calls](const Request &) {
            return ++calls == 1 ? Response{429, "{}", {}} : Response{201, "{}", {}};
        });
        HttpPipeline pipeline(plainCloud());
        pipeline.setRetryPolicy(fastRetries());
        HttpRequest request;
        request.method = "PUT";
        request.idempotent = false;
        request.url = server.url(QStringLiteral("/secrets/s"));
        request.body = "{\"value\":\"v\"}";
        const auto result = await(pipeline.send(request));
        QVERIFY(result.ok());
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(1).body, QByteArray("{\"value\":\"v\"}"));
    }

    void timesOut()
    {
        TestHttpServer server([](const Request &) { return Response{200, {}, {}, false, true}; });
        HttpPipeline pipeline(plainCloud());
        pipeline.setRetryPolicy(fastRetries(0));
        pipeline.setTimeout(300ms);
        HttpRequest request;
        request.url = server.url(QStringLiteral("/slow"));
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AzureError::Kind::Transport);
        QCOMPARE(result.error().transportError, QNetworkReply::TimeoutError);
    }

    // A firewall that drops packets: the TLS handshake never gets an answer. The request fails
    // after the connect timeout, not the whole timeout, and is tried once more (a write too:
    // it was never sent), not maxRetries times.
    void aConnectionThatNeverCompletesFailsSoonAndIsTriedOnceMore()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (silent.hasPendingConnections())
                held.append(silent.nextPendingConnection());
        });
        HttpPipeline pipeline(plainCloud());
        pipeline.setRetryPolicy(fastRetries(4));
        pipeline.setTimeout(60s);
        pipeline.setConnectTimeout(400ms);
        HttpRequest request;
        request.method = "POST";
        request.url =
            QUrl(QStringLiteral("https://127.0.0.1:%1/keys/k/create").arg(silent.serverPort()));
        request.body = "{}";
        QElapsedTimer clock;
        clock.start();
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().transportError, QNetworkReply::TimeoutError);
        QVERIFY2(result.error().transportMessage.contains(QStringLiteral("No connection")),
                 qPrintable(result.error().transportMessage));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(held.size(), 2);
    }

    void cancelsWhenTheOwnerGoesAway()
    {
        TestHttpServer server([](const Request &) { return Response{200, {}, {}, false, true}; });
        HttpPipeline pipeline(plainCloud());
        auto *owner = new QObject;
        QTimer::singleShot(100ms, owner, [owner] { delete owner; });
        HttpRequest request;
        request.url = server.url(QStringLiteral("/slow"));
        request.owner = owner;
        QElapsedTimer clock;
        clock.start();
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AzureError::Kind::Cancelled);
        QVERIFY(clock.elapsed() < 5000);
    }

    void cancelsWhenThePipelineGoesAway()
    {
        TestHttpServer server([](const Request &) { return Response{200, {}, {}, false, true}; });
        auto *pipeline = new HttpPipeline(plainCloud());
        QTimer::singleShot(100ms, pipeline, [pipeline] { delete pipeline; });
        HttpRequest request;
        request.url = server.url(QStringLiteral("/slow"));
        const auto result = await(pipeline->send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AzureError::Kind::Cancelled);
    }

    void refusesToSendATokenOverHttp()
    {
        TestHttpServer server([](const Request &) { return Response{200, "{}", {}}; });
        HttpPipeline pipeline(plainCloud());
        auto credential = std::make_shared<FakeCredential>();
        pipeline.setCredential(credential);
        HttpRequest request;
        request.url = server.url(QStringLiteral("/subscriptions"));
        request.auth = HttpRequest::Auth::Scope;
        request.scope = QStringLiteral("https://management.azure.com/.default");
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AzureError::Kind::Auth);
        QVERIFY(credential->requests.isEmpty());
        QVERIFY(server.requests.isEmpty());
    }

    void doesNotFollowRedirects()
    {
        TestHttpServer server([](const Request &) {
            return Response{302, {}, {{"Location", "http://127.0.0.2/elsewhere"}}};
        });
        HttpPipeline pipeline(plainCloud());
        HttpRequest request;
        request.url = server.url(QStringLiteral("/x"));
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 302);
        QCOMPARE(server.requests.size(), 1);
    }

    void keepsTheServiceErrorAndTheAddressTheVaultSaw()
    {
        TestHttpServer server([](const Request &) {
            return Response{
                403,
                "{\"error\":{\"code\":\"Forbidden\",\"message\":\"Client address is not authorized "
                "and caller is not a trusted service.\\r\\nClient address: 203.0.113.7\\r\\n"
                "Caller: appid=1;oid=2;iss=https://sts.windows.net/t/\\r\\nVault: "
                "payments-kv;location=westeurope\",\"innererror\":{\"code\":"
                "\"ForbiddenByFirewall\"}}}",
                {{"x-ms-keyvault-network-info",
                  "conn_type=Ipv4;addr=203.0.113.7;act_addr_fam=InterNetwork;"},
                 {"x-ms-request-id", "abc"}}};
        });
        HttpPipeline pipeline(plainCloud());
        HttpRequest request;
        request.url = server.url(QStringLiteral("/secrets?api-version=7.6"));
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        const auto &error = result.error();
        QVERIFY(error.isFirewall());
        QCOMPARE(error.clientAddress, QStringLiteral("203.0.113.7"));
        QCOMPARE(error.networkInfoAddress, QStringLiteral("203.0.113.7"));
        QCOMPARE(error.requestId, QStringLiteral("abc"));
        QVERIFY(!error.url.hasQuery());
    }

    void pagesOnlyOnTheSameOrigin_data()
    {
        QTest::addColumn<QString>("nextLink");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same origin")
            << QStringLiteral("http://127.0.0.1:%1/s?$skiptoken=a") << true;
        QTest::newRow("other host") << QStringLiteral("http://evil.example:%1/s") << false;
        QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:1/s") << false;
        QTest::newRow("other scheme") << QStringLiteral("https://127.0.0.1:%1/s") << false;
    }

    void pagesOnlyOnTheSameOrigin()
    {
        QFETCH(QString, nextLink);
        QFETCH(bool, accepted);
        QByteArray link;
        TestHttpServer server([&link](const Request &) {
            return Response{200, "{\"value\":[],\"nextLink\":\"" + link + "\"}", {}};
        });
        link = (nextLink.contains(QLatin1String("%1")) ? nextLink.arg(server.port()) : nextLink)
                   .toLatin1();
        HttpPipeline pipeline(plainCloud());
        HttpRequest request;
        request.url = server.url(QStringLiteral("/s"));
        const auto page = await(pipeline.getPage(request, request.url));
        QCOMPARE(page.ok(), accepted);
        if (accepted) {
            QVERIFY(page->items.isEmpty()); // an empty page with a next link is normal
            QCOMPARE(page->nextLink.toString(), QString::fromLatin1(link));
        } else {
            QCOMPARE(page.error().code, QStringLiteral("NextLinkOtherHost"));
        }
    }

    void logsNeitherQueriesNorTokens()
    {
        TestHttpServer server([](const Request &) { return Response{200, "{}", {}}; });
        HttpPipeline pipeline(plainCloud());
        QLoggingCategory::setFilterRules(QStringLiteral("kluis.net.info=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        HttpRequest request;
        request.url = server.url(QStringLiteral("/secrets?$skiptoken=SKIPSECRET&api-version=7.6"));
        request.headers.append(qMakePair(QByteArray("x-test"), QByteArray("HEADERSECRET")));
        const auto result = await(pipeline.send(request));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(result.ok());
        const auto log = g_log.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("GET")) && log.contains(QLatin1String("/secrets")),
                 qPrintable(log));
        QVERIFY(log.contains(QLatin1String("200")));
        QVERIFY(!log.contains(QLatin1String("SKIPSECRET")));
        QVERIFY(!log.contains(QLatin1String("HEADERSECRET")));
    }

    void answersAVerifiedChallengeOverTls()
    {
        quint16 port = 0;
        TestHttpServer server(
            [&port](const Request &request) {
                if (!request.headers.contains("authorization"))
                    return challenge(port, QStringLiteral("https://vault.localhost:%1").arg(port));
                return Response{200, "{\"value\":[]}", {}};
            },
            m_tls);
        port = server.port();
        HttpPipeline pipeline(tlsCloud(port));
        auto credential = std::make_shared<FakeCredential>();
        pipeline.setCredential(credential);
        HttpRequest request;
        request.url =
            server.httpsUrl(QStringLiteral("demo.vault.localhost"), QStringLiteral("/secrets"));
        request.auth = HttpRequest::Auth::Challenge;
        const auto result = await(pipeline.send(request));
        QVERIFY2(result.ok(),
                 qPrintable(result.ok() ? QString() : result.error().detailedMessage()));
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(!server.requests.at(0).headers.contains("authorization"));
        QCOMPARE(server.requests.at(1).headers.value("authorization"),
                 QByteArray("Bearer token-1"));
        QCOMPARE(server.requests.at(1).headers.value("host"),
                 QByteArray("demo.vault.localhost:") + QByteArray::number(port));
        QCOMPARE(credential->requests.size(), 1);
        QCOMPARE(credential->requests.at(0).tenantId, QStringLiteral("tenant-1"));
        QCOMPARE(credential->requests.at(0).scopes,
                 QStringList{QStringLiteral("https://vault.localhost:%1/.default").arg(port)});

        // The verified challenge and the token are cached: the next call goes straight through.
        const auto again = await(pipeline.send(request));
        QVERIFY(again.ok());
        QCOMPARE(server.requests.size(), 3);
        QCOMPARE(server.requests.at(2).headers.value("authorization"),
                 QByteArray("Bearer token-1"));
        QCOMPARE(credential->requests.size(), 1);
    }

    void cachesTokensPerScopeAndTenantAndRenewsThem()
    {
        int refusals = 0;
        TestHttpServer server(
            [&refusals](const Request &request) {
                // The service refuses one token (revoked): the pipeline gets a new one once.
                if (request.headers.value("authorization") == "Bearer token-3" && refusals++ == 0)
                    return Response{
                        401, "{\"error\":{\"code\":\"InvalidAuthenticationToken\"}}", {}};
                return Response{200, "{}", {}};
            },
            m_tls);
        HttpPipeline pipeline(tlsCloud());
        auto credential = std::make_shared<FakeCredential>();
        pipeline.setCredential(credential);
        HttpRequest request;
        request.url = server.httpsUrl(QStringLiteral("management.vault.localhost"),
                                      QStringLiteral("/subscriptions"));
        request.auth = HttpRequest::Auth::Scope;
        request.scope = QStringLiteral("https://management.localhost/.default");
        QVERIFY(await(pipeline.send(request)).ok());
        QVERIFY(await(pipeline.send(request)).ok());
        QCOMPARE(credential->requests.size(), 1);

        request.tenantId = QStringLiteral("other-tenant");
        QVERIFY(await(pipeline.send(request)).ok());
        QCOMPARE(credential->requests.size(), 2);
        QCOMPARE(credential->requests.at(1).tenantId, QStringLiteral("other-tenant"));

        request.scope = QStringLiteral("https://graph.localhost/.default");
        QVERIFY(await(pipeline.send(request)).ok()); // token-3 refused, token-4 accepted
        QCOMPARE(credential->requests.size(), 4);
        QCOMPARE(server.requests.constLast().headers.value("authorization"),
                 QByteArray("Bearer token-4"));

        // A token that expires within the refresh margin is replaced before it is used.
        credential->lifetime = 60;
        request.scope = QStringLiteral("https://short.localhost/.default");
        QVERIFY(await(pipeline.send(request)).ok());
        QVERIFY(await(pipeline.send(request)).ok());
        QCOMPARE(credential->requests.size(), 6);
    }

    void refusesAChallengeForAnotherResource_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::newRow("real Azure") << QStringLiteral("https://vault.azure.net");
        QTest::newRow("sibling host") << QStringLiteral("https://other.localhost:%1");
        QTest::newRow("other port") << QStringLiteral("https://vault.localhost:1");
        QTest::newRow("plain http") << QStringLiteral("http://vault.localhost:%1");
    }

    void refusesAChallengeForAnotherResource()
    {
        QFETCH(QString, resource);
        quint16 port = 0;
        TestHttpServer server(
            [&port, &resource](const Request &) {
                return challenge(port, resource.contains(QLatin1String("%1")) ? resource.arg(port)
                                                                              : resource);
            },
            m_tls);
        port = server.port();
        HttpPipeline pipeline(tlsCloud(port));
        auto credential = std::make_shared<FakeCredential>();
        pipeline.setCredential(credential);
        HttpRequest request;
        request.url =
            server.httpsUrl(QStringLiteral("demo.vault.localhost"), QStringLiteral("/secrets"));
        request.auth = HttpRequest::Auth::Challenge;
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AzureError::Kind::Auth);
        QCOMPARE(result.error().code, QStringLiteral("ChallengeResourceMismatch"));
        QVERIFY(credential->requests.isEmpty());
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(!server.requests.at(0).headers.contains("authorization"));
    }

    void trustsTheCloudCaOnlyForTheCloudsHosts()
    {
        TestHttpServer server([](const Request &) { return Response{200, "{}", {}}; }, m_tls);
        HttpPipeline pipeline(tlsCloud());
        pipeline.setRetryPolicy(fastRetries(0));
        HttpRequest request;
        // other.localhost is in the certificate but not one of the cloud's hosts.
        request.url = server.httpsUrl(QStringLiteral("other.localhost"), QStringLiteral("/"));
        const auto refused = await(pipeline.send(request));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, AzureError::Kind::Transport);
        QVERIFY2(refused.error().transportMessage.contains(QLatin1String("Kluis Test CA")),
                 qPrintable(refused.error().transportMessage));
        request.url = server.httpsUrl(QStringLiteral("demo.vault.localhost"), QStringLiteral("/"));
        const auto trusted = await(pipeline.send(request));
        QVERIFY2(trusted.ok(),
                 qPrintable(trusted.ok() ? QString() : trusted.error().detailedMessage()));
    }

    void computesBackoffAndRetryAfter()
    {
        RetryPolicy policy;
        policy.baseDelay = 1000ms;
        policy.maxDelay = 16000ms;
        for (int retry = 0; retry < 8; ++retry) {
            const auto delay = HttpPipeline::backoff(retry, policy).count();
            const auto nominal = std::min<qint64>(1000LL << retry, 16000);
            QVERIFY(delay >= nominal * 8 / 10 && delay <= nominal * 12 / 10);
        }
        HttpResponse response;
        QVERIFY(!HttpPipeline::retryAfter(response));
        response.headers = {{"Retry-After", "7"}};
        QCOMPARE(HttpPipeline::retryAfter(response).value(), 7000ms);
        response.headers = {{"retry-after-ms", "250"}, {"Retry-After", "7"}};
        QCOMPARE(HttpPipeline::retryAfter(response).value(), 250ms);
        response.headers = {
            {"Retry-After",
             QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1()}};
        const auto date = HttpPipeline::retryAfter(response).value();
        QVERIFY(date > 25000ms && date <= 30000ms);
    }

    void readsRetryAfterInEveryForm_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: none (the backoff applies)
        QTest::addColumn<qint64>("slackMs");
        const auto in30s = QDateTime::currentDateTimeUtc().addSecs(30);
        const QString imf =
            QLocale::c().toString(in30s, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) +
            QStringLiteral(" GMT");
        const QString rfc850 =
            QLocale::c().toString(in30s, QStringLiteral("dddd, dd-MMM-yy hh:mm:ss")) +
            QStringLiteral(" GMT");
        auto asctime = QLocale::c().toString(in30s, QStringLiteral("ddd MMM dd hh:mm:ss yyyy"));
        if (asctime.at(8) == QLatin1Char('0'))
            asctime[8] = QLatin1Char(' '); // "Nov  6"
        QTest::newRow("seconds") << QByteArray("Retry-After") << QByteArray("120") << qint64(120000)
                                 << qint64(0);
        QTest::newRow("fraction") << QByteArray("Retry-After") << QByteArray("1.5") << qint64(1500)
                                  << qint64(0);
        QTest::newRow("IMF-fixdate, GMT")
            << QByteArray("Retry-After") << imf.toLatin1() << qint64(30000) << qint64(2500);
        QTest::newRow("RFC 850") << QByteArray("Retry-After") << rfc850.toLatin1() << qint64(30000)
                                 << qint64(2500);
        QTest::newRow("asctime") << QByteArray("Retry-After") << asctime.toLatin1() << qint64(30000)
                                 << qint64(2500);
        QTest::newRow("date in the past")
            << QByteArray("Retry-After") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0)
            << qint64(0);
        QTest::newRow("negative") << QByteArray("Retry-After") << QByteArray("-5") << qint64(-1)
                                  << qint64(0);
        QTest::newRow("garbage") << QByteArray("Retry-After") << QByteArray("soon, maybe")
                                 << qint64(-1) << qint64(0);
        QTest::newRow("invalid date")
            << QByteArray("Retry-After") << QByteArray("Sun, 31 Feb 2030 08:49:37 GMT")
            << qint64(-1) << qint64(0);
        QTest::newRow("huge") << QByteArray("Retry-After")
                              << QByteArray("99999999999999999999999999") << qint64(86400000)
                              << qint64(0);
        QTest::newRow("milliseconds")
            << QByteArray("retry-after-ms") << QByteArray("250") << qint64(250) << qint64(0);
    }
    void readsRetryAfterInEveryForm()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        QFETCH(qint64, slackMs);
        HttpResponse response;
        response.status = 429;
        response.headers.append({header, value});
        const auto after = HttpPipeline::retryAfter(response);
        if (expectedMs < 0) {
            QVERIFY2(!after, qPrintable(QString::number(after ? after->count() : 0)));
            return;
        }
        QVERIFY(after);
        QVERIFY2(qAbs(after->count() - expectedMs) <= slackMs,
                 qPrintable(QString::number(after->count())));
    }

    // A wait longer than the request may take fails at once and says how long was asked.
    void aHugeRetryAfterFailsClearlyInsteadOfSleeping()
    {
        TestHttpServer server([](const Request &) {
            return Response{429, "{\"error\":{\"code\":\"Throttled\"}}", {{"Retry-After", "7200"}}};
        });
        HttpPipeline pipeline(plainCloud());
        HttpRequest request;
        request.url = server.url(QStringLiteral("/x"));
        QElapsedTimer clock;
        clock.start();
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(result.error().httpStatus, 429);
        QVERIFY2(result.error().message.contains(QLatin1String("7200 s")),
                 qPrintable(result.error().message));
        QCOMPARE(server.requests.size(), 1);
    }

    // Not even the sign-in service's redirects (errors come back as responses there).
    void aRedirectIsAnErrorEvenWhereErrorsAreResponses()
    {
        TestHttpServer server([](const Request &) {
            return Response{302, {}, {{"Location", "https://elsewhere.localhost/steal"}}};
        });
        HttpPipeline pipeline(plainCloud());
        HttpRequest request;
        request.method = "POST";
        request.url = server.url(QStringLiteral("/t/oauth2/v2.0/token"));
        request.body = "client_secret=s3cret";
        request.errorsAsResponses = true;
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 302);
        QVERIFY2(result.error().message.contains(QLatin1String("not followed")),
                 qPrintable(result.error().message));
        QCOMPARE(server.requests.size(), 1);
    }

    void pagingGuardStopsPagesThatLeadNowhere()
    {
        const QUrl first(QStringLiteral("https://v.vault.azure.net/secrets?api-version=7.6"));
        const QUrl again(QStringLiteral("https://v.vault.azure.net:443/secrets?api-version=7.6"));
        {
            PagingGuard guard;
            const auto stop = guard.check(first, 3, again);
            QVERIFY(stop);
            QCOMPARE(stop->code, QStringLiteral("NextLinkRepeated"));
            QVERIFY(stop->message.contains(QLatin1String("v.vault.azure.net")));
        }
        {
            // Empty pages after full ones: 50 in a row are followed, not more.
            PagingGuard guard;
            const auto link = [&first](int n) {
                QUrl url = first;
                url.setQuery(QStringLiteral("api-version=7.6&$skiptoken=%1").arg(n));
                return url;
            };
            QVERIFY(!guard.check(first, 2, link(1)));
            for (int i = 1; i < PagingGuard::MaxEmptyPagesInARow; ++i)
                QVERIFY(!guard.check(link(i), 0, link(i + 1)));
            const auto stop = guard.check(link(PagingGuard::MaxEmptyPagesInARow), 0,
                                          link(PagingGuard::MaxEmptyPagesInARow + 1));
            QVERIFY(stop);
            QCOMPARE(stop->code, QStringLiteral("EmptyPagesEndless"));
        }
        {
            PagingGuard guard;
            std::optional<AzureError> stop;
            int pages = 0;
            while (!stop && pages < PagingGuard::MaxPages + 5) {
                ++pages;
                QUrl next = first;
                next.setQuery(QStringLiteral("$skiptoken=%1").arg(pages));
                stop = guard.check(pages == 1 ? first : next, 1,
                                   QUrl(first.toString() + QStringLiteral("&n=%1").arg(pages)));
            }
            QVERIFY(stop);
            QCOMPARE(stop->code, QStringLiteral("TooManyPages"));
            QCOMPARE(pages, PagingGuard::MaxPages);
        }
        PagingGuard guard;
        QVERIFY(!guard.check(first, 0, QUrl())); // the last page
    }
};

QTEST_GUILESS_MAIN(TestHttpPipeline)
#include "tst_httppipeline.moc"
