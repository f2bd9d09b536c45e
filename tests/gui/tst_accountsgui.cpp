// Accounts in the window against the real kluis-emulator: a device code sign-in through the
// sign-in dialog (code and link shown and copyable, cancel), browsing the account tree to a vault
// whose secrets then load, a service principal sign-in, removing an account in the accounts
// manager, a secret's versions on request, and backup to a file and restore from it. The keychain
// is a real Secret Service: runs inside scripts/with-keyring.sh.
#include "EmulatorProcess.h"

#include "accounts/AccountStore.h"
#include "accounts/AccountTreeModel.h"
#include "commands/SecretActionController.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/SignInDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/SecretListModel.h"
#include "navigator/VaultNavigator.h"
#include "session/ConnectionSession.h"
#include "vault/SecretDetailsPanel.h"
#include "vault/SecretFilterProxy.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace kluis::ui;
using kluis::core::AccountTreeModel;
using kluis::core::StoredAccount;

class TestAccountsGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_files;

    QString cloudFile() const { return m_emulator->dataDir() + QStringLiteral("/cloud.json"); }
    kluis::core::AccountStore *store() const { return m_window->session()->accounts(); }
    SecretListPane *secrets() const { return m_window->vaultPane()->secretsPane(); }

    template<typename T> T *waitForDialog(const QString &objectName = {})
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            for (auto *candidate : m_window->findChildren<T *>()) {
                if (candidate->isVisible() &&
                    (objectName.isEmpty() || candidate->objectName() == objectName))
                    return candidate;
            }
            QTest::qWait(20);
        }
        return nullptr;
    }

    int approve(const QString &userCode)
    {
        const auto link =
            QUrl(m_emulator->cloud().value(QStringLiteral("authorityHost")).toString() +
                 QStringLiteral("/device"));
        return m_emulator
            ->request("POST", link, "user_code=" + QUrl::toPercentEncoding(userCode),
                      {{"Content-Type", "application/x-www-form-urlencoded"}})
            .status;
    }

    SignInDialog *openSignIn(SignInDialog::Method method)
    {
        m_window->signInAction()->trigger();
        auto *dialog = waitForDialog<SignInDialog>();
        if (!dialog)
            return nullptr;
        dialog->setCloudFile(cloudFile());
        dialog->setMethod(method);
        dialog->setDeviceCodeTestFields(
            {{QStringLiteral("emulator_interval"), QStringLiteral("1")}});
        return dialog;
    }

    // Opens `index` in the tree (which loads its children) and waits for them.
    bool expand(QTreeView *tree, const QModelIndex &index)
    {
        tree->expand(index);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            if (!index.data(AccountTreeModel::LoadingRole).toBool() &&
                tree->model()->rowCount(index) > 0)
                return true;
            if (!index.data(AccountTreeModel::ErrorRole).toString().isEmpty())
                return false;
            QTest::qWait(20);
        }
        return false;
    }

    QModelIndex findVaultInTree(QTreeView *tree, const QModelIndex &account, const QString &name)
    {
        auto *model = tree->model();
        if (!expand(tree, account))
            return {};
        for (int s = 0; s < model->rowCount(account); ++s) {
            const auto subscription = model->index(s, 0, account);
            if (!expand(tree, subscription))
                continue;
            for (int g = 0; g < model->rowCount(subscription); ++g) {
                const auto group = model->index(g, 0, subscription);
                if (!expand(tree, group))
                    continue;
                for (int v = 0; v < model->rowCount(group); ++v) {
                    const auto vault = model->index(v, 0, group);
                    if (vault.data(AccountTreeModel::NameRole).toString() == name)
                        return vault;
                }
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("KLUIS_IN_KEYRING"))
            QSKIP("needs scripts/with-keyring.sh (a real Secret Service)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisAccountsGuiTest"));
        QSettings().clear();
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--in-memory"), QStringLiteral("--seed"), QStringLiteral("demo"),
            QStringLiteral("--seed-count"), QStringLiteral("demo=30")});
        QVERIFY(m_emulator->start());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(store()->accounts().isEmpty());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_emulator.reset();
    }

    void deviceCodeSignInCanBeCancelled()
    {
        auto *dialog = openSignIn(SignInDialog::DeviceCode);
        QVERIFY(dialog);
        QSignalSpy shown(dialog, &SignInDialog::deviceCodeShown);
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QVERIFY(shown.wait(10000));
        QVERIFY(dialog->isSigningIn());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isSigningIn());
        QVERIFY(dialog->isVisible()); // the first Cancel stops the sign-in only
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("cancelled")));
        QVERIFY(store()->accounts().isEmpty());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void signsInWithADeviceCode()
    {
        auto *dialog = openSignIn(SignInDialog::DeviceCode);
        QVERIFY(dialog);
        QPointer<SignInDialog> guard(dialog);
        QString code;
        connect(dialog, &SignInDialog::deviceCodeShown, this, [&] {
            code = dialog->deviceCodeEdit()->text();
            QVERIFY(dialog->deviceLinkLabel()->text().contains(QStringLiteral("/device")));
            // The copy button puts the code on the clipboard.
            QTest::mouseClick(dialog->findChild<QToolButton *>(), Qt::LeftButton);
            QCOMPARE(QGuiApplication::clipboard()->text(), code);
            QTimer::singleShot(100, this, [this, &code] { QCOMPARE(approve(code), 200); });
        });
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(store()->accounts().size() == 1, 20000);
        QVERIFY(!code.isEmpty());
        QTRY_VERIFY(!guard || !guard->isVisible());
        const auto account = store()->accounts().constFirst();
        QCOMPARE(account.kind, StoredAccount::Kind::DeviceCode);
        QVERIFY(!account.username.isEmpty());
        QCOMPARE(account.cloudFile, cloudFile());
    }

    void browsesTheAccountTreeToAVaultAndListsItsSecrets()
    {
        auto *tree = m_window->navigator()->accountView();
        QTRY_VERIFY(tree->isVisible());
        const auto account = tree->model()->index(0, 0);
        QCOMPARE(account.data(AccountTreeModel::NodeTypeRole).toInt(),
                 int(AccountTreeModel::NodeType::Account));
        const auto vault = findVaultInTree(tree, account, QStringLiteral("demo"));
        QVERIFY(vault.isValid());
        tree->setCurrentIndex(vault);
        QTRY_VERIFY(m_window->vaultPane()->vault() &&
                    m_window->vaultPane()->vault()->name == QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->model()->rowCount() > 0, 20000);
        QVERIFY(!secrets()->isShowingError());
        // The status bar names the account that reaches the vault (whole in the tooltip when
        // shortened) and its cloud.
        const auto labels = m_window->statusBar()->findChildren<QLabel *>();
        const auto name = store()->accounts().constFirst().name;
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
            return label->text().contains(name) || label->toolTip().contains(name);
        }));

        // The quick filter keeps the vault while hiding others.
        QTest::keyClicks(m_window->navigator()->filterEdit(), QStringLiteral("dem"));
        QVERIFY(tree->model()->rowCount(tree->model()->index(0, 0)) > 0);
        m_window->navigator()->filterEdit()->clear();
    }

    void showsVersionsOnlyWhenAskedFor()
    {
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->isComplete() && !secrets()->isLoading(), 20000);
        QVERIFY(secrets()->selectByName(QStringLiteral("generated-000001")));
        auto *details = m_window->vaultPane()->details();
        QTRY_VERIFY(details->versionsButton()->isEnabled());
        QCOMPARE(details->versionsModel()->rowCount(), 0);
        QVERIFY(!details->areVersionsShown());
        QTest::mouseClick(details->versionsButton(), Qt::LeftButton);
        QTRY_VERIFY(details->versionsModel()->rowCount() >= 1);
        QVERIFY(details->areVersionsShown());
    }

    void backsUpAndRestoresASecret()
    {
        QVERIFY(secrets()->selectByName(QStringLiteral("generated-000002")));
        const auto path = m_files.filePath(QStringLiteral("generated-000002.keyvaultbackup"));
        auto *actions = m_window->secretActions();
        QTRY_VERIFY(actions->backupSecret()->isEnabled());
        actions->backupSecret()->trigger();
        auto *save = waitForDialog<QFileDialog>(QStringLiteral("backupFileDialog"));
        QVERIFY(save);
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept();
        QTRY_VERIFY_WITH_TIMEOUT(QFile(path).size() > 0, 10000);

        // Gone for good (deleted and purged), then back from the file.
        const auto token =
            m_emulator->token(m_emulator->cloud().value(QStringLiteral("vaultScope")).toString());
        const auto vault = m_emulator->vaultUri(QStringLiteral("demo"));
        const auto call = [&](const QByteArray &method, const QString &what) {
            return m_emulator
                ->request(method, QUrl(vault + what + QStringLiteral("?api-version=7.6")), {},
                          {{"Authorization", "Bearer " + token}})
                .status;
        };
        QCOMPARE(call("DELETE", QStringLiteral("secrets/generated-000002")), 200);
        // The deletion completes a moment later (409 until then); QTRY would purge twice.
        int purged = 0;
        for (int attempt = 0; attempt < 100 && purged != 204; ++attempt) {
            purged = call("DELETE", QStringLiteral("deletedsecrets/generated-000002"));
            if (purged != 204)
                QTest::qWait(100);
        }
        QCOMPARE(purged, 204);
        QCOMPARE(call("GET", QStringLiteral("secrets/generated-000002")), 404);

        actions->restoreSecret()->trigger();
        auto *open = waitForDialog<QFileDialog>(QStringLiteral("backupFileDialog"));
        QVERIFY(open);
        open->selectFile(path);
        static_cast<QDialog *>(open)->accept();
        QTRY_COMPARE_WITH_TIMEOUT(call("GET", QStringLiteral("secrets/generated-000002")), 200,
                                  10000);
    }

    void signsInAsAServicePrincipal()
    {
        auto *dialog = openSignIn(SignInDialog::ServicePrincipalSecret);
        QVERIFY(dialog);
        dialog->clientIdEdit()->setText(m_emulator->clientId(true));
        dialog->secretEdit()->setText(QStringLiteral("wrong"));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        // A refused secret keeps nothing and says why.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSigningIn() && !dialog->statusLabel()->text().isEmpty(),
                                 10000);
        QCOMPARE(store()->accounts().size(), 1);
        dialog->secretEdit()->setText(m_emulator->clientSecret(true));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(store()->accounts().size() == 2, 10000);
        QCOMPARE(store()->accounts().at(1).kind, StoredAccount::Kind::ClientSecret);
        QVERIFY(!QSettings().allKeys().join(u' ').contains(m_emulator->clientSecret(true)));
        // Its tree lists the emulator's vaults too.
        auto *tree = m_window->navigator()->accountView();
        QTRY_COMPARE(tree->model()->rowCount(), 2);
        QVERIFY(
            findVaultInTree(tree, tree->model()->index(1, 0), QStringLiteral("demo")).isValid());
    }

    void accountsManagerRemovesAnAccount()
    {
        m_window->accountsAction()->trigger();
        auto *dialog = waitForDialog<AccountsDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 2);
        dialog->list()->setCurrentRow(1);
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QTRY_COMPARE(store()->accounts().size(), 1);
        QCOMPARE(dialog->list()->count(), 1);
        QTRY_COMPARE(m_window->navigator()->accountView()->model()->rowCount(), 1);
        dialog->close();
    }
};

QTEST_MAIN(TestAccountsGui)
#include "tst_accountsgui.moc"
