// The probes against local servers: a closed port, a TLS server with a certificate nobody
// trusts (an inspecting proxy's stand-in), and a proxy that asks for credentials or refuses.
#include "TestAwait.h"

#include "diagnostics/EndpointProber.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kluis::core;
using namespace std::chrono_literals;

namespace {

// A proxy that answers every CONNECT with one fixed status line.
class FakeProxy : public QObject
{
public:
    explicit FakeProxy(QByteArray answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (auto *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests += socket->readAll();
                    if (m_requests.contains("\r\n\r\n")) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_requests;
};

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class TestEndpointProber : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslCertificate m_foreignCertificate;
    QSslKey m_foreignKey;

    ProbeSettings settings(QNetworkAccessManager *nam = nullptr) const
    {
        ProbeSettings s;
        s.cloud.name = QStringLiteral("Test");
        s.nam = nam;
        s.stepTimeout = 2s;
        return s;
    }
    static EndpointProbe run(FirewallEndpoint endpoint, ProbeSettings s)
    {
        return await(EndpointProber::probe(std::move(endpoint), std::move(s), {},
                                           std::make_shared<bool>(true)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A certificate from an authority this machine does not trust, as an inspecting proxy
        // presents.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Contoso Inspection CA/O=Contoso Ltd"),
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:login.localhost"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        m_foreignCertificate =
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem"))).value(0);
        QFile key(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_foreignKey = QSslKey(&key, QSsl::Rsa);
        QVERIFY(!m_foreignCertificate.isNull());
        QVERIFY(!m_foreignKey.isNull());
    }

    void closedPortIsRefused()
    {
        const auto port = closedPort();
        const auto probe =
            run({FirewallEndpoint::Role::Vault, QStringLiteral("demo.vault.localhost"), port},
                settings());
        QCOMPARE(probe.state, EndpointProbe::State::Blocked);
        QCOMPARE(probe.failure, DiagnosisCause::TcpRefused);
        QCOMPARE(probe.tcpConnected, false);
        QCOMPARE(probe.addresses, QStringList{QStringLiteral("127.0.0.1")});
        QVERIFY(probe.evidence.contains(QStringLiteral("RFC 6761")));
        QVERIFY(!probe.tlsTrusted.has_value()); // never reached
    }

    void cloudFileHostsAreUsedInsteadOfDns()
    {
        auto s = settings();
        s.cloud.hosts.insert(QStringLiteral("vault.example.test"), QStringLiteral("127.0.0.1"));
        const auto probe = run(
            {FirewallEndpoint::Role::Vault, QStringLiteral("kv.vault.example.test"), closedPort()},
            s);
        QCOMPARE(probe.addresses, QStringList{QStringLiteral("127.0.0.1")});
        QVERIFY2(probe.evidence.contains(QStringLiteral("the cloud file maps")),
                 qPrintable(probe.evidence));
        QCOMPARE(probe.failure, DiagnosisCause::TcpRefused);
    }

    void foreignCertificateIsUntrustedAndNamesItsIssuer()
    {
        QSslServer server;
        auto configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_foreignCertificate);
        configuration.setPrivateKey(m_foreignKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const auto probe = run({FirewallEndpoint::Role::SignIn, QStringLiteral("login.localhost"),
                                server.serverPort()},
                               settings());
        QCOMPARE(probe.state, EndpointProbe::State::Blocked);
        QCOMPARE(probe.failure, DiagnosisCause::TlsUntrusted);
        QCOMPARE(probe.tcpConnected, true);
        QCOMPARE(probe.tlsTrusted, false);
        QVERIFY2(probe.tlsIssuer.contains(QStringLiteral("Contoso Inspection CA")),
                 qPrintable(probe.tlsIssuer));
    }

    void theCloudsCaIsTrustedForItsOwnHosts()
    {
        QSslServer server;
        auto configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_foreignCertificate);
        configuration.setPrivateKey(m_foreignKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        auto s = settings();
        s.cloud.authorityHost =
            QUrl(QStringLiteral("https://login.localhost:%1/").arg(server.serverPort()));
        s.cloudCa = {m_foreignCertificate};
        const auto probe = run({FirewallEndpoint::Role::SignIn, QStringLiteral("login.localhost"),
                                server.serverPort()},
                               s);
        QCOMPARE(probe.tlsTrusted, true);
        QCOMPARE(probe.state, EndpointProbe::State::Reachable);
    }

    void proxyCauses_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("cause");
        QTest::newRow("407") << QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n"
                                           "Proxy-Authenticate: Basic realm=\"corp\"\r\n"
                                           "Content-Length: 0\r\n\r\n")
                             << int(DiagnosisCause::ProxyAuthRequired);
        QTest::newRow("403") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                             << int(DiagnosisCause::ProxyDenied);
    }
    void proxyCauses()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, cause);
        FakeProxy proxy(answer);
        QNetworkAccessManager nam;
        nam.setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        const auto probe = run({FirewallEndpoint::Role::ResourceManager,
                                QStringLiteral("management.example.test"), 443},
                               settings(&nam));
        QCOMPARE(probe.state, EndpointProbe::State::Blocked);
        QCOMPARE(int(probe.failure.value_or(DiagnosisCause::Ok)), cause);
        QCOMPARE(probe.proxy, QStringLiteral("127.0.0.1:%1").arg(proxy.port()));
        QVERIFY(proxy.requests().startsWith("CONNECT management.example.test:443"));
    }

    void unreachableProxyIsProxyRequired()
    {
        QNetworkAccessManager nam;
        nam.setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), closedPort()));
        const auto probe = run({FirewallEndpoint::Role::ResourceManager,
                                QStringLiteral("management.example.test"), 443},
                               settings(&nam));
        QCOMPARE(probe.failure, DiagnosisCause::ProxyRequired);
    }
};

QTEST_GUILESS_MAIN(TestEndpointProber)
#include "tst_endpointprober.moc"
