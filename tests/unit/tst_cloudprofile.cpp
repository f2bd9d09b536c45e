#include "cloud/CloudProfile.h"

#include <QTest>

using kluis::core::CloudProfile;

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

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{name: ");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no name") << QByteArray(
            "{\"authorityHost\": \"https://a\", \"resourceManager\": \"https://b\"}");
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
