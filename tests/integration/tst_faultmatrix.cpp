// The fault matrix: kluis-emulator --enable-faults breaks answers the way networks and services
// do (429 bursts, 5xx, resets before and in the middle of a body, bodies cut short, broken JSON,
// slow bodies), and a listing of 1,000 secrets must still end with exactly 1,000 distinct names,
// both in the real kluisctl and in the window's SecretListModel (driven page by page as
// ListPaneBase does), with one request more per fault and no more. A write the vault made
// before its answer failed must leave one new version, never two.
#include "EmulatorProcess.h"
#include "TestAwait.h"

#include "auth/ClientSecretCredential.h"
#include "clients/KeyVaultClient.h"
#include "models/SecretListModel.h"
#include "net/HttpPipeline.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace kluis::core;
using namespace std::chrono_literals;

namespace {
constexpr int secretCount = 1000;

QJsonObject fault(const char *kind, std::initializer_list<std::pair<const char *, QJsonValue>> more)
{
    QJsonObject object{{QStringLiteral("fault"), QString::fromLatin1(kind)},
                       {QStringLiteral("path"), QStringLiteral("/secrets")}};
    for (const auto &[key, value] : more)
        object.insert(QString::fromLatin1(key), value);
    return object;
}

struct Listing
{
    QStringList names;
    int requests = 0; // requests for list pages, retries and the first 401 included
    qint64 elapsedMs = 0;
    QString error;
};
} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory"), QStringLiteral("--enable-faults"),
                                QStringLiteral("--seed-count"),
                                QStringLiteral("big=%1").arg(secretCount)}};
    CloudProfile m_cloud;
    int m_cleanCliRequests = 0;
    int m_cleanModelRequests = 0;

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }
    QUrl faultsUrl() const
    {
        return QUrl(m_cloud.resourceManager.toString() + QStringLiteral("_emulator/faults"));
    }
    CloudClient client() const
    {
        for (const auto &c : m_cloud.clients) {
            if (c.dataAccess)
                return c;
        }
        return {};
    }

    bool arm(const QJsonArray &faults)
    {
        m_emulator.request("DELETE", faultsUrl());
        for (const auto &f : faults) {
            const auto reply = m_emulator.request(
                "POST", faultsUrl(), QJsonDocument(f.toObject()).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
            if (reply.status != 201) {
                qWarning() << "arming failed:" << reply.status << reply.body;
                return false;
            }
        }
        return true;
    }
    // Faults still waiting for a request: none, when every one of them happened.
    QJsonArray armed()
    {
        return m_emulator.request("GET", faultsUrl()).json.value("value").toArray();
    }

    int kluisctl(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr,
                 const QByteArray &input = {})
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_cloud.tenantId);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), client().clientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), client().clientSecret);
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("kluis.net.info=true"));
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
        if (err)
            *err = process.readAllStandardError();
        return process.exitCode();
    }

    Listing listWithKluisctl()
    {
        Listing listing;
        QElapsedTimer clock;
        clock.start();
        QByteArray out;
        QByteArray err;
        const int code =
            kluisctl({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("secrets"),
                      QStringLiteral("--vault"), QStringLiteral("big")},
                     &out, &err);
        listing.elapsedMs = clock.elapsed();
        if (code != 0)
            listing.error = QStringLiteral("exit %1: %2").arg(code).arg(QString::fromUtf8(err));
        for (const auto &row : QJsonDocument::fromJson(out).array())
            listing.names.append(row.toObject().value(QStringLiteral("name")).toString());
        // kluis.net logs one line per attempt: "GET https://big.vault…/secrets 200 12 ms …".
        static const QRegularExpression attempt(QStringLiteral("kluis\\.net: GET \\S+/secrets "));
        listing.requests = static_cast<int>(
            QString::fromUtf8(err).split(QLatin1Char('\n')).filter(attempt).size());
        return listing;
    }

    // As the window lists: ListPaneBase asks for the next page whenever loading stops.
    Listing listWithModel(std::chrono::milliseconds timeout = 60s)
    {
        Listing listing;
        HttpPipeline pipeline(m_cloud);
        pipeline.setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client().clientId, client().clientSecret));
        pipeline.setTimeout(timeout);
        pipeline.setRequestObserver([&listing](const RequestRecord &record) {
            if (record.method == "GET" && record.path.endsWith(QLatin1String("/secrets")))
                ++listing.requests;
        });
        SecretListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&model, &PagedListModel::loadingChanged, &model, [&model](bool loading) {
            if (!loading)
                QTimer::singleShot(0, &model, [&model] {
                    if (model.canFetchMore())
                        model.fetchMore();
                });
        });
        QElapsedTimer clock;
        clock.start();
        model.setSource(SecretListModel::live(
            KeyVaultClient(&pipeline, m_cloud.vaultUrl(QStringLiteral("big")))));
        model.fetchMore();
        while (!model.isComplete() && !model.lastError() && clock.elapsed() < 110000)
            QTest::qWait(10);
        listing.elapsedMs = clock.elapsed();
        if (model.lastError())
            listing.error = model.lastError()->detailedMessage();
        else if (!model.isComplete())
            listing.error = QStringLiteral("not complete after %1 ms").arg(listing.elapsedMs);
        for (const auto &item : model.items())
            listing.names.append(item.name);
        return listing;
    }

    static void verifyComplete(const Listing &listing, const char *who)
    {
        QVERIFY2(listing.error.isEmpty(),
                 qPrintable(QString::fromLatin1(who) + QStringLiteral(": ") + listing.error));
        const QSet<QString> distinct(listing.names.cbegin(), listing.names.cend());
        QCOMPARE(listing.names.size(), secretCount);
        QCOMPARE(distinct.size(), secretCount);
    }

    int versionCount(const QString &name)
    {
        QByteArray out;
        const int code =
            kluisctl({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("versions"),
                      name, QStringLiteral("--vault"), QStringLiteral("demo")},
                     &out);
        if (code == 5)
            return 0; // no such secret
        return code == 0 ? static_cast<int>(QJsonDocument::fromJson(out).array().size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
        // Without faults: how many requests a listing takes (the pages and the first 401).
        const auto cli = listWithKluisctl();
        verifyComplete(cli, "kluisctl");
        m_cleanCliRequests = cli.requests;
        const auto model = listWithModel();
        verifyComplete(model, "model");
        m_cleanModelRequests = model.requests;
        QVERIFY(m_cleanCliRequests >= secretCount / 25);
        QCOMPARE(m_cleanModelRequests, m_cleanCliRequests);
        qInfo("clean listing: %d requests, kluisctl %lld ms, model %lld ms", m_cleanCliRequests,
              cli.elapsedMs, model.elapsedMs);
    }

    void listsEverySecretOnceUnderFaults_data()
    {
        QTest::addColumn<QJsonArray>("faults");
        // Requests beyond a clean listing's: one per failed attempt. A reset before any answer
        // byte is retried by Qt itself on a new connection (GET only), unseen by the pipeline.
        QTest::addColumn<int>("extraRequests");
        QTest::addColumn<int>("fewerAllowed");
        QTest::addColumn<int>("timeoutMs"); // the model's request timeout; 0: the default

        QTest::newRow("429 burst with Retry-After")
            << QJsonArray{fault("throttle", {{"count", 3}, {"retryAfter", 1}})} << 3 << 0 << 0;
        QTest::newRow("429 burst without Retry-After")
            << QJsonArray{fault("throttle", {{"count", 3}, {"retryAfter", 0}})} << 3 << 0 << 0;
        QTest::newRow("429 on every 6th request")
            << QJsonArray{fault("throttle", {{"count", 5}, {"every", 6}, {"retryAfter", 0}})} << 5
            << 0 << 0;
        QTest::newRow("503 and 500")
            << QJsonArray{fault("error", {{"count", 2}, {"status", 503}}),
                          fault("error", {{"count", 2}, {"every", 7}, {"status", 500}})}
            << 4 << 0 << 0;
        QTest::newRow("reset before the answer")
            << QJsonArray{fault("reset", {{"count", 3}, {"every", 5}})} << 3 << 3 << 0;
        QTest::newRow("reset mid-body")
            << QJsonArray{fault("reset-mid-body", {{"count", 4}, {"every", 5}})} << 4 << 0 << 0;
        QTest::newRow("connection closed mid-body")
            << QJsonArray{fault("truncate", {{"count", 3}, {"every", 5}})} << 3 << 0 << 0;
        QTest::newRow("truncated JSON")
            << QJsonArray{fault("truncate-json", {{"count", 4}, {"every", 5}})} << 4 << 0 << 0;
        QTest::newRow("slow bodies")
            << QJsonArray{fault("slow-body",
                                {{"count", 10}, {"every", 3}, {"chunks", 6}, {"delayMs", 60}})}
            << 0 << 0 << 0;
        QTest::newRow("a body slower than the timeout")
            << QJsonArray{fault("slow-body",
                                {{"count", 2}, {"every", 9}, {"chunks", 4}, {"delayMs", 1000}})}
            << 2 << 0 << 2000;
        QTest::newRow("everything at once")
            << QJsonArray{fault("throttle", {{"count", 2}, {"every", 11}, {"retryAfter", 1}}),
                          fault("error", {{"count", 2}, {"every", 9}, {"status", 502}}),
                          fault("reset-mid-body", {{"count", 2}, {"every", 7}}),
                          fault("truncate-json", {{"count", 2}, {"every", 5}}),
                          fault("slow-body", {{"count", 3}, {"every", 4}, {"delayMs", 40}})}
            << 8 << 0 << 0;
    }

    void listsEverySecretOnceUnderFaults()
    {
        QFETCH(QJsonArray, faults);
        QFETCH(int, extraRequests);
        QFETCH(int, fewerAllowed);
        QFETCH(int, timeoutMs);
        const auto verifyRequests = [&](int requests, int clean) {
            QVERIFY2(requests <= clean + extraRequests &&
                         requests >= clean + extraRequests - fewerAllowed,
                     qPrintable(QStringLiteral("%1 requests, a clean listing takes %2")
                                    .arg(requests)
                                    .arg(clean)));
        };

        // kluisctl has no timeout option: the case of a body slower than it is the model's.
        if (timeoutMs == 0) {
            QVERIFY(arm(faults));
            const auto cli = listWithKluisctl();
            verifyComplete(cli, "kluisctl");
            QCOMPARE(armed(), QJsonArray{}); // every fault happened
            verifyRequests(cli.requests, m_cleanCliRequests);
            qInfo("kluisctl: %d requests, %lld ms", cli.requests, cli.elapsedMs);
        }

        QVERIFY(arm(faults));
        const auto model =
            listWithModel(timeoutMs > 0 ? std::chrono::milliseconds(timeoutMs) : 60000ms);
        verifyComplete(model, "model");
        QCOMPARE(armed(), QJsonArray{});
        verifyRequests(model.requests, m_cleanModelRequests);
        qInfo("model: %d requests, %lld ms", model.requests, model.elapsedMs);
    }

    void aWriteThatFailedAfterTakingEffectIsNotRepeated_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("exitCode"); // kluisctl's
        QTest::addColumn<int>("versions"); // what the vault holds afterwards
        QTest::addColumn<QString>("says"); // in kluisctl's error and the window's

        const auto write = [](const char *kind, int status) {
            return QJsonObject{{QStringLiteral("fault"), QString::fromLatin1(kind)},
                               {QStringLiteral("path"), QStringLiteral("/secrets/written-")},
                               {QStringLiteral("method"), QStringLiteral("PUT")},
                               // The first PUT carries no token and meets the 401 challenge.
                               {QStringLiteral("every"), 2},
                               {QStringLiteral("status"), status}};
        };
        QTest::newRow("503 after it took effect")
            << write("error-after-apply", 503) << 4 << 1 << QStringLiteral("(status 503)");
        QTest::newRow("500 after it took effect")
            << write("error-after-apply", 500) << 4 << 1 << QString();
        QTest::newRow("reset mid-body after it took effect")
            << write("reset-mid-body", 0) << 4 << 1 << QString();
        QTest::newRow("closed mid-body after it took effect")
            << write("truncate", 0) << 4 << 1 << QString();
        QTest::newRow("reset before the answer, after it took effect")
            << write("reset-after-apply", 0) << 4 << 1
            << QStringLiteral("The change may have been made");
        QTest::newRow("503 before it took effect") << write("error", 503) << 4 << 0 << QString();
        QTest::newRow("429 before it took effect") << write("throttle", 429) << 0 << 1 << QString();
    }

    void aWriteThatFailedAfterTakingEffectIsNotRepeated()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, exitCode);
        QFETCH(int, versions);
        QFETCH(QString, says);
        if (fault.value(QStringLiteral("status")).toInt() == 0)
            fault.remove(QStringLiteral("status"));
        static int serial = 0;
        ++serial;

        // kluisctl set-secret.
        const auto cliName = QStringLiteral("written-cli-%1").arg(serial);
        QVERIFY(arm({fault}));
        QByteArray err;
        QCOMPARE(kluisctl({QStringLiteral("set-secret"), cliName, QStringLiteral("--vault"),
                           QStringLiteral("demo")},
                          nullptr, &err, "value\n"),
                 exitCode);
        QVERIFY2(QString::fromUtf8(err).contains(says), err.constData());
        QCOMPARE(armed(), QJsonArray{});
        QCOMPARE(versionCount(cliName), versions);

        // The window's path: KeyVaultClient::setSecret, as SetSecretCommand calls it.
        const auto windowName = QStringLiteral("written-window-%1").arg(serial);
        QVERIFY(arm({fault}));
        HttpPipeline pipeline(m_cloud);
        pipeline.setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client().clientId, client().clientSecret));
        int puts = 0;
        pipeline.setRequestObserver(
            [&puts](const RequestRecord &record) { puts += record.method == "PUT" ? 1 : 0; });
        const KeyVaultClient vault(&pipeline, m_cloud.vaultUrl(QStringLiteral("demo")));
        const auto written = await(vault.setSecret(windowName, QStringLiteral("value")));
        QCOMPARE(written.ok(), exitCode == 0);
        if (!written.ok())
            QVERIFY2(written.error().detailedMessage().contains(says),
                     qPrintable(written.error().detailedMessage()));
        QCOMPARE(armed(), QJsonArray{});
        QCOMPARE(versionCount(windowName), versions);
        // The first PUT meets the 401 challenge; after that, one attempt, two when throttled.
        QCOMPARE(puts, exitCode == 0 ? 3 : 2);
    }

    // A delete has no body to refuse a second sending: Qt must not send it again either, or the
    // user would be told "not found" for a delete that worked.
    void aDeleteWhoseAnswerWasLostIsNotRepeated()
    {
        HttpPipeline pipeline(m_cloud);
        pipeline.setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client().clientId, client().clientSecret));
        const KeyVaultClient vault(&pipeline, m_cloud.vaultUrl(QStringLiteral("demo")));
        QVERIFY(await(vault.setSecret(QStringLiteral("deleted-once"), QStringLiteral("v"))).ok());
        QVERIFY(arm({QJsonObject{{QStringLiteral("fault"), QStringLiteral("reset-after-apply")},
                                 {QStringLiteral("path"), QStringLiteral("/secrets/deleted-once")},
                                 {QStringLiteral("method"), QStringLiteral("DELETE")}}}));
        const auto deleted = await(vault.deleteItem<SecretItem>(QStringLiteral("deleted-once")));
        QVERIFY(!deleted.ok());
        QVERIFY2(deleted.error().detailedMessage().contains(
                     QLatin1String("The change may have been made")),
                 qPrintable(deleted.error().detailedMessage()));
        QCOMPARE(armed(), QJsonArray{});
        QTRY_VERIFY_WITH_TIMEOUT(
            await(vault.getDeleted<SecretItem>(QStringLiteral("deleted-once"))).ok(), 5000);
    }

    // Closing a vault (its owner object goes away) aborts what is still being read from it, and
    // a call made afterwards fails at once instead of reaching the vault.
    void aClientsOwnerGoingAwayAbortsItsRequests()
    {
        HttpPipeline pipeline(m_cloud);
        pipeline.setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client().clientId, client().clientSecret));
        auto *owner = new QObject;
        const auto vault =
            KeyVaultClient(&pipeline, m_cloud.vaultUrl(QStringLiteral("big"))).withOwner(owner);
        // A page that takes 20 s to arrive.
        QVERIFY(arm({fault("slow-body", {{"count", 2}, {"chunks", 40}, {"delayMs", 500}})}));
        QElapsedTimer clock;
        clock.start();
        QTimer::singleShot(1000, owner, [owner] { delete owner; });
        const auto page = await(vault.list<SecretItem>());
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, AzureError::Kind::Cancelled);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));

        clock.restart();
        const auto after = await(vault.list<SecretItem>());
        QVERIFY(!after.ok());
        QCOMPARE(after.error().kind, AzureError::Kind::Cancelled);
        QVERIFY(clock.elapsed() < 1000);
        m_emulator.request("DELETE", faultsUrl());
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
