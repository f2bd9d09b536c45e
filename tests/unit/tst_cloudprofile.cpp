#include "cloud/CloudProfile.h"

#include <QTest>

using kluis::core::CloudProfile;
using kluis::core::FirewallEndpoint;

class TestCloudProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEmulatorDescription()
    {
        const QByteArray json =
            "{"
            "            \"name\": \"KluisEmulator\", \"authorityHost\": "
            "\"https://login.localhost:8443\","
            "            \"tenantId\": \"t1\", \"resourceManager\": "
            "\"https://management.localhost:8443/\","
            "            \"resourceManagerScope\": \"https://management.localhost:8443/.default\","
            "            \"graph\": \"https://graph.localhost:8443/\", \"vaultSuffix\": "
            "\"vault.localhost\","
            "            \"caFile\": \"/tmp/ca.pem\","
            "            \"vaults\": [{\"name\": \"demo\", \"uri\": "
            "\"https://demo.vault.localhost:8443/\","
            "                        \"subscriptionId\": \"s1\", \"resourceGroup\": \"rg\"},"
            "                       {\"name\": \"bad\", \"uri\": "
            "\"http://bad.vault.localhost/\"}]}";
        QString error;
        const auto profile = CloudProfile::fromJson(json, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->authorityHost.host(), QStringLiteral("login.localhost"));
        QCOMPARE(profile->caFile, QStringLiteral("/tmp/ca.pem"));
        // A vault that is not https is never trusted with a token.
        QCOMPARE(profile->vaults.size(), 1);
        QCOMPARE(profile->vaults.constFirst().uri.port(), 8443);
    }

    void readsTheWholeEmulatorFile()
    {
        const QByteArray json =
            "{\"name\":\"KluisEmulator\",\"displayName\":\"Kluis emulator (localhost)\","
            "\"authorityHost\":\"https://login.localhost:40123\",\"tenantId\":\"t1\","
            "\"otherTenantId\":\"t2\",\"resourceManager\":\"https://management.localhost:40123/\","
            "\"resourceManagerScope\":\"https://management.localhost:40123/.default\","
            "\"graph\":\"https://graph.localhost:40123/\",\"vaultSuffix\":\"vault.localhost\","
            "\"vaultPort\":40123,\"vaultScope\":\"https://vault.localhost:40123/.default\","
            "\"caFile\":\"/tmp/x/tls/ca.pem\",\"hosts\":{\"login.localhost\":\"127.0.0.1\","
            "\"vault.localhost\":\"127.0.0.1\"},\"subscriptions\":[{\"id\":\"s1\",\"name\":"
            "\"Demo\"}],\"vaults\":[{\"name\":\"demo\",\"uri\":"
            "\"https://demo.vault.localhost:40123/\",\"subscriptionId\":\"s1\","
            "\"resourceGroup\":\"rg\"}],\"clients\":[{\"clientId\":\"c1\",\"clientSecret\":"
            "\"secret-1\",\"description\":\"full\",\"dataAccess\":true},{\"clientId\":\"c2\","
            "\"clientSecret\":\"secret-2\",\"description\":\"none\",\"dataAccess\":false}],"
            "\"publicClientId\":\"p1\",\"faultsUrl\":"
            "\"https://management.localhost:40123/_emulator/faults\"}";
        QString error;
        const auto profile = CloudProfile::fromJson(json, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->vaultPort, 40123);
        QCOMPARE(profile->vaultScope, QStringLiteral("https://vault.localhost:40123/.default"));
        QCOMPARE(profile->vaultUrl(QStringLiteral("Demo")),
                 QUrl(QStringLiteral("https://demo.vault.localhost:40123/")));
        QCOMPARE(profile->hosts.value(QStringLiteral("vault.localhost")),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(profile->clients.size(), 2);
        QVERIFY(profile->clients.at(0).dataAccess);
        QCOMPARE(profile->clients.at(1).clientSecret, QStringLiteral("secret-2"));
        QCOMPARE(profile->publicClientId, QStringLiteral("p1"));
        QVERIFY(profile->ownsHost(QStringLiteral("demo.vault.localhost")));
        QVERIFY(profile->ownsHost(QStringLiteral("LOGIN.localhost")));
        QVERIFY(!profile->ownsHost(QStringLiteral("example.com")));
        QVERIFY(!profile->ownsHost(QStringLiteral("evilvault.localhost")));
        const auto endpoints = profile->firewallEndpoints();
        QVERIFY(endpoints.contains(FirewallEndpoint{FirewallEndpoint::Role::Vault,
                                                    QStringLiteral("*.vault.localhost"), 40123}));
        QVERIFY(endpoints.contains(FirewallEndpoint{FirewallEndpoint::Role::SignIn,
                                                    QStringLiteral("login.localhost"), 40123}));
    }

    void knowsTheBuiltInClouds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("management");
        QTest::addColumn<QString>("vaultSuffix");
        QTest::addColumn<bool>("retired");
        QTest::newRow("global") << QStringLiteral("AzureCloud")
                                << QStringLiteral("login.microsoftonline.com")
                                << QStringLiteral("management.azure.com")
                                << QStringLiteral("vault.azure.net") << false;
        QTest::newRow("china") << QStringLiteral("AzureChinaCloud")
                               << QStringLiteral("login.chinacloudapi.cn")
                               << QStringLiteral("management.chinacloudapi.cn")
                               << QStringLiteral("vault.azure.cn") << false;
        QTest::newRow("us gov") << QStringLiteral("AzureUSGovernment")
                                << QStringLiteral("login.microsoftonline.us")
                                << QStringLiteral("management.usgovcloudapi.net")
                                << QStringLiteral("vault.usgovcloudapi.net") << false;
        QTest::newRow("germany") << QStringLiteral("azuregermancloud")
                                 << QStringLiteral("login.microsoftonline.de")
                                 << QStringLiteral("management.microsoftazure.de")
                                 << QStringLiteral("vault.microsoftazure.de") << true;
    }

    void knowsTheBuiltInClouds()
    {
        QFETCH(QString, name);
        QFETCH(QString, login);
        QFETCH(QString, management);
        QFETCH(QString, vaultSuffix);
        QFETCH(bool, retired);
        const auto profile = CloudProfile::builtIn(name);
        QVERIFY(profile);
        QCOMPARE(profile->authorityHost.host(), login);
        QCOMPARE(profile->resourceManager.host(), management);
        QCOMPARE(profile->resourceManagerScope,
                 QStringLiteral("https://") + management + QStringLiteral("/.default"));
        QCOMPARE(profile->vaultSuffix, vaultSuffix);
        QCOMPARE(profile->vaultScope,
                 QStringLiteral("https://") + vaultSuffix + QStringLiteral("/.default"));
        QCOMPARE(profile->retired, retired);
        QCOMPARE(profile->vaultUrl(QStringLiteral("kv1")).port(), -1);

        // The table a network team needs: every role on 443, revocation on 80.
        const auto endpoints = profile->firewallEndpoints();
        QList<FirewallEndpoint::Role> roles;
        for (const auto &endpoint : endpoints) {
            if (!roles.contains(endpoint.role))
                roles.append(endpoint.role);
            QCOMPARE(endpoint.port,
                     endpoint.role == FirewallEndpoint::Role::CertificateRevocation ? 80 : 443);
        }
        QCOMPARE(roles.size(), 5);
        QVERIFY(endpoints.contains(FirewallEndpoint{FirewallEndpoint::Role::Vault,
                                                    QStringLiteral("*.") + vaultSuffix, 443}));
        QVERIFY(profile->ownsHost(QStringLiteral("kv1.") + vaultSuffix));
    }

    void namesPersonalAccountSignInForTheGlobalCloud()
    {
        const auto global = CloudProfile::builtIn(QStringLiteral("AzureCloud"));
        QVERIFY(global->firewallEndpoints().contains(FirewallEndpoint{
            FirewallEndpoint::Role::SignIn, QStringLiteral("login.live.com"), 443}));
        QVERIFY(!CloudProfile::builtIn(QStringLiteral("Nowhere")));
        QCOMPARE(CloudProfile::builtIn().size(), 4);
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{name: ");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no name") << QByteArray(
            "{\"authorityHost\": \"https://a\", \"resourceManager\": \"https://b\"}");
        QTest::newRow("bad vault port") << QByteArray(
            "{\"name\": \"x\", \"authorityHost\": \"https://a\", \"resourceManager\": "
            "\"https://b\", \"vaultPort\": 70000}");
        QTest::newRow("http authority")
            << QByteArray("{\"name\": \"x\", \"authorityHost\": \"http://a\", \"resourceManager\": "
                          "\"https://b\"}");
    }

    void rejectsMalformedInput()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!CloudProfile::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudProfile)
#include "tst_cloudprofile.moc"
