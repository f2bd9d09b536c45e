// The expiry report's findings and the report table's CSV, JSON and Markdown.
#include "crossvault/ExpiryReport.h"
#include "crossvault/ReportTable.h"

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
};

QTEST_GUILESS_MAIN(TestCrossVaultReport)
#include "tst_crossvaultreport.moc"
