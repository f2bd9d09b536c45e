#include "EmulatorProcess.h"
#include "TestAwait.h"

#include "auth/ClientSecretCredential.h"
#include "clients/KeyVaultClient.h"
#include "net/HttpPipeline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace kluis::core;

namespace {
// A real squid on loopback with a generated configuration, for one test.
class Squid
{
public:
    enum class Policy
    {
        Allow,
        DenyVault, // CONNECT to *.vault.localhost is refused with 403
        BasicAuth, // user "proxyuser", password "proxy-pass"
    };

    ~Squid() { stop(); }

    // A few tries: another test running beside this one may take the port squid was given.
    bool start(Policy policy)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (startOnce(policy))
                return true;
            stop();
        }
        return false;
    }

    bool startOnce(Policy policy)
    {
        if (!m_dir.isValid())
            return false;
        // squid drops root for cache_effective_user, which must write its logs here.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther |
                                                QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup);
        // squid cannot listen on port 0: take a free port and give it back.
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
        }
        // squid resolves the CONNECT targets itself: the emulator's names from a hosts file.
        writeFile(QStringLiteral("hosts"),
                  "127.0.0.1 login.localhost management.localhost graph.localhost "
                  "vault.localhost demo.vault.localhost empty.vault.localhost\n");
        QByteArray rules;
        if (policy == Policy::DenyVault) {
            rules = "acl vaults dstdomain .vault.localhost\n"
                    "http_access deny CONNECT vaults\n"
                    "http_access allow loopback\n";
        } else if (policy == Policy::BasicAuth) {
            QProcess openssl;
            openssl.start(
                QStringLiteral("openssl"),
                {QStringLiteral("passwd"), QStringLiteral("-apr1"), QStringLiteral("proxy-pass")});
            if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0)
                return false;
            writeFile(QStringLiteral("htpasswd"),
                      "proxyuser:" + openssl.readAllStandardOutput().trimmed() + '\n');
            rules = "auth_param basic program /usr/lib/squid/basic_ncsa_auth " +
                    QFile::encodeName(m_dir.filePath(QStringLiteral("htpasswd"))) +
                    "\n"
                    "auth_param basic realm kluis-test\n"
                    "acl authenticated proxy_auth REQUIRED\n"
                    "http_access allow authenticated\n";
        } else {
            rules = "http_access allow loopback\n";
        }
        const auto path = [this](const char *name) {
            return QFile::encodeName(m_dir.filePath(QString::fromLatin1(name)));
        };
        writeFile(QStringLiteral("squid.conf"),
                  "http_port 127.0.0.1:" + QByteArray::number(m_port) +
                      "\n"
                      "pid_filename " +
                      path("squid.pid") +
                      "\n"
                      "access_log stdio:" +
                      path("access.log") +
                      "\n"
                      "cache_log " +
                      path("cache.log") +
                      "\n"
                      "cache_store_log none\n"
                      "coredump_dir " +
                      m_dir.path().toLocal8Bit() +
                      "\n"
                      "hosts_file " +
                      path("hosts") +
                      "\n"
                      "dns_nameservers 127.0.0.1\n"
                      "cache_effective_user proxy\n"
                      "cache deny all\n"
                      "pinger_enable off\n"
                      "netdb_filename none\n"
                      "shutdown_lifetime 0 seconds\n"
                      "acl loopback src 127.0.0.1/32\n"
                      "acl SSL_ports port 1-65535\n"
                      "acl CONNECT method CONNECT\n"
                      "http_access deny CONNECT !SSL_ports\n" +
                      rules + "http_access deny all\n");
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("squid"), {QStringLiteral("-N"), QStringLiteral("-f"),
                                                  m_dir.filePath(QStringLiteral("squid.conf"))});
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        // Ready when squid itself says it listens on the port: a connection alone could reach
        // another test's server that took the port between the probe and squid.
        const QByteArray listening = "local=127.0.0.1:" + QByteArray::number(m_port);
        while (clock.elapsed() < 20000) {
            if (cacheLog().contains("Accepting HTTP Socket connections at") &&
                cacheLog().contains(listening) && m_process.state() == QProcess::Running)
                return true;
            if (m_process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(100);
        }
        qWarning() << "squid did not start:" << m_process.readAll() << cacheLog();
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    quint16 port() const { return m_port; }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QByteArray accessLog() const { return readFile(QStringLiteral("access.log")); }
    QByteArray cacheLog() const { return readFile(QStringLiteral("cache.log")); }

    // squid writes a tunnel's line when the tunnel closes: wait for it.
    bool waitForLog(const QByteArray &needle, int timeoutMs = 10000) const
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (accessLog().contains(needle))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private:
    void writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return;
        file.write(content);
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ReadOther | QFileDevice::ReadGroup);
    }
    QByteArray readFile(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory")}};
    CloudProfile m_cloud;

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }
    CloudClient client() const
    {
        for (const auto &c : m_cloud.clients) {
            if (c.dataAccess)
                return c;
        }
        return {};
    }
    QByteArray vaultConnect() const
    {
        return QByteArray("CONNECT demo.vault.localhost:") + QByteArray::number(m_cloud.vaultPort);
    }

    static NetworkSettings through(const Squid &squid, const QString &user = {},
                                   const QString &password = {})
    {
        NetworkSettings network;
        network.proxy.mode = ProxySettings::Mode::Manual;
        network.proxy.host = QStringLiteral("127.0.0.1");
        network.proxy.port = squid.port();
        network.proxy.user = user;
        network.proxy.password = password;
        network.proxy.proxyLocalNames = true;
        return network;
    }

    // Lists the demo vault's secrets with every request (sign-in included) under `network`.
    Result<ItemPage<SecretItem>> listThrough(const NetworkSettings &network, int maxRetries = 0)
    {
        HttpPipeline::setDefaultNetworkSettings(network);
        auto pipeline = std::make_unique<HttpPipeline>(m_cloud);
        pipeline->setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client().clientId, client().clientSecret));
        HttpPipeline::setDefaultNetworkSettings({});
        RetryPolicy retry;
        retry.maxRetries = maxRetries;
        pipeline->setRetryPolicy(retry);
        KeyVaultClient vault(pipeline.get(), m_cloud.vaultUrl(QStringLiteral("demo")));
        auto page = await(vault.list<SecretItem>());
        pipeline.reset(); // closes the tunnels, so squid logs them
        return page;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run kluisctl(const QStringList &arguments, const QList<QPair<QString, QString>> &variables)
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_cloud.tenantId);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), client().clientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), client().clientSecret);
        for (const auto *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                                 "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            environment.remove(QString::fromLatin1(name));
        for (const auto &[name, value] : variables)
            environment.insert(name, value);
        QProcess process;
        process.setProcessEnvironment(environment);
        // A --cloud-file of the test's own replaces the emulator's.
        const auto cloud = arguments.contains(QStringLiteral("--cloud-file"))
                               ? QStringList()
                               : QStringList{QStringLiteral("--cloud-file"), cloudFile()};
        process.start(QStringLiteral(KLUISCTL_PATH), cloud + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("squid")).isEmpty() &&
            !QFile::exists(QStringLiteral("/usr/sbin/squid")))
            QFAIL("squid is not installed (scripts/install-deps.sh installs it)");
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
        QVERIFY(!client().clientId.isEmpty());
    }

    void listsSecretsThroughTheProxy()
    {
        Squid squid;
        QVERIFY(squid.start(Squid::Policy::Allow));
        const auto page = listThrough(through(squid));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detailedMessage()));
        // Honest only if the requests really went through squid.
        QVERIFY2(squid.waitForLog(vaultConnect()), squid.accessLog().constData());
        QVERIFY2(squid.waitForLog(QByteArray("CONNECT login.localhost:")),
                 squid.accessLog().constData());
    }

    void withoutTheTestOptionTheEmulatorBypassesTheProxy()
    {
        Squid squid;
        QVERIFY(squid.start(Squid::Policy::Allow));
        auto network = through(squid);
        network.proxy.proxyLocalNames = false;
        const auto page = listThrough(network);
        QVERIFY(page.ok());
        QTest::qWait(1000);
        QVERIFY2(!squid.accessLog().contains("CONNECT"), squid.accessLog().constData());
    }

    void aDenyingProxyIsReportedAsSuch()
    {
        Squid squid;
        QVERIFY(squid.start(Squid::Policy::DenyVault));
        const auto page = listThrough(through(squid), 2);
        QVERIFY(!page.ok());
        const auto &error = page.error();
        QCOMPARE(error.kind, AzureError::Kind::Transport);
        QCOMPARE(error.transportError, QNetworkReply::ProxyConnectionRefusedError);
        QCOMPARE(error.code, QStringLiteral("ProxyDenied"));
        QVERIFY2(error.detailedMessage().contains(squid.hostPort()),
                 qPrintable(error.detailedMessage()));
        QVERIFY2(squid.waitForLog("TCP_DENIED/403"), squid.accessLog().constData());
        // A refusal is not retried.
        QCOMPARE(squid.accessLog().count("TCP_DENIED/403"), 1);
    }

    void proxyAuthentication()
    {
        Squid squid;
        QVERIFY(squid.start(Squid::Policy::BasicAuth));

        auto page = listThrough(through(squid), 2);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().transportError, QNetworkReply::ProxyAuthenticationRequiredError);
        QCOMPARE(page.error().code, QStringLiteral("ProxyAuthenticationRequired"));
        QVERIFY2(page.error().detailedMessage().contains(squid.hostPort()),
                 qPrintable(page.error().detailedMessage()));

        // A wrong password fails too, after one answer: no loop of 407s.
        page = listThrough(through(squid, QStringLiteral("proxyuser"), QStringLiteral("wrong")), 2);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().transportError, QNetworkReply::ProxyAuthenticationRequiredError);
        QVERIFY2(squid.accessLog().count("TCP_DENIED/407") < 8, squid.accessLog().constData());

        page =
            listThrough(through(squid, QStringLiteral("proxyuser"), QStringLiteral("proxy-pass")));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detailedMessage()));
        QVERIFY2(squid.waitForLog("proxyuser HIER_DIRECT"), squid.accessLog().constData());
        QVERIFY(squid.accessLog().contains(vaultConnect()));
    }

    void anUnreachableProxyIsReportedAsSuch()
    {
        // A port bound but never listened on refuses connections, and no other process (a test
        // running beside this one) can take it meanwhile, as it could a port merely closed.
        QTcpSocket holder;
        QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
        const quint16 closedPort = holder.localPort();
        NetworkSettings network;
        network.proxy.mode = ProxySettings::Mode::Manual;
        network.proxy.host = QStringLiteral("127.0.0.1");
        network.proxy.port = closedPort;
        network.proxy.proxyLocalNames = true;
        const auto page = listThrough(network);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().transportError, QNetworkReply::ProxyNotFoundError);
        QCOMPARE(page.error().code, QStringLiteral("ProxyUnreachable"));
        QVERIFY2(
            page.error().detailedMessage().contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)),
            qPrintable(page.error().detailedMessage()));
    }

    void kluisctlUsesTheProxy()
    {
        Squid squid;
        QVERIFY(squid.start(Squid::Policy::Allow));
        const QList<QPair<QString, QString>> testOnly{
            {QStringLiteral("KLUIS_PROXY_LOCAL_NAMES"), QStringLiteral("1")}};
        auto run =
            kluisctl({QStringLiteral("--proxy"), QStringLiteral("http://%1").arg(squid.hostPort()),
                      QStringLiteral("list"), QStringLiteral("secrets"), QStringLiteral("--vault"),
                      QStringLiteral("demo")},
                     testOnly);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(squid.waitForLog(vaultConnect()), squid.accessLog().constData());
        const auto connects = squid.accessLog().count(vaultConnect());

        // HTTPS_PROXY from the environment, the same way.
        auto viaEnvironment = testOnly;
        viaEnvironment.append(
            {QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://%1").arg(squid.hostPort())});
        run = kluisctl({QStringLiteral("list"), QStringLiteral("secrets"),
                        QStringLiteral("--vault"), QStringLiteral("demo")},
                       viaEnvironment);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QElapsedTimer clock;
        clock.start();
        while (squid.accessLog().count(vaultConnect()) == connects && clock.elapsed() < 10000)
            QTest::qWait(100);
        QVERIFY2(squid.accessLog().count(vaultConnect()) > connects, squid.accessLog().constData());

        // NO_PROXY sends it around the proxy.
        const auto before = squid.accessLog().count("CONNECT");
        viaEnvironment.append({QStringLiteral("NO_PROXY"), QStringLiteral(".localhost")});
        run = kluisctl({QStringLiteral("list"), QStringLiteral("secrets"),
                        QStringLiteral("--vault"), QStringLiteral("demo")},
                       viaEnvironment);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QTest::qWait(1000);
        QCOMPARE(squid.accessLog().count("CONNECT"), before);
    }

    void kluisctlNamesADenyingProxy()
    {
        Squid squid;
        QVERIFY(squid.start(Squid::Policy::DenyVault));
        const auto run =
            kluisctl({QStringLiteral("--json"), QStringLiteral("--proxy"),
                      QStringLiteral("http://%1").arg(squid.hostPort()), QStringLiteral("list"),
                      QStringLiteral("secrets"), QStringLiteral("--vault"), QStringLiteral("demo")},
                     {{QStringLiteral("KLUIS_PROXY_LOCAL_NAMES"), QStringLiteral("1")}});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("\"code\":\"ProxyDenied\""), run.err.constData());
        QVERIFY2(run.err.contains(squid.hostPort().toLatin1()), run.err.constData());
    }

    // Only HTTPS_PROXY (upper case) and no direct way out: the diagnosis probes through the
    // proxy the requests took and names what the proxy said, not a direct connection's failure.
    void kluisctlDiagnoseNamesWhatTheProxySaid()
    {
        Squid squid;
        QVERIFY(squid.start(Squid::Policy::DenyVault));
        // Kluis's own names lead nowhere directly (nothing listens on 127.0.0.3); squid
        // resolves them from its own hosts file.
        QFile original(cloudFile());
        QVERIFY(original.open(QIODevice::ReadOnly));
        auto profile = QJsonDocument::fromJson(original.readAll()).object();
        QJsonObject nowhere;
        const auto hosts = profile.value(QStringLiteral("hosts")).toObject();
        for (auto it = hosts.begin(); it != hosts.end(); ++it)
            nowhere.insert(it.key(), QStringLiteral("127.0.0.3"));
        profile.insert(QStringLiteral("hosts"), nowhere);
        QTemporaryDir dir;
        const auto blocked = dir.filePath(QStringLiteral("cloud.json"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(profile).toJson());
        file.close();

        auto run = kluisctl(
            {QStringLiteral("--cloud-file"), blocked, QStringLiteral("diagnose"),
             QStringLiteral("--vault"), QStringLiteral("demo"), QStringLiteral("--json")},
            {{QStringLiteral("KLUIS_PROXY_LOCAL_NAMES"), QStringLiteral("1")},
             {QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://%1").arg(squid.hostPort())}});
        const auto diagnosis = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!diagnosis.isEmpty(), run.err.constData());
        const auto vaultHost = QStringLiteral("demo.vault.localhost:%1").arg(m_cloud.vaultPort);
        QCOMPARE(diagnosis.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("proxy-denied"));
        QCOMPARE(diagnosis.value(QStringLiteral("endpoint")).toString(), vaultHost);
        for (const auto &value : diagnosis.value(QStringLiteral("endpoints")).toArray()) {
            const auto probe = value.toObject();
            const auto where = probe.value(QStringLiteral("host")).toString();
            QCOMPARE(probe.value(QStringLiteral("proxy")).toString(), squid.hostPort());
            if (where.startsWith(QLatin1String("login.")))
                QCOMPARE(probe.value(QStringLiteral("state")).toString(),
                         QStringLiteral("reachable"));
        }
        QVERIFY2(squid.waitForLog("TCP_DENIED/403"), squid.accessLog().constData());
    }

    // Credentials in HTTPS_PROXY: the pipeline gives them to the proxy, and so do the probes,
    // so the diagnosis finds nothing wrong where the listing works.
    void kluisctlDiagnoseUsesTheProxyCredentials()
    {
        Squid squid;
        QVERIFY(squid.start(Squid::Policy::BasicAuth));
        auto run =
            kluisctl({QStringLiteral("diagnose"), QStringLiteral("--vault"), QStringLiteral("demo"),
                      QStringLiteral("--json")},
                     {{QStringLiteral("KLUIS_PROXY_LOCAL_NAMES"), QStringLiteral("1")},
                      {QStringLiteral("HTTPS_PROXY"),
                       QStringLiteral("http://proxyuser:proxy-pass@%1").arg(squid.hostPort())}});
        const auto diagnosis = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!diagnosis.isEmpty(), run.err.constData());
        QCOMPARE(diagnosis.value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));
        for (const auto &value : diagnosis.value(QStringLiteral("endpoints")).toArray()) {
            const auto probe = value.toObject();
            QCOMPARE(probe.value(QStringLiteral("proxy")).toString(), squid.hostPort());
            QVERIFY2(probe.value(QStringLiteral("state")).toString() == QLatin1String("reachable"),
                     QJsonDocument(probe).toJson().constData());
        }
        QVERIFY(!run.out.contains("proxy-pass"));
    }

    void extraCaFileIsTrustedForEveryHost()
    {
        // Without the cloud's own CA the emulator is untrusted; the extra CA file vouches for it.
        auto untrusted = m_cloud;
        untrusted.caFile.clear();
        NetworkSettings network;
        network.proxy.mode = ProxySettings::Mode::None;
        HttpPipeline::setDefaultNetworkSettings(network);
        ClientSecretCredential refused(untrusted, m_cloud.tenantId, client().clientId,
                                       client().clientSecret);
        network.extraCaFile = m_cloud.caFile;
        HttpPipeline::setDefaultNetworkSettings(network);
        ClientSecretCredential trusted(untrusted, m_cloud.tenantId, client().clientId,
                                       client().clientSecret);
        HttpPipeline::setDefaultNetworkSettings({});
        TokenRequest request;
        request.scopes = {m_cloud.vaultScope};
        const auto no = await(refused.getToken(request));
        QVERIFY(!no.ok());
        QCOMPARE(no.error().transportError, QNetworkReply::SslHandshakeFailedError);
        const auto yes = await(trusted.getToken(request));
        QVERIFY2(yes.ok(), qPrintable(yes.ok() ? QString() : yes.error().detailedMessage()));
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
