// Scrubber and SupportBundle: nothing secret leaves in a report or a bundle.
#include "diagnostics/Scrubber.h"
#include "diagnostics/SupportBundle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kluis::core;

class TestSupportBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
