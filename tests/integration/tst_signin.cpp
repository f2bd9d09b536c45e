#include "EmulatorProcess.h"
#include "TestAwait.h"

#include "auth/ClientCertificateCredential.h"
#include "auth/ClientSecretCredential.h"
#include "net/HttpPipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kluis::core;

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory")}};
    CloudProfile m_cloud;

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run kluisctl(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KLUISCTL_PATH), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
    }

    void readsTheEmulatorCloudFile()
    {
        QVERIFY(m_cloud.vaultPort > 0);
        QCOMPARE(m_cloud.vaultUrl(QStringLiteral("demo")).port(), m_cloud.vaultPort);
        QVERIFY(m_cloud.vaultScope.endsWith(QLatin1String("/.default")));
        QVERIFY(QFile::exists(m_cloud.caFile));
        QVERIFY(m_cloud.ownsHost(m_cloud.authorityHost.host()));
        QVERIFY(m_cloud.clients.size() >= 2);
        QVERIFY(!m_cloud.tenantId.isEmpty());
    }

    void getsATokenWithAClientSecret()
    {
        const auto &client = m_cloud.clients.constFirst();
        ClientSecretCredential credential(m_cloud, m_cloud.tenantId, client.clientId,
                                          client.clientSecret);
        TokenRequest request;
        request.scopes = {m_cloud.vaultScope};
        const auto token = await(credential.getToken(request));
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detailedMessage()));
        QVERIFY(token->token.count('.') == 2); // a JWT
        QVERIFY(token->expiresOn > QDateTime::currentDateTimeUtc().addSecs(600));
    }

    void getsATokenWithAClientCertificate()
    {
        CloudClient withCertificate;
        for (const auto &client : std::as_const(m_cloud.clients)) {
            if (!client.certificateFile.isEmpty())
                withCertificate = client;
        }
        QVERIFY2(!withCertificate.clientId.isEmpty(), "cloud.json offers no certificateFile");
        auto credential = ClientCertificateCredential::fromPemFile(
            m_cloud, m_cloud.tenantId, withCertificate.clientId, withCertificate.certificateFile);
        QVERIFY2(credential.ok(),
                 qPrintable(credential.ok() ? QString() : credential.error().detailedMessage()));

        QUrl endpoint = m_cloud.authorityHost;
        endpoint.setPath(QStringLiteral("/%1/oauth2/v2.0/token").arg(m_cloud.tenantId));
        const auto assertion = credential.value()->assertion(endpoint);
        QVERIFY(assertion.ok());
        const auto parts = assertion->split('.');
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QByteArray &part) {
            return QJsonDocument::fromJson(
                       QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
                .object();
        };
        QCOMPARE(decode(parts.at(0)).value(QStringLiteral("alg")).toString(),
                 QStringLiteral("PS256"));
        QVERIFY(decode(parts.at(0)).contains(QStringLiteral("x5t#S256")));
        QCOMPARE(decode(parts.at(1)).value(QStringLiteral("aud")).toString(), endpoint.toString());
        QCOMPARE(decode(parts.at(1)).value(QStringLiteral("sub")).toString(),
                 withCertificate.clientId);

        TokenRequest request;
        request.scopes = {m_cloud.vaultScope};
        const auto token = await(credential.value()->getToken(request));
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detailedMessage()));

        // The same through the SDKs' environment variables.
        qputenv("AZURE_CLIENT_ID", withCertificate.clientId.toLatin1());
        qputenv("AZURE_TENANT_ID", m_cloud.tenantId.toLatin1());
        qunsetenv("AZURE_CLIENT_SECRET");
        qputenv("AZURE_CLIENT_CERTIFICATE_PATH", withCertificate.certificateFile.toLocal8Bit());
        const auto fromEnvironment = credentialFromEnvironment(m_cloud);
        qunsetenv("AZURE_CLIENT_CERTIFICATE_PATH");
        QVERIFY(fromEnvironment.ok());
        QVERIFY(await(fromEnvironment.value()->getToken(request)).ok());
    }

    void getsATokenWithAPfxCertificate()
    {
        CloudClient withCertificate;
        for (const auto &client : std::as_const(m_cloud.clients)) {
            if (!client.certificateFile.isEmpty())
                withCertificate = client;
        }
        QVERIFY2(!withCertificate.clientId.isEmpty(), "cloud.json offers no certificateFile");
        QTemporaryDir dir;
        const auto pfx = dir.filePath(QStringLiteral("client.pfx"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                       withCertificate.certificateFile, QStringLiteral("-inkey"),
                       withCertificate.certificateFile, QStringLiteral("-out"), pfx,
                       QStringLiteral("-passout"), QStringLiteral("pass:pfx-pass")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);

        const auto wrong = ClientCertificateCredential::fromPfxFile(
            m_cloud, m_cloud.tenantId, withCertificate.clientId, pfx, QStringLiteral("nope"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QLatin1String("password")));

        auto credential = ClientCertificateCredential::fromFile(
            m_cloud, m_cloud.tenantId, withCertificate.clientId, pfx, QStringLiteral("pfx-pass"));
        QVERIFY2(credential.ok(),
                 qPrintable(credential.ok() ? QString() : credential.error().detailedMessage()));
        const auto pem = ClientCertificateCredential::fromPemFile(
            m_cloud, m_cloud.tenantId, withCertificate.clientId, withCertificate.certificateFile);
        QVERIFY(pem.ok());
        QUrl endpoint = m_cloud.authorityHost;
        endpoint.setPath(QStringLiteral("/%1/oauth2/v2.0/token").arg(m_cloud.tenantId));
        const auto thumbprint = [&](const ClientCertificateCredential &c) {
            const auto header = c.assertion(endpoint)->split('.').at(0);
            return QJsonDocument::fromJson(
                       QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding))
                .object()
                .value(QStringLiteral("x5t#S256"))
                .toString();
        };
        QVERIFY(!thumbprint(*credential.value()).isEmpty());
        QCOMPARE(thumbprint(*credential.value()), thumbprint(*pem.value()));

        TokenRequest request;
        request.scopes = {m_cloud.vaultScope};
        const auto token = await(credential.value()->getToken(request));
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detailedMessage()));

        qputenv("AZURE_CLIENT_ID", withCertificate.clientId.toLatin1());
        qputenv("AZURE_TENANT_ID", m_cloud.tenantId.toLatin1());
        qunsetenv("AZURE_CLIENT_SECRET");
        qputenv("AZURE_CLIENT_CERTIFICATE_PATH", pfx.toLocal8Bit());
        qputenv("AZURE_CLIENT_CERTIFICATE_PASSWORD", "pfx-pass");
        const auto fromEnvironment = credentialFromEnvironment(m_cloud);
        qunsetenv("AZURE_CLIENT_CERTIFICATE_PATH");
        qunsetenv("AZURE_CLIENT_CERTIFICATE_PASSWORD");
        QVERIFY(fromEnvironment.ok());
        QVERIFY(await(fromEnvironment.value()->getToken(request)).ok());
    }

    void reportsAWrongSecretAsASignInError()
    {
        const auto &client = m_cloud.clients.constFirst();
        ClientSecretCredential credential(m_cloud, m_cloud.tenantId, client.clientId,
                                          QStringLiteral("not-the-secret"));
        TokenRequest request;
        request.scopes = {m_cloud.resourceManagerScope};
        const auto token = await(credential.getToken(request));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, AzureError::Kind::Auth);
        QCOMPARE(token.error().code, QStringLiteral("invalid_client"));
        QVERIFY2(token.error().innerCode.startsWith(QLatin1String("AADSTS")),
                 qPrintable(token.error().detailedMessage()));
        QVERIFY(!token.error().message.contains(QLatin1String("not-the-secret")));
    }

    void refusesTheEmulatorWithoutItsCa()
    {
        auto untrusted = m_cloud;
        untrusted.caFile.clear();
        const auto &client = m_cloud.clients.constFirst();
        ClientSecretCredential credential(untrusted, m_cloud.tenantId, client.clientId,
                                          client.clientSecret);
        TokenRequest request;
        request.scopes = {m_cloud.vaultScope};
        const auto token = await(credential.getToken(request));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, AzureError::Kind::Transport);
        QCOMPARE(token.error().transportError, QNetworkReply::SslHandshakeFailedError);
        // The message names who issued the certificate that was refused.
        QVERIFY2(token.error().transportMessage.contains(QLatin1String("issued by")),
                 qPrintable(token.error().transportMessage));
    }

    void kluisctlListsTheCloudsEndpoints()
    {
        const auto run = kluisctl({QStringLiteral("--cloud-file"), cloudFile(),
                                   QStringLiteral("--json"), QStringLiteral("endpoints")},
                                  QProcessEnvironment::systemEnvironment());
        QCOMPARE(run.exitCode, 0);
        const auto rows = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!rows.isEmpty());
        bool vault = false;
        for (const auto &row : rows) {
            const auto object = row.toObject();
            vault = vault || (object.value(QStringLiteral("host")).toString() ==
                                  QStringLiteral("*.") + m_cloud.vaultSuffix &&
                              object.value(QStringLiteral("port")).toInt() == m_cloud.vaultPort);
        }
        QVERIFY(vault);
    }

    void kluisctlExitsWithTheAuthenticationCode()
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_cloud.tenantId);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"),
                           m_cloud.clients.constFirst().clientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("wrong"));
        const auto run = kluisctl({QStringLiteral("--cloud-file"), cloudFile(),
                                   QStringLiteral("--json"), QStringLiteral("vaults")},
                                  environment);
        QCOMPARE(run.exitCode, 3);
        const auto error =
            QJsonDocument::fromJson(run.err).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("auth"));
        QCOMPARE(error.value(QStringLiteral("exitCode")).toInt(), 3);

        environment.remove(QStringLiteral("AZURE_CLIENT_SECRET"));
        QCOMPARE(kluisctl({QStringLiteral("--cloud-file"), cloudFile(), QStringLiteral("vaults")},
                          environment)
                     .exitCode,
                 3);
        QCOMPARE(
            kluisctl({QStringLiteral("--cloud-file"), cloudFile(), QStringLiteral("frobnicate")},
                     environment)
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
