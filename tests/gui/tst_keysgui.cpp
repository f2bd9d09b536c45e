// Drives the Keys, Certificates and Deleted tabs of the real window against the real
// kluis-emulator: the key list's type and permitted operations filled in for the keys on
// screen, the toolbar following the tab (and Ctrl+N with it), the Diagnose button of a failed
// key list, key create and "Test key", delete and recover a key, certificate create,
// download as .cer, export with the private key as .pem and as a password-protected .pfx, and
// import of both again.
#include "EmulatorProcess.h"
#include "certificates/CertificateInfo.h"
#include "certificates/Pkcs12.h"
#include "commands/ObjectActionController.h"
#include "commands/ObjectCommands.h"
#include "commands/SecretActionController.h"
#include "diagnostics/DiagnosisPane.h"
#include "dialogs/CertificateCreateDialog.h"
#include "dialogs/ConfirmByNameDialog.h"
#include "dialogs/ImportCertificateDialog.h"
#include "dialogs/KeyCreateDialog.h"
#include "dialogs/SecretEditDialog.h"
#include "mainwindow/ContextToolBar.h"
#include "mainwindow/MainWindow.h"
#include "models/KeyListModel.h"
#include "navigator/VaultNavigator.h"
#include "vault/CertificateDetailsPanel.h"
#include "vault/KeyDetailsPanel.h"
#include "vault/ListErrorPanel.h"
#include "vault/ListPaneBase.h"
#include "vault/ObjectListPane.h"
#include "vault/ObjectPanes.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kluis::ui;
using kluis::core::CertificateInfo;

class TestKeysGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_files;

    VaultPane *pane() const { return m_window->vaultPane(); }
    ObjectActionController *actions() const { return m_window->objectActions(); }

    // The text of `column` in the row of the key `name` as the Keys table shows it.
    QString keyCell(ObjectListPane *list, const QString &name, int column) const
    {
        const auto *model = list->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, kluis::core::KeyListModel::NameColumn).data().toString() == name)
                return model->index(row, column).data().toString();
        }
        return QStringLiteral("<not listed>");
    }

    bool toolbarHas(QAction *action) const
    {
        return m_window->toolbar()->actions().contains(action);
    }

    template<typename T> T *waitForDialog(const QString &objectName = {})
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
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

    bool waitUntilListed(ObjectListPane *list, const QString &name, bool listed)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            if (list->isComplete() && !list->isLoading() &&
                list->shownNames().contains(name) == listed)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    static void clickOk(QDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    bool confirm(const QString &objectName)
    {
        auto *box = waitForDialog<QMessageBox>(objectName);
        if (!box)
            return false;
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        return true;
    }

    // Answers the save dialog of the running command with `file` and waits for the file.
    bool saveTo(const QString &file)
    {
        auto *dialog = waitForDialog<QFileDialog>(QStringLiteral("saveFileDialog"));
        if (!dialog)
            return false;
        dialog->selectFile(file);
        // QFileDialog::accept is protected; QDialog's is public and virtual.
        static_cast<QDialog *>(dialog)->accept();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000 && !actions()->isBusy() && !QFile::exists(file))
            QTest::qWait(20);
        while (timer.elapsed() < 15000 && !QFile::exists(file))
            QTest::qWait(20);
        QTest::qWait(50);
        return QFile::exists(file);
    }

    // What a file with a private key or a backup may be: the owner's alone.
    static constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadUser | QFileDevice::WriteUser;

    static QByteArray readFile(const QString &name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    bool importCertificate(const QString &file, const QString &name, const QString &password)
    {
        actions()->importCertificate()->trigger();
        auto *dialog = waitForDialog<ImportCertificateDialog>();
        if (!dialog)
            return false;
        dialog->fileEdit()->setText(file);
        dialog->nameEdit()->setText(name);
        dialog->passwordEdit()->setText(password);
        if (!dialog->problem().isEmpty()) {
            qWarning() << dialog->problem();
            return false;
        }
        clickOk(dialog);
        return waitUntilListed(pane()->certificatesPane(), name, true);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisKeysGuiTest"));
        QSettings().clear();
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--in-memory"), QStringLiteral("--seed"), QStringLiteral("demo")});
        QVERIFY(m_emulator->start());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QString error;
        QVERIFY2(m_window->attachCloudFile(m_emulator->dataDir() + QStringLiteral("/cloud.json"),
                                           &error),
                 qPrintable(error));
        QVERIFY(
            m_window->navigator()->selectVault(QUrl(m_emulator->vaultUri(QStringLiteral("demo")))));
        QVERIFY(pane()->vault());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_emulator.reset();
    }

    void keysTabListsKeysAndHasTheSharedShortcuts()
    {
        pane()->tabs()->setCurrentWidget(pane()->keysPane());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->keysPane()->isComplete(), 20000);
        QVERIFY(!pane()->keysPane()->isShowingError());
        QCOMPARE(pane()->currentKind(), VaultPane::ObjectKind::Key);
        QVERIFY(actions()->newObject()->isEnabled());
        QCOMPARE(actions()->newObject()->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(!actions()->importCertificate()->isEnabled());
        QVERIFY(!pane()->keysPane()->view()->accessibleName().isEmpty());
    }

    // The list API gives no key type or operations: they come for the keys on screen, and the
    // table shows what the emulator holds, in the vault's order.
    void keysTableShowsTypeAndOperationsOfVisibleKeys()
    {
        using kluis::core::KeyListModel;
        using kluis::core::PagedListModel;
        auto *keys = pane()->keysPane();
        QCOMPARE(keys->model()->headerData(KeyListModel::KeyTypeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Type"));
        QCOMPARE(
            keys->model()->headerData(KeyListModel::OperationsColumn, Qt::Horizontal).toString(),
            QStringLiteral("Permitted operations"));
        QVERIFY(!keys->view()->isColumnHidden(KeyListModel::OperationsColumn));
        const QString rsa = QStringLiteral("data-encryption-key");
        const QString ec = QStringLiteral("signing-key-ec");
        QTRY_COMPARE_WITH_TIMEOUT(keyCell(keys, rsa, KeyListModel::KeyTypeColumn),
                                  QStringLiteral("RSA 2048"), 10000);
        QCOMPARE(keyCell(keys, rsa, KeyListModel::OperationsColumn),
                 QStringLiteral("encrypt, decrypt, sign, verify, wrapKey, unwrapKey"));
        QTRY_COMPARE_WITH_TIMEOUT(keyCell(keys, ec, KeyListModel::KeyTypeColumn),
                                  QStringLiteral("EC P-256"), 10000);
        QCOMPARE(keyCell(keys, ec, KeyListModel::OperationsColumn), QStringLiteral("sign, verify"));
        // Filtering sees the fetched type.
        keys->filterEdit()->setText(QStringLiteral("EC P-256"));
        QVERIFY(keys->shownNames().contains(ec));
        QVERIFY(!keys->shownNames().contains(rsa));
        keys->filterEdit()->setText(QStringLiteral("wrapKey"));
        QVERIFY(keys->shownNames().contains(rsa));
        QVERIFY(!keys->shownNames().contains(ec));
        keys->filterEdit()->clear();
        // The details panel takes the key the list fetched: no "…" once selected.
        QVERIFY(keys->selectByName(ec));
        QCOMPARE(pane()->keyDetails()->keyTypeLabel()->text(), QStringLiteral("EC P-256"));
        QCOMPARE(pane()->keyDetails()->operationsLabel()->text(), QStringLiteral("sign, verify"));
        // The deleted keys are not on screen: nothing was asked for them yet.
        auto *deleted = pane()->deletedKeysPane();
        QTRY_VERIFY_WITH_TIMEOUT(deleted->isComplete() && deleted->model()->rowCount() > 0, 10000);
        QCOMPARE(deleted->model()->detailState(0), PagedListModel::DetailState::Unknown);
        QCOMPARE(keyCell(deleted, QStringLiteral("retired-key"), KeyListModel::KeyTypeColumn),
                 QStringLiteral("…"));
        pane()->showDeleted(VaultPane::ObjectKind::Key);
        QTRY_COMPARE_WITH_TIMEOUT(
            keyCell(deleted, QStringLiteral("retired-key"), KeyListModel::KeyTypeColumn),
            QStringLiteral("EC P-384"), 10000);
        pane()->tabs()->setCurrentWidget(keys);
    }

    void toolbarShowsTheActionsOfTheTab()
    {
        auto *secrets = m_window->secretActions();
        pane()->tabs()->setCurrentWidget(pane()->secretsPane());
        QVERIFY(toolbarHas(secrets->newSecret()));
        QVERIFY(toolbarHas(secrets->copyValue()));
        QVERIFY(toolbarHas(secrets->revealValue()));
        QVERIFY(!toolbarHas(actions()->testKey()));
        QVERIFY(!toolbarHas(actions()->newObject()));

        pane()->tabs()->setCurrentWidget(pane()->keysPane());
        for (auto *action : {actions()->newObject(), actions()->rotateKey(), actions()->testKey(),
                             actions()->toggleKeyEnabled(), actions()->deleteObject()})
            QVERIFY2(toolbarHas(action), qPrintable(action->text()));
        QVERIFY(!toolbarHas(secrets->newSecret()));
        QVERIFY(!toolbarHas(actions()->importCertificate()));
        QVERIFY(toolbarHas(secrets->refresh()));
        QCOMPARE(actions()->newObject()->text(), QStringLiteral("&New key…"));
        // The secret actions that share the standard shortcuts are off on this tab.
        QVERIFY(!secrets->newSecret()->isEnabled());
        QVERIFY(!secrets->deleteSecret()->isEnabled());
        QTRY_VERIFY(m_window->toolbar()->widgetForAction(actions()->testKey())->isVisible());

        pane()->tabs()->setCurrentWidget(pane()->certificatesPane());
        QVERIFY(toolbarHas(actions()->importCertificate()));
        QVERIFY(toolbarHas(actions()->downloadCer()));
        QVERIFY(!toolbarHas(actions()->testKey()));

        pane()->showDeleted(VaultPane::ObjectKind::Secret);
        QVERIFY(toolbarHas(secrets->recoverSecret()));
        QVERIFY(!toolbarHas(actions()->recoverObject()));
        pane()->showDeleted(VaultPane::ObjectKind::Key);
        QVERIFY(toolbarHas(actions()->recoverObject()));
        QVERIFY(toolbarHas(actions()->purgeObject()));
        QVERIFY(!toolbarHas(secrets->recoverSecret()));
        pane()->tabs()->setCurrentWidget(pane()->keysPane());
    }

    // Keys, certificates and secrets share the standard shortcuts: on every tab, with an item
    // selected, no two enabled actions of the window answer the same keys.
    void noShortcutIsAmbiguousOnAnyTab()
    {
        const auto ambiguity = [this]() -> QString {
            QHash<QKeySequence, QString> seen;
            for (const auto *action : m_window->findChildren<QAction *>()) {
                if (!action->isEnabled())
                    continue;
                for (const auto &sequence : action->shortcuts()) {
                    if (seen.contains(sequence))
                        return QString(sequence.toString() + QStringLiteral(": ") +
                                       seen.value(sequence) + QStringLiteral(" / ") +
                                       action->text());
                    seen.insert(sequence, action->text());
                }
            }
            return {};
        };
        const auto selectFirst = [](ListPaneBase *list) {
            QTRY_VERIFY_WITH_TIMEOUT(list->isComplete() && !list->shownNames().isEmpty(), 20000);
            QVERIFY(list->selectByName(list->shownNames().constFirst()));
        };
        const QList<QWidget *> tabs = {pane()->secretsPane(), pane()->keysPane(),
                                       pane()->certificatesPane()};
        for (auto *tab : tabs) {
            pane()->tabs()->setCurrentWidget(tab);
            selectFirst(pane()->currentListPane());
            QVERIFY2(ambiguity().isEmpty(), qPrintable(ambiguity()));
        }
        for (const auto kind : {VaultPane::ObjectKind::Secret, VaultPane::ObjectKind::Key}) {
            pane()->showDeleted(kind);
            selectFirst(pane()->currentListPane());
            QVERIFY2(ambiguity().isEmpty(), qPrintable(ambiguity()));
        }
        pane()->tabs()->setCurrentWidget(pane()->keysPane());
    }

    void ctrlNOnTheKeysTabCreatesAKey()
    {
        pane()->tabs()->setCurrentWidget(pane()->keysPane());
        pane()->keysPane()->view()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::New));
        QPointer<KeyCreateDialog> dialog = waitForDialog<KeyCreateDialog>();
        QVERIFY(dialog);
        for (const auto *other : m_window->findChildren<SecretEditDialog *>())
            QVERIFY(!other->isVisible());
        dialog->reject();
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        pane()->tabs()->setCurrentWidget(pane()->secretsPane());
        pane()->secretsPane()->view()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::New));
        QPointer<SecretEditDialog> secretDialog = waitForDialog<SecretEditDialog>();
        QVERIFY(secretDialog);
        for (const auto *other : m_window->findChildren<KeyCreateDialog *>())
            QVERIFY(!other->isVisible());
        secretDialog->reject();
        QTRY_VERIFY(!secretDialog || !secretDialog->isVisible());
        pane()->tabs()->setCurrentWidget(pane()->keysPane());
    }

    // A failed key list offers Diagnose like the secrets list; it leads to the diagnosis.
    void keyListErrorReachesTheDiagnosis()
    {
        for (auto *list : {pane()->keysPane(), pane()->certificatesPane()}) {
            auto *panel = list->errorPanel();
            // Not a firewall: nothing is diagnosed unasked, the button must do it.
            panel->setError(kluis::core::AzureError::http(
                500, QByteArrayLiteral("{\"error\":{\"code\":\"InternalError\",\"message\":"
                                       "\"Something went wrong.\"}}")));
            QVERIFY(!panel->diagnosis());
            QVERIFY(panel->diagnoseButton()->isEnabled());
            panel->diagnoseButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<DiagnosisPane *>(panel->diagnosis()), 5000);
            list->reload();
            QTRY_VERIFY_WITH_TIMEOUT(list->isComplete() && !list->isShowingError(), 20000);
        }
        pane()->tabs()->setCurrentWidget(pane()->keysPane());
    }

    void createsAnRsaKeyAndTestsIt()
    {
        actions()->newObject()->trigger();
        auto *dialog = waitForDialog<KeyCreateDialog>();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("bad name"));
        QVERIFY(!dialog->problem().isEmpty());
        dialog->nameEdit()->setText(QStringLiteral("gui-rsa-key"));
        QVERIFY(dialog->problem().isEmpty());
        QCOMPARE(dialog->form().keyType, QStringLiteral("RSA"));
        clickOk(dialog);
        QVERIFY(waitUntilListed(pane()->keysPane(), QStringLiteral("gui-rsa-key"), true));
        QTRY_VERIFY_WITH_TIMEOUT(pane()->keysPane()->selectByName(QStringLiteral("gui-rsa-key")),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pane()->keyDetails()->keyTypeLabel()->text(),
                                  QStringLiteral("RSA 2048"), 10000);
        QVERIFY(pane()->keyDetails()->operationsLabel()->text().contains(QStringLiteral("sign")));
        QVERIFY(pane()->keyDetails()->identifierEdit()->text().contains(
            QStringLiteral("/keys/gui-rsa-key")));

        QVERIFY(actions()->testKey()->isEnabled());
        actions()->testKey()->trigger();
        auto *command = qobject_cast<TestKeyCommand *>(actions()->lastCommand());
        QVERIFY(command);
        QSignalSpy tested(command, &TestKeyCommand::tested);
        auto *result = waitForDialog<QMessageBox>(QStringLiteral("keyTestResult"));
        QVERIFY(result);
        QVERIFY2(result->text().contains(QStringLiteral("verifies locally")),
                 qPrintable(result->text()));
        QCOMPARE(tested.count(), 1);
        QVERIFY(tested.at(0).at(0).toBool());
        result->accept();
    }

    void createsAnEcKeyAndTestsIt()
    {
        actions()->newObject()->trigger();
        auto *dialog = waitForDialog<KeyCreateDialog>();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("gui-ec-key"));
        dialog->typeCombo()->setCurrentIndex(1);
        dialog->sizeCombo()->setCurrentIndex(1); // P-384
        QCOMPARE(dialog->form().curve, QStringLiteral("P-384"));
        QCOMPARE(dialog->form().operations,
                 QStringList({QStringLiteral("sign"), QStringLiteral("verify")}));
        clickOk(dialog);
        QVERIFY(waitUntilListed(pane()->keysPane(), QStringLiteral("gui-ec-key"), true));
        QTRY_VERIFY_WITH_TIMEOUT(pane()->keysPane()->selectByName(QStringLiteral("gui-ec-key")),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pane()->keyDetails()->keyTypeLabel()->text(),
                                  QStringLiteral("EC P-384"), 10000);
        actions()->testKey()->trigger();
        auto *result = waitForDialog<QMessageBox>(QStringLiteral("keyTestResult"));
        QVERIFY(result);
        QVERIFY2(result->text().contains(QStringLiteral("ES384")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("verifies locally")));
        result->accept();
    }

    void deletesAndRecoversAKey()
    {
        QVERIFY(pane()->keysPane()->selectByName(QStringLiteral("gui-rsa-key")));
        actions()->deleteObject()->trigger();
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("confirmDelete"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("gui-rsa-key")));
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QVERIFY(waitUntilListed(pane()->keysPane(), QStringLiteral("gui-rsa-key"), false));
        QVERIFY(waitUntilListed(pane()->deletedKeysPane(), QStringLiteral("gui-rsa-key"), true));

        pane()->showDeleted(VaultPane::ObjectKind::Key);
        QCOMPARE(pane()->currentObjectPane(), pane()->deletedKeysPane());
        QVERIFY(pane()->deletedKeysPane()->selectByName(QStringLiteral("gui-rsa-key")));
        QVERIFY(actions()->recoverObject()->isEnabled());
        QVERIFY(actions()->purgeObject()->isEnabled());
        QVERIFY(!actions()->newObject()->isEnabled());
        actions()->recoverObject()->trigger();
        QVERIFY(waitUntilListed(pane()->keysPane(), QStringLiteral("gui-rsa-key"), true));
        QVERIFY(waitUntilListed(pane()->deletedKeysPane(), QStringLiteral("gui-rsa-key"), false));
    }

    void backsUpPurgesAndRestoresAKey()
    {
        pane()->tabs()->setCurrentWidget(pane()->keysPane());
        QVERIFY(waitUntilListed(pane()->keysPane(), QStringLiteral("gui-ec-key"), true));
        QVERIFY(pane()->keysPane()->selectByName(QStringLiteral("gui-ec-key")));
        actions()->backupObject()->trigger();
        const QString backupFile = m_files.filePath(QStringLiteral("gui-ec-key.keyvault-backup"));
        QVERIFY(saveTo(backupFile));
        QVERIFY(readFile(backupFile).size() > 100);
        QCOMPARE(QFile::permissions(backupFile), ownerOnly);

        actions()->deleteObject()->trigger();
        QVERIFY(confirm(QStringLiteral("confirmDelete")));
        QVERIFY(waitUntilListed(pane()->deletedKeysPane(), QStringLiteral("gui-ec-key"), true));
        pane()->showDeleted(VaultPane::ObjectKind::Key);
        QVERIFY(pane()->deletedKeysPane()->selectByName(QStringLiteral("gui-ec-key")));
        actions()->purgeObject()->trigger();
        auto *purge = waitForDialog<ConfirmByNameDialog>(QStringLiteral("confirmPurge"));
        QVERIFY(purge);
        auto *purgeButton = purge->confirmButton();
        QVERIFY(!purgeButton->isEnabled());
        QTest::keyClicks(purge->nameEdit(), QStringLiteral("gui-ec-key"));
        QVERIFY(purgeButton->isEnabled());
        purgeButton->click();
        QVERIFY(waitUntilListed(pane()->deletedKeysPane(), QStringLiteral("gui-ec-key"), false));

        pane()->tabs()->setCurrentWidget(pane()->keysPane());
        actions()->restoreObject()->trigger();
        auto *open = waitForDialog<QFileDialog>(QStringLiteral("openFileDialog"));
        QVERIFY(open);
        open->selectFile(backupFile);
        static_cast<QDialog *>(open)->accept();
        QVERIFY(waitUntilListed(pane()->keysPane(), QStringLiteral("gui-ec-key"), true));
    }

    void createsACertificateAndShowsWhatItSays()
    {
        pane()->tabs()->setCurrentWidget(pane()->certificatesPane());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->certificatesPane()->isComplete(), 20000);
        actions()->newObject()->trigger();
        auto *dialog = waitForDialog<CertificateCreateDialog>();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("gui-cert"));
        QCOMPARE(dialog->subjectEdit()->text(), QStringLiteral("CN=gui-cert"));
        dialog->namesEdit()->setText(QStringLiteral("gui.example.com, www.gui.example.com"));
        QVERIFY(dialog->problem().isEmpty());
        clickOk(dialog);
        QVERIFY(waitUntilListed(pane()->certificatesPane(), QStringLiteral("gui-cert"), true));
        QTRY_VERIFY_WITH_TIMEOUT(
            pane()->certificatesPane()->selectByName(QStringLiteral("gui-cert")), 10000);
        auto *details = pane()->certificateDetails();
        QTRY_VERIFY_WITH_TIMEOUT(details->certificate().has_value(), 10000);
        QCOMPARE(details->subjectLabel()->text(), QStringLiteral("CN=gui-cert"));
        QCOMPARE(details->certificate()->dnsNames,
                 QStringList(
                     {QStringLiteral("gui.example.com"), QStringLiteral("www.gui.example.com")}));
        QVERIFY(details->certificate()->selfSigned);
        QCOMPARE(details->sha1Edit()->text().size(), 40);
        // Twelve months: no expiry warning.
        QVERIFY(details->expiryWarning()->isHidden());
    }

    // Going back and forth between certificates does not ask the vault again each time.
    void certificatePanelKeepsTheCertificatesItFetched()
    {
        auto *list = pane()->certificatesPane();
        auto *details = pane()->certificateDetails();
        const int before = details->fetchCount();
        for (int round = 0; round < 3; ++round) {
            for (const auto *name : {"gui-cert", "web-frontend"}) {
                QVERIFY(list->selectByName(QString::fromLatin1(name)));
                QTRY_VERIFY_WITH_TIMEOUT(details->certificate().has_value(), 10000);
            }
        }
        QVERIFY2(details->fetchCount() <= before + 2,
                 qPrintable(QString::number(details->fetchCount() - before)));
        QCOMPARE(details->subjectLabel()->text(), QStringLiteral("CN=www.contoso.example"));
    }

    void downloadsTheCerAndReimportsThePemWithItsKey()
    {
        QVERIFY(pane()->certificatesPane()->selectByName(QStringLiteral("gui-cert")));
        const QString sha1 = pane()->certificateDetails()->sha1Edit()->text();

        actions()->downloadCer()->trigger();
        const QString cerFile = m_files.filePath(QStringLiteral("gui-cert.cer"));
        QVERIFY(saveTo(cerFile));
        const auto cer = CertificateInfo::fromDer(readFile(cerFile));
        QVERIFY(cer.ok());
        QCOMPARE(cer->sha1Hex(), sha1);

        actions()->exportPemWithKey()->trigger();
        const QString pemFile = m_files.filePath(QStringLiteral("gui-cert.pem"));
        QVERIFY(saveTo(pemFile));
        const QByteArray pem = readFile(pemFile);
        QVERIFY(pem.contains("PRIVATE KEY-----"));
        QCOMPARE(QFile::permissions(pemFile), ownerOnly);
        const auto fromPem = CertificateInfo::fromPem(pem);
        QVERIFY(fromPem.ok());
        QCOMPARE(fromPem->first().sha1Hex(), sha1);

        QVERIFY(importCertificate(pemFile, QStringLiteral("gui-cert-from-pem"), QString()));
        QVERIFY(pane()->certificatesPane()->selectByName(QStringLiteral("gui-cert-from-pem")));
        QTRY_COMPARE_WITH_TIMEOUT(pane()->certificateDetails()->sha1Edit()->text(), sha1, 10000);
    }

    void exportsAPasswordProtectedPfxAndReimportsIt()
    {
        QVERIFY(pane()->certificatesPane()->selectByName(QStringLiteral("gui-cert")));
        const QString sha1 = pane()->certificateDetails()->sha1Edit()->text();
        actions()->exportPfx()->trigger();
        auto *prompt = waitForDialog<QInputDialog>(QStringLiteral("filePassword"));
        QVERIFY(prompt);
        prompt->setTextValue(QStringLiteral("gui pfx password"));
        prompt->accept();
        const QString pfxFile = m_files.filePath(QStringLiteral("gui-cert.pfx"));
        QVERIFY(saveTo(pfxFile));
        const QByteArray pfx = readFile(pfxFile);
        QVERIFY(kluis::core::pkcs12::opensWith(pfx, QStringLiteral("gui pfx password")));
        QVERIFY(!kluis::core::pkcs12::opensWith(pfx, QString()));
        QCOMPARE(QFile::permissions(pfxFile), ownerOnly);

        QVERIFY(importCertificate(pfxFile, QStringLiteral("gui-cert-from-pfx"),
                                  QStringLiteral("gui pfx password")));
        QVERIFY(pane()->certificatesPane()->selectByName(QStringLiteral("gui-cert-from-pfx")));
        QTRY_COMPARE_WITH_TIMEOUT(pane()->certificateDetails()->sha1Edit()->text(), sha1, 10000);
    }

    void deletedTabShowsDeletedCertificates()
    {
        QVERIFY(pane()->certificatesPane()->selectByName(QStringLiteral("gui-cert-from-pfx")));
        actions()->deleteObject()->trigger();
        QVERIFY(confirm(QStringLiteral("confirmDelete")));
        QVERIFY(waitUntilListed(pane()->deletedCertificatesPane(),
                                QStringLiteral("gui-cert-from-pfx"), true));
        pane()->showDeleted(VaultPane::ObjectKind::Certificate);
        QCOMPARE(pane()->deletedKindCombo()->currentIndex(), 2);
        QCOMPARE(pane()->currentObjectPane(), pane()->deletedCertificatesPane());
    }
};

QTEST_MAIN(TestKeysGui)
#include "tst_keysgui.moc"
