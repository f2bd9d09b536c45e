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

// Sets proxy variables for one test and takes every other spelling away, restoring all after.
class ProxyEnvironment
{
public:
    explicit ProxyEnvironment(const QList<QPair<const char *, QByteArray>> &variables)
    {
        for (const auto *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                                 "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
            m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
            qunsetenv(name);
        }
        for (const auto &[name, value] : variables)
            qputenv(name, value);
    }
    ~ProxyEnvironment()
    {
        for (const auto &saved : std::as_const(m_saved)) {
            if (saved.set)
                qputenv(saved.name, saved.value);
            else
                qunsetenv(saved.name);
        }
    }

private:
    struct Saved
    {
        const char *name;
        QByteArray value;
        bool set;
    };
    QList<Saved> m_saved;
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
    // The pipeline's proxy settings name a proxy on this port (a manual proxy).
    ProbeSettings throughProxy(quint16 port) const
    {
        auto s = settings();
        s.proxy.mode = ProxySettings::Mode::Manual;
        s.proxy.host = QStringLiteral("127.0.0.1");
        s.proxy.port = port;
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
        const auto probe = run({FirewallEndpoint::Role::ResourceManager,
                                QStringLiteral("management.example.test"), 443},
                               throughProxy(proxy.port()));
        QCOMPARE(probe.state, EndpointProbe::State::Blocked);
        QCOMPARE(int(probe.failure.value_or(DiagnosisCause::Ok)), cause);
        QCOMPARE(probe.proxy, QStringLiteral("127.0.0.1:%1").arg(proxy.port()));
        QVERIFY(proxy.requests().startsWith("CONNECT management.example.test:443"));
    }

    void unreachableProxyIsProxyRequired()
    {
        const auto probe = run({FirewallEndpoint::Role::ResourceManager,
                                QStringLiteral("management.example.test"), 443},
                               throughProxy(closedPort()));
        QCOMPARE(probe.failure, DiagnosisCause::ProxyRequired);
    }

    // Only HTTPS_PROXY, in upper case: the probes take the proxy the pipeline takes and name
    // what it answered.
    void theEnvironmentsProxyIsTheOneProbed()
    {
        FakeProxy proxy("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        const ProxyEnvironment environment(
            {{"HTTPS_PROXY", QByteArray("http://127.0.0.1:") + QByteArray::number(proxy.port())}});
        const auto probe =
            run({FirewallEndpoint::Role::SignIn, QStringLiteral("login.example.test"), 443},
                settings());
        QCOMPARE(probe.failure, DiagnosisCause::ProxyDenied);
        QCOMPARE(probe.proxy, QStringLiteral("127.0.0.1:%1").arg(proxy.port()));
        QVERIFY(proxy.requests().startsWith("CONNECT login.example.test:443"));
        QVERIFY2(probe.evidence.contains(probe.proxy), qPrintable(probe.evidence));
    }

    // Kluis set to connect directly, and direct connections fail: the proxy the environment
    // names (upper-case HTTPS_PROXY, which Qt's own system query does not read) is named.
    void aProxyKluisDoesNotUseIsNamed()
    {
        const auto proxyPort = closedPort();
        const ProxyEnvironment environment(
            {{"HTTPS_PROXY", QByteArray("http://127.0.0.1:") + QByteArray::number(proxyPort)}});
        auto s = settings();
        s.proxy.mode = ProxySettings::Mode::None;
        const auto probe = run(
            {FirewallEndpoint::Role::ResourceManager, QStringLiteral("127.0.0.1"), closedPort()},
            s);
        QCOMPARE(probe.failure, DiagnosisCause::ProxyRequired);
        QVERIFY2(probe.evidence.contains(QStringLiteral("127.0.0.1:%1").arg(proxyPort)),
                 qPrintable(probe.evidence));
    }

    // Names the pipeline sends through the proxy (proxyLocalNames) are probed through it too.
    void mappedNamesGoWhereThePipelineSendsThem()
    {
        FakeProxy proxy("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        auto s = throughProxy(proxy.port());
        const FirewallEndpoint login{FirewallEndpoint::Role::SignIn,
                                     QStringLiteral("login.localhost"), closedPort()};
        QCOMPARE(run(login, s).failure, DiagnosisCause::TcpRefused); // tunnelled: direct
        s.proxy.proxyLocalNames = true;
        const auto probe = run(login, s);
        QCOMPARE(probe.failure, DiagnosisCause::ProxyDenied);
        QCOMPARE(probe.proxy, QStringLiteral("127.0.0.1:%1").arg(proxy.port()));
    }
};

QTEST_GUILESS_MAIN(TestEndpointProber)
#include "tst_endpointprober.moc"
