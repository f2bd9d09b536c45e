#include "net/HttpPipeline.h"
#include "net/ProxySettings.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTest>

using namespace kluis::core;

namespace {
QProcessEnvironment environment(const QList<QPair<QString, QString>> &variables)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : variables)
        env.insert(name, value);
    return env;
}

QNetworkProxy first(SystemProxyResolver &resolver, const QString &url)
{
    const auto proxies = resolver.queryProxy(QNetworkProxyQuery(QUrl(url)));
    return proxies.isEmpty() ? QNetworkProxy() : proxies.constFirst();
}
} // namespace

class TestProxySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noProxyMatching_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("bypass");

        QTest::newRow("star") << "*"
                              << "demo.vault.azure.net" << 443 << true;
        QTest::newRow("exact") << "example.com"
                               << "example.com" << 443 << true;
        QTest::newRow("suffix without dot") << "vault.azure.net"
                                            << "demo.vault.azure.net" << 443 << true;
        QTest::newRow("suffix needs a label boundary") << "azure.net"
                                                       << "notazure.net" << 443 << false;
        QTest::newRow("leading dot, subdomain") << ".vault.azure.net"
                                                << "demo.vault.azure.net" << 443 << true;
        QTest::newRow("leading dot, the domain itself") << ".vault.azure.net"
                                                        << "vault.azure.net" << 443 << true;
        QTest::newRow("leading star-dot") << "*.vault.azure.net"
                                          << "demo.vault.azure.net" << 443 << true;
        QTest::newRow("other domain") << ".vault.azure.net"
                                      << "login.microsoftonline.com" << 443 << false;
        QTest::newRow("case") << "VAULT.Azure.NET"
                              << "Demo.vault.azure.net" << 443 << true;
        QTest::newRow("host:port match") << "proxy.test:8443"
                                         << "proxy.test" << 8443 << true;
        QTest::newRow("host:port other port") << "proxy.test:8443"
                                              << "proxy.test" << 443 << false;
        QTest::newRow("comma list with spaces") << "a.test, b.test ,c.test"
                                                << "b.test" << 443 << true;
        QTest::newRow("comma list miss") << "a.test,b.test"
                                         << "d.test" << 443 << false;
        QTest::newRow("ip") << "10.1.2.3"
                            << "10.1.2.3" << 443 << true;
        QTest::newRow("ip is not a suffix") << "2.3"
                                            << "10.1.2.3" << 443 << false;
        QTest::newRow("cidr in") << "10.0.0.0/8"
                                 << "10.1.2.3" << 443 << true;
        QTest::newRow("cidr out") << "10.0.0.0/8"
                                  << "11.1.2.3" << 443 << false;
        QTest::newRow("ipv6") << "::1"
                              << "::1" << 443 << true;
        QTest::newRow("trailing dot") << "example.com"
                                      << "example.com." << 443 << true;
        QTest::newRow("empty") << ""
                               << "example.com" << 443 << false;
    }
    void noProxyMatching()
    {
        QFETCH(QString, list);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, bypass);
        QCOMPARE(NoProxyList(list).matches(host, port), bypass);
    }

    void httpsProxyFromEnvironment()
    {
        SystemProxyResolver upper(environment(
            {{QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://proxy.test:3128")}}));
        auto proxy = first(upper, QStringLiteral("https://demo.vault.azure.net/secrets"));
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.test"));
        QCOMPARE(proxy.port(), 3128);

        // The lower-case spelling wins, as with curl.
        SystemProxyResolver both(
            environment({{QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://upper.test:1")},
                         {QStringLiteral("https_proxy"), QStringLiteral("lower.test:2")}}));
        proxy = first(both, QStringLiteral("https://demo.vault.azure.net/"));
        QCOMPARE(proxy.hostName(), QStringLiteral("lower.test"));
        QCOMPARE(proxy.port(), 2);

        // http_proxy does not serve https requests; ALL_PROXY does.
        SystemProxyResolver httpOnly(
            environment({{QStringLiteral("http_proxy"), QStringLiteral("http://plain.test:80")},
                         {QStringLiteral("ALL_PROXY"), QStringLiteral("http://all.test:8080")}}));
        QCOMPARE(first(httpOnly, QStringLiteral("https://x.test/")).hostName(),
                 QStringLiteral("all.test"));
        QCOMPARE(first(httpOnly, QStringLiteral("http://x.test/")).hostName(),
                 QStringLiteral("plain.test"));
    }

    void credentialsInTheProxyUrl()
    {
        SystemProxyResolver resolver(
            environment({{QStringLiteral("https_proxy"),
                          QStringLiteral("http://al%40ice:p%3Ass@proxy.test:3128")}}));
        const auto proxy = first(resolver, QStringLiteral("https://demo.vault.azure.net/"));
        QCOMPARE(proxy.user(), QStringLiteral("al@ice"));
        QCOMPARE(proxy.password(), QStringLiteral("p:ss"));
    }

    void noProxyFromEnvironment()
    {
        SystemProxyResolver resolver(environment(
            {{QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://proxy.test:3128")},
             {QStringLiteral("NO_PROXY"), QStringLiteral(".internal.test,vault.test:8443")}}));
        QCOMPARE(first(resolver, QStringLiteral("https://a.internal.test/")).type(),
                 QNetworkProxy::NoProxy);
        QCOMPARE(first(resolver, QStringLiteral("https://vault.test:8443/")).type(),
                 QNetworkProxy::NoProxy);
        QCOMPARE(first(resolver, QStringLiteral("https://vault.test/")).type(),
                 QNetworkProxy::HttpProxy);
        QCOMPARE(first(resolver, QStringLiteral("https://internal.test.example/")).type(),
                 QNetworkProxy::HttpProxy);

        SystemProxyResolver everything(
            environment({{QStringLiteral("https_proxy"), QStringLiteral("http://proxy.test:3128")},
                         {QStringLiteral("no_proxy"), QStringLiteral("*")}}));
        QCOMPARE(first(everything, QStringLiteral("https://demo.vault.azure.net/")).type(),
                 QNetworkProxy::NoProxy);
    }

    void settingsFromUrl()
    {
        auto settings = ProxySettings::fromUrl(QStringLiteral("http://bob:secret@proxy.corp:8080"));
        QVERIFY(settings);
        QCOMPARE(settings->mode, ProxySettings::Mode::Manual);
        QCOMPARE(settings->host, QStringLiteral("proxy.corp"));
        QCOMPARE(settings->port, 8080);
        QCOMPARE(settings->user, QStringLiteral("bob"));
        QCOMPARE(settings->password, QStringLiteral("secret"));
        QCOMPARE(ProxySettings::fromUrl(QStringLiteral("none"))->mode, ProxySettings::Mode::None);
        QCOMPARE(ProxySettings::fromUrl(QStringLiteral("system"))->mode,
                 ProxySettings::Mode::System);
        QVERIFY(!ProxySettings::fromUrl(QStringLiteral("ftp://proxy:21")));
        QVERIFY(!ProxySettings::fromUrl(QStringLiteral("http://")));
    }

    void jsonNeverHoldsThePassword()
    {
        ProxySettings settings;
        settings.mode = ProxySettings::Mode::Manual;
        settings.host = QStringLiteral("proxy.corp");
        settings.port = 3128;
        settings.user = QStringLiteral("bob");
        settings.password = QStringLiteral("hunter2");
        settings.noProxy = QStringLiteral(".corp");
        const auto json = settings.toJson();
        QVERIFY(!QJsonDocument(json).toJson().contains("hunter2"));
        auto back = ProxySettings::fromJson(json);
        QVERIFY(back.password.isEmpty());
        back.password = settings.password;
        QCOMPARE(back, settings);
        QCOMPARE(settings.keychainKey(), QStringLiteral("proxy/bob@proxy.corp:3128"));
    }

    void pipelineRoutesByMode()
    {
        auto cloud = CloudProfile::builtIn(QStringLiteral("AzureCloud"));
        QVERIFY(cloud);
        HttpPipeline pipeline(*cloud);
        const QUrl vault(QStringLiteral("https://demo.vault.azure.net/"));

        NetworkSettings network;
        network.proxy.mode = ProxySettings::Mode::Manual;
        network.proxy.host = QStringLiteral("proxy.corp");
        network.proxy.port = 3128;
        network.proxy.noProxy = QStringLiteral("login.microsoftonline.com");
        pipeline.setNetworkSettings(network);
        QCOMPARE(pipeline.proxyFor(vault).hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(pipeline.proxyFor(vault).port(), 3128);
        QCOMPARE(
            pipeline.proxyFor(QUrl(QStringLiteral("https://login.microsoftonline.com/x"))).type(),
            QNetworkProxy::NoProxy);

        // The emulator's names keep going through the in-process tunnel, never the proxy.
        const auto local =
            pipeline.proxyFor(QUrl(QStringLiteral("https://demo.vault.localhost:8443/")));
        QCOMPARE(local.hostName(), QStringLiteral("127.0.0.1"));
        QVERIFY(local.port() != 3128);

        network.proxy.mode = ProxySettings::Mode::None;
        pipeline.setNetworkSettings(network);
        QCOMPARE(pipeline.proxyFor(vault).type(), QNetworkProxy::NoProxy);
    }

    void newPipelinesStartFromTheDefault()
    {
        NetworkSettings network;
        network.proxy = *ProxySettings::fromUrl(QStringLiteral("http://default.proxy:3129"));
        HttpPipeline::setDefaultNetworkSettings(network);
        auto cloud = CloudProfile::builtIn(QStringLiteral("AzureCloud"));
        HttpPipeline pipeline(*cloud);
        HttpPipeline::setDefaultNetworkSettings({});
        QCOMPARE(pipeline.networkSettings(), network);
        QCOMPARE(
            pipeline.proxyFor(QUrl(QStringLiteral("https://management.azure.com/"))).hostName(),
            QStringLiteral("default.proxy"));
    }
};

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"
