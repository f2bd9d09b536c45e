// Drives the real window against the real kluis-emulator (demo seed plus 120 generated secrets
// in the demo vault): browse, paging, filter, sort, reveal and copy, create, edit, delete,
// recover, purge, and the failure pane on the firewalled payments-kv vault.
#include "EmulatorProcess.h"
#include "commands/SecretActionController.h"
#include "dialogs/ConfirmByNameDialog.h"
#include "dialogs/SecretEditDialog.h"
#include "dialogs/SettingsDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/SecretListModel.h"
#include "navigator/VaultNavigator.h"
#include "session/AppSettings.h"
#include "vault/ListErrorPanel.h"
#include "vault/SecretDetailsPanel.h"
#include "vault/SecretFilterProxy.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"
#include "widgets/ClipboardGuard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace kluis::ui;
using kluis::core::SecretListModel;

class TestSecretsGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<MainWindow> m_window;

    VaultPane *pane() const { return m_window->vaultPane(); }
    SecretListPane *secrets() const { return pane()->secretsPane(); }
    SecretListPane *deleted() const { return pane()->deletedPane(); }
    SecretActionController *actions() const { return m_window->secretActions(); }

    QStringList names(SecretListPane *list) const
    {
        QStringList result;
        for (int row = 0; row < list->proxy()->rowCount(); ++row)
            result << list->proxy()->index(row, 0).data(SecretListModel::NameRole).toString();
        return result;
    }

    bool openVault(const QString &name)
    {
        if (!m_window->navigator()->selectVault(QUrl(m_emulator->vaultUri(name))))
            return false;
        return pane()->vault() && pane()->vault()->name == name;
    }

    template<typename T> T *waitForDialog(const QString &objectName = {})
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            const auto all = m_window->findChildren<T *>();
            for (auto *candidate : all) {
                if (candidate->isVisible() &&
                    (objectName.isEmpty() || candidate->objectName() == objectName))
                    return candidate;
            }
            QTest::qWait(20);
        }
        return nullptr;
    }

    EmulatorProcess::Reply getSecret(const QString &name)
    {
        const auto token =
            m_emulator->token(m_emulator->cloud().value(QStringLiteral("vaultScope")).toString());
        return m_emulator->request("GET",
                                   QUrl(m_emulator->vaultUri(QStringLiteral("demo")) +
                                        QStringLiteral("secrets/") + name +
                                        QStringLiteral("?api-version=7.6")),
                                   {}, {{"Authorization", "Bearer " + token}});
    }

    bool waitUntilListed(SecretListPane *list, const QString &name, bool listed)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            if (list->isComplete() && !list->isLoading() && names(list).contains(name) == listed)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisGuiTest"));
        QSettings().clear();
        m_emulator = std::make_unique<EmulatorProcess>(
            QStringList{QStringLiteral("--in-memory"), QStringLiteral("--seed"),
                        QStringLiteral("demo"), QStringLiteral("--seed-count"),
                        QStringLiteral("demo=120"), QStringLiteral("--enable-faults")});
        QVERIFY(m_emulator->start());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QString error;
        QVERIFY2(m_window->attachCloudFile(m_emulator->dataDir() + QStringLiteral("/cloud.json"),
                                           &error),
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_emulator.reset();
    }

    void navigatorListsTheEmulatorVaults()
    {
        const auto *model = m_window->navigator()->view()->model();
        QCOMPARE(model->rowCount(), 1); // "Attached vaults": no favourites, no accounts
        QStringList shown;
        for (int row = 0; row < model->rowCount(model->index(0, 0)); ++row)
            shown << model->index(row, 0, model->index(0, 0)).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("demo")), qPrintable(shown.join(u',')));
        QVERIFY(shown.contains(QStringLiteral("payments-kv")));
        // The quick filter narrows the vaults by name.
        QTest::keyClicks(m_window->navigator()->filterEdit(), QStringLiteral("pay"));
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
        QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(),
                 QStringLiteral("payments-kv"));
        m_window->navigator()->filterEdit()->clear();
        QCOMPARE(model->rowCount(model->index(0, 0)), shown.size());
    }

    void rowsArrivePageByPage()
    {
        QSignalSpy inserted(secrets()->model(), &SecretListModel::rowsInserted);
        QVERIFY(openVault(QStringLiteral("demo")));
        // The first page is on screen while the rest still loads.
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->model()->rowCount() > 0, 15000);
        QVERIFY(!secrets()->isComplete());
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->isComplete(), 30000);
        // The first page alone, then the rest (pages that come close together are inserted
        // together, so the view repaints once for them).
        QVERIFY(inserted.count() >= 2);
        const int firstPage = inserted.at(0).at(2).toInt() - inserted.at(0).at(1).toInt() + 1;
        QCOMPARE(firstPage, 25);
        QVERIFY(secrets()->model()->rowCount() >= 120);
        QVERIFY(names(secrets()).contains(QStringLiteral("database-password")));
        QVERIFY(!secrets()->isShowingError());
        QVERIFY(!secrets()->cancelButton()->isVisible());
    }

    void findFocusesTheFilterWhichMatchesNamesContentTypesAndTags()
    {
        m_window->findAction()->trigger();
        QCOMPARE(QApplication::focusWidget(), secrets()->filterEdit());
        QTest::keyClicks(secrets()->filterEdit(), QStringLiteral("generated-00010"));
        QCOMPARE(secrets()->proxy()->rowCount(), 10);
        secrets()->filterEdit()->clear();
        QTest::keyClicks(secrets()->filterEdit(), QStringLiteral("application/json"));
        QCOMPARE(names(secrets()), QStringList{QStringLiteral("service-principal-config")});
        secrets()->filterEdit()->clear();
        QTest::keyClicks(secrets()->filterEdit(), QStringLiteral("dba-team")); // a tag value
        QCOMPARE(names(secrets()), QStringList{QStringLiteral("database-password")});
        secrets()->filterEdit()->clear();
        QVERIFY(secrets()->proxy()->rowCount() >= 120);
    }

    // Typing on only narrows (rows rejected before are not tested again), so check every step,
    // backspace and a case change against the model itself.
    void typingOnAndBackspaceShowExactlyTheMatchingNames()
    {
        const auto expected = [this](const QString &text) {
            QStringList result;
            for (const auto &item : secrets()->model()->items()) {
                if (item.name.contains(text, Qt::CaseInsensitive))
                    result << item.name;
            }
            result.sort();
            return result;
        };
        const auto shown = [this] {
            auto result = names(secrets());
            result.sort();
            return result;
        };
        auto *edit = secrets()->filterEdit();
        edit->clear();
        QString typed;
        for (const QChar ch : QStringLiteral("generated-0001")) {
            typed += ch;
            QTest::keyClick(edit, ch.toLatin1());
            QCOMPARE(shown(), expected(typed));
        }
        const auto narrow = shown().size();
        QVERIFY(narrow > 0);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QCOMPARE(shown(), expected(QStringLiteral("generated-000")));
        QVERIFY(shown().size() > narrow);
        QTest::keyClicks(edit, QStringLiteral("10"));
        QCOMPARE(shown(), expected(QStringLiteral("generated-00010")));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("GENERATED-00011"));
        QCOMPARE(shown(), expected(QStringLiteral("generated-00011")));
        QVERIFY(!shown().isEmpty());
        edit->clear();
        QCOMPARE(secrets()->proxy()->rowCount(), secrets()->model()->rowCount());
    }

    void sortsByClickingTheHeader()
    {
        auto *view = secrets()->view();
        view->sortByColumn(SecretListModel::NameColumn, Qt::DescendingOrder);
        auto shown = names(secrets());
        QVERIFY(shown.first() > shown.last());
        view->sortByColumn(SecretListModel::NameColumn, Qt::AscendingOrder);
        shown = names(secrets());
        QVERIFY(
            std::is_sorted(shown.cbegin(), shown.cend(), [](const QString &a, const QString &b) {
                return QString::localeAwareCompare(a, b) < 0;
            }));
        QVERIFY(shown.indexOf(QStringLiteral("database-password")) <
                shown.indexOf(QStringLiteral("payments-api-key")));
    }

    void revealsAndCopiesTheValueThenClearsTheClipboard()
    {
        QVERIFY(secrets()->selectByName(QStringLiteral("payments-api-key")));
        auto *details = pane()->details();
        QVERIFY(details->valueEdit()->text().isEmpty());
        details->revealButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(details->valueEdit()->text(),
                                  QStringLiteral("pk_live_51Hx9dEmoKeyValue"), 10000);
        QVERIFY(details->isValueShown());
        // Another selection forgets the value.
        QVERIFY(secrets()->selectByName(QStringLiteral("database-password")));
        QVERIFY(details->valueEdit()->text().isEmpty());
        // The Reveal value action (menu and toolbar) does what the button does, both ways.
        QVERIFY(secrets()->selectByName(QStringLiteral("payments-api-key")));
        actions()->revealValue()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(details->valueEdit()->text(),
                                  QStringLiteral("pk_live_51Hx9dEmoKeyValue"), 10000);
        actions()->revealValue()->trigger();
        QVERIFY(!details->isValueShown());
        QVERIFY(details->valueEdit()->text() != QStringLiteral("pk_live_51Hx9dEmoKeyValue"));
        QVERIFY(secrets()->selectByName(QStringLiteral("database-password")));

        m_window->clipboardGuard()->setTimeout(std::chrono::milliseconds(800));
        auto *clipboard = QGuiApplication::clipboard();
        QVERIFY(secrets()->selectByName(QStringLiteral("payments-api-key")));
        actions()->copyValue()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(clipboard->text(), QStringLiteral("pk_live_51Hx9dEmoKeyValue"),
                                  10000);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);

        // Ctrl+C in the revealed value's field copies through the guard as well.
        clipboard->setText(QStringLiteral("before"));
        details->revealButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(details->valueEdit()->text(),
                                  QStringLiteral("pk_live_51Hx9dEmoKeyValue"), 10000);
        details->valueEdit()->setFocus();
        QTest::keyClick(details->valueEdit(), Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(clipboard->text(), QStringLiteral("pk_live_51Hx9dEmoKeyValue"),
                                  10000);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QVERIFY(m_window->clipboardGuard()->isArmed());
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
        details->revealButton()->click();

        // What the user copied meanwhile stays.
        actions()->copyValue()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(clipboard->text(), QStringLiteral("pk_live_51Hx9dEmoKeyValue"),
                                  10000);
        clipboard->setText(QStringLiteral("something else"));
        QTest::qWait(1200);
        QCOMPARE(clipboard->text(), QStringLiteral("something else"));
        m_window->clipboardGuard()->setTimeout(std::chrono::seconds(30));
    }

    void createChecksTheRulesThenCreates()
    {
        actions()->newSecret()->trigger();
        auto *dialog = waitForDialog<SecretEditDialog>();
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->setName(QStringLiteral("bad_name!"));
        dialog->setValue(QStringLiteral("v"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problem().contains(QStringLiteral("127")));
        dialog->setName(QStringLiteral("gui-test-secret"));
        dialog->setValue(QString(25 * 1024 + 1, QLatin1Char('x')));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problem().contains(QStringLiteral("25 KB")));
        dialog->setValue(QStringLiteral("first value"));
        dialog->setContentType(QStringLiteral("text/plain"));
        dialog->setTags({{QStringLiteral("owner"), QStringLiteral("gui-test")}});
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(waitUntilListed(secrets(), QStringLiteral("gui-test-secret"), true));
        QTRY_COMPARE_WITH_TIMEOUT(secrets()->currentItem().value_or(kluis::core::SecretItem()).name,
                                  QStringLiteral("gui-test-secret"), 10000);
        const auto reply = getSecret(QStringLiteral("gui-test-secret"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("value")).toString(),
                 QStringLiteral("first value"));
        QCOMPARE(reply.json.value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("owner"))
                     .toString(),
                 QStringLiteral("gui-test"));
    }

    void editMakesANewVersion()
    {
        QVERIFY(secrets()->selectByName(QStringLiteral("gui-test-secret")));
        actions()->editSecret()->trigger();
        auto *dialog = waitForDialog<SecretEditDialog>();
        QVERIFY(dialog);
        dialog->setValue(QStringLiteral("second value"));
        dialog->setContentType(QStringLiteral("application/x-test"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(getSecret(QStringLiteral("gui-test-secret"))
                                         .json.value(QStringLiteral("value"))
                                         .toString() == QStringLiteral("second value"),
                                 10000);
        QCOMPARE(getSecret(QStringLiteral("gui-test-secret"))
                     .json.value(QStringLiteral("contentType"))
                     .toString(),
                 QStringLiteral("application/x-test"));
    }

    void deleteAsksWithTheNameThenDeletes()
    {
        QVERIFY(waitUntilListed(secrets(), QStringLiteral("gui-test-secret"), true));
        QVERIFY(secrets()->selectByName(QStringLiteral("gui-test-secret")));
        actions()->deleteSecret()->trigger();
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("confirmDelete"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("gui-test-secret")));
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QVERIFY(waitUntilListed(secrets(), QStringLiteral("gui-test-secret"), false));
        QVERIFY(waitUntilListed(deleted(), QStringLiteral("gui-test-secret"), true));
        QCOMPARE(getSecret(QStringLiteral("gui-test-secret")).status, 404);
    }

    void recoverBringsItBack()
    {
        pane()->showDeleted(VaultPane::ObjectKind::Secret);
        QVERIFY(deleted()->selectByName(QStringLiteral("gui-test-secret")));
        QVERIFY(actions()->recoverSecret()->isEnabled());
        QVERIFY(!actions()->deleteSecret()->isEnabled());
        actions()->recoverSecret()->trigger();
        QVERIFY(waitUntilListed(secrets(), QStringLiteral("gui-test-secret"), true));
        QVERIFY(waitUntilListed(deleted(), QStringLiteral("gui-test-secret"), false));
        QTRY_COMPARE_WITH_TIMEOUT(getSecret(QStringLiteral("gui-test-secret")).status, 200, 10000);
    }

    void purgeWantsTheNameTyped()
    {
        pane()->tabs()->setCurrentWidget(secrets());
        QVERIFY(secrets()->selectByName(QStringLiteral("gui-test-secret")));
        actions()->deleteSecret()->trigger();
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("confirmDelete"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QVERIFY(waitUntilListed(deleted(), QStringLiteral("gui-test-secret"), true));

        pane()->showDeleted(VaultPane::ObjectKind::Secret);
        QVERIFY(deleted()->selectByName(QStringLiteral("gui-test-secret")));
        actions()->purgeSecret()->trigger();
        auto *confirm = waitForDialog<ConfirmByNameDialog>();
        QVERIFY(confirm);
        QVERIFY(!confirm->confirmButton()->isEnabled());
        QTest::keyClicks(confirm->nameEdit(), QStringLiteral("gui-test"));
        QVERIFY(!confirm->confirmButton()->isEnabled());
        QTest::keyClicks(confirm->nameEdit(), QStringLiteral("-secret"));
        QVERIFY(confirm->confirmButton()->isEnabled());
        confirm->confirmButton()->click();
        QVERIFY(waitUntilListed(deleted(), QStringLiteral("gui-test-secret"), false));
        QVERIFY(waitUntilListed(secrets(), QStringLiteral("gui-test-secret"), false));
        pane()->tabs()->setCurrentWidget(secrets());
    }

    void creatingADeletedNameOffersRecovery()
    {
        pane()->tabs()->setCurrentWidget(secrets());
        QVERIFY(secrets()->selectByName(QStringLiteral("legacy-ftp-password")));
        actions()->deleteSecret()->trigger();
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("confirmDelete"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QVERIFY(waitUntilListed(secrets(), QStringLiteral("legacy-ftp-password"), false));

        actions()->newSecret()->trigger();
        auto *dialog = waitForDialog<SecretEditDialog>();
        QVERIFY(dialog);
        dialog->setName(QStringLiteral("legacy-ftp-password"));
        dialog->setValue(QStringLiteral("a new value"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        auto *offer = waitForDialog<QMessageBox>(QStringLiteral("offerRecovery"));
        QVERIFY(offer);
        QVERIFY(offer->text().contains(QStringLiteral("legacy-ftp-password")));
        offer->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QVERIFY(waitUntilListed(secrets(), QStringLiteral("legacy-ftp-password"), true));
        // The old value came back, not the one typed.
        QTRY_COMPARE_WITH_TIMEOUT(getSecret(QStringLiteral("legacy-ftp-password"))
                                      .json.value(QStringLiteral("value"))
                                      .toString(),
                                  QStringLiteral("ftp-Pa55word-2019"), 10000);
    }

    void firewalledVaultShowsTheErrorInThePane()
    {
        QVERIFY(openVault(QStringLiteral("payments-kv")));
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->isShowingError(), 15000);
        auto *panel = secrets()->errorPanel();
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->headline().contains(QStringLiteral("403")) ||
                     panel->headline().contains(QStringLiteral("irewall")),
                 qPrintable(panel->headline()));
        // A firewall refusal is diagnosed unasked, in place of the error.
        QTRY_VERIFY_WITH_TIMEOUT(panel->diagnosis() && panel->diagnosis()->isVisible(), 5000);
        panel->showDiagnosis(nullptr);
        QVERIFY(panel->diagnoseButton()->isVisible());
        panel->diagnoseButton()->click();
        QVERIFY(panel->diagnosis() && panel->diagnosis()->isVisible());
        // No modal error box for a failed listing.
        const auto boxes = m_window->findChildren<QMessageBox *>();
        QVERIFY(std::none_of(boxes.cbegin(), boxes.cend(),
                             [](const QMessageBox *b) { return b->isVisible(); }));
    }

    void aDeleteStartedBeforeSwitchingVaultsFinishes()
    {
        // A write is not the shown vault's business: switching away must not abort it halfway
        // (the vault would be left not knowing, and so would the user).
        const auto token =
            m_emulator->token(m_emulator->cloud().value(QStringLiteral("vaultScope")).toString());
        const QByteArray auth = "Bearer " + token;
        const auto secretUrl = QUrl(m_emulator->vaultUri(QStringLiteral("demo")) +
                                    QStringLiteral("secrets/switch-away?api-version=7.6"));
        QCOMPARE(m_emulator
                     ->request("PUT", secretUrl, R"({"value":"v"})",
                               {{"Authorization", auth}, {"Content-Type", "application/json"}})
                     .status,
                 200);
        // The vault answers the delete only after 1.5 s (and applies it only then).
        const auto faults =
            QUrl(m_emulator->cloud().value(QStringLiteral("resourceManager")).toString() +
                 QStringLiteral("_emulator/faults"));
        QCOMPARE(
            m_emulator
                ->request(
                    "POST", faults,
                    R"({"fault":"delay","path":"/secrets/switch-away","method":"DELETE","delayMs":1500})",
                    {{"Content-Type", "application/json"}})
                .status,
            201);

        QVERIFY(openVault(QStringLiteral("demo")));
        secrets()->reload();
        QVERIFY(waitUntilListed(secrets(), QStringLiteral("switch-away"), true));
        QVERIFY(secrets()->selectByName(QStringLiteral("switch-away")));
        actions()->deleteSecret()->trigger();
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("confirmDelete"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QVERIFY(openVault(QStringLiteral("dev-kv")));

        QTRY_COMPARE_WITH_TIMEOUT(getSecret(QStringLiteral("switch-away")).status, 404, 15000);
        const auto deletedUrl = QUrl(m_emulator->vaultUri(QStringLiteral("demo")) +
                                     QStringLiteral("deletedsecrets/switch-away?api-version=7.6"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_emulator->request("GET", deletedUrl, {}, {{"Authorization", auth}}).status, 200,
            10000);
        const auto boxes = m_window->findChildren<QMessageBox *>();
        QVERIFY(std::none_of(boxes.cbegin(), boxes.cend(),
                             [](const QMessageBox *b) { return b->isVisible(); }));
        QCOMPARE(pane()->vault()->name, QStringLiteral("dev-kv"));
    }

    void switchingVaultsDropsTheOldLoad()
    {
        QVERIFY(openVault(QStringLiteral("demo")));
        QVERIFY(openVault(QStringLiteral("dev-kv")));
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->isComplete() || secrets()->isShowingError(), 15000);
        QTest::qWait(500);
        const auto shown = names(secrets());
        QVERIFY(std::none_of(shown.cbegin(), shown.cend(), [](const QString &name) {
            return name.startsWith(QStringLiteral("generated-"));
        }));
        QCOMPARE(pane()->vault()->name, QStringLiteral("dev-kv"));
    }

    void attachVaultByUrlAddsItToTheNavigator()
    {
        const auto port = QUrl(m_emulator->vaultUri(QStringLiteral("demo"))).port();
        const auto uri = QStringLiteral("https://attached-kv.vault.localhost:%1/").arg(port);
        m_window->attachVaultAction()->trigger();
        auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("attachVaultDialog"));
        QVERIFY(dialog);
        dialog->setTextValue(uri);
        dialog->accept();
        QTRY_VERIFY(m_window->navigator()->selectVault(QUrl(uri)));
        QCOMPARE(pane()->vault()->name, QStringLiteral("attached-kv"));
        QVERIFY(AppSettings::attachedVaults.value().contains(uri));
    }

    void settingsApplyTheClipboardTimeout()
    {
        m_window->settingsAction()->trigger();
        auto *dialog = waitForDialog<SettingsDialog>();
        QVERIFY(dialog);
        auto *timeout = dialog->findChild<QSpinBox *>(QStringLiteral("clipboardTimeout"));
        QVERIFY(timeout);
        QCOMPARE(timeout->value(), 30);
        timeout->setValue(12);
        dialog->accept();
        QCOMPARE(AppSettings::clipboardTimeoutSeconds.value(), 12);
        QCOMPARE(m_window->clipboardGuard()->timeout(), std::chrono::milliseconds(12000));
    }

    void nothingSecretInTheSettings()
    {
        QSettings settings;
        settings.sync();
        const auto secret = m_emulator->clientSecret(true);
        QVERIFY(!secret.isEmpty());
        for (const auto &key : settings.allKeys()) {
            const auto value = settings.value(key);
            QVERIFY2(!value.toString().contains(secret) &&
                         !value.toByteArray().contains(secret.toUtf8()),
                     qPrintable(key));
        }
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto text = file.readAll();
        QVERIFY(!text.contains(secret.toUtf8()));
        QVERIFY(!text.contains("pk_live_51Hx9dEmoKeyValue"));
    }

    void favouritesArePinnedAndRemembered()
    {
        QVERIFY(openVault(QStringLiteral("payments-kv")));
        m_window->favouriteAction()->trigger();
        QVERIFY(m_window->favouriteAction()->isChecked());
        // Listed under "Favourites", the navigator's first group.
        const auto *model = m_window->navigator()->view()->model();
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Favourites"));
        QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(),
                 QStringLiteral("payments-kv"));
        QVERIFY(AppSettings::favouriteVaults.value().contains(
            m_emulator->vaultUri(QStringLiteral("payments-kv"))));
        QCOMPARE(AppSettings::lastVault.value(),
                 m_emulator->vaultUri(QStringLiteral("payments-kv")));

        MainWindow again;
        QString error;
        QVERIFY(
            again.attachCloudFile(m_emulator->dataDir() + QStringLiteral("/cloud.json"), &error));
        QCOMPARE(again.vaultPane()->vault()->name, QStringLiteral("payments-kv"));
        const auto *restored = again.navigator()->view()->model();
        QCOMPARE(restored->index(0, 0, restored->index(0, 0)).data().toString(),
                 QStringLiteral("payments-kv"));
    }
};

QTEST_MAIN(TestSecretsGui)
#include "tst_secretsgui.moc"
