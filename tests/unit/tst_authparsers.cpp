#include "auth/AccessToken.h"
#include "auth/AuthChallenge.h"
#include "auth/ClientSecretCredential.h"
#include "auth/LoopbackRedirect.h"

#include <QTest>

using namespace kluis::core;

class TestAuthParsers : public QObject
{
    Q_OBJECT

    static QUrl azureAuthority()
    {
        return QUrl(QStringLiteral("https://login.microsoftonline.com"));
    }

private Q_SLOTS:
    void parsesChallenges_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("authorization");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("scope");
        QTest::newRow("key vault")
            << QByteArray(
                   "Bearer authorization=\"https://login.microsoftonline.com/"
                   "72f988bf-86f1-41af-91ab-2d7cd011db47\", resource=\"https://vault.azure.net\"")
            << QStringLiteral(
                   "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47")
            << QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")
            << QStringLiteral("https://vault.azure.net/.default");
        QTest::newRow("authorization_uri and scope")
            << QByteArray("Bearer authorization_uri=\"https://login.chinacloudapi.cn/t1/\","
                          "scope=\"https://vault.azure.cn/.default\"")
            << QStringLiteral("https://login.chinacloudapi.cn/t1/") << QStringLiteral("t1")
            << QStringLiteral("https://vault.azure.cn/.default");
        QTest::newRow("unquoted, trailing slash on resource")
            << QByteArray("bearer authorization=https://login.localhost:8443/t2, "
                          "resource=https://vault.localhost:8443/")
            << QStringLiteral("https://login.localhost:8443/t2") << QStringLiteral("t2")
            << QStringLiteral("https://vault.localhost:8443/.default");
    }

    void parsesChallenges()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, authorization);
        QFETCH(QString, tenant);
        QFETCH(QString, scope);
        const auto challenge = AuthChallenge::parse(header);
        QVERIFY(challenge);
        QCOMPARE(challenge->authorization.toString(), authorization);
        QCOMPARE(challenge->tenantId, tenant);
        QCOMPARE(challenge->scope, scope);
    }

    void rejectsUnusableChallenges()
    {
        QVERIFY(!AuthChallenge::parse("Basic realm=\"x\""));
        QVERIFY(!AuthChallenge::parse("Bearer resource=\"https://vault.azure.net\""));
        QVERIFY(!AuthChallenge::parse("Bearer authorization=\"https://login/t\""));
        QVERIFY(!AuthChallenge::parse(""));
    }

    void verifiesTheResourceAgainstTheVault_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("vault");
        QTest::addColumn<bool>("valid");
        QTest::newRow("azure") << QStringLiteral("https://vault.azure.net")
                               << QStringLiteral("https://demo.vault.azure.net/") << true;
        QTest::newRow("emulator") << QStringLiteral("https://vault.localhost:8443")
                                  << QStringLiteral("https://demo.vault.localhost:8443/") << true;
        QTest::newRow("same host") << QStringLiteral("https://demo.vault.azure.net")
                                   << QStringLiteral("https://demo.vault.azure.net/") << true;
        QTest::newRow("another cloud") << QStringLiteral("https://vault.azure.net")
                                       << QStringLiteral("https://demo.vault.azure.cn/") << false;
        QTest::newRow("suffix without dot")
            << QStringLiteral("https://vault.azure.net")
            << QStringLiteral("https://demo.evilvault.azure.net/") << false;
        QTest::newRow("port differs")
            << QStringLiteral("https://vault.localhost:9999")
            << QStringLiteral("https://demo.vault.localhost:8443/") << false;
        QTest::newRow("http resource") << QStringLiteral("http://vault.azure.net")
                                       << QStringLiteral("https://demo.vault.azure.net/") << false;
        QTest::newRow("http vault") << QStringLiteral("https://vault.azure.net")
                                    << QStringLiteral("http://demo.vault.azure.net/") << false;
        QTest::newRow("child, not parent")
            << QStringLiteral("https://a.demo.vault.azure.net")
            << QStringLiteral("https://demo.vault.azure.net/") << false;
    }

    void verifiesTheResourceAgainstTheVault()
    {
        QFETCH(QString, resource);
        QFETCH(QString, vault);
        QFETCH(bool, valid);
        const auto challenge = AuthChallenge::parse(
            QByteArray("Bearer authorization=\"https://login.microsoftonline.com/contoso.com\", "
                       "resource=\"") +
            resource.toLatin1() + "\"");
        QVERIFY(challenge);
        QCOMPARE(challenge->isValidFor(QUrl(vault), azureAuthority()), valid);
    }

    // Every URL the token request comes from is checked: the scope asked for as much as the
    // resource, and the authorization URL against the cloud's sign-in service.
    void verifiesScopeAuthorityAndTenant_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("code"); // empty: accepted
        const QByteArray authority = "authorization=\"https://login.microsoftonline.com/"
                                     "72f988bf-86f1-41af-91ab-2d7cd011db47\"";
        QTest::newRow("scope alone")
            << authority + ", scope=\"https://vault.azure.net/.default\"" << QString();
        QTest::newRow("resource and scope agree")
            << authority + ", resource=\"https://vault.azure.net\", "
                           "scope=\"https://vault.azure.net/.default\""
            << QString();
        QTest::newRow("login.windows.net is the same service")
            << QByteArray("authorization=\"https://login.windows.net/72f988bf-86f1-41af-91ab-"
                          "2d7cd011db47\", resource=\"https://vault.azure.net\"")
            << QString();
        QTest::newRow("domain tenant, trailing slash")
            << QByteArray("authorization=\"https://login.microsoftonline.com/contoso.onmicrosoft."
                          "com/\", resource=\"https://vault.azure.net\"")
            << QString();
        QTest::newRow("own resource, Resource Manager scope")
            << authority + ", resource=\"https://demo.vault.azure.net\", "
                           "scope=\"https://management.azure.com/.default\""
            << QStringLiteral("ChallengeScopeMismatch");
        QTest::newRow("resource and scope disagree")
            << authority + ", resource=\"https://demo.vault.azure.net\", "
                           "scope=\"https://vault.azure.net/.default\""
            << QStringLiteral("ChallengeScopeMismatch");
        QTest::newRow("scope without .default")
            << authority + ", scope=\"https://vault.azure.net/user_impersonation\""
            << QStringLiteral("ChallengeScopeMismatch");
        QTest::newRow("two scopes") << authority + ", scope=\"https://vault.azure.net/.default "
                                                   "https://management.azure.com/.default\""
                                    << QStringLiteral("ChallengeScopeMismatch");
        QTest::newRow("single-label resource") << authority + ", resource=\"https://net\""
                                               << QStringLiteral("ChallengeResourceMismatch");
        QTest::newRow("resource with a path")
            << authority + ", resource=\"https://vault.azure.net/x\""
            << QStringLiteral("ChallengeResourceMismatch");
        QTest::newRow("foreign authority")
            << QByteArray("authorization=\"https://login.evil.example/t\", "
                          "resource=\"https://vault.azure.net\"")
            << QStringLiteral("ChallengeAuthorityMismatch");
        QTest::newRow("authority with a query")
            << QByteArray("authorization=\"https://login.microsoftonline.com/t?x=1\", "
                          "resource=\"https://vault.azure.net\"")
            << QStringLiteral("ChallengeAuthorityMismatch");
        QTest::newRow("tenant ..")
            << QByteArray("authorization=\"https://login.microsoftonline.com/..\", "
                          "resource=\"https://vault.azure.net\"")
            << QStringLiteral("ChallengeTenantInvalid");
        QTest::newRow("tenant percent-encoded")
            << QByteArray("authorization=\"https://login.microsoftonline.com/%2e%2e\", "
                          "resource=\"https://vault.azure.net\"")
            << QStringLiteral("ChallengeTenantInvalid");
        QTest::newRow("tenant and more path")
            << QByteArray("authorization=\"https://login.microsoftonline.com/t/../x\", "
                          "resource=\"https://vault.azure.net\"")
            << QStringLiteral("ChallengeTenantInvalid");
    }
    void verifiesScopeAuthorityAndTenant()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, code);
        const auto challenge = AuthChallenge::parse("Bearer " + header);
        QVERIFY(challenge);
        QCOMPARE(AuthChallenge::code(challenge->problemFor(
                     QUrl(QStringLiteral("https://demo.vault.azure.net/")), azureAuthority())),
                 code);
    }

    void judgesTenants()
    {
        for (const auto *good : {"72f988bf-86f1-41af-91ab-2d7cd011db47", "contoso.onmicrosoft.com",
                                 "common", "organizations", "tenant-1"})
            QVERIFY2(isPlausibleTenant(QLatin1String(good)), good);
        for (const auto *bad :
             {"", "..", "../x", "a/b", "t?x", "t#x", "%2e", "a..b", ".a", "a.", "-a", "a b"})
            QVERIFY2(!isPlausibleTenant(QLatin1String(bad)), bad);
        QVERIFY(!isPlausibleTenant(QString(300, QLatin1Char('a'))));
    }

    void parsesTokens()
    {
        const auto now = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const auto token = parseTokenResponse(
            200,
            "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
            "\"access_token\":\"eyJ0eXAi.abc.def\"}",
            now);
        QVERIFY(token);
        QCOMPARE(token->token, QByteArray("eyJ0eXAi.abc.def"));
        QCOMPARE(token->expiresOn, now.addSecs(3599));
        QVERIFY(!token->needsRefresh(now));
        QVERIFY(token->needsRefresh(now.addSecs(3599 - 200))); // within the refresh margin

        const auto stringLifetime = parseTokenResponse(
            200, "{\"token_type\":\"Bearer\",\"expires_in\":\"600\",\"access_token\":\"x\"}", now);
        QVERIFY(stringLifetime);
        QCOMPARE(stringLifetime->expiresOn, now.addSecs(600));
    }

    void parsesSignInErrors()
    {
        const auto error = parseTokenResponse(
            401, "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid "
                 "client secret provided. Ensure the secret being sent in the request is the "
                 "client secret value, not the client secret ID.\\r\\nTrace ID: 0a1b\\r\\n"
                 "Correlation ID: 2c3d\\r\\nTimestamp: 2026-01-02 03:04:05Z\",\"error_codes\":"
                 "[7000215],\"timestamp\":\"2026-01-02 03:04:05Z\",\"trace_id\":\"0a1b\","
                 "\"correlation_id\":\"2c3d\"}");
        QVERIFY(!error);
        QCOMPARE(error.error().kind, AzureError::Kind::Auth);
        QCOMPARE(error.error().code, QStringLiteral("invalid_client"));
        QCOMPARE(error.error().innerCode, QStringLiteral("AADSTS7000215"));
        QCOMPARE(error.error().requestId, QStringLiteral("0a1b"));
        QVERIFY(error.error().shortMessage().contains(QLatin1String("Invalid client secret")));
        QVERIFY(!error.error().shortMessage().contains(QLatin1String("Trace ID")));

        const auto tenantError = parseTokenResponse(
            400, "{\"error\":\"invalid_request\",\"error_description\":\"Tenant not found.\","
                 "\"error_codes\":[90002]}");
        QCOMPARE(tenantError.error().innerCode, QStringLiteral("AADSTS90002"));

        QVERIFY(!parseTokenResponse(200, "not json"));
        QVERIFY(!parseTokenResponse(200, "{\"token_type\":\"pop\",\"expires_in\":60,"
                                         "\"access_token\":\"x\"}"));
        QVERIFY(!parseTokenResponse(200, "{\"token_type\":\"Bearer\",\"access_token\":\"x\"}"));
    }

    void encodesFormsCompletely()
    {
        QCOMPARE(formEncode({{QStringLiteral("client_secret"), QStringLiteral("a+b&c=d e/~")},
                             {QStringLiteral("scope"),
                              QStringLiteral("https://vault.azure.net/.default")}}),
                 QByteArray("client_secret=a%2Bb%26c%3Dd%20e%2F~&scope=https%3A%2F%2Fvault.azure."
                            "net%2F.default"));
    }

    void readsTheEnvironment()
    {
        CloudProfile cloud;
        cloud.tenantId = QStringLiteral("cloud-tenant");
        qputenv("AZURE_CLIENT_ID", "client-1");
        qunsetenv("AZURE_TENANT_ID");
        qunsetenv("AZURE_CLIENT_SECRET");
        qunsetenv("AZURE_CLIENT_CERTIFICATE_PATH");
        const auto missing = credentialFromEnvironment(cloud);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("AZURE_CLIENT_SECRET")));
        qputenv("AZURE_CLIENT_SECRET", "s");
        const auto credential = credentialFromEnvironment(cloud);
        QVERIFY(credential);
        QVERIFY(credential.value()->description().contains(QLatin1String("cloud-tenant")));
        qputenv("AZURE_TENANT_ID", "env-tenant");
        QVERIFY(credentialFromEnvironment(cloud).value()->description().contains(
            QLatin1String("env-tenant")));
        qunsetenv("AZURE_CLIENT_ID");
        QVERIFY(!credentialFromEnvironment(cloud));
    }

    void readsTheLoopbackRedirectAgainstItsOwnState_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        using K = LoopbackRedirect::Kind;
        QTest::newRow("code") << QByteArray("GET /?code=c%2B1&state=S1 HTTP/1.1\r\nHost: x\r\n\r\n")
                              << int(K::Code) << QStringLiteral("c+1");
        QTest::newRow("error") << QByteArray(
                                      "GET /?error=access_denied&error_description=No&state=S1 "
                                      "HTTP/1.1\r\n\r\n")
                               << int(K::Failed) << QStringLiteral("access_denied");
        QTest::newRow("no code") << QByteArray("GET /?state=S1 HTTP/1.1\r\n\r\n") << int(K::NoCode)
                                 << QString();
        QTest::newRow("foreign state") << QByteArray("GET /?code=c&state=S2 HTTP/1.1\r\n\r\n")
                                       << int(K::ForeignState) << QString();
        QTest::newRow("state prefix") << QByteArray("GET /?code=c&state=S HTTP/1.1\r\n\r\n")
                                      << int(K::ForeignState) << QString();
        QTest::newRow("empty state") << QByteArray("GET /?code=c&state= HTTP/1.1\r\n\r\n")
                                     << int(K::ForeignState) << QString();
        QTest::newRow("favicon") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n")
                                 << int(K::NotTheRedirect) << QString();
        QTest::newRow("POST") << QByteArray("POST /?code=c&state=S1 HTTP/1.1\r\n\r\n")
                              << int(K::NotTheRedirect) << QString();
        QTest::newRow("absolute target")
            << QByteArray("GET http://evil/?code=c&state=S1 HTTP/1.1\r\n\r\n")
            << int(K::NotTheRedirect) << QString();
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01 tls hello") << int(K::NotTheRedirect)
                                 << QString();
    }

    void readsTheLoopbackRedirectAgainstItsOwnState()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        const auto redirect = parseLoopbackRedirect(head, "S1");
        QCOMPARE(int(redirect.kind), kind);
        if (redirect.kind == LoopbackRedirect::Kind::Code)
            QCOMPARE(redirect.code, detail);
        if (redirect.kind == LoopbackRedirect::Kind::Failed)
            QCOMPARE(redirect.error, detail);
    }
};

QTEST_GUILESS_MAIN(TestAuthParsers)
#include "tst_authparsers.moc"
