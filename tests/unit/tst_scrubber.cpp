#include "diagnostics/Diagnosis.h"
#include "diagnostics/Scrubber.h"
#include "diagnostics/SupportBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kluis::core;

namespace {
// A refresh token as Entra ID (and kluis-emulator) hands them out: not a JWT.
const QString opaqueRefresh = QStringLiteral(
    "0.AXoA6Wg3nKQqIE2bzXl9bL7Xk8dQmYw2Q9pRjZ1lVbT4_Gk-ABC.AgABAAEAAAD--DLA3VO7QrddgJg7WevrAgDs_"
    "wUA9P-aJ8Y2kZ3q");
} // namespace

class TestScrubber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formFieldsLoseTheirValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("device_code") << "grant_type=device_code&device_code=DEVCODE123&x=1"
                                     << "DEVCODE123";
        QTest::newRow("code_verifier") << "code=AUTHCODE9&code_verifier=VERIFIER42xyz"
                                       << "VERIFIER42xyz";
        QTest::newRow("code") << "code=AUTHCODE9&code_verifier=x"
                              << "AUTHCODE9";
        QTest::newRow("password") << "user=admin&password=hunter2pw"
                                  << "hunter2pw";
        QTest::newRow("pwd") << "pwd=Pfx-Pass-1"
                             << "Pfx-Pass-1";
        QTest::newRow("client_secret") << "client_id=a&client_secret=s3cr3t~value"
                                       << "s3cr3t~value";
        QTest::newRow("client_assertion")
            << "client_assertion_type=x&client_assertion=ASSERTIONVALUE"
            << "ASSERTIONVALUE";
        QTest::newRow("assertion") << "assertion=SAMLASSERT&b=1"
                                   << "SAMLASSERT";
        QTest::newRow("refresh_token") << "grant_type=refresh_token&refresh_token=RT-abc"
                                       << "RT-abc";
        QTest::newRow("access_token") << "access_token=AT-xyz&expires_in=3599"
                                      << "AT-xyz";
        QTest::newRow("upper case") << "PASSWORD=Loud1"
                                    << "Loud1";
        QTest::newRow("sig in a URL") << "https://x.blob/c?sv=1&sig=SECRETSIG"
                                      << "SECRETSIG";
        QTest::newRow("skiptoken") << "see /secrets?$skiptoken=SKIPPY"
                                   << "SKIPPY";
    }
    void formFieldsLoseTheirValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const auto scrubbed = Scrubber::scrub(text);
        QVERIFY2(!scrubbed.contains(secret), qPrintable(scrubbed));
        // A URL loses its whole query instead.
        if (!text.contains(QLatin1String("://")))
            QVERIFY2(scrubbed.contains(QLatin1String("[removed]")), qPrintable(scrubbed));
    }

    void jsonMembersInTextLoseTheirValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("pwd") << "{\"value\": \"MIIK\", \"pwd\": \"pfx-password\"}"
                             << "pfx-password";
        QTest::newRow("password") << "body {\"password\" : \"hunter2\"}"
                                  << "hunter2";
        QTest::newRow("key") << "{\"key\": \"c2VjcmV0a2V5\"}"
                             << "c2VjcmV0a2V5";
        QTest::newRow("jwk d")
            << "{\"kty\":\"RSA\",\"n\":\"0vx7\",\"e\":\"AQAB\",\"d\":\"X4cTteJY_"
               "gn4FYPsXB8rdXix5vwsg1FLN5E3EaG6RJoVH-"
               "HLLKD9M7dx5oo7GURknchnrRweUkC7hT5fJLM0WbFAKNLWY2vv7B6NqXSzUvxT0_"
               "YSfqijwp3RTzlBaCxWp4doFk5N2o8Gy_nHNKroADIkJ46pRUohsXywbReAdYaMwFs9tv8d_"
               "cPVY3i07a3t8MN6TNwm0dSawm9v47UiCl3Sk5ZiG7xojPLu4sbg1U2jx4IBTNBznbJSzFHK66jT8bgkuqsk"
               "0GjskDJk19Z4qwjwbsnn4j2WBii3RL-Us2lGVkY8fkFzme1z0HbIkfz0Y6mqnOYtqc0X4jfcKoAC8Q\"}"
            << "X4cTteJY";
        QTest::newRow("jwk p")
            << "{\"p\":\"83i-7IvMGXoMXCskv73TKr8637FiO7Z27zv8oj6pbWUQyLPQBQxtPVnwD20R-"
               "60eTDmD2ujnMt5PoqMrm8RfmNhVWDtjjMmCMjOpSXicFHj7XOuVIYQyqVWlWEh6dN36GVZYk93N8Bc9vY41"
               "xy8B9RzzOGVQzXvNEvn7O0nVbfs\"}"
            << "83i-7IvMGX";
        QTest::newRow("client_secret") << "{\"client_secret\":\"s3cr3t\"}"
                                       << "s3cr3t";
        QTest::newRow("refresh_token") << "{\"refresh_token\":\"RT1\"}"
                                       << "RT1";
        QTest::newRow("access_token") << "{\"access_token\":\"AT1\",\"token_type\":\"Bearer\"}"
                                      << "AT1";
        QTest::newRow("assertion") << "{\"assertion\": \"A1\"}"
                                   << "A1";
        QTest::newRow("secret value") << "{\"value\": \"the secret\", \"id\": \"x\"}"
                                      << "the secret";
        QTest::newRow("escaped in a string")
            << "message: \"{\\\"password\\\":\\\"hunter2\\\",\\\"x\\\":1}\""
            << "hunter2";
    }
    void jsonMembersInTextLoseTheirValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const auto scrubbed = Scrubber::scrub(text);
        QVERIFY2(!scrubbed.contains(secret), qPrintable(scrubbed));
    }

    void tokensGo()
    {
        const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        QVERIFY(!Scrubber::scrub(QStringLiteral("Authorization: Bearer ") + jwt).contains("eyJ"));
        QVERIFY(!Scrubber::scrub(QStringLiteral("Bearer abc.def")).contains("abc.def"));
        // An opaque refresh token, alone or in a sentence.
        QVERIFY(!Scrubber::scrub(opaqueRefresh).contains(QLatin1String("AXoA")));
        const auto sentence = Scrubber::scrub(QStringLiteral("refresh with ") + opaqueRefresh +
                                              QStringLiteral(" now"));
        QVERIFY2(!sentence.contains(QLatin1String("AXoA")), qPrintable(sentence));
        QVERIFY(sentence.startsWith(QLatin1String("refresh with ")));
        QVERIFY(sentence.endsWith(QLatin1String(" now")));
        const QString emulatorToken = QStringLiteral(
            "1.emu.q3Zy0XJm1fE2pH9Lr8sTuV4wXyZa1b2c3d4e5f6g7h8i9j0kLmNoPqRsTuVwXyZ0123");
        QVERIFY(!Scrubber::scrub(emulatorToken).contains(QLatin1String("q3Zy0")));
    }

    void whatIsNoSecretStays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("request id") << "x-ms-request-id 5f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b";
        QTest::newRow("sha-256 thumbprint")
            << "3A7BD3E2360A3D29EEA436FCFB7E44C735D117C42D1C1835420B6B9942DD4F1B";
        QTest::newRow("resource id")
            << "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-Payments01/"
               "providers/Microsoft.KeyVault/vaults/payments-kv";
        QTest::newRow("host") << "TCP to login.microsoftonline.com:443 connects";
        QTest::newRow("ip rule") << "{\"value\": \"203.0.113.10/32\"}";
        QTest::newRow("error code") << "code: ForbiddenByFirewall";
        QTest::newRow("url without query") << "https://demo.vault.azure.net/secrets/db-password";
        QTest::newRow("sentence") << "The vault's firewall refuses 203.0.113.10.";
    }
    void whatIsNoSecretStays()
    {
        QFETCH(QString, text);
        QCOMPARE(Scrubber::scrub(text), text);
    }

    void jsonValues()
    {
        const QJsonObject input{
            {QStringLiteral("cause"), QStringLiteral("vault-firewall")},
            {QStringLiteral("pwd"), QStringLiteral("pfx-pass")},
            {QStringLiteral("Password"), QStringLiteral("hunter2")},
            {QStringLiteral("client_secret"), QStringLiteral("s3cr3t")},
            {QStringLiteral("refreshTokens"), QJsonArray{QStringLiteral("RT1")}},
            {QStringLiteral("key"),
             QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                         {QStringLiteral("n"), QStringLiteral("0vx7agoebGcQSuu")},
                         {QStringLiteral("d"), QStringLiteral("PRIVATE-D")},
                         {QStringLiteral("qi"), QStringLiteral("PRIVATE-QI")}}},
            {QStringLiteral("apiKey"), QStringLiteral("kept: only 'key' itself is a secret")},
            {QStringLiteral("value"), QStringLiteral("the secret value")},
            {QStringLiteral("rule"),
             QJsonObject{{QStringLiteral("value"), QStringLiteral("203.0.113.10/32")}}},
            {QStringLiteral("note"),
             QString(QStringLiteral("device_code=DC1 and ") + opaqueRefresh)}};
        const auto text = QJsonDocument(Scrubber::scrub(input).toObject()).toJson();
        for (const char *secret : {"pfx-pass", "hunter2", "s3cr3t", "RT1", "PRIVATE-D",
                                   "PRIVATE-QI", "the secret value", "DC1", "AXoA"})
            QVERIFY2(!text.contains(secret), secret);
        for (const char *kept :
             {"vault-firewall", "RSA", "0vx7agoebGcQSuu", "203.0.113.10/32", "kept: only"})
            QVERIFY2(text.contains(kept), kept);
    }

    void supportBundleGoesThroughIt()
    {
        SupportBundle bundle;
        bundle.setDiagnosis(QJsonObject{{QStringLiteral("evidence"),
                                         QStringLiteral("answer had password=hunter2")}},
                            QStringLiteral("# Diagnosis\nrefresh_token=") + opaqueRefresh);
        const auto text = QJsonDocument(bundle.toJson()).toJson();
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(!text.contains("AXoA"));
    }

    void theSavedReportGoesThroughIt()
    {
        Diagnosis diagnosis;
        diagnosis.vaultUri = QUrl(QStringLiteral("https://demo.vault.azure.net/"));
        EndpointProbe probe;
        probe.endpoint.host = QStringLiteral("demo.vault.azure.net");
        probe.endpoint.port = 443;
        probe.evidence = QStringLiteral("the proxy answered {\"access_token\":\"AT-LEAK\"} and ") +
                         opaqueRefresh;
        diagnosis.endpoints.append(probe);
        for (const bool json : {true, false}) {
            const auto report = diagnosis.reportBytes(json);
            QVERIFY2(!report.contains("AT-LEAK"), report.constData());
            QVERIFY2(!report.contains("AXoA"), report.constData());
            QVERIFY(report.contains("demo.vault.azure.net"));
        }
    }
};

QTEST_GUILESS_MAIN(TestScrubber)
#include "tst_scrubber.moc"
