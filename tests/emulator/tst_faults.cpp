// kluis-emulator --enable-faults on the wire: the control endpoint and what each fault kind added
// for the fault matrix does to an answer (tests/integration/tst_faultmatrix uses them).
#include "EmulatorProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    QByteArray m_token;

    QUrl faultsUrl() const
    {
        return QUrl(m_emulator->cloud().value(QStringLiteral("faultsUrl")).toString());
    }
    EmulatorProcess::Reply arm(const QJsonObject &fault)
    {
        return m_emulator->request("POST", faultsUrl(),
                                   QJsonDocument(fault).toJson(QJsonDocument::Compact));
    }
    QJsonArray armed()
    {
        return m_emulator->request("GET", faultsUrl())
            .json.value(QStringLiteral("value"))
            .toArray();
    }
    EmulatorProcess::Reply call(const QByteArray &method, const QString &path,
                                const QJsonObject &body = {})
    {
        auto target = m_emulator->vaultUri(QStringLiteral("demo"));
        target.chop(1);
        return m_emulator->request(
            method, QUrl(target + path + QStringLiteral("?api-version=7.6")),
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", "Bearer " + m_token}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(
            QStringList{QStringLiteral("--in-memory"), QStringLiteral("--enable-faults")});
        QVERIFY(m_emulator->start());
        m_token = m_emulator->token(
            m_emulator->cloud().value(QStringLiteral("vaultScope")).toString(), true);
        QVERIFY(!m_token.isEmpty());
    }

    void init() { m_emulator->request("DELETE", faultsUrl()); }

    void controlEndpointTakesTheNewFields()
    {
        const auto reply = arm({{QStringLiteral("fault"), QStringLiteral("slow-body")},
                                {QStringLiteral("path"), QStringLiteral("/secrets")},
                                {QStringLiteral("method"), QStringLiteral("get")},
                                {QStringLiteral("every"), 3},
                                {QStringLiteral("count"), 2}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(reply.json.value(QStringLiteral("every")).toInt(), 3);
        const auto list = armed();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("fault")).toString(),
                 QStringLiteral("slow-body"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("seen")).toInt(), 0);

        QCOMPARE(
            arm({{QStringLiteral("fault"), QStringLiteral("error")}, {QStringLiteral("every"), 0}})
                .status,
            400);
        const auto unknown = arm({{QStringLiteral("fault"), QStringLiteral("gremlins")}});
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.body.contains("error-after-apply"));
        QVERIFY(unknown.body.contains("reset-after-apply"));
    }

    void everyAndMethodPickTheRequests()
    {
        QCOMPARE(arm({{QStringLiteral("fault"), QStringLiteral("error")},
                      {QStringLiteral("path"), QStringLiteral("/secrets")},
                      {QStringLiteral("method"), QStringLiteral("GET")},
                      {QStringLiteral("every"), 2},
                      {QStringLiteral("count"), 2}})
                     .status,
                 201);
        QList<int> statuses;
        for (int i = 0; i < 5; ++i) {
            statuses.append(call("GET", QStringLiteral("/secrets")).status);
            // Another method on the same path neither counts nor is faulted.
            QCOMPARE(call("PUT", QStringLiteral("/secrets/every-%1").arg(i),
                          {{QStringLiteral("value"), QStringLiteral("v")}})
                         .status,
                     200);
        }
        QCOMPARE(statuses, (QList<int>{200, 503, 200, 503, 200}));
        QCOMPARE(armed(), QJsonArray{});
    }

    void errorAfterApplyMakesTheChange()
    {
        QCOMPARE(arm({{QStringLiteral("fault"), QStringLiteral("error-after-apply")},
                      {QStringLiteral("path"), QStringLiteral("/secrets/applied")},
                      {QStringLiteral("status"), 500}})
                     .status,
                 201);
        const auto put = call("PUT", QStringLiteral("/secrets/applied"),
                              {{QStringLiteral("value"), QStringLiteral("made")}});
        QCOMPARE(put.status, 500);
        QCOMPARE(put.json.value(QStringLiteral("error")).toObject().value("code").toString(),
                 QStringLiteral("InternalError"));
        const auto get = call("GET", QStringLiteral("/secrets/applied"));
        QCOMPARE(get.status, 200);
        QCOMPARE(get.json.value(QStringLiteral("value")).toString(), QStringLiteral("made"));
    }

    void truncateJsonBreaksTheJsonNotTheConnection()
    {
        const auto clean = call("GET", QStringLiteral("/secrets"));
        QCOMPARE(clean.status, 200);
        QCOMPARE(arm({{QStringLiteral("fault"), QStringLiteral("truncate-json")},
                      {QStringLiteral("path"), QStringLiteral("/secrets")}})
                     .status,
                 201);
        const auto cut = call("GET", QStringLiteral("/secrets"));
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.error, QNetworkReply::NoError);
        QCOMPARE(cut.header("content-length").toLongLong(), cut.body.size());
        QCOMPARE(cut.body, clean.body.left(clean.body.size() / 2));
        QJsonParseError error{};
        QJsonDocument::fromJson(cut.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void resetMidBodySendsPartOfTheAnswer()
    {
        QCOMPARE(arm({{QStringLiteral("fault"), QStringLiteral("reset-mid-body")},
                      {QStringLiteral("path"), QStringLiteral("/secrets")}})
                     .status,
                 201);
        const auto reply = call("GET", QStringLiteral("/secrets"));
        QCOMPARE(reply.status, 200); // the headers came
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(reply.body.size() < reply.header("content-length").toLongLong());
    }

    void slowBodyArrivesWholeAndLate()
    {
        const auto clean = call("GET", QStringLiteral("/secrets"));
        QCOMPARE(arm({{QStringLiteral("fault"), QStringLiteral("slow-body")},
                      {QStringLiteral("path"), QStringLiteral("/secrets")},
                      {QStringLiteral("chunks"), 4},
                      {QStringLiteral("delayMs"), 200}})
                     .status,
                 201);
        QElapsedTimer clock;
        clock.start();
        const auto slow = call("GET", QStringLiteral("/secrets"));
        QVERIFY2(clock.elapsed() >= 600, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(slow.error, QNetworkReply::NoError);
        QCOMPARE(slow.body, clean.body);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
