// The firewall fixes against the real kluis-emulator, which judges every caller as 203.0.113.10
// (--nat): the address to add is the one the vault reports, not one of this machine's.
#include "EmulatorProcess.h"
#include "TestAwait.h"

#include "auth/ClientSecretCredential.h"
#include "clients/ArmClient.h"
#include "clients/KeyVaultClient.h"
#include "diagnostics/FirewallRuleEditor.h"
#include "diagnostics/RequestLog.h"
#include "diagnostics/SupportBundle.h"
#include "net/HttpPipeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace kluis::core;
using namespace std::chrono_literals;

class TestFirewallRules : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory"), QStringLiteral("--seed"),
                                QStringLiteral("demo"), QStringLiteral("--seed-count"),
                                QStringLiteral("demo=60"), QStringLiteral("--nat"),
                                QStringLiteral("203.0.113.10")}};
    QTemporaryDir m_dataDir;
    CloudProfile m_cloud;
    HttpPipeline *m_pipeline = nullptr;
    RequestLog *m_requests = nullptr;
    VaultTarget m_payments;
    QStringList m_originalRules;

    static constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadUser | QFileDevice::WriteUser;

    QString journalPath() const
    {
        return m_dataDir.filePath(QStringLiteral("firewall-journal.json"));
    }
    KeyVaultClient payments() const
    {
        return KeyVaultClient(m_pipeline, m_cloud.vaultUrl(QStringLiteral("payments-kv")));
    }
    NetworkRules currentRules() const
    {
        const ArmClient arm(m_pipeline);
        const auto vault = await(
            arm.getVault(m_payments.subscriptionId, m_payments.resourceGroup, m_payments.name));
        return vault ? vault->properties.networkAcls : NetworkRules{};
    }
    bool listingWorks() const
    {
        const auto page = await(payments().list<SecretItem>());
        return page.ok();
    }
    bool hasRule(const QString &rule) const
    {
        const auto rules = currentRules().ipRules;
        return std::any_of(rules.cbegin(), rules.cend(), [&](const QString &r) {
            return NetworkRules::normalizedIpRule(r) == NetworkRules::normalizedIpRule(rule);
        });
    }
    // A connection of its own for the editor, so a test can watch its requests.
    std::unique_ptr<HttpPipeline> editorPipeline() const
    {
        auto pipeline = std::make_unique<HttpPipeline>(m_cloud);
        pipeline->setRetryPolicy({1, 100ms, 200ms, 1000ms});
        const auto &client = m_cloud.clients.constFirst();
        pipeline->setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client.clientId, client.clientSecret));
        return pipeline;
    }
    void restoreRules()
    {
        const ArmClient arm(m_pipeline);
        auto rules = currentRules();
        rules.ipRules = m_originalRules;
        QVERIFY(await(arm.updateNetworkRules(m_payments.subscriptionId, m_payments.resourceGroup,
                                             m_payments.name, rules))
                    .ok());
        QFile::remove(journalPath());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud =
            CloudProfile::fromFile(m_emulator.dataDir() + QStringLiteral("/cloud.json"), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
        m_pipeline = new HttpPipeline(m_cloud, this);
        m_pipeline->setRetryPolicy({1, 100ms, 200ms, 1000ms});
        const auto &client = m_cloud.clients.constFirst();
        m_pipeline->setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client.clientId, client.clientSecret));
        m_requests = new RequestLog(500, this);
        m_requests->attach(m_pipeline);

        FirewallRuleEditor editor(m_pipeline, journalPath());
        const auto found = await(editor.findVault(m_cloud.vaultUrl(QStringLiteral("payments-kv"))));
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detailedMessage()));
        m_payments = found.value();
        QCOMPARE(m_payments.name, QStringLiteral("payments-kv"));
        QCOMPARE(m_payments.endpoint, m_cloud.resourceManager.toString());
        m_originalRules = currentRules().ipRules;
        QVERIFY(!m_originalRules.isEmpty());
    }

    void init() { QFile::remove(journalPath()); }
    void cleanup() { restoreRules(); }

    void addMyAddressLetsTheListingThrough()
    {
        const auto refused = await(payments().list<SecretItem>());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().isFirewall());
        QCOMPARE(refused.error().innerCode, QStringLiteral("ForbiddenByFirewall"));
        // The address the vault saw, from the error: behind the NAT, not this machine's own.
        const auto address = refused.error().clientAddress.isEmpty()
                                 ? refused.error().networkInfoAddress
                                 : refused.error().clientAddress;
        QCOMPARE(address, QStringLiteral("203.0.113.10"));
        QCOMPARE(refused.error().networkInfoAddress, QStringLiteral("203.0.113.10"));
        QVERIFY(!QNetworkInterface::allAddresses().contains(QHostAddress(address)));

        FirewallRuleEditor editor(m_pipeline, journalPath());
        const auto outcome = await(editor.addAddress(m_payments, address));
        QVERIFY2(outcome.ok(),
                 qPrintable(outcome.ok() ? QString() : outcome.error().detailedMessage()));
        QVERIFY(outcome->added);
        QCOMPARE(outcome->check.rule, QStringLiteral("203.0.113.10"));
        QVERIFY(!outcome->temporary);
        QVERIFY(outcome->rules.ipRulesCover(QHostAddress(address)));
        // The rules that were there stay.
        for (const auto &rule : std::as_const(m_originalRules))
            QVERIFY(outcome->rules.ipRules.contains(rule));
        QTRY_VERIFY_WITH_TIMEOUT(listingWorks(), 10000);

        // Asked again: nothing to add, and nothing sent.
        const auto again = await(editor.addAddress(m_payments, address + QStringLiteral("/32")));
        QVERIFY(again.ok());
        QVERIFY(!again->added);
        QCOMPARE(again->check.verdict, IpRuleCheck::Verdict::Duplicate);

        const RuleChangeLog journal(journalPath());
        QCOMPARE(QFile::permissions(journalPath()), ownerOnly);
        QCOMPARE(journal.changes().size(), 1);
        QCOMPARE(journal.changes().constFirst().action, QStringLiteral("add"));
        QCOMPARE(journal.changes().constFirst().rule, QStringLiteral("203.0.113.10"));
        QCOMPARE(journal.changes().constFirst().vault, m_payments);
        QVERIFY(journal.changes().constFirst().succeeded);
        QVERIFY(journal.pending().isEmpty());
    }

    void refusedRulesAreNeverSent()
    {
        FirewallRuleEditor editor(m_pipeline, journalPath());
        for (const auto *address : {"10.0.0.5", "192.168.1.1", "100.64.1.1", "2001:db8::1"}) {
            const auto outcome = await(editor.addAddress(m_payments, QLatin1String(address)));
            QVERIFY(outcome.ok());
            QVERIFY2(!outcome->added, address);
            QVERIFY(!outcome->check.reason.isEmpty());
        }
        QCOMPARE(currentRules().ipRules, m_originalRules);
        QVERIFY(RuleChangeLog(journalPath()).changes().isEmpty());
    }

    void temporaryRuleGoesWhenItExpires()
    {
        FirewallRuleEditor editor(m_pipeline, journalPath());
        const auto outcome =
            await(editor.addAddress(m_payments, QStringLiteral("203.0.113.10"), 2s));
        QVERIFY(outcome.ok());
        QVERIFY(outcome->added);
        QVERIFY(outcome->temporary);
        QCOMPARE(editor.pending().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(listingWorks(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(editor.pending().isEmpty(), 15000);
        QVERIFY(!hasRule(QStringLiteral("203.0.113.10")));
        QCOMPARE(currentRules().ipRules, m_originalRules);
        QTRY_VERIFY_WITH_TIMEOUT(!listingWorks(), 10000);
        const RuleChangeLog journal(journalPath());
        QCOMPARE(journal.changes().size(), 2);
        QCOMPARE(journal.changes().at(1).action, QStringLiteral("remove"));
        QCOMPARE(journal.changes().at(1).reason, QStringLiteral("expired"));
        QVERIFY(journal.changes().at(1).succeeded);
        QVERIFY(journal.pending().isEmpty());
    }

    void nextStartRemovesWhatAKilledInstanceLeft()
    {
        {
            FirewallRuleEditor killed(m_pipeline, journalPath());
            const auto outcome =
                await(killed.addAddress(m_payments, QStringLiteral("203.0.113.10"), 1s));
            QVERIFY(outcome.ok() && outcome->added);
        } // gone without removing: as if Kluis had been killed
        QTest::qWait(1500);
        QVERIFY(hasRule(QStringLiteral("203.0.113.10")));
        QCOMPARE(RuleChangeLog(journalPath()).due(QDateTime::currentDateTimeUtc()).size(), 1);

        FirewallRuleEditor next(m_pipeline, journalPath());
        QTRY_VERIFY_WITH_TIMEOUT(!hasRule(QStringLiteral("203.0.113.10")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(next.pending().isEmpty(), 5000);
        QCOMPARE(currentRules().ipRules, m_originalRules);
        QCOMPARE(RuleChangeLog(journalPath()).changes().constLast().action,
                 QStringLiteral("remove"));
    }

    void aRuleThatWasThereBeforeIsNeverRemoved()
    {
        // Covered by the partner range already: nothing added, nothing to remove later.
        FirewallRuleEditor editor(m_pipeline, journalPath());
        const auto covered =
            await(editor.addAddress(m_payments, QStringLiteral("198.51.100.20"), 1s));
        QVERIFY(covered.ok());
        QVERIFY(!covered->added);
        QCOMPARE(covered->check.verdict, IpRuleCheck::Verdict::AlreadyAllowed);
        QVERIFY(!covered->temporary);

        // An administrator's own rule for the address: a temporary add must leave it alone.
        const ArmClient arm(m_pipeline);
        auto rules = currentRules();
        QVERIFY(rules.addIpRule(QStringLiteral("203.0.113.10")));
        QVERIFY(await(arm.updateNetworkRules(m_payments.subscriptionId, m_payments.resourceGroup,
                                             m_payments.name, rules))
                    .ok());
        const auto existing =
            await(editor.addAddress(m_payments, QStringLiteral("203.0.113.10"), 1s));
        QVERIFY(existing.ok());
        QVERIFY(!existing->added);
        QVERIFY(!existing->temporary);
        QVERIFY(editor.pending().isEmpty());
        QTest::qWait(2500);
        QVERIFY(hasRule(QStringLiteral("203.0.113.10")));
        QVERIFY(await(editor.removeAll()) == 0);
        QVERIFY(hasRule(QStringLiteral("203.0.113.10")));
    }

    void quitRemovesEveryTemporaryRule()
    {
        FirewallRuleEditor editor(m_pipeline, journalPath());
        QVERIFY(await(editor.addAddress(m_payments, QStringLiteral("203.0.113.10"), 3600s))->added);
        QVERIFY(await(editor.addAddress(m_payments, QStringLiteral("203.0.113.20"), 3600s))->added);
        QCOMPARE(editor.pending().size(), 2);
        QCOMPARE(await(editor.removeAll()), 2);
        QVERIFY(editor.pending().isEmpty());
        QCOMPARE(currentRules().ipRules, m_originalRules);
        const auto changes = RuleChangeLog(journalPath()).changes();
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.constLast().reason, QStringLiteral("quit"));
    }

    // Another administrator adds a rule between Kluis's read and its write: it survives.
    void aRuleAddedMeanwhileSurvives()
    {
        const QString theirs = QStringLiteral("192.0.2.77");
        auto mine = editorPipeline();
        bool crossed = false;
        mine->setRequestObserver([&](const RequestRecord &record) {
            if (crossed || record.method != "GET" || record.status != 200 ||
                !record.path.endsWith(QLatin1String("/vaults/payments-kv")))
                return;
            crossed = true;
            // Right after Kluis read the rules, through another connection.
            const ArmClient other(m_pipeline);
            auto rules = currentRules();
            QVERIFY(rules.addIpRule(theirs));
            QVERIFY(
                await(other.updateNetworkRules(m_payments.subscriptionId, m_payments.resourceGroup,
                                               m_payments.name, rules))
                    .ok());
        });
        FirewallRuleEditor editor(mine.get(), journalPath());
        const auto outcome = await(editor.addAddress(m_payments, QStringLiteral("203.0.113.10")));
        QVERIFY(crossed);
        QVERIFY2(outcome.ok(),
                 qPrintable(outcome.ok() ? QString() : outcome.error().detailedMessage()));
        QVERIFY(outcome->added);
        QVERIFY2(outcome->verification.isEmpty(), qPrintable(outcome->verification));
        QVERIFY(hasRule(theirs));
        QVERIFY(hasRule(QStringLiteral("203.0.113.10")));
        for (const auto &rule : std::as_const(m_originalRules))
            QVERIFY(hasRule(rule));
    }

    // A change that lands between Kluis's write and its check is reported, not passed over.
    void aChangeCrossingTheWriteIsReported()
    {
        auto mine = editorPipeline();
        bool crossed = false;
        mine->setRequestObserver([&](const RequestRecord &record) {
            if (crossed || record.method != "PATCH" || record.status != 200)
                return;
            crossed = true;
            const ArmClient other(m_pipeline);
            auto rules = currentRules();
            QVERIFY(rules.removeIpRule(QStringLiteral("203.0.113.10")));
            QVERIFY(
                await(other.updateNetworkRules(m_payments.subscriptionId, m_payments.resourceGroup,
                                               m_payments.name, rules))
                    .ok());
        });
        FirewallRuleEditor editor(mine.get(), journalPath());
        const auto outcome = await(editor.addAddress(m_payments, QStringLiteral("203.0.113.10")));
        QVERIFY(crossed);
        QVERIFY(outcome.ok());
        QVERIFY(outcome->added);
        QVERIFY2(outcome->verification.contains(QLatin1String("203.0.113.10")),
                 qPrintable(outcome->verification));
        const RuleChangeLog journal(journalPath());
        QCOMPARE(journal.changes().size(), 1);
        QVERIFY(!journal.changes().constFirst().succeeded);
        QVERIFY(
            journal.changes().constFirst().error.contains(QLatin1String("RulesChangedMeanwhile")));
    }

    // Members of networkAcls that Kluis does not know, and a virtual network rule's
    // ignoreMissingVnetServiceEndpoint, are written back as they were read.
    void unknownMembersSurviveAnAdd()
    {
        const QUrl vault(
            m_cloud.resourceManager.toString() +
            QStringLiteral("subscriptions/%1/resourceGroups/%2/providers/"
                           "Microsoft.KeyVault/vaults/%3?api-version=2023-07-01")
                .arg(m_payments.subscriptionId, m_payments.resourceGroup, m_payments.name));
        const auto subnet = QStringLiteral("/subscriptions/%1/resourcegroups/network/providers/"
                                           "microsoft.network/virtualnetworks/corp/subnets/admins")
                                .arg(m_payments.subscriptionId);
        const auto patch = [&](const QJsonObject &acls) {
            const QJsonObject body{
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("networkAcls"), acls}}}};
            return m_emulator
                .request(
                    "PATCH", vault, QJsonDocument(body).toJson(),
                    {{"Authorization", "Bearer " + m_emulator.token(m_cloud.resourceManagerScope)},
                     {"Content-Type", "application/json"}})
                .status;
        };
        // Set by another tool.
        QCOMPARE(
            patch({{QStringLiteral("futureSetting"), QJsonObject{{QStringLiteral("level"), 3}}},
                   {QStringLiteral("virtualNetworkRules"),
                    QJsonArray{
                        QJsonObject{{QStringLiteral("id"), subnet},
                                    {QStringLiteral("ignoreMissingVnetServiceEndpoint"), true}}}}}),
            200);

        FirewallRuleEditor editor(m_pipeline, journalPath());
        const auto outcome = await(editor.addAddress(m_payments, QStringLiteral("203.0.113.10")));
        QVERIFY(outcome.ok());
        QVERIFY(outcome->added);
        const auto acls = currentRules().raw;
        QCOMPARE(acls.value(QStringLiteral("futureSetting")).toObject(),
                 QJsonObject({{QStringLiteral("level"), 3}}));
        const auto networks = acls.value(QStringLiteral("virtualNetworkRules")).toArray();
        QCOMPARE(networks.size(), 1);
        QCOMPARE(networks.at(0).toObject().value(QStringLiteral("id")).toString(), subnet);
        QCOMPARE(
            networks.at(0).toObject().value(QStringLiteral("ignoreMissingVnetServiceEndpoint")),
            QJsonValue(true));
        QVERIFY(hasRule(QStringLiteral("203.0.113.10")));

        QCOMPARE(patch({{QStringLiteral("futureSetting"), QJsonValue::Null},
                        {QStringLiteral("virtualNetworkRules"), QJsonArray()}}),
                 200);
    }

    void supportBundleHoldsNothingSecret()
    {
        // A real run: a token-bearing listing over several pages ($skiptoken in the next
        // links), a secret written and read, and the firewall refusal.
        const KeyVaultClient demo(m_pipeline, m_cloud.vaultUrl(QStringLiteral("demo")));
        const QString value = QStringLiteral("bundle-Secret-Value-7f3a9c");
        QVERIFY(await(demo.setSecret(QStringLiteral("bundle-test"), value)).ok());
        const auto read = await(demo.getSecret(QStringLiteral("bundle-test")));
        QVERIFY(read.ok());
        QCOMPARE(read->value, value);
        const auto all = await(demo.listAllSecrets());
        QVERIFY(all.ok());
        QVERIFY(all->size() > 25);
        const auto refused = await(payments().list<SecretItem>());
        QVERIFY(!refused.ok());

        QVERIFY(!m_requests->records().isEmpty());
        SupportBundle bundle;
        bundle.setDiagnosis(
            QJsonObject{{QStringLiteral("cause"), QStringLiteral("vault-firewall")},
                        {QStringLiteral("failure"), refused.error().detailedMessage()}},
            refused.error().detailedMessage());
        bundle.setRequests(m_requests->records());
        bundle.setFirewallChanges(RuleChangeLog(journalPath()).changes());
        const auto path = m_dataDir.filePath(QStringLiteral("bundle.json"));
        QString error;
        QVERIFY2(bundle.write(path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path), ownerOnly);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = file.readAll();
        QVERIFY(!text.contains("eyJ"));
        QVERIFY(!text.contains("Authorization"));
        QVERIFY(!text.contains("Bearer"));
        QVERIFY(!text.contains(value.toUtf8()));
        QVERIFY(!text.contains("sig="));
        QVERIFY(!text.contains("skiptoken"));
        QVERIFY(!text.contains("api-version="));
        QVERIFY(!text.contains(m_cloud.clients.constFirst().clientSecret.toUtf8()));

        // What support needs is there: each request's method, host, path, status and id.
        const auto requests =
            QJsonDocument::fromJson(text).object().value(QStringLiteral("requests")).toArray();
        QVERIFY(requests.size() > 3);
        bool sawRefusal = false;
        bool sawPage = false;
        for (const auto &item : requests) {
            const auto request = item.toObject();
            QVERIFY(!request.value(QStringLiteral("method")).toString().isEmpty());
            QVERIFY(!request.value(QStringLiteral("host")).toString().isEmpty());
            if (request.value(QStringLiteral("errorCode")).toString() ==
                    QLatin1String("ForbiddenByFirewall") &&
                request.value(QStringLiteral("status")).toInt() == 403) {
                sawRefusal = true;
                QVERIFY(!request.value(QStringLiteral("requestId")).toString().isEmpty());
                QVERIFY(request.value(QStringLiteral("host"))
                            .toString()
                            .startsWith(QLatin1String("payments-kv.")));
            }
            if (request.value(QStringLiteral("path")).toString() == QLatin1String("/secrets") &&
                request.value(QStringLiteral("status")).toInt() == 200)
                sawPage = true;
        }
        QVERIFY(sawRefusal);
        QVERIFY(sawPage);
    }
};

QTEST_GUILESS_MAIN(TestFirewallRules)
#include "tst_firewallrules.moc"
