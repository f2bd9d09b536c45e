#include "EmulatorProcess.h"
#include "TestAwait.h"

#include "auth/DeviceCodeCredential.h"
#include "auth/InteractiveBrowserCredential.h"
#include "common/KeychainStore.h"
#include "net/HttpPipeline.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace kluis::core;

// The user sign-in flows end to end against the real emulator: device code (approved, declined,
// expired, slow_down, cancelled), the browser with PKCE through a loopback listener, and the
// refresh token kept in a real keychain and used after a restart.
class TestUserFlows : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory")}};
    CloudProfile m_cloud;
    QNetworkAccessManager m_loopback;
    int m_browserStatus = 0;
    QList<int> m_browserStatuses;
    QByteArray m_browserPage;

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }

    TokenRequest vaultRequest() const { return {{m_cloud.vaultScope}, {}}; }

    std::unique_ptr<DeviceCodeCredential>
    deviceCredential(QList<QPair<QString, QString>> fields = {
                         {QStringLiteral("emulator_interval"), QStringLiteral("1")}})
    {
        auto credential = std::make_unique<DeviceCodeCredential>(m_cloud, m_cloud.tenantId,
                                                                 m_cloud.publicClientId);
        credential->setExtraDeviceCodeFields(std::move(fields));
        return credential;
    }

    // What the user does in the browser on the verification page.
    int answerDevicePrompt(const DeviceCodePrompt &prompt, bool approve)
    {
        QByteArray body = "user_code=" + QUrl::toPercentEncoding(prompt.userCode);
        if (!approve)
            body += "&action=deny";
        return m_emulator
            .request("POST", prompt.verificationUri, body,
                     {{"Content-Type", "application/x-www-form-urlencoded"}})
            .status;
    }

    void answerLater(DeviceCodeCredential *credential, bool approve)
    {
        connect(credential, &DeviceCodeCredential::userCodeReady, this,
                [this, approve](const DeviceCodePrompt &prompt) {
                    QTimer::singleShot(300, this, [this, prompt, approve] {
                        QCOMPARE(answerDevicePrompt(prompt, approve), 200);
                    });
                });
    }

    // A browser: asks the authorize endpoint, then follows its redirect to the loopback listener
    // (with a forged state when asked), and keeps what the listener answered.
    QCoro::Task<> browse(QUrl authorize, bool forgeState)
    {
        HttpPipeline pipeline(m_cloud);
        HttpRequest request;
        request.url = authorize;
        request.errorsAsResponses = true;
        request.redirectsAsResponses = true;
        const auto response = co_await pipeline.send(request);
        if (!response || response->status != 302) {
            m_browserStatus = -1;
            co_return;
        }
        QUrl location = QUrl::fromEncoded(response->header("location"));
        if (forgeState) {
            QUrlQuery query(location);
            query.removeQueryItem(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
            location.setQuery(query);
        }
        auto *reply = m_loopback.get(QNetworkRequest(location));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_browserStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_browserStatuses.append(m_browserStatus);
            m_browserPage = reply->readAll();
            reply->deleteLater();
        });
    }

    bool inKeyring() const { return qEnvironmentVariableIsSet("KLUIS_IN_KEYRING"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
        QVERIFY(!m_cloud.publicClientId.isEmpty());
    }

    void deviceCodeApprovedServesVaultAndResourceManager()
    {
        auto credential = deviceCredential();
        int prompts = 0;
        connect(credential.get(), &DeviceCodeCredential::userCodeReady, this,
                [&prompts](const DeviceCodePrompt &prompt) {
                    ++prompts;
                    QVERIFY(!prompt.userCode.isEmpty());
                    QVERIFY(prompt.message.contains(prompt.userCode));
                    QVERIFY(prompt.expiresOn > QDateTime::currentDateTimeUtc());
                });
        answerLater(credential.get(), true);
        const auto vault = await(credential->getToken(vaultRequest()));
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().detailedMessage()));
        QCOMPARE(vault->token.count('.'), 2);
        QVERIFY(!credential->account().username.isEmpty());
        // The refresh token gets Resource Manager's token without asking the user again.
        const auto arm = await(credential->getToken({{m_cloud.resourceManagerScope}, {}}));
        QVERIFY2(arm.ok(), qPrintable(arm.ok() ? QString() : arm.error().detailedMessage()));
        QVERIFY(arm->token != vault->token);
        QCOMPARE(prompts, 1);
        // The token works at the vault.
        const auto reply =
            m_emulator.request("GET",
                               QUrl(m_cloud.vaultUrl(QStringLiteral("demo")).toString() +
                                    QStringLiteral("/secrets?api-version=7.5")),
                               {}, {{"Authorization", "Bearer " + vault->token}});
        QCOMPARE(reply.status, 200);
    }

    void deviceCodeDeclined()
    {
        auto credential = deviceCredential();
        answerLater(credential.get(), false);
        const auto token = await(credential->getToken(vaultRequest()));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, AzureError::Kind::Auth);
        QCOMPARE(token.error().code, QStringLiteral("authorization_declined"));
    }

    void deviceCodeExpires()
    {
        auto credential =
            deviceCredential({{QStringLiteral("emulator_interval"), QStringLiteral("1")},
                              {QStringLiteral("emulator_expires_in"), QStringLiteral("2")}});
        const auto token = await(credential->getToken(vaultRequest()));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, QStringLiteral("expired_token"));
    }

    void deviceCodeHonoursSlowDown()
    {
        auto credential =
            deviceCredential({{QStringLiteral("emulator_interval"), QStringLiteral("2")}});
        credential->setInitialPollInterval(1); // too fast on purpose
        QList<int> intervals;
        DeviceCodePrompt shown;
        connect(credential.get(), &DeviceCodeCredential::userCodeReady, this,
                [&shown](const DeviceCodePrompt &prompt) { shown = prompt; });
        connect(credential.get(), &DeviceCodeCredential::pollIntervalChanged, this,
                [&, this](int seconds) {
                    intervals << seconds;
                    QTimer::singleShot(300, this,
                                       [this, &shown] { answerDevicePrompt(shown, true); });
                });
        const auto token = await(credential->getToken(vaultRequest()));
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detailedMessage()));
        // One slow_down: 2 s advertised + 5; the next poll at 7 s is accepted.
        QCOMPARE(intervals, QList<int>{7});
        QCOMPARE(credential->pollInterval(), 7);
    }

    void deviceCodeCancelled()
    {
        auto credential = deviceCredential();
        connect(credential.get(), &DeviceCodeCredential::userCodeReady, this, [&credential, this] {
            QTimer::singleShot(200, this, [&credential] { credential->cancel(); });
        });
        const auto token = await(credential->getToken(vaultRequest()));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, AzureError::Kind::Cancelled);
    }

    void pkceValues()
    {
        const auto verifier = InteractiveBrowserCredential::randomUrlSafe();
        QCOMPARE(verifier.size(), 43);
        QVERIFY(verifier != InteractiveBrowserCredential::randomUrlSafe());
        // RFC 7636 appendix B.
        QCOMPARE(InteractiveBrowserCredential::codeChallenge(
                     "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void browserSignInWithPkce()
    {
        m_browserStatus = 0;
        QUrl opened;
        InteractiveBrowserCredential credential(m_cloud, m_cloud.tenantId, m_cloud.publicClientId,
                                                [&, this](const QUrl &url) {
                                                    opened = url;
                                                    browse(url, false);
                                                    return true;
                                                });
        const auto token = await(credential.getToken(vaultRequest()));
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detailedMessage()));
        const QUrlQuery query(opened);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                    .startsWith(QLatin1String("http://localhost:")));
        QTRY_COMPARE(m_browserStatus, 200);
        QVERIFY(m_browserPage.contains("close this window"));
        QVERIFY(!credential.account().username.isEmpty());
    }

    // Another local process calls the listener before the browser does: one connects and sends
    // nothing, one brings a forged state. The user's sign-in goes on and succeeds.
    void browserSignInIgnoresForgedCallsAndIdleConnections()
    {
        m_browserStatuses.clear();
        QTcpSocket idle;
        InteractiveBrowserCredential credential(
            m_cloud, m_cloud.tenantId, m_cloud.publicClientId, [&idle, this](const QUrl &url) {
                const QUrl redirect(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"),
                                                                  QUrl::FullyDecoded));
                idle.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
                browse(url, true);
                QTimer::singleShot(1500, this, [this, url] { browse(url, false); });
                return true;
            });
        QElapsedTimer clock;
        clock.start();
        const auto token = await(credential.getToken(vaultRequest()));
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().detailedMessage()));
        QTRY_COMPARE(m_browserStatuses.size(), 2);
        QCOMPARE(m_browserStatuses, (QList<int>{400, 200}));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void refreshTokenSurvivesARestartInTheKeychain()
    {
        if (!inKeyring())
            QSKIP("needs scripts/with-keyring.sh (a real Secret Service)");
        auto store = std::make_shared<KeychainStore>(QStringLiteral("Kluis-test"));
        UserAccount account;
        QString key;
        {
            auto first = deviceCredential();
            first->setKeychainStore(store);
            answerLater(first.get(), true);
            const auto token = await(first->getToken(vaultRequest()));
            QVERIFY2(token.ok(),
                     qPrintable(token.ok() ? QString() : token.error().detailedMessage()));
            account = first->account();
            key = first->storeKey();
        }
        const auto stored = await(store->read(key));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        QVERIFY(!stored->isEmpty());
        const auto oldToken = stored.value();

        // A new run: only the account is remembered; the user is not asked.
        auto second = deviceCredential();
        second->setKeychainStore(store);
        second->setAccount(account);
        second->setInteractionAllowed(false);
        bool prompted = false;
        connect(second.get(), &DeviceCodeCredential::userCodeReady, this,
                [&prompted] { prompted = true; });
        // Both asked at once: the refresh token is redeemed once at a time, never twice.
        auto vaultTask = second->getToken(vaultRequest());
        auto armTask = second->getToken({{m_cloud.resourceManagerScope}, {}});
        const auto vault = await(std::move(vaultTask));
        const auto arm = await(std::move(armTask));
        QVERIFY2(vault.ok(), qPrintable(vault.ok() ? QString() : vault.error().detailedMessage()));
        QVERIFY2(arm.ok(), qPrintable(arm.ok() ? QString() : arm.error().detailedMessage()));
        QVERIFY(!prompted);

        // Rotation: the keychain holds a new refresh token and the old one is refused.
        const auto rotated = await(store->read(key));
        QVERIFY(rotated.ok() && !rotated->isEmpty());
        QVERIFY(rotated.value() != oldToken);
        QUrl tokenUrl = m_cloud.authorityHost;
        tokenUrl.setPath(QStringLiteral("/%1/oauth2/v2.0/token").arg(m_cloud.tenantId));
        const auto reuse = m_emulator.request(
            "POST", tokenUrl,
            "grant_type=refresh_token&client_id=" + m_cloud.publicClientId.toLatin1() +
                "&refresh_token=" + QUrl::toPercentEncoding(QString::fromLatin1(oldToken)) +
                "&scope=" + QUrl::toPercentEncoding(m_cloud.vaultScope),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(reuse.status, 400);
        QCOMPARE(reuse.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));

        // Sign-out removes it from the keychain.
        QVERIFY(await(second->signOut()).ok());
        const auto removed = await(store->read(key));
        QVERIFY(removed.ok() && removed->isEmpty());
    }

    void withoutInteractionAnUnknownUserMustSignIn()
    {
        auto credential = deviceCredential();
        credential->setInteractionAllowed(false);
        const auto token = await(credential->getToken(vaultRequest()));
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, QStringLiteral("interaction_required"));
    }
};

QTEST_GUILESS_MAIN(TestUserFlows)
#include "tst_userflows.moc"
