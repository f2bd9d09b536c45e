#include "clients/ArmTypes.h"
#include "clients/KeyVaultClient.h"
#include "clients/KeyVaultTypes.h"
#include "cloud/CloudProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kluis::core;

namespace {
QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestKeyVaultTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSecretListItems()
    {
        const auto item = SecretItem::fromJson(json(
            "{\"id\":\"https://demo.vault.azure.net:443/secrets/db-password\",\"attributes\":{"
            "\"enabled\":false,\"nbf\":1700000000,\"exp\":1800000000.5,\"created\":1690000000,"
            "\"updated\":1695000000,\"recoveryLevel\":\"Recoverable+Purgeable\","
            "\"recoverableDays\":90},\"tags\":{\"env\":\"prod\"},\"contentType\":\"text/plain\"}"));
        QCOMPARE(item.name, QStringLiteral("db-password"));
        QVERIFY(item.version.isEmpty());
        QCOMPARE(item.contentType, QStringLiteral("text/plain"));
        QVERIFY(!item.attributes.enabled);
        QCOMPARE(item.attributes.notBefore->toSecsSinceEpoch(), 1700000000);
        QCOMPARE(item.attributes.expires->toMSecsSinceEpoch(), 1800000000500LL);
        QCOMPARE(item.attributes.recoveryLevel, QStringLiteral("Recoverable+Purgeable"));
        QCOMPARE(item.attributes.recoverableDays, 90);
        QCOMPARE(item.tags.value(QStringLiteral("env")), QStringLiteral("prod"));
        QVERIFY(!item.managed);
        QVERIFY(!item.deletedDate);
    }

    void readsBundlesAndDeletedSecrets()
    {
        const auto bundle = SecretBundle::fromJson(json(
            "{\"value\":\"s3cret\",\"id\":\"https://demo.vault.azure.net/secrets/cert1/"
            "0123456789abcdef0123456789abcdef\",\"kid\":\"https://demo.vault.azure.net/keys/cert1/"
            "0123456789abcdef0123456789abcdef\",\"managed\":true,\"attributes\":{\"enabled\":true}"
            "}"));
        QCOMPARE(bundle.value, QStringLiteral("s3cret"));
        QCOMPARE(bundle.item.name, QStringLiteral("cert1"));
        QCOMPARE(bundle.item.version, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(bundle.item.managed);
        QVERIFY(!bundle.kid.isEmpty());

        const auto deleted = SecretItem::fromJson(json(
            "{\"recoveryId\":\"https://demo.vault.azure.net/deletedsecrets/old\",\"deletedDate\":"
            "1700000000,\"scheduledPurgeDate\":1707776000,\"id\":\"https://demo.vault.azure.net/"
            "secrets/old\",\"attributes\":{\"enabled\":true}}"));
        QCOMPARE(deleted.name, QStringLiteral("old"));
        QCOMPARE(deleted.recoveryId.path(), QStringLiteral("/deletedsecrets/old"));
        QCOMPARE(deleted.scheduledPurgeDate->toSecsSinceEpoch(), 1707776000);
    }

    void writesOnlyWhatAnUpdateChanges()
    {
        SecretUpdate update;
        update.enabled = false;
        const auto body = update.toJson();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("attributes")});
        QCOMPARE(body.value(QStringLiteral("attributes")).toObject().keys(),
                 QStringList{QStringLiteral("enabled")});
        update.tags = QMap<QString, QString>{};
        QVERIFY(update.toJson().value(QStringLiteral("tags")).isObject());
    }

    void readsKeysAndCertificates()
    {
        const auto listed = KeyItem::fromJson(
            json("{\"kid\":\"https://demo.vault.azure.net/keys/signing\",\"attributes\":{}}"));
        QCOMPARE(listed.name, QStringLiteral("signing"));
        const auto bundle = KeyItem::fromJson(json(
            "{\"key\":{\"kid\":\"https://demo.vault.azure.net/keys/signing/"
            "00000000000000000000000000000001\",\"kty\":\"RSA\",\"key_ops\":[\"sign\",\"verify\"],"
            "\"n\":\"AQAB\",\"e\":\"AQAB\"},\"attributes\":{\"enabled\":true}}"));
        QCOMPARE(bundle.keyType, QStringLiteral("RSA"));
        QCOMPARE(bundle.version, QStringLiteral("00000000000000000000000000000001"));
        QCOMPARE(bundle.keyOperations,
                 (QStringList{QStringLiteral("sign"), QStringLiteral("verify")}));

        const auto certificate = CertificateItem::fromJson(
            json("{\"id\":\"https://demo.vault.azure.net/certificates/web\",\"x5t\":"
                 "\"fLi3U52HunIVNXubkEnf8tP6Wbo\",\"cer\":\"MIIB\",\"attributes\":{}}"));
        QCOMPARE(certificate.name, QStringLiteral("web"));
        QCOMPARE(certificate.x5t, QStringLiteral("fLi3U52HunIVNXubkEnf8tP6Wbo"));
        QCOMPARE(certificate.cer, QByteArray::fromBase64("MIIB"));
    }

    void readsVaultsFromResourceManager()
    {
        const auto vault = VaultResource::fromJson(json(
            "{\"id\":\"/subscriptions/sub-1/resourceGroups/rg-pay/providers/Microsoft.KeyVault/"
            "vaults/payments-kv\",\"name\":\"payments-kv\",\"location\":\"westeurope\","
            "\"properties\":{\"vaultUri\":\"https://payments-kv.vault.azure.net/\",\"tenantId\":"
            "\"t\",\"sku\":{\"family\":\"A\",\"name\":\"standard\"},\"enableRbacAuthorization\":"
            "true,\"publicNetworkAccess\":\"Enabled\",\"networkAcls\":{\"defaultAction\":\"Deny\","
            "\"bypass\":\"None\",\"ipRules\":[{\"value\":\"203.0.113.0/24\"},{\"value\":"
            "\"198.51.100.7/32\"}],\"virtualNetworkRules\":[]}}}"));
        QCOMPARE(vault.subscriptionId, QStringLiteral("sub-1"));
        QCOMPARE(vault.resourceGroup, QStringLiteral("rg-pay"));
        QCOMPARE(vault.properties.skuName, QStringLiteral("standard"));
        QVERIFY(vault.properties.enableRbacAuthorization);
        QCOMPARE(vault.properties.networkAcls.defaultAction, QStringLiteral("Deny"));
        QCOMPARE(
            vault.properties.networkAcls.ipRules,
            (QStringList{QStringLiteral("203.0.113.0/24"), QStringLiteral("198.51.100.7/32")}));
        // Sent back whole: an update must carry every rule.
        const auto rules = vault.properties.networkAcls.toJson();
        QCOMPARE(rules.value(QStringLiteral("ipRules")).toArray().size(), 2);

        const auto open = VaultProperties::fromJson(json("{\"vaultUri\":\"https://x/\"}"));
        QCOMPARE(open.networkAcls.defaultAction, QStringLiteral("Allow"));
    }

    void editsIpRulesAsTheServiceStoresThem()
    {
        NetworkRules rules;
        rules.ipRules = {QStringLiteral("203.0.113.0/24"), QStringLiteral("198.51.100.7/32")};
        QCOMPARE(NetworkRules::normalizedIpRule(QStringLiteral("198.51.100.7")),
                 QStringLiteral("198.51.100.7/32"));
        QCOMPARE(NetworkRules::normalizedIpRule(QStringLiteral("203.0.113.77/24")),
                 QStringLiteral("203.0.113.0/24"));
        QVERIFY(NetworkRules::normalizedIpRule(QStringLiteral("2001:db8::1")).isEmpty());
        QVERIFY(NetworkRules::normalizedIpRule(QStringLiteral("1.2.3.4/33")).isEmpty());

        QVERIFY(rules.ipRulesCover(QHostAddress(QStringLiteral("203.0.113.200"))));
        QVERIFY(rules.ipRulesCover(QHostAddress(QStringLiteral("198.51.100.7"))));
        QVERIFY(!rules.ipRulesCover(QHostAddress(QStringLiteral("198.51.100.8"))));

        QVERIFY(!rules.addIpRule(QStringLiteral("198.51.100.7"))); // same as .../32
        QVERIFY(!rules.addIpRule(QStringLiteral("not an address")));
        QVERIFY(rules.addIpRule(QStringLiteral("192.0.2.10")));
        QCOMPARE(rules.ipRules.size(), 3);
        QVERIFY(rules.removeIpRule(QStringLiteral("192.0.2.10/32")));
        QVERIFY(!rules.removeIpRule(QStringLiteral("192.0.2.10")));
        QCOMPARE(rules.ipRules.size(), 2);
    }

    void resolvesVaultNamesAndUris()
    {
        const auto azure = *CloudProfile::builtIn(QStringLiteral("AzureCloud"));
        QCOMPARE(KeyVaultClient::vaultUrlFor(QStringLiteral("Demo-kv"), azure).value(),
                 QUrl(QStringLiteral("https://demo-kv.vault.azure.net/")));
        QCOMPARE(KeyVaultClient::vaultUrlFor(QStringLiteral("https://x.vault.azure.cn/secrets?a=b"),
                                             azure)
                     .value(),
                 QUrl(QStringLiteral("https://x.vault.azure.cn/")));
        QVERIFY(!KeyVaultClient::vaultUrlFor(QStringLiteral("http://x.vault.azure.net/"), azure));
        QVERIFY(!KeyVaultClient::vaultUrlFor(QStringLiteral("no"), azure));
        QVERIFY(KeyVaultClient::isValidObjectName(QStringLiteral("db-password-2")));
        QVERIFY(!KeyVaultClient::isValidObjectName(QStringLiteral("db_password")));
        QVERIFY(!KeyVaultClient::isValidObjectName(QStringLiteral("a/b")));
        QVERIFY(!KeyVaultClient::isValidObjectName(QString(128, QLatin1Char('a'))));
    }
    void readsKeyMaterialAndWritesKeyRequests()
    {
        // A 2048-bit modulus with the leading zero byte JWKs may carry.
        const QByteArray modulus = QByteArray(1, '\0') + QByteArray(256, '\xab');
        const auto item = KeyItem::fromJson(QJsonObject{
            {QStringLiteral("key"),
             QJsonObject{{QStringLiteral("kid"),
                          QStringLiteral("https://v.vault.azure.net/keys/k/0123456789abcdef")},
                         {QStringLiteral("kty"), QStringLiteral("RSA-HSM")},
                         {QStringLiteral("n"),
                          QString::fromLatin1(modulus.toBase64(QByteArray::Base64UrlEncoding |
                                                               QByteArray::OmitTrailingEquals))},
                         {QStringLiteral("e"), QStringLiteral("AQAB")},
                         {QStringLiteral("d"), QStringLiteral("private")},
                         {QStringLiteral("key_ops"), QJsonArray{QStringLiteral("sign")}}}}});
        QCOMPARE(item.keyDescription(), QStringLiteral("RSA-HSM 2048"));
        QVERIFY(!item.publicJwk.contains(QStringLiteral("d"))); // never a private part
        QCOMPARE(item.publicJwk.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));

        KeyCreateOptions ec;
        ec.keyType = QStringLiteral("EC");
        ec.curve = QStringLiteral("P-521");
        const auto body = ec.toJson();
        QCOMPARE(body.value(QStringLiteral("crv")).toString(), QStringLiteral("P-521"));
        QVERIFY(!body.contains(QStringLiteral("key_size")));
        QVERIFY(!body.contains(QStringLiteral("key_ops"))); // the service's default

        KeyUpdate update;
        update.keyOperations = QStringList{QStringLiteral("verify")};
        QCOMPARE(update.toJson(),
                 (QJsonObject{{QStringLiteral("key_ops"), QJsonArray{QStringLiteral("verify")}}}));
    }

    void writesAndReadsCertificatePolicies()
    {
        CertificatePolicy policy;
        policy.subject = QStringLiteral("CN=a");
        policy.dnsNames = {QStringLiteral("a"), QStringLiteral("b")};
        policy.keyType = QStringLiteral("EC");
        policy.curve = QStringLiteral("P-384");
        policy.exportable = false;
        policy.contentType = QStringLiteral("application/x-pem-file");
        policy.validityMonths = 3;
        const auto written = policy.toJson();
        QCOMPARE(written.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Self")));
        const auto read = CertificatePolicy::fromJson(written);
        QCOMPARE(read.subject, policy.subject);
        QCOMPARE(read.dnsNames, policy.dnsNames);
        QCOMPARE(read.curve, QStringLiteral("P-384"));
        QVERIFY(!read.exportable);
        QCOMPARE(read.contentType, policy.contentType);
        QCOMPARE(read.validityMonths, 3);

        const auto operation = CertificateOperation::fromJson(
            json("{\"status\":\"inProgress\",\"id\":\"https://v/certificates/c/pending\"}"));
        QVERIFY(!operation.isDone());
        const auto failed = CertificateOperation::fromJson(
            json("{\"status\":\"failed\",\"error\":{\"code\":\"X\",\"message\":\"m\"}}"));
        QVERIFY(failed.isDone());
        QVERIFY(!failed.isCompleted());
        QCOMPARE(failed.errorCode, QStringLiteral("X"));

        CertificateImport pfx;
        pfx.content = QByteArray("\x30\x82\x01\x00", 4);
        pfx.password = QStringLiteral("pw");
        QCOMPARE(pfx.toJson().value(QStringLiteral("value")).toString(),
                 QStringLiteral("MIIBAA=="));
        CertificateImport pem;
        pem.content = "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n";
        QCOMPARE(pem.toJson().value(QStringLiteral("value")).toString().toLatin1(), pem.content);
        QVERIFY(!pem.toJson().contains(QStringLiteral("pwd")));
    }
};

QTEST_GUILESS_MAIN(TestKeyVaultTypes)
#include "tst_keyvaulttypes.moc"
