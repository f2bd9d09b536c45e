// Tokens must reach only the hosts they were issued for: challenges that name a foreign
// resource, scope, authority or tenant are refused before any token is asked for or sent.
#include "EmulatorProcess.h"
#include "HostileCloud.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

class TestHostileTokens : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory")}};
    TestCertificate m_evilCertificate{{QStringLiteral("evil.localhost")}};

    QString emulatorCloudFile() const
    {
        return m_emulator.dataDir() + QStringLiteral("/cloud.json");
    }
    QString emulatorValue(const char *key) const
    {
        return m_emulator.cloud().value(QLatin1String(key)).toString();
    }
    // Signs in as the emulator's full-access client: real tokens for the real vault.
    QProcessEnvironment emulatorEnvironment() const
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), emulatorValue("tenantId"));
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), m_emulator.clientId(true));
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), m_emulator.clientSecret(true));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kluis.*=true"));
        environment.remove(QStringLiteral("HTTPS_PROXY"));
        environment.remove(QStringLiteral("https_proxy"));
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        QVERIFY(m_evilCertificate.isValid());
    }

    // The first reproduction: a vault URL on a host the attacker owns answers 401 with
    // the real cloud's authority and a scope of the real vaults (or of Resource Manager).
    void noTokenForAForeignHost_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("code");
        const auto evil = QStringLiteral("https://evil.localhost:%1");
        QTest::newRow("own resource, vault scope")
            << evil << emulatorValue("vaultScope") << QStringLiteral("ChallengeScopeMismatch");
        QTest::newRow("own resource, Resource Manager scope")
            << evil << emulatorValue("resourceManagerScope")
            << QStringLiteral("ChallengeScopeMismatch");
        QTest::newRow("vault resource")
            << emulatorValue("vaultScope").chopped(QStringLiteral("/.default").size()) << QString()
            << QStringLiteral("ChallengeResourceMismatch");
        QTest::newRow("vault scope alone")
            << QString() << emulatorValue("vaultScope") << QStringLiteral("ChallengeScopeMismatch");
    }
    void noTokenForAForeignHost()
    {
        QFETCH(QString, resource);
        QFETCH(QString, scope);
        QFETCH(QString, code);
        HostileServer evil(m_evilCertificate);
        resource.replace(QLatin1String("%1"), QString::number(evil.port()));
        QByteArray parameters = "authorization=\"" + emulatorValue("authorityHost").toLatin1() +
                                '/' + emulatorValue("tenantId").toLatin1() + '"';
        if (!resource.isEmpty())
            parameters += ", resource=\"" + resource.toLatin1() + '"';
        if (!scope.isEmpty())
            parameters += ", scope=\"" + scope.toLatin1() + '"';
        evil.setHandler([&parameters](const HostileServer::Request &) {
            return HostileServer::json(401, "{\"error\":{\"code\":\"Unauthorized\"}}",
                                       {{"WWW-Authenticate", "Bearer " + parameters}});
        });
        const auto run = runKluisctl(
            {QStringLiteral("--cloud-file"), emulatorCloudFile(), QStringLiteral("--ca-file"),
             m_evilCertificate.pemFile(), QStringLiteral("--json"), QStringLiteral("list"),
             QStringLiteral("secrets"), QStringLiteral("--vault"),
             evil.origin(QStringLiteral("evil.localhost")) + QLatin1Char('/')},
            emulatorEnvironment());
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        QVERIFY2(!evil.requests.isEmpty(), qPrintable(run.describe()));
        for (const auto &request : std::as_const(evil.requests))
            QVERIFY2(
                !request.hasAuthorization(),
                qPrintable(QStringLiteral("a token reached the foreign host\n") + run.describe()));
        QCOMPARE(evil.requests.size(), 1);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.error().value(QStringLiteral("code")).toString(), code);
        QVERIFY2(run.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("No token was sent")),
                 qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < 10000, qPrintable(run.describe()));
    }

    // The same client and cloud reach the real vault: the refusals above are not a broken setup.
    void theRealVaultStillGetsItsToken()
    {
        const auto run = runKluisctl({QStringLiteral("--cloud-file"), emulatorCloudFile(),
                                      QStringLiteral("list"), QStringLiteral("secrets"),
                                      QStringLiteral("--vault"), QStringLiteral("demo")},
                                     emulatorEnvironment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    void theHostileCloudWorksWhenItBehaves()
    {
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        const auto run = runKluisctl({QStringLiteral("--cloud-file"), cloud.cloudFile(),
                                      QStringLiteral("list"), QStringLiteral("secrets"),
                                      QStringLiteral("--vault"), QStringLiteral("hostile")},
                                     cloud.environment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(cloud.tokenRequests(), 1);
        QCOMPARE(cloud.requestsTo(cloud.vaultHost()).size(), 2); // the challenge, then the list
        QVERIFY(cloud.requestsTo(cloud.vaultHost()).at(1).hasAuthorization());
    }

    // The authorization URL must be the cloud's own sign-in service with a plain tenant.
    void refusesChallengesWithAForeignAuthorityOrTenant_data()
    {
        QTest::addColumn<QString>("authorization");
        QTest::newRow("foreign authority")
            << QStringLiteral("https://evil.localhost:{port}/{tenant}");
        QTest::newRow("http authority")
            << QStringLiteral("http://login.hostile.localhost:{port}/{tenant}");
        QTest::newRow("other port") << QStringLiteral("https://login.hostile.localhost:1/{tenant}");
        QTest::newRow("dot-dot") << QStringLiteral("{authority}/../{tenant}");
        QTest::newRow("dot-dot in tenant") << QStringLiteral("{authority}/{tenant}/../../evil");
        QTest::newRow("encoded dot-dot") << QStringLiteral("{authority}/%2e%2e/{tenant}");
        QTest::newRow("query") << QStringLiteral("{authority}/{tenant}?x=1");
        QTest::newRow("fragment") << QStringLiteral("{authority}/{tenant}#x");
        QTest::newRow("empty tenant") << QStringLiteral("{authority}/");
        QTest::newRow("extra path") << QStringLiteral("{authority}/{tenant}/oauth2/v2.0/token");
        QTest::newRow("user info")
            << QStringLiteral("https://me@login.hostile.localhost:{port}/{tenant}");
    }
    void refusesChallengesWithAForeignAuthorityOrTenant()
    {
        QFETCH(QString, authorization);
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        authorization.replace(QLatin1String("{authority}"), cloud.authority());
        authorization.replace(QLatin1String("{port}"), QString::number(cloud.server().port()));
        authorization.replace(QLatin1String("{tenant}"), QLatin1String(HostileCloud::tenant));
        const QByteArray parameters = "authorization=\"" + authorization.toLatin1() +
                                      "\", resource=\"" + cloud.vaultResource().toLatin1() + '"';
        cloud.vault =
            [&](const HostileCloud::Request &request) -> std::optional<HostileServer::Reply> {
            if (!request.hasAuthorization())
                return cloud.challenge(parameters);
            return std::nullopt;
        };
        const auto run = runKluisctl({QStringLiteral("--cloud-file"), cloud.cloudFile(),
                                      QStringLiteral("--json"), QStringLiteral("list"),
                                      QStringLiteral("secrets"), QStringLiteral("--vault"),
                                      QStringLiteral("hostile")},
                                     cloud.environment());
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        QCOMPARE(cloud.tokenRequests(), 0);
        QCOMPARE(cloud.server().requests.size(), 1);
        QCOMPARE(cloud.authorizedRequestsOutside(QString()), 0);
        QCOMPARE(run.exitCode, 3);
        const auto code = run.error().value(QStringLiteral("code")).toString();
        QVERIFY2(code == QLatin1String("ChallengeAuthorityMismatch") ||
                     code == QLatin1String("ChallengeTenantInvalid"),
                 qPrintable(run.describe()));
        QVERIFY2(run.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("No token was sent")),
                 qPrintable(run.describe()));
    }

    // A tenant from a cloud file or the environment is a path segment of the sign-in URL.
    void refusesATenantThatIsAPath_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("dot-dot") << QStringLiteral("../evil");
        QTest::newRow("query") << QStringLiteral("t?x=1");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("percent") << QStringLiteral("%2e%2e");
    }
    void refusesATenantThatIsAPath()
    {
        QFETCH(QString, tenant);
        HostileCloud cloud;
        QFile file(cloud.cloudFile());
        QVERIFY(file.open(QIODevice::ReadWrite));
        auto profile = QJsonDocument::fromJson(file.readAll()).object();
        profile.insert(QStringLiteral("tenantId"), tenant);
        file.resize(0);
        file.write(QJsonDocument(profile).toJson());
        file.close();
        auto environment = cloud.environment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), tenant);
        const auto run = runKluisctl({QStringLiteral("--cloud-file"), cloud.cloudFile(),
                                      QStringLiteral("--json"), QStringLiteral("vaults")},
                                     environment);
        QCOMPARE(cloud.requestsTo(cloud.loginHost()).size(), 0);
        QCOMPARE(cloud.authorizedRequestsOutside(QString()), 0);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.error().value(QStringLiteral("code")).toString(),
                 QStringLiteral("InvalidTenant"));
    }
};

QTEST_GUILESS_MAIN(TestHostileTokens)
#include "tst_hostiletokens.moc"
