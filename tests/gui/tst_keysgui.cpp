// Drives the Keys, Certificates and Deleted tabs of the real window against the real
// kluis-emulator: key create and "Test key", delete and recover a key, certificate create,
// download as .cer, export with the private key as .pem and as a password-protected .pfx, and
// import of both again.
#include "EmulatorProcess.h"
#include "certificates/CertificateInfo.h"
#include "certificates/Pkcs12.h"
#include "commands/ObjectActionController.h"
#include "commands/ObjectCommands.h"
#include "dialogs/CertificateCreateDialog.h"
#include "dialogs/ImportCertificateDialog.h"
#include "dialogs/KeyCreateDialog.h"
#include "mainwindow/MainWindow.h"
#include "navigator/VaultNavigator.h"
#include "vault/CertificateDetailsPanel.h"
#include "vault/KeyDetailsPanel.h"
#include "vault/ObjectListPane.h"
#include "vault/ObjectPanes.h"
#include "vault/VaultPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
