#include "EmulatorProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// The emulator starts, serves HTTPS with its own CA, and describes itself in cloud.json.
class TestEmulatorStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesCloudDescriptionWithRequiredKeys()
    {
        EmulatorProcess emulator({QStringLiteral("--in-memory")});
        QVERIFY(emulator.start());
        const auto &cloud = emulator.cloud();
        for (const auto *key :
             {"name", "authorityHost", "tenantId", "resourceManager", "resourceManagerScope",
              "graph", "vaultSuffix", "caFile", "hosts", "subscriptions", "vaults", "clients"})
            QVERIFY2(cloud.contains(QLatin1String(key)), key);
        QVERIFY(QFile::exists(cloud.value(QStringLiteral("caFile")).toString()));
        QCOMPARE(cloud.value(QStringLiteral("subscriptions")).toArray().size(), 2);
        QVERIFY(cloud.value(QStringLiteral("vaults")).toArray().size() >= 4);
        QVERIFY(!emulator.clientId(true).isEmpty());
        QVERIFY(!emulator.clientId(false).isEmpty());
        QCOMPARE(cloud.value(QStringLiteral("hosts"))
                     .toObject()
                     .value(QStringLiteral("demo.vault.localhost"))
                     .toString(),
                 QStringLiteral("127.0.0.1"));
    }

    void servesHttpsTrustedOnlyThroughItsCa()
    {
        EmulatorProcess emulator({QStringLiteral("--in-memory")});
        QVERIFY(emulator.start());
        const QUrl unknown(emulator.cloud().value(QStringLiteral("resourceManager")).toString() +
                           QStringLiteral("no-such-path"));
        const auto reply = emulator.request("GET", unknown);
        QCOMPARE(reply.error == QNetworkReply::SslHandshakeFailedError, false);
        QVERIFY(reply.status >= 400);
        QVERIFY(reply.json.value(QStringLiteral("error")).isObject());
    }

    void rejectsBadCommandLine()
    {
        QProcess process;
        process.start(QStringLiteral(KLUIS_EMULATOR_PATH),
                      {QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"),
                       QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--listen"));
    }

    void keepsStateAcrossRestart()
    {
        QTemporaryDir dir;
        QString tenant;
        {
            EmulatorProcess first({}, dir.path());
            QVERIFY(first.start());
            tenant = first.cloud().value(QStringLiteral("tenantId")).toString();
            QVERIFY(first.terminate());
        }
        EmulatorProcess second({QStringLiteral("--seed"), QStringLiteral("empty")}, dir.path());
        QVERIFY(second.start());
        // An existing state is not seeded again: the demo vaults are still there.
        QCOMPARE(second.cloud().value(QStringLiteral("tenantId")).toString(), tenant);
        QVERIFY(!second.vaultUri(QStringLiteral("payments-kv")).isEmpty());
    }

    void secretFilesAreOwnerOnly()
    {
        constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ReadUser | QFileDevice::WriteUser;
        QTemporaryDir dir;
        const QStringList secret{dir.filePath(QStringLiteral("tls/ca-key.pem")),
                                 dir.filePath(QStringLiteral("tls/server-key.pem")),
                                 dir.filePath(QStringLiteral("cloud.json"))};
        {
            EmulatorProcess first({}, dir.path());
            QVERIFY(first.start());
            for (const auto &path : secret)
                QVERIFY2(QFile::permissions(path) == ownerOnly, qPrintable(path));
            QVERIFY(first.terminate());
        }
        // Left readable by an older emulator: owner-only again after the next start.
        for (const auto &path : secret)
            QVERIFY(QFile::setPermissions(path, ownerOnly | QFileDevice::ReadGroup |
                                                    QFileDevice::ReadOther));
        EmulatorProcess second({}, dir.path());
        QVERIFY(second.start());
        for (const auto &path : secret)
            QVERIFY2(QFile::permissions(path) == ownerOnly, qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorStartup)
#include "tst_emulatorstartup.moc"
