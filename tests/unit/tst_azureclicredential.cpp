#include "TestAwait.h"

#include "auth/AzureCliCredential.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kluis::core;

// The real az cannot be installed here; a script named az first on PATH stands in for it.
// What is tested is ours: the arguments, the asynchronous run, and reading the answers.
class TestAzureCliCredential : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_path;

    void writeFakeAz()
    {
        QFile script(m_dir.filePath(QStringLiteral("az")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            "#!/bin/sh\n"
            "printf '%s\\n' \"$@\" > \"$FAKE_AZ_ARGS\"\n"
            "case \"$FAKE_AZ_MODE\" in\n"
            "  ok) echo '{\"accessToken\": \"cli-token\", \"expiresOn\": \"2001-01-01 "
            "00:00:00.000000\", \"expires_on\": 4102444800, \"tokenType\": "
            "\"Bearer\"}' ;;\n"
            "  old) echo '{\"accessToken\": \"old-token\", \"expiresOn\": \"2099-12-31 "
            "23:00:00.000000\"}' ;;\n"
            "  login) echo \"ERROR: Please run 'az login' to setup account.\" >&2; exit 1 ;;\n"
            "  garbage) echo 'not json' ;;\n"
            "  slow) sleep 5 ;;\n"
            "esac\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    QStringList recordedArguments() const
    {
        QFile file(m_dir.filePath(QStringLiteral("args")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFakeAz();
        m_path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_dir.path()) + ':' + m_path);
        qputenv("FAKE_AZ_ARGS", QFile::encodeName(m_dir.filePath(QStringLiteral("args"))));
    }

    void cleanupTestCase() { qputenv("PATH", m_path); }

    void getsATokenWithScopeAndTenant()
    {
        qputenv("FAKE_AZ_MODE", "ok");
        AzureCliCredential credential(QStringLiteral("tenant-1"));
        TokenRequest request;
        request.scopes = {QStringLiteral("https://vault.azure.net/.default")};
        const auto token = await(credential.getToken(request));
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detailedMessage()));
        QCOMPARE(token.value().token, QByteArray("cli-token"));
        // expires_on (epoch) wins over the local-time expiresOn.
        QCOMPARE(token.value().expiresOn, QDateTime::fromSecsSinceEpoch(4102444800, Qt::UTC));
        QCOMPARE(recordedArguments(),
                 (QStringList{QStringLiteral("account"), QStringLiteral("get-access-token"),
                              QStringLiteral("--scope"),
                              QStringLiteral("https://vault.azure.net/.default"),
                              QStringLiteral("--output"), QStringLiteral("json"),
                              QStringLiteral("--tenant"), QStringLiteral("tenant-1")}));

        // The request's tenant overrides the credential's.
        request.tenantId = QStringLiteral("tenant-2");
        QVERIFY(await(credential.getToken(request)).ok());
        QCOMPARE(recordedArguments().last(), QStringLiteral("tenant-2"));
    }

    void readsTheOlderLocalTimeExpiry()
    {
        qputenv("FAKE_AZ_MODE", "old");
        AzureCliCredential credential;
        TokenRequest request;
        request.scopes = {QStringLiteral("https://management.azure.com/.default")};
        const auto token = await(credential.getToken(request));
        QVERIFY(token.ok());
        QCOMPARE(token.value().token, QByteArray("old-token"));
        QDateTime local(QDate(2099, 12, 31), QTime(23, 0), Qt::LocalTime);
        QCOMPARE(token.value().expiresOn, local.toUTC());
        QVERIFY(!recordedArguments().contains(QStringLiteral("--tenant")));
    }

    void notLoggedInSaysSo()
    {
        qputenv("FAKE_AZ_MODE", "login");
        AzureCliCredential credential;
        TokenRequest request;
        request.scopes = {QStringLiteral("https://vault.azure.net/.default")};
        const auto token = await(credential.getToken(request));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, AzureError::Kind::Auth);
        QCOMPARE(token.error().code, QStringLiteral("CredentialUnavailable"));
        QVERIFY(token.error().message.contains(QLatin1String("az login")));
    }

    void garbageIsAParseError()
    {
        qputenv("FAKE_AZ_MODE", "garbage");
        AzureCliCredential credential;
        TokenRequest request;
        request.scopes = {QStringLiteral("https://vault.azure.net/.default")};
        const auto token = await(credential.getToken(request));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, AzureError::Kind::Parse);
    }

    void aHangingAzTimesOut()
    {
        qputenv("FAKE_AZ_MODE", "slow");
        AzureCliCredential credential;
        credential.setTimeout(std::chrono::milliseconds(500));
        TokenRequest request;
        request.scopes = {QStringLiteral("https://vault.azure.net/.default")};
        QElapsedTimer clock;
        clock.start();
        const auto token = await(credential.getToken(request));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().transportError, QNetworkReply::TimeoutError);
        QVERIFY(clock.elapsed() < 4000);
    }

    void optionLikeScopesAreRefused()
    {
        qputenv("FAKE_AZ_MODE", "ok");
        AzureCliCredential credential;
        TokenRequest request;
        request.scopes = {QStringLiteral("--help")};
        const auto token = await(credential.getToken(request));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, AzureError::Kind::Usage);
    }

    void missingAzSaysSo()
    {
        QTemporaryDir empty;
        qputenv("PATH", QFile::encodeName(empty.path()));
        AzureCliCredential credential;
        TokenRequest request;
        request.scopes = {QStringLiteral("https://vault.azure.net/.default")};
        const auto token = await(credential.getToken(request));
        qputenv("PATH", QFile::encodeName(m_dir.path()) + ':' + m_path);
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, QStringLiteral("CredentialUnavailable"));
        QVERIFY(token.error().message.contains(QLatin1String("not installed")));
    }
};

QTEST_GUILESS_MAIN(TestAzureCliCredential)
#include "tst_azureclicredential.moc"
