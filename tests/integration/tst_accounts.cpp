#include "EmulatorProcess.h"
#include "TestAwait.h"

#include "accounts/AccountStore.h"
#include "accounts/AccountTreeModel.h"
#include "auth/DeviceCodeCredential.h"
#include "common/KeychainStore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace kluis::core;

// Accounts side by side against the real emulator: a service principal and a device code user
// kept in QSettings without secrets, the account tree listing Resource Manager lazily, the
// accounts and their tokens back after a restart, sign-out forgetting the keychain entries,
// and kluisctl --account. Needs a real Secret Service: runs inside scripts/with-keyring.sh.
class TestAccounts : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory")}};
    CloudProfile m_cloud;
    QTemporaryDir m_home;
    std::shared_ptr<KeychainStore> m_keychain =
        std::make_shared<KeychainStore>(QStringLiteral("Kluis-test"));

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }
    QString settingsFile() const { return m_home.filePath(QStringLiteral("accounts.ini")); }
    QString robotSecret() const { return m_emulator.clientSecret(true); }

    StoredAccount draft(StoredAccount::Kind kind, const QString &name) const
    {
        StoredAccount account;
        account.kind = kind;
        account.name = name;
        account.cloudFile = cloudFile();
        account.tenantId = m_cloud.tenantId;
        return account;
    }

    // Expands `index` and waits until its children are in.
    bool expand(AccountTreeModel &model, const QModelIndex &index)
    {
        if (!model.canFetchMore(index))
            return true;
        QSignalSpy loaded(&model, &AccountTreeModel::nodeLoaded);
        model.fetchMore(index);
        if (!loaded.wait(20000))
            return false;
        return model.data(index, AccountTreeModel::ErrorRole).toString().isEmpty();
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run kluisctl(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("xdg")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KLUISCTL_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("KLUIS_IN_KEYRING"))
            QSKIP("needs scripts/with-keyring.sh (a real Secret Service)");
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
    }

    void keepsTwoAccountsSideBySideWithoutSecrets()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        AccountStore store(&settings, m_keychain);
        QSignalSpy changed(&store, &AccountStore::accountsChanged);

        auto robot = draft(StoredAccount::Kind::ClientSecret, QStringLiteral("robot"));
        robot.clientId = m_emulator.clientId(true);
        const auto added = await(store.addClientSecret(robot, robotSecret()));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().detailedMessage()));

        CredentialOptions interactive;
        interactive.interactionAllowed = true;
        const auto credential =
            store.newUserCredential(draft(StoredAccount::Kind::DeviceCode, {}), interactive);
        QVERIFY(credential.ok());
        auto *device = qobject_cast<DeviceCodeCredential *>(credential->get());
        QVERIFY(device);
        device->setExtraDeviceCodeFields(
            {{QStringLiteral("emulator_interval"), QStringLiteral("1")}});
        connect(device, &DeviceCodeCredential::userCodeReady, this,
                [this](const DeviceCodePrompt &prompt) {
                    QTimer::singleShot(200, this, [this, prompt] {
                        m_emulator.request("POST", prompt.verificationUri,
                                           "user_code=" + QUrl::toPercentEncoding(prompt.userCode),
                                           {{"Content-Type", "application/x-www-form-urlencoded"}});
                    });
                });
        const auto signedIn = await(device->signIn({m_cloud.resourceManagerScope}));
        QVERIFY2(signedIn.ok(),
                 qPrintable(signedIn.ok() ? QString() : signedIn.error().detailedMessage()));
        const auto user = store.addUser(draft(StoredAccount::Kind::DeviceCode, {}), *device);
        QVERIFY(!user.username.isEmpty());
        QCOMPARE(user.name, user.username);
        QCOMPARE(user.clientId, m_cloud.publicClientId);

        QCOMPARE(store.accounts().size(), 2);
        QCOMPARE(changed.size(), 2);
        QVERIFY(store.find(QStringLiteral("ROBOT")));
        settings.sync();
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = file.readAll();
        QVERIFY(text.contains(user.username.toUtf8()));
        QVERIFY(!text.contains(robotSecret().toUtf8()));
        QVERIFY(!text.toLower().contains("token"));
        // The keychain holds both secrets.
        QVERIFY(!await(m_keychain->read(AccountStore::refreshTokenKey(user)))->isEmpty());
        QCOMPARE(await(m_keychain->read(AccountStore::clientSecretKey(added.value()))).value(),
                 robotSecret().toUtf8());
    }

    void treeListsSubscriptionsGroupsAndVaults()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        AccountStore store(&settings, m_keychain);
        AccountTreeModel model(&store);
        QCOMPARE(model.rowCount(), 4); // "Favourites", "Attached vaults", then two accounts
        QCOMPARE(model.index(0, 0).data(AccountTreeModel::NodeTypeRole).toInt(),
                 int(AccountTreeModel::NodeType::FavouritesRoot));
        QCOMPARE(model.index(1, 0).data(AccountTreeModel::NodeTypeRole).toInt(),
                 int(AccountTreeModel::NodeType::AttachedRoot));
        const auto expected = m_emulator.cloud().value(QStringLiteral("subscriptions")).toArray();
        for (int row = 2; row < 4; ++row) {
            const auto account = model.index(row, 0);
            QVERIFY(model.hasChildren(account));
            QCOMPARE(model.rowCount(account), 0); // nothing loaded before it is asked for
            QVERIFY2(expand(model, account),
                     qPrintable(account.data(AccountTreeModel::ErrorRole).toString()));
            QCOMPARE(model.rowCount(account), expected.size());
            QStringList vaults;
            for (int s = 0; s < model.rowCount(account); ++s) {
                const auto subscription = model.index(s, 0, account);
                QVERIFY(expand(model, subscription));
                for (int g = 0; g < model.rowCount(subscription); ++g) {
                    const auto group = model.index(g, 0, subscription);
                    QVERIFY(expand(model, group));
                    for (int v = 0; v < model.rowCount(group); ++v) {
                        const auto vault = model.vault(model.index(v, 0, group));
                        QVERIFY(vault.uri.isValid());
                        vaults << vault.name;
                    }
                }
            }
            QVERIFY2(vaults.contains(QStringLiteral("demo")), qPrintable(vaults.join(u',')));
            QVERIFY(model.pipelineFor(account));
        }

        QSignalSpy reset(&model, &QAbstractItemModel::rowsInserted);
        model.setAttachedVaults(
            {{QStringLiteral("demo"), m_cloud.vaultUrl(QStringLiteral("demo")), {}, {}}}, nullptr);
        QCOMPARE(model.rowCount(model.attachedRoot()), 1);
        model.setFavourite(model.index(0, 0, model.attachedRoot()), true);
        QVERIFY(
            model.index(0, 0, model.attachedRoot()).data(AccountTreeModel::FavouriteRole).toBool());
        // Listed under "Favourites" too, described as where it was found; unpinned, it goes.
        QCOMPARE(model.rowCount(model.favouritesRoot()), 1);
        QVERIFY(model.isFavouriteEntry(model.index(0, 0, model.favouritesRoot())));
        QCOMPARE(model.vault(model.index(0, 0, model.favouritesRoot())).name,
                 QStringLiteral("demo"));
        QCOMPARE(model.placeOf(m_cloud.vaultUrl(QStringLiteral("demo"))),
                 model.index(0, 0, model.attachedRoot()));
        model.setFavourite(m_cloud.vaultUrl(QStringLiteral("demo")), false);
        QCOMPARE(model.rowCount(model.favouritesRoot()), 0);
        QVERIFY(!model.index(0, 0, model.attachedRoot())
                     .data(AccountTreeModel::FavouriteRole)
                     .toBool());
    }

    // The tree keeps Qt's model rules while every node loads (the tester fetches on its own too,
    // as a view would).
    void theTreeKeepsTheModelRulesWhileItLoads()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        AccountStore store(&settings, m_keychain);
        AccountTreeModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QPersistentModelIndex> pending{QPersistentModelIndex()};
        int vaults = 0;
        while (!pending.isEmpty()) {
            const auto parent = pending.takeFirst();
            if (parent.isValid()) {
                QVERIFY(expand(model, parent));
                QTRY_VERIFY_WITH_TIMEOUT(!parent.data(AccountTreeModel::LoadingRole).toBool(),
                                         20000);
            }
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const auto child = model.index(row, 0, parent);
                if (child.data(AccountTreeModel::NodeTypeRole).toInt() ==
                    int(AccountTreeModel::NodeType::Vault))
                    ++vaults;
                else if (model.hasChildren(child))
                    pending.append(child);
            }
        }
        QVERIFY(vaults > 0);
    }

    void accountsComeBackAfterARestartAndSignInQuietly()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        AccountStore store(&settings, m_keychain);
        QCOMPARE(store.accounts().size(), 2);
        for (const auto &account : store.accounts()) {
            auto credential = await(store.credentialFor(account));
            QVERIFY2(credential.ok(), qPrintable(account.name));
            // interactionAllowed is false: a user account that needed the user would fail.
            const auto token = await(credential.value()->getToken({{m_cloud.vaultScope}, {}}));
            QVERIFY2(token.ok(),
                     qPrintable(token.ok() ? QString() : token.error().detailedMessage()));
        }
    }

    void kluisctlSignsInAsAStoredAccount()
    {
        auto run =
            kluisctl({QStringLiteral("--cloud-file"), cloudFile(), QStringLiteral("accounts"),
                      QStringLiteral("add-service-principal"), QStringLiteral("ci"),
                      QStringLiteral("--client-id"), m_emulator.clientId(true)},
                     robotSecret().toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = kluisctl(
            {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(robotSecret().toUtf8()));
        const auto rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("clientSecret"));

        run = kluisctl({QStringLiteral("--account"), QStringLiteral("ci"), QStringLiteral("--json"),
                        QStringLiteral("list"), QStringLiteral("secrets"),
                        QStringLiteral("--vault"), QStringLiteral("demo")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QJsonDocument::fromJson(run.out).isArray());
        QCOMPARE(kluisctl({QStringLiteral("--account"), QStringLiteral("nobody"),
                           QStringLiteral("vaults")})
                     .exitCode,
                 2);

        QCOMPARE(
            kluisctl({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("ci")})
                .exitCode,
            0);
        QCOMPARE(
            kluisctl({QStringLiteral("--account"), QStringLiteral("ci"), QStringLiteral("vaults")})
                .exitCode,
            2);
    }

    void removingAnAccountForgetsItsKeychainEntries()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        AccountStore store(&settings, m_keychain);
        const auto accounts = store.accounts();
        QCOMPARE(accounts.size(), 2);
        for (const auto &account : accounts)
            QVERIFY(await(store.remove(account.id)).ok());
        QVERIFY(store.accounts().isEmpty());
        for (const auto &account : accounts) {
            const auto key = account.isUser() ? AccountStore::refreshTokenKey(account)
                                              : AccountStore::clientSecretKey(account);
            const auto left = await(m_keychain->read(key));
            QVERIFY(left.ok() && left->isEmpty());
        }
        QSettings again(settingsFile(), QSettings::IniFormat);
        QVERIFY(AccountStore(&again, m_keychain).accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
