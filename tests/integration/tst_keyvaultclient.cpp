#include "EmulatorProcess.h"
#include "TestAwait.h"

#include "auth/ClientSecretCredential.h"
#include "clients/KeyVaultClient.h"
#include "models/SecretListModel.h"
#include "net/HttpPipeline.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace kluis::core;
using namespace std::chrono_literals;

namespace {
constexpr int pagedCount = 10000;

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

// Deletion completes asynchronously: wait until the deleted secret can be read, as the SDKs do.
bool waitForDeleted(const KeyVaultClient &client, const QString &name)
{
    for (int i = 0; i < 50; ++i) {
        if (await(client.getDeleted<SecretItem>(name)).ok())
            return true;
        QTest::qWait(100);
    }
    return false;
}
} // namespace

class TestKeyVaultClient : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory"), QStringLiteral("--enable-faults"),
                                QStringLiteral("--seed-count"),
                                QStringLiteral("paged=%1").arg(pagedCount)}};
    CloudProfile m_cloud;
    HttpPipeline *m_pipeline = nullptr;
    HttpPipeline *m_readerPipeline = nullptr;

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }
    KeyVaultClient vault(const QString &name, HttpPipeline *pipeline = nullptr) const
    {
        return KeyVaultClient(pipeline ? pipeline : m_pipeline, m_cloud.vaultUrl(name));
    }
    CloudClient client(bool dataAccess) const
    {
        for (const auto &c : m_cloud.clients) {
            if (c.dataAccess == dataAccess)
                return c;
        }
        return {};
    }
    void armFault(const QJsonObject &fault)
    {
        const auto reply = m_emulator.request(
            "POST", QUrl(m_cloud.resourceManager.toString() + QStringLiteral("_emulator/faults")),
            QJsonDocument(fault).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
        QVERIFY2(reply.status / 100 == 2, reply.body.constData());
    }
    int kluisctl(const QStringList &arguments, QByteArray *out = nullptr,
                 const QByteArray &input = {}, bool dataAccess = true)
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_cloud.tenantId);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), client(dataAccess).clientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), client(dataAccess).clientSecret);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KLUISCTL_PATH),
                      QStringList{QStringLiteral("--cloud-file"), cloudFile()} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
        m_pipeline = new HttpPipeline(m_cloud, this);
        m_pipeline->setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client(true).clientId, client(true).clientSecret));
        m_readerPipeline = new HttpPipeline(m_cloud, this);
        m_readerPipeline->setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client(false).clientId, client(false).clientSecret));
    }

    void secretLifecycle()
    {
        const auto kv = vault(QStringLiteral("demo"));
        const auto created = await(kv.setSecret(
            QStringLiteral("lifecycle"), QStringLiteral("v1+/=?"), QStringLiteral("text/plain")));
        QVERIFY2(created.ok(),
                 qPrintable(created.ok() ? QString() : created.error().detailedMessage()));
        QCOMPARE(created->item.version.size(), 32);
        QVERIFY(await(kv.setSecret(QStringLiteral("lifecycle"), QStringLiteral("v2"))).ok());

        const auto latest = await(kv.getSecret(QStringLiteral("lifecycle")));
        QVERIFY(latest.ok());
        QCOMPARE(latest->value, QStringLiteral("v2"));
        const auto first = await(kv.getSecret(QStringLiteral("lifecycle"), created->item.version));
        QCOMPARE(first->value, QStringLiteral("v1+/=?"));
        QCOMPARE(first->item.contentType, QStringLiteral("text/plain"));

        const auto versions = await(kv.listVersions<SecretItem>(QStringLiteral("lifecycle")));
        QVERIFY(versions.ok());
        QCOMPARE(versions->items.size(), 2);

        SecretUpdate update;
        update.enabled = false;
        update.tags = QMap<QString, QString>{{QStringLiteral("owner"), QStringLiteral("ops")}};
        const auto updated =
            await(kv.updateSecret(QStringLiteral("lifecycle"), created->item.version, update));
        QVERIFY(updated.ok());
        QVERIFY(!updated->attributes.enabled);
        QCOMPARE(updated->tags.value(QStringLiteral("owner")), QStringLiteral("ops"));

        const auto backup = await(kv.backupObject(ObjectKind::Secret, QStringLiteral("lifecycle")));
        QVERIFY(backup.ok());
        QVERIFY(!backup->isEmpty());

        const auto deleted = await(kv.deleteItem<SecretItem>(QStringLiteral("lifecycle")));
        QVERIFY(deleted.ok());
        QVERIFY(!deleted->recoveryId.isEmpty());
        QVERIFY(deleted->scheduledPurgeDate.has_value());
        QVERIFY(waitForDeleted(kv, QStringLiteral("lifecycle")));

        // A deleted but recoverable name cannot be set again.
        const auto conflict = await(kv.setSecret(QStringLiteral("lifecycle"), QStringLiteral("x")));
        QVERIFY(!conflict.ok());
        QVERIFY(conflict.error().isConflict());
        QCOMPARE(conflict.error().innerCode, QStringLiteral("ObjectIsDeletedButRecoverable"));

        const auto listedDeleted = await(kv.listDeleted<SecretItem>());
        QVERIFY(listedDeleted.ok());

        QVERIFY(await(kv.recoverItem<SecretItem>(QStringLiteral("lifecycle"))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(await(kv.getSecret(QStringLiteral("lifecycle"))).ok(), 5000);

        QVERIFY(await(kv.deleteItem<SecretItem>(QStringLiteral("lifecycle"))).ok());
        QVERIFY(waitForDeleted(kv, QStringLiteral("lifecycle")));
        QVERIFY(await(kv.purgeObject(ObjectKind::Secret, QStringLiteral("lifecycle"))).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            await(kv.getDeleted<SecretItem>(QStringLiteral("lifecycle"))).error().isNotFound(),
            5000);

        const auto restored = await(kv.restoreItem<SecretItem>(backup.value()));
        QVERIFY2(restored.ok(),
                 qPrintable(restored.ok() ? QString() : restored.error().detailedMessage()));
        QCOMPARE(restored->name, QStringLiteral("lifecycle"));
        QCOMPARE(await(kv.getSecret(QStringLiteral("lifecycle")))->value, QStringLiteral("v2"));
    }

    void readsKeysAndCertificates()
    {
        const auto kv = vault(QStringLiteral("demo"));
        const auto keys = await(kv.list<KeyItem>());
        QVERIFY(keys.ok());
        const auto certificates = await(kv.list<CertificateItem>());
        QVERIFY(certificates.ok());
        if (!keys->items.isEmpty()) {
            const auto key = await(kv.getKey(keys->items.constFirst().name));
            QVERIFY(key.ok());
            QVERIFY(!key->keyType.isEmpty());
        }
        if (!certificates->items.isEmpty()) {
            const auto certificate =
                await(kv.getCertificate(certificates->items.constFirst().name));
            QVERIFY(certificate.ok());
            QVERIFY(!certificate->cer.isEmpty());
        }
    }

    void pagesThroughEverySecretWithoutDuplicatesOrGaps()
    {
        const auto all = await(vault(QStringLiteral("paged")).listAllSecrets());
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().detailedMessage()));
        QSet<QString> names;
        for (const auto &item : all.value())
            names.insert(item.name);
        QCOMPARE(all->size(), pagedCount);
        QCOMPARE(names.size(), pagedCount);
    }

    void completesListingsUnderFaults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("429 burst")
            << QJsonObject{{QStringLiteral("fault"), QStringLiteral("throttle")},
                           {QStringLiteral("path"), QStringLiteral("/secrets")},
                           {QStringLiteral("count"), 3},
                           {QStringLiteral("retryAfter"), 0}};
        QTest::newRow("503") << QJsonObject{{QStringLiteral("fault"), QStringLiteral("error")},
                                            {QStringLiteral("path"), QStringLiteral("/secrets")},
                                            {QStringLiteral("count"), 2},
                                            {QStringLiteral("status"), 503}};
        QTest::newRow("reset") << QJsonObject{{QStringLiteral("fault"), QStringLiteral("reset")},
                                              {QStringLiteral("path"), QStringLiteral("/secrets")},
                                              {QStringLiteral("count"), 2}};
        QTest::newRow("truncated body")
            << QJsonObject{{QStringLiteral("fault"), QStringLiteral("truncate")},
                           {QStringLiteral("path"), QStringLiteral("/secrets")},
                           {QStringLiteral("count"), 1}};
    }

    void completesListingsUnderFaults()
    {
        QFETCH(QJsonObject, fault);
        const auto kv = vault(QStringLiteral("paged"));
        armFault(fault);
        QList<SecretItem> all;
        QUrl next;
        int attempts = 0;
        // A page that arrives cut short is an error for that page only; asking again for the
        // same page goes on without a duplicate or a gap.
        for (;;) {
            auto page = await(kv.list<SecretItem>(next));
            if (!page.ok()) {
                QVERIFY2(++attempts < 3, qPrintable(page.error().detailedMessage()));
                continue;
            }
            all.append(page->items);
            next = page->nextLink;
            if (next.isEmpty())
                break;
        }
        QSet<QString> names;
        for (const auto &item : std::as_const(all))
            names.insert(item.name);
        QCOMPARE(names.size(), pagedCount);
        QCOMPARE(all.size(), pagedCount);
    }

    void doesNotDuplicateAWriteWhoseAnswerWasLost()
    {
        const auto kv = vault(QStringLiteral("demo"));
        armFault({{QStringLiteral("fault"), QStringLiteral("reset")},
                  {QStringLiteral("path"), QStringLiteral("/secrets/once")},
                  {QStringLiteral("count"), 1}});
        const auto set = await(kv.setSecret(QStringLiteral("once"), QStringLiteral("value")));
        const auto versions = await(kv.listVersions<SecretItem>(QStringLiteral("once")));
        // Either the write failed visibly or it happened once; never twice.
        if (set.ok()) {
            QVERIFY(versions.ok());
            QCOMPARE(versions->items.size(), 1);
        } else {
            QVERIFY(versions.ok() ? versions->items.size() <= 1 : versions.error().isNotFound());
        }
    }

    void tellsTheFirewallApart()
    {
        const auto firewall = await(vault(QStringLiteral("payments-kv")).list<SecretItem>());
        QVERIFY(!firewall.ok());
        QVERIFY2(firewall.error().isFirewall(), qPrintable(firewall.error().detailedMessage()));
        QCOMPARE(firewall.error().innerCode, QStringLiteral("ForbiddenByFirewall"));
        QCOMPARE(firewall.error().clientAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(firewall.error().networkInfoAddress, QStringLiteral("127.0.0.1"));

        const auto privateOnly = await(vault(QStringLiteral("private-kv")).list<SecretItem>());
        QVERIFY(!privateOnly.ok());
        QCOMPARE(privateOnly.error().innerCode, QStringLiteral("ForbiddenByConnection"));
        QVERIFY(privateOnly.error().isFirewall());
        QCOMPARE(kluisctl({QStringLiteral("list"), QStringLiteral("secrets"),
                           QStringLiteral("--vault"), QStringLiteral("payments-kv")}),
                 4);
    }

    void tellsPermissionsAndAbsence()
    {
        const auto denied =
            await(vault(QStringLiteral("demo"), m_readerPipeline).list<SecretItem>());
        QVERIFY(!denied.ok());
        QVERIFY(denied.error().isForbidden());
        QVERIFY2(!denied.error().isFirewall(), qPrintable(denied.error().detailedMessage()));

        const auto missing =
            await(vault(QStringLiteral("demo")).getSecret(QStringLiteral("no-such-secret")));
        QVERIFY(missing.error().isNotFound());
        QCOMPARE(missing.error().code, QStringLiteral("SecretNotFound"));
    }

    void modelLoadsARealVault()
    {
        const auto expected = await(vault(QStringLiteral("paged")).listAllSecrets());
        QVERIFY(expected.ok());
        SecretListModel model;
        model.setSource(SecretListModel::live(vault(QStringLiteral("paged"))));
        QElapsedTimer clock;
        clock.start();
        while ((model.canFetchMore() || model.isLoading()) && clock.elapsed() < 120000) {
            model.fetchMore(); // ignored while a page is loading, as for a scrolling view
            QTest::qWait(5);
        }
        QVERIFY(!model.lastError());
        QVERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), expected->size());
    }

    void kluisctlWorksEndToEnd()
    {
        QByteArray out;
        QCOMPARE(kluisctl({QStringLiteral("set-secret"), QStringLiteral("from-cli"),
                           QStringLiteral("--vault"), QStringLiteral("demo")},
                          &out, "piped value\n"),
                 0);
        QCOMPARE(kluisctl({QStringLiteral("get-secret"), QStringLiteral("from-cli"),
                           QStringLiteral("--vault"),
                           m_cloud.vaultUrl(QStringLiteral("demo")).toString()},
                          &out),
                 0);
        QCOMPARE(out, QByteArray("piped value\n"));
        QCOMPARE(
            kluisctl({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("secrets"),
                      QStringLiteral("--vault"), QStringLiteral("demo")},
                     &out),
            0);
        const auto rows = QJsonDocument::fromJson(out).array();
        bool found = false;
        for (const auto &row : rows) {
            found = found || row.toObject().value(QStringLiteral("name")).toString() ==
                                 QLatin1String("from-cli");
            QVERIFY(!row.toObject().contains(QStringLiteral("value")));
        }
        QVERIFY(found);
        QCOMPARE(kluisctl({QStringLiteral("show"), QStringLiteral("nope"),
                           QStringLiteral("--vault"), QStringLiteral("demo")}),
                 5);
        QCOMPARE(kluisctl({QStringLiteral("list"), QStringLiteral("secrets"),
                           QStringLiteral("--vault"), QStringLiteral("demo")},
                          nullptr, {}, false),
                 5);
    }

    void kluisctlWritesLongListsAsTheyArrive()
    {
        // --json is written element by element: the bytes are exactly what Qt writes for the
        // whole array at once, for many pages (and the emulator's empty ones) as for none.
        QByteArray out;
        QCOMPARE(
            kluisctl({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("secrets"),
                      QStringLiteral("--vault"), QStringLiteral("paged")},
                     &out),
            0);
        const auto rows = QJsonDocument::fromJson(out).array();
        QCOMPARE(rows.size(), pagedCount);
        QCOMPARE(out, QJsonDocument(rows).toJson(QJsonDocument::Indented));
        QSet<QString> names;
        for (const auto &row : rows)
            names.insert(row.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(names.size(), pagedCount);
        QVERIFY(names.contains(
            QStringLiteral("generated-%1").arg(pagedCount, 6, 10, QLatin1Char('0'))));
        QCOMPARE(kluisctl({QStringLiteral("--json"), QStringLiteral("list"),
                           QStringLiteral("deleted-certificates"), QStringLiteral("--vault"),
                           QStringLiteral("paged")},
                          &out),
                 0);
        QCOMPARE(out, QByteArray("[\n]\n"));
        QCOMPARE(kluisctl({QStringLiteral("list"), QStringLiteral("secrets"),
                           QStringLiteral("--vault"), QStringLiteral("paged")},
                          &out),
                 0);
        QCOMPARE(out.count('\n'), pagedCount);
        // A listing refused on its first page leaves stdout empty: no half-open array.
        QCOMPARE(
            kluisctl({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("secrets"),
                      QStringLiteral("--vault"), QStringLiteral("paged")},
                     &out, {}, false),
            5);
        QVERIFY(out.isEmpty());
    }

    void logsNoTokenAndNoSecretValue()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kluis.*=true"));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        HttpPipeline pipeline(m_cloud);
        auto credential = std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client(true).clientId, client(true).clientSecret);
        pipeline.setCredential(credential);
        const KeyVaultClient kv(&pipeline, m_cloud.vaultUrl(QStringLiteral("demo")));
        const auto set =
            await(kv.setSecret(QStringLiteral("logged"), QStringLiteral("VALUE-7f3a")));
        const auto got = await(kv.getSecret(QStringLiteral("logged")));
        TokenRequest request;
        request.scopes = {m_cloud.vaultScope};
        const auto token = await(credential->getToken(request));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(set.ok() && got.ok() && token.ok());
        const auto log = g_log.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("/secrets/logged")), qPrintable(log));
        QVERIFY(!log.contains(QLatin1String("VALUE-7f3a")));
        QVERIFY(!log.contains(QLatin1String("eyJ"))); // no JWT, whole or in part
        QVERIFY(!log.contains(client(true).clientSecret));
        QVERIFY(!log.contains(QLatin1String("Bearer ")));
    }
};

QTEST_GUILESS_MAIN(TestKeyVaultClient)
#include "tst_keyvaultclient.moc"
