// The expiry report's findings, the report table's CSV, JSON and Markdown, and the files an
// import reads.
#include "crossvault/ExpiryReport.h"
#include "crossvault/ReportTable.h"
#include "crossvault/SecretImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kluis::core;

namespace {
const QDateTime kNow(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

ObjectSummary object(const QString &name, std::optional<QDateTime> expires, bool enabled = true,
                     QDateTime updated = kNow.addDays(-1))
{
    ObjectSummary summary;
    summary.vault = QStringLiteral("prod");
    summary.name = name;
    summary.attributes.expires = expires;
    summary.attributes.enabled = enabled;
    summary.attributes.updated = updated;
    return summary;
}

QStringList findings(const QList<ExpiryReport::Row> &rows)
{
    QStringList out;
    for (const auto &row : rows)
        out << row.object.name + QLatin1Char(':') + ExpiryReport::findingName(row.finding);
    return out;
}
} // namespace

class TestCrossVaultReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatNeedsAnEye()
    {
        const ExpiryReport report(kNow, 30, 365);
        auto managed = object(QStringLiteral("cert-secret"), std::nullopt);
        managed.managed = true;
        const auto rows = report.findings({
            object(QStringLiteral("b-expired"), kNow.addSecs(-1)),
            object(QStringLiteral("a-soon"), kNow.addDays(30)),
            object(QStringLiteral("c-later"), kNow.addDays(31)),
            object(QStringLiteral("d-never"), std::nullopt, false),
            object(QStringLiteral("e-old"), kNow.addDays(200), true, kNow.addDays(-366)),
            managed,
        });
        QCOMPARE(
            findings(rows),
            (QStringList{QStringLiteral("a-soon:expiring"), QStringLiteral("b-expired:expired"),
                         QStringLiteral("d-never:no-expiry"), QStringLiteral("d-never:disabled"),
                         QStringLiteral("e-old:stale")}));
        const auto json = rows.first().toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("expires"), QStringLiteral("kind"),
                                           QStringLiteral("name"), QStringLiteral("state"),
                                           QStringLiteral("vault"), QStringLiteral("version")}));
        QCOMPARE(json.value(QStringLiteral("expires")).toString(),
                 QStringLiteral("2026-12-31T12:00:00Z"));
        QVERIFY(ExpiryReport::isAboutVersion(ExpiryReport::Finding::Expired));
        QVERIFY(!ExpiryReport::isAboutVersion(ExpiryReport::Finding::NoExpiry));
    }

    void csvQuotesAndDisarmsFormulas()
    {
        const ReportTable table{{QStringLiteral("name"), QStringLiteral("note")},
                                {{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("a,b")},
                                 {QStringLiteral("plain"), QStringLiteral("two\nlines")}}};
        QCOMPARE(table.toCsv(), QByteArray("name,note\r\n"
                                           "\"'=HYPERLINK(\"\"x\"\")\",\"a,b\"\r\n"
                                           "plain,\"two\nlines\"\r\n"));
    }

    void jsonAndMarkdownKeepEveryCell()
    {
        const ReportTable table{{QStringLiteral("name"), QStringLiteral("state")},
                                {{QStringLiteral("a|b"), QStringLiteral("expired")}}};
        const auto array = QJsonDocument::fromJson(table.toJson()).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("a|b"));
        QCOMPARE(table.toMarkdown(), QByteArray("| name | state |\n| --- | --- |\n"
                                                "| a\\|b | expired |\n"));
    }

    void envFilesAsWrittenByHand()
    {
        const QByteArray env = "# comment\r\n"
                               "export API_KEY = abc123 # trailing comment\r\n"
                               "\n"
                               "QUOTED='kept # as is'\n"
                               "PEM=\"-----BEGIN-----\n"
                               "MIIB\\tx\n"
                               "-----END-----\"\n"
                               "app.url=https://example.org/?a=b\n";
        const auto entries = SecretImport::parse(env);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
        QCOMPARE(entries->size(), 4);
        QCOMPARE(entries->at(0).name, QStringLiteral("API-KEY"));
        QCOMPARE(entries->at(0).sourceKey, QStringLiteral("API_KEY"));
        QCOMPARE(entries->at(0).value, QStringLiteral("abc123"));
        QCOMPARE(entries->at(1).value, QStringLiteral("kept # as is"));
        QCOMPARE(entries->at(2).value, QStringLiteral("-----BEGIN-----\nMIIB\tx\n-----END-----"));
        QCOMPARE(entries->at(3).name, QStringLiteral("app-url"));
        QCOMPARE(entries->at(3).value, QStringLiteral("https://example.org/?a=b"));
    }

    void brokenFilesNameWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no equals") << QByteArray("A=1\njust text\n") << QStringLiteral("Line 2");
        QTest::newRow("open quote")
            << QByteArray("A=\"never closed\nB=2\n") << QStringLiteral("Line 1");
        QTest::newRow("bad key") << QByteArray("1ABC=x") << QStringLiteral("1ABC");
        QTest::newRow("json syntax") << QByteArray("{\"a\": ") << QStringLiteral("JSON");
        QTest::newRow("json no value")
            << QByteArray("{\"a\": {\"tags\": {}}}") << QStringLiteral("\"a\"");
        QTest::newRow("json bad date")
            << QByteArray("[{\"name\": \"a\", \"value\": \"v\", \"expires\": \"soon\"}]")
            << QStringLiteral("ISO 8601");
    }

    void brokenFilesNameWhatIsWrong()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto entries = SecretImport::parse(bytes);
        QVERIFY(!entries);
        QVERIFY2(entries.error().message.contains(expected), qPrintable(entries.error().message));
    }

    void jsonEntriesCarryTheirAttributes()
    {
        const auto entries = SecretImport::parse(R"({"plain": "v1", "rich": {"value": "v2",
            "contentType": "text/plain", "tags": {"a": "b"}, "enabled": false,
            "expires": "2027-01-01T00:00:00Z"}})");
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        const auto &rich = entries->at(1);
        QCOMPARE(rich.value, QStringLiteral("v2"));
        QCOMPARE(rich.contentType, QStringLiteral("text/plain"));
        QCOMPARE(rich.tags.value(QStringLiteral("a")), QStringLiteral("b"));
        QVERIFY(!rich.attributes.enabled);
        QCOMPARE(*rich.attributes.expires, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestCrossVaultReport)
#include "tst_crossvaultreport.moc"
