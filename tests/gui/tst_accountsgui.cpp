// Accounts in the window against the real kluis-emulator: a device code sign-in through the
// sign-in dialog (code and link shown and copyable, cancel), browsing the account tree to a vault
// whose secrets then load, a service principal sign-in, removing an account in the accounts
// manager, a secret's versions on request, backup to a file and restore from it, and the
// navigator's favourites and quick filter over the account tree. The keychain
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
#include "session/AppSettings.h"
#include "session/ConnectionSession.h"
#include "vault/SecretDetailsPanel.h"
#include "vault/SecretFilterProxy.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include "crossvault/SearchWindow.h"
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

    // The vault rows the navigator shows under `parent`, by name, each with its parents' names
    // ("account/subscription/group/vault").
    QStringList shownVaults(const QAbstractItemModel *model, const QModelIndex &parent = {},
                            const QString &path = {})
    {
        QStringList shown;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const auto index = model->index(row, 0, parent);
            const auto here =
                path.isEmpty()
                    ? index.data(AccountTreeModel::NameRole).toString()
                    : QString(path + u'/' + index.data(AccountTreeModel::NameRole).toString());
            if (index.data(AccountTreeModel::NodeTypeRole).toInt() ==
                int(AccountTreeModel::NodeType::Vault))
                shown << here;
            shown << shownVaults(model, index, here);
        }
        return shown;
    }

    QString shownVaultName() const
    {
        const auto vault = m_window->vaultPane()->vault();
        return vault ? vault->name : QString();
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
        auto *tree = m_window->navigator()->view();
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
        const auto path = m_files.filePath(QStringLiteral("generated-000002.keyvault-backup"));
        auto *actions = m_window->secretActions();
        QTRY_VERIFY(actions->backupSecret()->isEnabled());
        actions->backupSecret()->trigger();
        auto *save = waitForDialog<QFileDialog>(QStringLiteral("saveFileDialog"));
        QVERIFY(save);
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept();
        QTRY_VERIFY_WITH_TIMEOUT(QFile(path).size() > 0, 10000);
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);

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
        auto *open = waitForDialog<QFileDialog>(QStringLiteral("openFileDialog"));
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
        auto *tree = m_window->navigator()->view();
        QTRY_COMPARE(tree->model()->rowCount(), 2);
        QVERIFY(
            findVaultInTree(tree, tree->model()->index(1, 0), QStringLiteral("demo")).isValid());
    }

    void searchEverywhereGoesThroughEveryAccount()
    {
        // No cloud file is attached here: what the search finds, it read through the accounts'
        // own connections (this once corrupted the heap building the list of vaults).
        auto *search = m_window->searchWindow();
        search->search(QStringLiteral("database"));
        QTRY_VERIFY_WITH_TIMEOUT(!search->isSearching(), 20000);
        QStringList vaults;
        for (int row = 0; row < search->results()->model()->rowCount(); ++row)
            vaults << search->results()->model()->index(row, 0).data().toString();
        QVERIFY2(vaults.contains(QStringLiteral("demo")) &&
                     vaults.contains(QStringLiteral("dev-kv")),
                 qPrintable(vaults.join(u',')));
        search->close();
    }

    // The same vault under two accounts is two connections: chosen under the second, it is
    // read with the second account's rights, not shown again through the first.
    void theSameVaultUnderAnotherAccountOpensThroughThatAccount()
    {
        auto *dialog = openSignIn(SignInDialog::ServicePrincipalSecret);
        QVERIFY(dialog);
        dialog->clientIdEdit()->setText(m_emulator->clientId(false)); // no data access
        dialog->secretEdit()->setText(m_emulator->clientSecret(false));
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(store()->accounts().size() == 3, 10000);
        auto *tree = m_window->navigator()->view();
        QTRY_COMPARE(tree->model()->rowCount(), 3);
        const auto full = findVaultInTree(tree, tree->model()->index(0, 0), QStringLiteral("demo"));
        const auto reader =
            findVaultInTree(tree, tree->model()->index(2, 0), QStringLiteral("demo"));
        QVERIFY(full.isValid() && reader.isValid());

        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(full).center());
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->model()->rowCount() > 0, 20000);
        QVERIFY(!secrets()->isShowingError());
        tree->scrollTo(reader);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(reader).center());
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->isShowingError(), 20000);
        QCOMPARE(secrets()->model()->rowCount(), 0);
        const auto readerName = store()->accounts().at(2).name;
        const auto labels = m_window->statusBar()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
            return label->text().contains(readerName) || label->toolTip().contains(readerName);
        }));
        // And back: the first account's list again.
        tree->scrollTo(full);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(full).center());
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->model()->rowCount() > 0 && !secrets()->isShowingError(),
                                 20000);

        m_window->accountsAction()->trigger();
        auto *accounts = waitForDialog<AccountsDialog>();
        QVERIFY(accounts);
        accounts->list()->setCurrentRow(2);
        QTest::mouseClick(accounts->removeButton(), Qt::LeftButton);
        QTRY_COMPARE(store()->accounts().size(), 2);
        accounts->close();
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
        QTRY_COMPARE(m_window->navigator()->view()->model()->rowCount(), 1);
        dialog->close();
    }

    // Pinned with the keyboard (Ctrl+D): listed under "Favourites" at the very top, first in its
    // resource group too; chosen there, it opens through its account as in its own place.
    void favouriteIsPinnedOnTopAndOpensTheVault()
    {
        auto *tree = m_window->navigator()->view();
        auto *model = tree->model();
        QCOMPARE(model->index(0, 0).data(AccountTreeModel::NodeTypeRole).toInt(),
                 int(AccountTreeModel::NodeType::Account));
        const auto url = QUrl(m_emulator->vaultUri(QStringLiteral("private-kv")));
        auto vault = findVaultInTree(tree, model->index(0, 0), QStringLiteral("private-kv"));
        QVERIFY(vault.isValid());
        QCOMPARE(vault.row(), 2); // after payments-kv and perimeter-kv
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        tree->setFocus();
        tree->setCurrentIndex(vault);
        QTRY_COMPARE(shownVaultName(), QStringLiteral("private-kv"));
        QVERIFY(!m_window->favouriteAction()->isChecked());
        QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(m_window->favouriteAction()->isChecked());
        QVERIFY(AppSettings::favouriteVaults.value().contains(url.toString()));

        const auto favourites = model->index(0, 0);
        QCOMPARE(favourites.data().toString(), QStringLiteral("Favourites"));
        QVERIFY(tree->isExpanded(favourites));
        QCOMPARE(model->rowCount(favourites), 1);
        QCOMPARE(model->index(0, 0, favourites).data().toString(), QStringLiteral("private-kv"));
        vault = findVaultInTree(tree, model->index(1, 0), QStringLiteral("private-kv"));
        QCOMPARE(vault.row(), 0);
        QCOMPARE(model->index(1, 0, vault.parent()).data().toString(),
                 QStringLiteral("payments-kv"));
        QCOMPARE(tree->currentIndex(), vault); // it stays where it was chosen

        tree->setCurrentIndex(findVaultInTree(tree, model->index(1, 0), QStringLiteral("demo")));
        QTRY_COMPARE(shownVaultName(), QStringLiteral("demo"));
        QVERIFY(!m_window->favouriteAction()->isChecked());
        tree->setCurrentIndex(model->index(0, 0, favourites));
        QTRY_COMPARE(shownVaultName(), QStringLiteral("private-kv"));
        QVERIFY(m_window->favouriteAction()->isChecked());
        QVERIFY(m_window->session()->canReach(url)); // no connection of its own: the account's
        const auto name = store()->accounts().constFirst().name;
        const auto labels = m_window->statusBar()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
            return label->text().contains(name) || label->toolTip().contains(name);
        }));
    }

    // A click on a vault's star pins it; a click on the star of its favourite entry unpins it.
    void starClickTogglesAFavourite()
    {
        auto *tree = m_window->navigator()->view();
        auto *model = tree->model();
        const auto clickStar = [&](const QModelIndex &index) {
            const auto rect = tree->visualRect(index);
            QTest::mouseClick(
                tree->viewport(), Qt::LeftButton, {},
                QPoint(rect.left() + tree->iconSize().width() / 2 + 2, rect.center().y()));
        };
        const auto demo = findVaultInTree(tree, model->index(1, 0), QStringLiteral("demo"));
        QVERIFY(demo.isValid());
        clickStar(demo);
        const auto favourites = model->index(0, 0);
        QCOMPARE(model->rowCount(favourites), 2);
        QCOMPARE(model->index(0, 0, favourites).data().toString(), QStringLiteral("demo"));
        QVERIFY(AppSettings::favouriteVaults.value().contains(
            m_emulator->vaultUri(QStringLiteral("demo"))));
        clickStar(model->index(0, 0, favourites));
        QCOMPARE(model->rowCount(favourites), 1);
        QCOMPARE(model->index(0, 0, favourites).data().toString(), QStringLiteral("private-kv"));
        QVERIFY(!AppSettings::favouriteVaults.value().contains(
            m_emulator->vaultUri(QStringLiteral("demo"))));
    }

    // Favourites are in the settings (URLs only): a new window lists them on top at once,
    // before any account is opened, and opens them from there through the account that
    // lists the vault.
    void favouritesSurviveANewWindow()
    {
        const auto url = QUrl(m_emulator->vaultUri(QStringLiteral("private-kv")));
        QCOMPARE(AppSettings::favouriteVaults.value(), QStringList{url.toString()});
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        const auto *model = again.navigator()->view()->model();
        const auto favourites = model->index(0, 0);
        QCOMPARE(favourites.data().toString(), QStringLiteral("Favourites"));
        QCOMPARE(model->rowCount(favourites), 1);
        QCOMPARE(model->index(0, 0, favourites).data().toString(), QStringLiteral("private-kv"));
        again.navigator()->view()->setCurrentIndex(model->index(0, 0, favourites));
        QTRY_VERIFY(again.vaultPane()->vault() &&
                    again.vaultPane()->vault()->name == QStringLiteral("private-kv"));
        QVERIFY(again.favouriteAction()->isChecked());
        // The window has no connection of its own: only the account reaches the vault.
        QTRY_VERIFY_WITH_TIMEOUT(again.session()->canReach(url), 15000);
        QTRY_COMPARE(again.vaultPane()->vault()->resourceGroup, QStringLiteral("rg-payments"));
        const auto name = store()->accounts().constFirst().name;
        const auto labels = again.statusBar()->findChildren<QLabel *>();
        QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
            return label->text().contains(name) || label->toolTip().contains(name);
        }));
    }

    // Unpinned from its favourite entry: gone from Favourites (and the group with it), still
    // open, selected in its own place.
    void unpinningRemovesItFromFavourites()
    {
        auto *tree = m_window->navigator()->view();
        auto *model = tree->model();
        tree->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
        QCOMPARE(shownVaultName(), QStringLiteral("private-kv"));
        m_window->favouriteAction()->trigger();
        QVERIFY(!m_window->favouriteAction()->isChecked());
        QVERIFY(AppSettings::favouriteVaults.value().isEmpty());
        QCOMPARE(model->index(0, 0).data(AccountTreeModel::NodeTypeRole).toInt(),
                 int(AccountTreeModel::NodeType::Account));
        QCOMPARE(shownVaultName(), QStringLiteral("private-kv"));
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("private-kv"));
        QCOMPARE(tree->currentIndex().parent().data().toString(), QStringLiteral("rg-payments"));
    }

    // The quick filter hides the vaults whose names do not match, favourites included, and
    // keeps each match with its account, subscription and resource group.
    void filterKeepsMatchesWithTheirParents()
    {
        auto *tree = m_window->navigator()->view();
        const auto *model = tree->model();
        m_window->favouriteAction()->trigger(); // private-kv pinned again
        QTRY_COMPARE(model->rowCount(model->index(0, 0)), 1);
        const auto all = shownVaults(model);
        QVERIFY2(all.size() >= 5, qPrintable(all.join(u',')));
        tree->collapse(model->index(1, 0));
        QTest::keyClicks(m_window->navigator()->filterEdit(), QStringLiteral("PAY"));
        const auto shown = shownVaults(model);
        QVERIFY2(shown.size() == 1, qPrintable(shown.join(u',')));
        const auto path = shown.constFirst().split(u'/');
        QCOMPARE(path.size(), 4);
        QCOMPARE(path.at(0), store()->accounts().constFirst().name);
        QCOMPARE(path.at(2), QStringLiteral("rg-payments"));
        QCOMPARE(path.at(3), QStringLiteral("payments-kv"));
        // Shown, not just kept: its branch is open.
        QVERIFY(tree->isExpanded(model->index(0, 0)));
        QVERIFY(tree->isExpanded(model->index(0, 0, model->index(0, 0))));
        QTest::keyClicks(m_window->navigator()->filterEdit(), QStringLiteral("-nothing"));
        QCOMPARE(shownVaults(model), QStringList());
        m_window->navigator()->filterEdit()->clear();
        QCOMPARE(shownVaults(model), all);
        // The vault shown is still the one selected.
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("private-kv"));
    }
};

QTEST_MAIN(TestAccountsGui)
#include "tst_accountsgui.moc"
