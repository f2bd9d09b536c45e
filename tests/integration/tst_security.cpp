#include "EmulatorProcess.h"
#include "TestAwait.h"
#include "TestHttpServer.h"

#include "net/HttpPipeline.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace kluis::core;

namespace {
class FixedCredential : public TokenCredential
{
public:
    QCoro::Task<Result<AccessToken>> getToken(TokenRequest) override
    {
        ++calls;
        co_return AccessToken{QByteArray("TOKEN-redirect-4711"),
                              QDateTime::currentDateTimeUtc().addSecs(3600)};
    }
    QString description() const override { return QStringLiteral("fixed"); }
    int calls = 0;
};
} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory")}};
    CloudProfile m_cloud;
    QTemporaryDir m_dir;

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }

    // A self-signed certificate for 127.0.0.1, made with openssl for this run.
    QSslConfiguration loopbackTls()
    {
        const auto cert = m_dir.filePath(QStringLiteral("server.pem"));
        const auto key = m_dir.filePath(QStringLiteral("server.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return {};
        QFile certFile(cert);
        QFile keyFile(key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return {};
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        return tls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
    }

    void aRedirectToAnotherHostIsRefusedAndGetsNoToken()
    {
        TestHttpServer elsewhere([](const TestHttpServer::Request &) {
            return TestHttpServer::Response{200, "{}", {}};
        });
        const auto target = elsewhere.url(QStringLiteral("/steal")).toString().toLatin1();
        const auto tls = loopbackTls();
        QVERIFY(!tls.localCertificate().isNull());
        TestHttpServer service(
            [target](const TestHttpServer::Request &) {
                return TestHttpServer::Response{307, {}, {{"Location", target}}};
            },
            tls);

        HttpPipeline pipeline(m_cloud);
        NetworkSettings network;
        network.proxy.mode = ProxySettings::Mode::None;
        network.extraCaFile = m_dir.filePath(QStringLiteral("server.pem"));
        pipeline.setNetworkSettings(network);
        auto credential = std::make_shared<FixedCredential>();
        pipeline.setCredential(credential);
        HttpRequest request;
        auto url = service.url(QStringLiteral("/subscriptions"));
        url.setScheme(QStringLiteral("https"));
        request.url = url;
        request.auth = HttpRequest::Auth::Scope;
        request.scope = m_cloud.resourceManagerScope;
        const auto result = await(pipeline.send(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 307);
        QVERIFY2(result.error().message.contains(QLatin1String("redirect")),
                 qPrintable(result.error().message));
        QCOMPARE(service.requests.size(), 1);
        QVERIFY(elsewhere.requests.isEmpty());
        // The error a caller may log or show holds no token.
        QVERIFY(!result.error().detailedMessage().contains(QLatin1String("TOKEN-redirect")));
    }

    void aFullKluisctlRunLogsNoTokenAndNoSecret()
    {
        const auto dataClient = [&] {
            for (const auto &c : std::as_const(m_cloud.clients)) {
                if (c.dataAccess)
                    return c;
            }
            return CloudClient{};
        }();
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_cloud.tenantId);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), dataClient.clientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), dataClient.clientSecret);
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kluis.*=true"));
        QByteArray log;
        QByteArray values;
        const auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(KLUISCTL_PATH),
                          QStringList{QStringLiteral("--cloud-file"), cloudFile(),
                                      QStringLiteral("--vault"), QStringLiteral("demo")} +
                              arguments);
            process.write(input);
            process.closeWriteChannel();
            if (!process.waitForFinished(120000))
                return -1;
            log += process.readAllStandardError();
            values += process.readAllStandardOutput();
            return process.exitCode();
        };
        const QByteArray secretValue = "S3CRET-VALUE-9c1e";
        QCOMPARE(run({QStringLiteral("set-secret"), QStringLiteral("log-check")}, secretValue), 0);
        QCOMPARE(run({QStringLiteral("get-secret"), QStringLiteral("log-check")}), 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("get-secret"),
                      QStringLiteral("log-check")}),
                 0);
        QCOMPARE(run({QStringLiteral("list"), QStringLiteral("secrets")}), 0);
        QCOMPARE(run({QStringLiteral("vaults")}), 0);
        QCOMPARE(run({QStringLiteral("show"), QStringLiteral("no-such-secret")}), 5);
        QVERIFY(values.contains(secretValue)); // the value was really handled

        // The logging was on and saw the requests...
        QVERIFY2(log.contains("/secrets/log-check"), log.constData());
        // ...and none of what must stay secret.
        QVERIFY2(!log.contains(secretValue), log.constData());
        QVERIFY2(!log.contains(dataClient.clientSecret.toUtf8()), log.constData());
        QVERIFY2(!log.contains("eyJ"), log.constData()); // no JWT, whole or in part
        QVERIFY2(!log.contains("Bearer "), log.constData());
        QVERIFY2(!log.contains("access_token"), log.constData());
        QVERIFY2(!log.contains("refresh_token"), log.constData());
        QVERIFY2(!log.contains("client_secret"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
