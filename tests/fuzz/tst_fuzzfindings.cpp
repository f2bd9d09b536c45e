// What each finding of the fuzz targets now does, as a user would see it. The inputs are the
// reproducers kept in the corpora (tests/fuzz/corpus/*/repro-*).
#include "auth/AccessToken.h"
#include "auth/AzureCliCredential.h"
#include "clients/KeyVaultTypes.h"
#include "diagnostics/SupportBundle.h"
#include "net/HttpPipeline.h"

#include <QJsonDocument>
#include <QTest>

using namespace kluis::core;
using namespace std::chrono_literals;

class TestFuzzFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesBeyondYear9999AreNoDates()
    {
        const auto item = SecretItem::fromJson(
            QJsonDocument::fromJson("{\"id\":\"https://v.vault.azure.net/secrets/a/1\","
                                    "\"attributes\":{\"exp\":1.8e21,\"nbf\":-1e300,"
                                    "\"updated\":253402300799}}")
                .object());
        QVERIFY(!item.attributes.expires);
        QVERIFY(!item.attributes.notBefore);
        QCOMPARE(item.attributes.updated->date().year(), 9999);
    }

    void anEndlessTokenLifetimeIsRefused()
    {
        const auto token = parseTokenResponse(
            200, "{\"token_type\":\"Bearer\",\"access_token\":\"x\",\"expires_in\":7.2e45}");
        QVERIFY(!token);
        QVERIFY(token.error().message.contains(QLatin1String("lifetime")));
        QVERIFY(parseTokenResponse(200, "{\"access_token\":\"x\",\"expires_in\":3599}"));
    }

    void anAzExpiryOutOfRangeFallsBackToTheLocalTime()
    {
        const auto token =
            AzureCliCredential::parseOutput("{\"accessToken\":\"x\",\"expires_on\":7.7e32,"
                                            "\"expiresOn\":\"2026-11-24 23:59:10.000000\"}");
        QVERIFY(token);
        QCOMPARE(token->expiresOn.toLocalTime().date(), QDate(2026, 11, 24));
        QVERIFY(!AzureCliCredential::parseOutput("{\"accessToken\":\"x\",\"expires_on\":7.7e32}"));
    }

    void aHugeRetryAfterIsCutToADay()
    {
        HttpResponse response;
        response.headers = {{"Retry-After", "99999999999999999"}};
        QCOMPARE(HttpPipeline::retryAfter(response), std::optional(std::chrono::milliseconds(24h)));
        response.headers = {{"x-ms-retry-after-ms", "9223372036854775807"}};
        QCOMPARE(HttpPipeline::retryAfter(response), std::optional(std::chrono::milliseconds(24h)));
        response.headers = {{"Retry-After", "2"}};
        QCOMPARE(HttpPipeline::retryAfter(response), std::optional(std::chrono::milliseconds(2s)));
    }

    void theSupportBundleScrubsKeysToo()
    {
        SupportBundle bundle;
        bundle.setDiagnosis(
            QJsonDocument::fromJson("{\"tags\":{\"eyJ4IjoxfQ.eyJ4IjoxfQ.c2ln\":\"x\"}}").object(),
            {});
        const auto text = QJsonDocument(bundle.toJson()).toJson();
        QVERIFY2(!text.contains("eyJ4IjoxfQ"), text.constData());
        QVERIFY(text.contains("[token removed]"));
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
