#include "EmulatorProcess.h"
#include "TestAwait.h"

#include "auth/ClientSecretCredential.h"
#include "clients/ArmClient.h"
#include "net/HttpPipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace kluis::core;

class TestArmClient : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory")}};
    CloudProfile m_cloud;
    HttpPipeline *m_pipeline = nullptr;

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
        const auto &client = m_cloud.clients.constFirst();
        m_pipeline = new HttpPipeline(m_cloud, this);
        m_pipeline->setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client.clientId, client.clientSecret));
    }

    void listsSubscriptionsAndResourceGroups()
    {
        const ArmClient arm(m_pipeline);
        const auto subscriptions = await(arm.listSubscriptions());
        QVERIFY2(
            subscriptions.ok(),
            qPrintable(subscriptions.ok() ? QString() : subscriptions.error().detailedMessage()));
        QCOMPARE(subscriptions->items.size(),
                 m_emulator.cloud().value(QStringLiteral("subscriptions")).toArray().size());
        QVERIFY(!subscriptions->items.constFirst().subscriptionId.isEmpty());
        QVERIFY(!subscriptions->items.constFirst().displayName.isEmpty());
        const auto groups =
            await(arm.listResourceGroups(subscriptions->items.constFirst().subscriptionId));
        QVERIFY(groups.ok());
        QVERIFY(!groups->items.isEmpty());
    }

    void pagesThroughVaults()
    {
        const ArmClient arm(m_pipeline);
        const auto all = await(arm.listAllVaults());
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().detailedMessage()));
        QSet<QString> names;
        for (const auto &vault : all.value())
            names.insert(vault.name);
        for (const auto *name : {"demo", "payments-kv", "private-kv", "dev-kv"})
            QVERIFY2(names.contains(QLatin1String(name)), name);

        // One vault per page: every vault once, no gap.
        const auto subscriptionId = all->constFirst().subscriptionId;
        int expected = 0;
        for (const auto &vault : all.value())
            expected += vault.subscriptionId == subscriptionId ? 1 : 0;
        QSet<QString> paged;
        int pages = 0;
        for (QUrl next;;) {
            const auto page = await(arm.listVaults(subscriptionId, {}, next, 1));
            QVERIFY(page.ok());
            ++pages;
            for (const auto &vault : page->items)
                paged.insert(vault.id);
            next = page->nextLink;
            if (next.isEmpty())
                break;
        }
        QCOMPARE(paged.size(), expected);
        QVERIFY(pages >= expected);
    }

    void readsAVaultsNetworkRules()
    {
        const ArmClient arm(m_pipeline);
        const auto all = await(arm.listAllVaults());
        QVERIFY(all.ok());
        for (const auto &vault : all.value()) {
            const auto got =
                await(arm.getVault(vault.subscriptionId, vault.resourceGroup, vault.name));
            QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().detailedMessage()));
            QCOMPARE(got->id, vault.id);
            QCOMPARE(got->properties.vaultUri.host(), m_cloud.vaultUrl(vault.name).host());
            if (vault.name == QLatin1String("payments-kv")) {
                QCOMPARE(got->properties.networkAcls.defaultAction, QStringLiteral("Deny"));
                QVERIFY(got->properties.networkAcls.ipRules.contains(
                    QStringLiteral("198.51.100.0/24")));
            }
            if (vault.name == QLatin1String("private-kv"))
                QCOMPARE(got->properties.publicNetworkAccess, QStringLiteral("Disabled"));
        }
        const auto missing =
            await(arm.getVault(all->constFirst().subscriptionId, all->constFirst().resourceGroup,
                               QStringLiteral("no-such-vault")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().isNotFound());
    }

    void addsAndRemovesAnIpRule()
    {
        const ArmClient arm(m_pipeline);
        const auto all = await(arm.listAllVaults());
        QVERIFY(all.ok());
        VaultResource payments;
        for (const auto &vault : all.value()) {
            if (vault.name == QLatin1String("payments-kv"))
                payments = vault;
        }
        QVERIFY(!payments.id.isEmpty());
        auto rules = payments.properties.networkAcls;
        QVERIFY(!rules.ipRulesCover(QHostAddress(QStringLiteral("203.0.113.9"))));
        QVERIFY(rules.addIpRule(QStringLiteral("203.0.113.9")));
        const auto added = await(arm.updateNetworkRules(
            payments.subscriptionId, payments.resourceGroup, payments.name, rules));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().detailedMessage()));
        // Sent as 1.2.3.4, stored as 1.2.3.4/32; the rules already there are kept.
        QVERIFY(added->properties.networkAcls.ipRules.contains(QStringLiteral("203.0.113.9/32")));
        QVERIFY(added->properties.networkAcls.ipRules.contains(QStringLiteral("198.51.100.0/24")));
        QCOMPARE(added->properties.networkAcls.defaultAction, QStringLiteral("Deny"));

        auto fewer = added->properties.networkAcls;
        QVERIFY(fewer.removeIpRule(QStringLiteral("203.0.113.9")));
        const auto removed = await(arm.updateNetworkRules(
            payments.subscriptionId, payments.resourceGroup, payments.name, fewer));
        QVERIFY(removed.ok());
        QCOMPARE(removed->properties.networkAcls.ipRules, payments.properties.networkAcls.ipRules);
    }

    void kluisctlListsVaults()
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_cloud.tenantId);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"),
                           m_cloud.clients.constFirst().clientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"),
                           m_cloud.clients.constFirst().clientSecret);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KLUISCTL_PATH),
                      {QStringLiteral("--cloud-file"), cloudFile(), QStringLiteral("--json"),
                       QStringLiteral("vaults")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const auto rows = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        bool payments = false;
        for (const auto &row : rows) {
            const auto object = row.toObject();
            if (object.value(QStringLiteral("name")).toString() == QLatin1String("payments-kv")) {
                payments = true;
                QCOMPARE(object.value(QStringLiteral("networkAcls"))
                             .toObject()
                             .value(QStringLiteral("defaultAction"))
                             .toString(),
                         QStringLiteral("Deny"));
            }
        }
        QVERIFY(payments);
    }
};

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_armclient.moc"
