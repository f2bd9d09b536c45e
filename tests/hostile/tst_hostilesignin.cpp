// Sign-in services and vaults that answer as an attacker (or a broken middlebox) would: redirects
// from the token endpoint, short-lived tokens, device-code answers that point elsewhere, error
// bodies that quote tokens, forged network-info headers and throttling without end on writes.
// Each case asserts what leaks (nothing), how many requests are made and what the user is told.
#include "HostileCloud.h"
#include "TestAwait.h"

#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "clients/KeyVaultClient.h"
#include "cloud/CloudProfile.h"
#include "net/HttpPipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kluis::core;

namespace {
// A JWT and an opaque refresh token as an error body might quote them.
const QByteArray quotedJwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLXF1b3RlZA";
const QByteArray quotedRefresh = "0.AXoAqL9Zk3vRt8mN2pQ7sW4xY1cB6dF0gH5jK8lM3nP9rS2tU7vW4xY1zA";

QStringList cli(const QString &cloudFile, QStringList arguments)
{
    return QStringList{QStringLiteral("--cloud-file"), cloudFile, QStringLiteral("--json")} +
           arguments;
}

int authorizedWrites(const HostileCloud &cloud)
{
    int count = 0;
    for (const auto &request : cloud.requestsTo(cloud.vaultHost()))
        count += request.method == "PUT" && request.hasAuthorization() ? 1 : 0;
    return count;
}
} // namespace

class TestHostileSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The token endpoint answers 302 to another host: the client secret is not posted there.
    void aRedirectFromTheTokenEndpointIsNotFollowed()
    {
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        const auto evil = cloud.server().origin(QStringLiteral("evil.localhost"));
        cloud.signIn =
            [&evil](const HostileCloud::Request &) -> std::optional<HostileCloud::Reply> {
            return HostileServer::json(302, "{}", {{"Location", evil.toLatin1() + "/steal"}});
        };
        const auto run = runKluisctl(
            cli(cloud.cloudFile(), {QStringLiteral("list"), QStringLiteral("secrets"),
                                    QStringLiteral("--vault"), QStringLiteral("hostile")}),
            cloud.environment());
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        QCOMPARE(cloud.requestsTo(QStringLiteral("evil.localhost")).size(), 0);
        QCOMPARE(cloud.tokenRequests(), 1);
        QVERIFY2(run.error()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String("redirect")),
                 qPrintable(run.describe()));
        QVERIFY(!run.err.contains(HostileCloud::clientSecret));
    }

    // A token that lives two minutes serves the first minute of requests: it is not asked for
    // again before every request (before, any lifetime under the 300 s margin was).
    void aShortLivedTokenIsAskedForOnceNotBeforeEveryRequest()
    {
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        cloud.expiresIn = 120;
        const auto origin = cloud.server().origin(cloud.vaultHost());
        cloud.vault =
            [&](const HostileCloud::Request &request) -> std::optional<HostileCloud::Reply> {
            if (!request.hasAuthorization())
                return std::nullopt;
            const int page = request.target.contains("page=2")   ? 2
                             : request.target.contains("page=3") ? 3
                                                                 : 1;
            QJsonObject body{
                {QStringLiteral("value"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("%1/secrets/s%2").arg(origin).arg(page)},
                     {QStringLiteral("attributes"),
                      QJsonObject{{QStringLiteral("enabled"), true}}}}}}};
            if (page < 3)
                body.insert(
                    QStringLiteral("nextLink"),
                    QStringLiteral("%1/secrets?api-version=7.6&page=%2").arg(origin).arg(page + 1));
            return HostileServer::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        };
        const auto run = runKluisctl(
            cli(cloud.cloudFile(), {QStringLiteral("list"), QStringLiteral("secrets"),
                                    QStringLiteral("--vault"), QStringLiteral("hostile")}),
            cloud.environment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 3);
        QCOMPARE(cloud.tokenRequests(), 1);
    }

    // The user would be sent to type a code on a page a network could rewrite: refused before
    // the code is shown, and nothing is polled.
    void aDeviceCodePageThatIsNotHttpsIsNotShown()
    {
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        QString error;
        const auto profile = CloudProfile::fromFile(cloud.cloudFile(), &error);
        QVERIFY2(profile, qPrintable(error));
        cloud.signIn =
            [](const HostileCloud::Request &request) -> std::optional<HostileCloud::Reply> {
            if (!request.path().endsWith("/devicecode"))
                return std::nullopt;
            return HostileServer::json(
                200, "{\"device_code\":\"dc\",\"user_code\":\"ABCD-EFGH\",\"verification_uri\":"
                     "\"http://evil.localhost/device\",\"expires_in\":900,\"interval\":5,"
                     "\"message\":\"Go to http://evil.localhost/device\"}");
        };
        DeviceCodeCredential credential(*profile, QString::fromLatin1(HostileCloud::tenant),
                                        QString::fromLatin1(HostileCloud::clientId));
        int prompts = 0;
        connect(&credential, &DeviceCodeCredential::userCodeReady, this, [&prompts] { ++prompts; });
        const auto token = await(credential.getToken({{profile->vaultScope}, {}}));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, QStringLiteral("InsecureVerificationUri"));
        QCOMPARE(prompts, 0);
        QCOMPARE(cloud.tokenRequests(), 0);
    }

    // A service may ask for a poll interval or a code lifetime of years: they are held to a
    // minute and an hour.
    void aDeviceCodeAnswerIsHeldToSaneTimes()
    {
        const auto started = QDateTime::currentDateTimeUtc();
        const auto answer = parseDeviceCodeAnswer(
            200,
            "{\"device_code\":\"dc\",\"user_code\":\"U\",\"verification_uri\":"
            "\"https://microsoft.com/devicelogin\",\"expires_in\":1e12,\"interval\":9999999999}",
            started);
        QVERIFY(answer);
        QCOMPARE(answer->interval, DeviceCodeCredential::MaxPollInterval);
        QCOMPARE(answer->prompt.expiresOn,
                 started.addSecs(DeviceCodeCredential::MaxCodeLifetimeSeconds));
    }

    // Error bodies that quote a token (a proxy echoing the request, a service's debug text) are
    // shown and logged without it.
    void tokensQuotedInErrorBodiesAreNotRepeated_data()
    {
        QTest::addColumn<bool>("fromSignIn");
        QTest::newRow("sign-in service") << true;
        QTest::newRow("vault") << false;
    }
    void tokensQuotedInErrorBodiesAreNotRepeated()
    {
        QFETCH(bool, fromSignIn);
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        const QByteArray quoted =
            "Bearer " + quotedJwt + " refresh_token=" + quotedRefresh + " " + quotedRefresh;
        if (fromSignIn) {
            cloud.signIn =
                [&quoted](const HostileCloud::Request &) -> std::optional<HostileCloud::Reply> {
                return HostileServer::json(
                    401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: "
                         "Invalid client secret. Seen: " +
                             quoted + "\"}");
            };
        } else {
            cloud.vault =
                [&quoted](
                    const HostileCloud::Request &request) -> std::optional<HostileCloud::Reply> {
                if (!request.hasAuthorization())
                    return std::nullopt;
                return HostileServer::json(403, "{\"error\":{\"code\":\"Forbidden\",\"message\":"
                                                "\"Caller was rejected. Seen: " +
                                                    quoted + "\"}}");
            };
        }
        const auto run = runKluisctl(
            cli(cloud.cloudFile(), {QStringLiteral("list"), QStringLiteral("secrets"),
                                    QStringLiteral("--vault"), QStringLiteral("hostile")}),
            cloud.environment());
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        for (const auto &secret : {quotedJwt, quotedRefresh, cloud.accessToken})
            QVERIFY2(!run.err.contains(secret) && !run.out.contains(secret),
                     qPrintable(run.describe()));
        // What the service said is still there.
        QVERIFY2(run.err.contains(fromSignIn ? "AADSTS7000215" : "Caller was rejected"),
                 qPrintable(run.describe()));
    }

    // x-ms-keyvault-network-info and the firewall message name the caller's address, which
    // Kluis offers to add to the vault's rules: only one real host address is ever taken.
    void aForgedNetworkInfoAddressIsNotTaken_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<QString>("taken");
        QTest::newRow("real") << QByteArray("203.0.113.7") << QStringLiteral("203.0.113.7");
        QTest::newRow("everyone") << QByteArray("0.0.0.0/0") << QString();
        QTest::newRow("unspecified") << QByteArray("0.0.0.0") << QString();
        QTest::newRow("broadcast") << QByteArray("255.255.255.255") << QString();
        QTest::newRow("a list") << QByteArray("203.0.113.7,198.51.100.1") << QString();
        QTest::newRow("markup") << QByteArray("<b>203.0.113.7</b>") << QString();
        QTest::newRow("long") << QByteArray(4000, '1') << QString();
    }
    void aForgedNetworkInfoAddressIsNotTaken()
    {
        QFETCH(QByteArray, address);
        QFETCH(QString, taken);
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        QString error;
        const auto profile = CloudProfile::fromFile(cloud.cloudFile(), &error);
        QVERIFY2(profile, qPrintable(error));
        cloud.vault =
            [&address](const HostileCloud::Request &request) -> std::optional<HostileCloud::Reply> {
            if (!request.hasAuthorization())
                return std::nullopt;
            return HostileServer::json(
                403,
                "{\"error\":{\"code\":\"Forbidden\",\"message\":\"Client address: " + address +
                    "\",\"innererror\":{\"code\":\"ForbiddenByFirewall\"}}}",
                {{"x-ms-keyvault-network-info",
                  "conn_type=Ipv4;addr=" + address + ";act_addr_fam=InterNetwork;"}});
        };
        HttpPipeline pipeline(*profile);
        pipeline.setCredential(std::make_shared<ClientSecretCredential>(
            *profile, QString::fromLatin1(HostileCloud::tenant),
            QString::fromLatin1(HostileCloud::clientId),
            QString::fromLatin1(HostileCloud::clientSecret)));
        const KeyVaultClient vault(&pipeline, QUrl(cloud.vaultUrl()));
        const auto page = await(vault.list<SecretItem>());
        QVERIFY(!page.ok());
        QCOMPARE(page.error().innerCode, QStringLiteral("ForbiddenByFirewall"));
        QCOMPARE(page.error().clientAddress, taken);
        QCOMPARE(page.error().networkInfoAddress, taken);
    }

    // A vault that throttles every write: a bounded number of attempts, then a clear error.
    void endlessThrottlingOfAWriteEndsWithinItsRetries()
    {
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        cloud.vault =
            [](const HostileCloud::Request &request) -> std::optional<HostileCloud::Reply> {
            if (!request.hasAuthorization())
                return std::nullopt;
            return HostileServer::json(
                429, "{\"error\":{\"code\":\"Throttled\",\"message\":\"Too many requests.\"}}",
                {{"Retry-After", "1"}});
        };
        const auto run = runKluisctl(
            cli(cloud.cloudFile(),
                {QStringLiteral("set-secret"), QStringLiteral("name"), QStringLiteral("--value"),
                 QStringLiteral("v"), QStringLiteral("--vault"), QStringLiteral("hostile")}),
            cloud.environment(), 60000);
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        // The first try and the pipeline's retries (4 by default), each after Retry-After.
        QCOMPARE(authorizedWrites(cloud), 5);
        QCOMPARE(run.error().value(QStringLiteral("status")).toInt(), 429);
        QVERIFY2(run.elapsedMs < 30000, qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestHostileSignIn)
#include "tst_hostilesignin.moc"
