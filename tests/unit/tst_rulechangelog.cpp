// RuleChangeLog: the firewall journal shared by every Kluis window and kluisctl.
#include "diagnostics/RuleChangeLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kluis::core;

class TestRuleChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestRuleChangeLog)
#include "tst_rulechangelog.moc"
