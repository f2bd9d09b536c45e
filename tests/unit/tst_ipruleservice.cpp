#include "diagnostics/IpRuleCheck.h"
#include "diagnostics/RuleChangeLog.h"
#include "diagnostics/Scrubber.h"
#include "diagnostics/SupportBundle.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kluis::core;
using V = IpRuleCheck::Verdict;

class TestIpRuleService : public QObject
{
    Q_OBJECT

private:
    static NetworkRules rules(const QStringList &ipRules)
    {
        NetworkRules result;
        result.defaultAction = QStringLiteral("Deny");
        result.ipRules = ipRules;
        return result;
    }

private Q_SLOTS:
    void refusesWhatKeyVaultRefuses_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<int>("verdict");
        QTest::newRow("public") << "203.0.113.10" << int(V::Ok);
        QTest::newRow("public /32") << "203.0.113.10/32" << int(V::Ok);
        QTest::newRow("public range") << "198.51.100.0/24" << int(V::Ok);
        QTest::newRow("ipv6") << "2001:db8::1" << int(V::NotIpv4);
        QTest::newRow("ipv6 range") << "2001:db8::/64" << int(V::NotIpv4);
        QTest::newRow("garbage") << "my laptop" << int(V::Invalid);
        QTest::newRow("bad prefix") << "203.0.113.10/33" << int(V::Invalid);
        QTest::newRow("/31") << "203.0.113.10/31" << int(V::NarrowRange);
        QTest::newRow("10/8") << "10.1.2.3" << int(V::Private);
        QTest::newRow("172.16/12") << "172.31.255.1" << int(V::Private);
        QTest::newRow("172.32 is public") << "172.32.0.1" << int(V::Ok);
        QTest::newRow("192.168/16") << "192.168.1.10" << int(V::Private);
        QTest::newRow("range over private") << "192.160.0.0/12" << int(V::Private);
        QTest::newRow("loopback") << "127.0.0.1" << int(V::Loopback);
        QTest::newRow("link-local") << "169.254.10.1" << int(V::LinkLocal);
        QTest::newRow("cgnat") << "100.64.0.1" << int(V::SharedAddress);
        QTest::newRow("cgnat end") << "100.127.255.254" << int(V::SharedAddress);
        QTest::newRow("100.128 is public") << "100.128.0.1" << int(V::Ok);
        QTest::newRow("multicast") << "224.0.0.251" << int(V::Multicast);
        QTest::newRow("reserved") << "240.0.0.1" << int(V::Reserved);
        QTest::newRow("broadcast") << "255.255.255.255" << int(V::Reserved);
        QTest::newRow("this network") << "0.0.0.0" << int(V::Reserved);
        QTest::newRow("everything") << "0.0.0.0/0" << int(V::Reserved);
    }

    void refusesWhatKeyVaultRefuses()
    {
        QFETCH(QString, candidate);
        QFETCH(int, verdict);
        const auto check = IpRuleCheck::check(candidate, rules({}));
        QCOMPARE(IpRuleCheck::verdictId(check.verdict),
                 IpRuleCheck::verdictId(static_cast<V>(verdict)));
        QCOMPARE(check.reason.isEmpty(), check.ok());
    }

    void singleAddressIsSentBare()
    {
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.10/32"), rules({})).rule,
                 QStringLiteral("203.0.113.10"));
        QCOMPARE(IpRuleCheck::check(QStringLiteral(" 203.0.113.10 "), rules({})).rule,
                 QStringLiteral("203.0.113.10"));
        // A range is sent as its network, as the service stores it.
        QCOMPARE(IpRuleCheck::check(QStringLiteral("198.51.100.7/24"), rules({})).rule,
                 QStringLiteral("198.51.100.0/24"));
        const auto narrow = IpRuleCheck::check(QStringLiteral("203.0.113.11/31"), rules({}));
        QVERIFY(narrow.reason.contains(QLatin1String("203.0.113.10")));
        QVERIFY(narrow.reason.contains(QLatin1String("203.0.113.11")));
    }

    void duplicatesWithAndWithoutSlash32()
    {
        const auto stored = rules({QStringLiteral("203.0.113.10/32")});
        for (const auto *candidate : {"203.0.113.10", "203.0.113.10/32"}) {
            const auto check = IpRuleCheck::check(QLatin1String(candidate), stored);
            QCOMPARE(check.verdict, V::Duplicate);
            QVERIFY(check.alreadyAllowed());
            QCOMPARE(check.existingRule, QStringLiteral("203.0.113.10/32"));
        }
        const auto bare = rules({QStringLiteral("203.0.113.10")});
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.10/32"), bare).verdict, V::Duplicate);
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.11"), bare).verdict, V::Ok);
    }

    void aWiderRuleAlreadyAllows()
    {
        const auto stored = rules({QStringLiteral("198.51.100.0/24")});
        const auto inside = IpRuleCheck::check(QStringLiteral("198.51.100.77"), stored);
        QCOMPARE(inside.verdict, V::AlreadyAllowed);
        QCOMPARE(inside.existingRule, QStringLiteral("198.51.100.0/24"));
        QVERIFY(inside.reason.contains(QLatin1String("198.51.100.0/24")));
        QCOMPARE(IpRuleCheck::check(QStringLiteral("198.51.100.128/25"), stored).verdict,
                 V::AlreadyAllowed);
        // A wider range than the rule is not covered by it.
        QCOMPARE(IpRuleCheck::check(QStringLiteral("198.51.0.0/16"), stored).verdict, V::Ok);
        QCOMPARE(IpRuleCheck::check(QStringLiteral("198.51.101.1"), stored).verdict, V::Ok);
    }

    void theRuleLimit()
    {
        QStringList many;
        for (int i = 0; i < IpRuleCheck::maxIpRules; ++i)
            many.append(QStringLiteral("198.51.%1.%2").arg(i / 250).arg(i % 250 + 1));
        const auto full = IpRuleCheck::check(QStringLiteral("203.0.113.10"), rules(many));
        QCOMPARE(full.verdict, V::LimitReached);
        QVERIFY(full.reason.contains(QString::number(IpRuleCheck::maxIpRules)));
        many.removeLast();
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.10"), rules(many)).verdict, V::Ok);
        // An address already allowed is no new rule, limit or not.
        many.append(QStringLiteral("203.0.113.10"));
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.10"), rules(many)).verdict,
                 V::Duplicate);
    }

    void journalSurvivesAnotherInstance()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("sub/journal.json"));
        const VaultTarget vault{QStringLiteral("https://management.localhost:1/"),
                                QStringLiteral("sub"), QStringLiteral("rg"),
                                QStringLiteral("payments-kv")};
        const auto now = QDateTime::currentDateTimeUtc();
        {
            RuleChangeLog log(path);
            RuleChange change;
            change.time = now;
            change.vault = vault;
            change.action = QStringLiteral("add");
            change.rule = QStringLiteral("203.0.113.10");
            change.reason = QStringLiteral("temporary");
            change.succeeded = true;
            QVERIFY(log.record(change));
            QVERIFY(log.addPending({QStringLiteral("a"), vault, QStringLiteral("203.0.113.10"), now,
                                    now.addSecs(-1)}));
            QVERIFY(log.addPending({QStringLiteral("b"), vault, QStringLiteral("203.0.113.11"), now,
                                    now.addSecs(3600)}));
        }
        RuleChangeLog again(path);
        QCOMPARE(again.changes().size(), 1);
        QCOMPARE(again.changes().constFirst().vault, vault);
        QCOMPARE(again.changes().constFirst().rule, QStringLiteral("203.0.113.10"));
        QCOMPARE(again.pending().size(), 2);
        const auto due = again.due(now);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().id, QStringLiteral("a"));
        QVERIFY(again.removePending(QStringLiteral("a")));
        QCOMPARE(RuleChangeLog(path).pending().size(), 1);
    }

    void twoInstancesKeepEachOthersEntries()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("journal.json"));
        const VaultTarget vault{QStringLiteral("https://management.localhost:1/"),
                                QStringLiteral("sub"), QStringLiteral("rg"),
                                QStringLiteral("payments-kv")};
        const auto now = QDateTime::currentDateTimeUtc();
        const auto change = [&](const QString &rule) {
            RuleChange c;
            c.time = now;
            c.vault = vault;
            c.action = QStringLiteral("add");
            c.rule = rule;
            c.succeeded = true;
            return c;
        };
        // Both read the (empty) journal first, as a window and kluisctl started side by side.
        RuleChangeLog window(path);
        RuleChangeLog cli(path);
        QVERIFY(window.record(change(QStringLiteral("203.0.113.10"))));
        QVERIFY(cli.record(change(QStringLiteral("203.0.113.20"))));
        QVERIFY(window.addPending(
            {QStringLiteral("w"), vault, QStringLiteral("203.0.113.10"), now, now.addSecs(600)}));
        QVERIFY(cli.addPending(
            {QStringLiteral("c"), vault, QStringLiteral("203.0.113.20"), now, now.addSecs(600)}));
        QVERIFY(window.removePending(QStringLiteral("c")));

        const RuleChangeLog onDisk(path);
        QCOMPARE(onDisk.changes().size(), 2);
        QCOMPARE(onDisk.changes().at(0).rule, QStringLiteral("203.0.113.10"));
        QCOMPARE(onDisk.changes().at(1).rule, QStringLiteral("203.0.113.20"));
        QCOMPARE(onDisk.pending().size(), 1);
        QCOMPARE(onDisk.pending().constFirst().id, QStringLiteral("w"));
        // Each instance sees the other's entries after its own next change.
        QCOMPARE(window.changes().size(), 2);
        QCOMPARE(window.pending().size(), 1);
        // Only its owner may read it.
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void concurrentWritersLoseNothing()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("journal.json"));
        constexpr int perWriter = 40;
        const auto writer = [&](const QString &prefix) {
            RuleChangeLog log(path);
            for (int i = 0; i < perWriter; ++i) {
                RuleChange c;
                c.time = QDateTime::currentDateTimeUtc();
                c.action = QStringLiteral("add");
                c.rule = prefix + QString::number(i);
                log.record(c);
            }
        };
        auto *a = QThread::create(writer, QStringLiteral("a"));
        auto *b = QThread::create(writer, QStringLiteral("b"));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        QCOMPARE(RuleChangeLog(path).changes().size(), 2 * perWriter);
    }

    void aDamagedJournalIsNeverWrittenOver()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("journal.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"pending\": [{\"id\": \"x\"");
        }
        RuleChangeLog log(path);
        QVERIFY(!log.addPending({QStringLiteral("y"),
                                 {},
                                 QStringLiteral("203.0.113.1"),
                                 QDateTime::currentDateTimeUtc(),
                                 QDateTime::currentDateTimeUtc()}));
        QVERIFY(log.lastError().contains(QLatin1String("damaged")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"pending\": [{\"id\": \"x\""));
    }

    void journalPathFromEnvironment()
    {
        QTemporaryDir dir;
        qputenv("KLUIS_DATA_DIR", dir.path().toUtf8());
        QCOMPARE(RuleChangeLog().path(), dir.filePath(QStringLiteral("firewall-journal.json")));
        qunsetenv("KLUIS_DATA_DIR");
    }

    void bundleScrubsSecrets()
    {
        const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        QCOMPARE(Scrubber::scrub(QStringLiteral("Authorization: Bearer ") + jwt)
                     .contains(QLatin1String("eyJ")),
                 false);
        const auto url = Scrubber::scrub(
            QStringLiteral("see https://demo.vault.azure.net:443/secrets?api-version=7.6&"
                           "$skiptoken=abc and https://x.blob/c?sv=1&sig=SECRETSIG"));
        QVERIFY(!url.contains(QLatin1String("skiptoken")));
        QVERIFY(!url.contains(QLatin1String("SECRETSIG")));
        QVERIFY(url.contains(QLatin1String("https://demo.vault.azure.net:443/secrets")));
        QVERIFY(Scrubber::scrub(QStringLiteral("x?sig=SECRETSIG"))
                    .contains(QLatin1String("sig=[removed]")));

        SupportBundle bundle;
        bundle.setDiagnosis(
            QJsonObject{{QStringLiteral("cause"), QStringLiteral("vault-firewall")},
                        {QStringLiteral("note"), QString(QStringLiteral("token ") + jwt)},
                        {QStringLiteral("value"), QStringLiteral("hunter2")},
                        {QStringLiteral("rule"), QJsonObject{{QStringLiteral("value"),
                                                              QStringLiteral("203.0.113.10/32")}}}},
            QStringLiteral("# Diagnosis\n"));
        const auto text = QJsonDocument(bundle.toJson()).toJson();
        QVERIFY(!text.contains("eyJ"));
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(text.contains("vault-firewall"));
        QVERIFY(text.contains("203.0.113.10/32"));
    }
};

QTEST_GUILESS_MAIN(TestIpRuleService)
#include "tst_ipruleservice.moc"
