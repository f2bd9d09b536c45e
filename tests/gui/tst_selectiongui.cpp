// How a row becomes the selected item, against the real kluis-emulator (demo seed; every caller
// seen as 203.0.113.10): a mouse click on the table's viewport, a keyboard move and a selection
// made in code must each fill the details panel and enable the item's actions, on every tab
// (Secrets, Keys, Certificates, each Deleted kind), after switching vaults, after a failed
// listing and after the diagnosis let a firewalled vault in. Clearing the selection empties
// both again.
#include "EmulatorProcess.h"
#include "commands/ObjectActionController.h"
#include "commands/SecretActionController.h"
#include "diagnostics/DiagnosisPane.h"
#include "mainwindow/MainWindow.h"
#include "models/PagedListModel.h"
#include "navigator/VaultNavigator.h"
#include "vault/CertificateDetailsPanel.h"
#include "vault/KeyDetailsPanel.h"
#include "vault/ListErrorPanel.h"
#include "vault/ListPaneBase.h"
#include "vault/ObjectListPane.h"
#include "vault/SecretDetailsPanel.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace kluis::ui;

namespace {
enum class Method
{
    Mouse,
    Keyboard,
    Code,
};
} // namespace
Q_DECLARE_METATYPE(Method)

class TestSelectionGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<MainWindow> m_window;

    VaultPane *pane() const { return m_window->vaultPane(); }
    SecretActionController *secretActions() const { return m_window->secretActions(); }
    ObjectActionController *objectActions() const { return m_window->objectActions(); }

    bool openVault(const QString &name)
    {
        return m_window->navigator()->selectVault(QUrl(m_emulator->vaultUri(name))) &&
               pane()->vault() && pane()->vault()->name == name;
    }

    static int rowOf(ListPaneBase *list, const QString &name)
    {
        return static_cast<int>(list->shownNames().indexOf(name));
    }

    static bool waitListed(ListPaneBase *list, const QString &name)
    {
        return QTest::qWaitFor(
            [&] { return list->isComplete() && !list->isLoading() && rowOf(list, name) >= 0; },
            20000);
    }

    static void clearSelection(ListPaneBase *list) { list->view()->selectionModel()->clear(); }

    // Selects the row `name` the way a person (or the code) does.
    static void select(ListPaneBase *list, const QString &name, Method method)
    {
        auto *view = list->view();
        const int row = rowOf(list, name);
        QVERIFY2(row >= 0, qPrintable(name));
        const auto index = view->model()->index(row, 0);
        switch (method) {
        case Method::Mouse:
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(index).center());
            break;
        case Method::Keyboard:
            view->setFocus(Qt::OtherFocusReason);
            QTest::keyClick(view, Qt::Key_Home);
            for (int step = 0; step < row; ++step)
                QTest::keyClick(view, Qt::Key_Down);
            break;
        case Method::Code:
            QVERIFY(list->selectByName(name));
            break;
        }
    }

    struct Expectation
    {
        std::function<QString()> identifier; // the details panel's identifier field
        QString fragment;                    // what that field holds for the row
        QList<QAction *> actions;            // enabled with a row, disabled without
    };

    void checkEveryMethod(ListPaneBase *list, const QString &name, const Expectation &expected)
    {
        QVERIFY2(waitListed(list, name), qPrintable(list->shownNames().join(u',')));
        for (const Method method : {Method::Mouse, Method::Keyboard, Method::Code}) {
            clearSelection(list);
            QVERIFY2(expected.identifier().isEmpty(), qPrintable(expected.identifier()));
            for (auto *action : expected.actions)
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            select(list, name, method);
            const auto label =
                QStringLiteral("%1 by %2")
                    .arg(name, method == Method::Mouse      ? QStringLiteral("mouse")
                               : method == Method::Keyboard ? QStringLiteral("keyboard")
                                                            : QStringLiteral("code"));
            QTRY_VERIFY2_WITH_TIMEOUT(expected.identifier().contains(expected.fragment),
                                      qPrintable(label + u": " + expected.identifier()), 10000);
            for (auto *action : expected.actions)
                QVERIFY2(action->isEnabled(), qPrintable(label + u": " + action->text()));
        }
    }

    Expectation secretExpectation(const QString &fragment) const
    {
        return {[this] { return pane()->details()->identifierEdit()->text(); },
                fragment,
                {secretActions()->editSecret(), secretActions()->revealValue(),
                 secretActions()->copyValue(), secretActions()->deleteSecret(),
                 secretActions()->newVersion(), secretActions()->backupSecret()}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisSelectionGuiTest"));
        QSettings().clear();
        qputenv("KLUIS_DATA_DIR", m_dataDir.path().toUtf8());
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--in-memory"), QStringLiteral("--seed"), QStringLiteral("demo"),
            QStringLiteral("--nat"), QStringLiteral("203.0.113.10")});
        QVERIFY(m_emulator->start());
        // A deleted certificate, so that the Deleted tab has one of each kind.
        const auto token =
            m_emulator->token(m_emulator->cloud().value(QStringLiteral("vaultScope")).toString());
        const auto deleted = m_emulator->request(
            "DELETE",
            QUrl(m_emulator->vaultUri(QStringLiteral("demo")) +
                 QStringLiteral("certificates/contoso-root-ca?api-version=7.6")),
            {}, {{"Authorization", "Bearer " + token}});
        QCOMPARE(deleted.status, 200);
        // The vault moves it to the deleted ones in the background, as Key Vault does.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_emulator
                           ->request("GET",
                                     QUrl(m_emulator->vaultUri(QStringLiteral("demo")) +
                                          QStringLiteral("deletedcertificates/contoso-root-ca"
                                                         "?api-version=7.6")),
                                     {}, {{"Authorization", "Bearer " + token}})
                           .status == 200;
            },
            10000));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        QVERIFY2(m_window->attachCloudFile(m_emulator->dataDir() + QStringLiteral("/cloud.json"),
                                           &error),
                 qPrintable(error));
        QVERIFY(openVault(QStringLiteral("demo")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_emulator.reset();
    }

    void secrets()
    {
        pane()->tabs()->setCurrentWidget(pane()->secretsPane());
        checkEveryMethod(pane()->secretsPane(), QStringLiteral("database-password"),
                         secretExpectation(QStringLiteral("/secrets/database-password")));
    }

    void keys()
    {
        pane()->tabs()->setCurrentWidget(pane()->keysPane());
        checkEveryMethod(pane()->keysPane(), QStringLiteral("signing-key-ec"),
                         {[this] { return pane()->keyDetails()->identifierEdit()->text(); },
                          QStringLiteral("/keys/signing-key-ec"),
                          {objectActions()->testKey(), objectActions()->rotateKey(),
                           objectActions()->toggleKeyEnabled(), objectActions()->deleteObject(),
                           objectActions()->backupObject()}});
    }

    void certificates()
    {
        pane()->tabs()->setCurrentWidget(pane()->certificatesPane());
        checkEveryMethod(pane()->certificatesPane(), QStringLiteral("web-frontend"),
                         {[this] { return pane()->certificateDetails()->identifierEdit()->text(); },
                          QStringLiteral("/certificates/web-frontend"),
                          {objectActions()->downloadCer(), objectActions()->downloadPem(),
                           objectActions()->viewPolicy(), objectActions()->deleteObject()}});
    }

    void deletedSecrets()
    {
        pane()->showDeleted(VaultPane::ObjectKind::Secret);
        checkEveryMethod(pane()->deletedPane(), QStringLiteral("old-deployment-token"),
                         {[this] { return pane()->details()->identifierEdit()->text(); },
                          QStringLiteral("/deletedsecrets/old-deployment-token"),
                          {secretActions()->recoverSecret(), secretActions()->purgeSecret()}});
    }

    void deletedKeys()
    {
        pane()->showDeleted(VaultPane::ObjectKind::Key);
        checkEveryMethod(pane()->deletedKeysPane(), QStringLiteral("retired-key"),
                         {[this] { return pane()->keyDetails()->identifierEdit()->text(); },
                          QStringLiteral("/deletedkeys/retired-key"),
                          {objectActions()->recoverObject(), objectActions()->purgeObject()}});
    }

    void deletedCertificates()
    {
        pane()->showDeleted(VaultPane::ObjectKind::Certificate);
        checkEveryMethod(pane()->deletedCertificatesPane(), QStringLiteral("contoso-root-ca"),
                         {[this] { return pane()->certificateDetails()->identifierEdit()->text(); },
                          QStringLiteral("/deletedcertificates/contoso-root-ca"),
                          {objectActions()->recoverObject(), objectActions()->purgeObject()}});
        pane()->tabs()->setCurrentWidget(pane()->secretsPane());
    }

    // Ctrl+click on the selected row deselects it: the details and actions follow.
    void deselectingWithTheMouseEmptiesTheDetails()
    {
        auto *list = pane()->secretsPane();
        select(list, QStringLiteral("payments-api-key"), Method::Mouse);
        QTRY_VERIFY(pane()->details()->identifierEdit()->text().contains(
            QStringLiteral("/secrets/payments-api-key")));
        const auto index = list->view()->model()->index(rowOf(list, "payments-api-key"), 0);
        QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          list->view()->visualRect(index).center());
        QTRY_VERIFY(pane()->details()->identifierEdit()->text().isEmpty());
        QVERIFY(!secretActions()->editSecret()->isEnabled());
    }

    void afterSwitchingVaults()
    {
        QVERIFY(openVault(QStringLiteral("dev-kv")));
        QVERIFY(openVault(QStringLiteral("demo")));
        checkEveryMethod(pane()->secretsPane(), QStringLiteral("storage-connection-string"),
                         secretExpectation(QStringLiteral("/secrets/storage-connection-string")));
    }

    // A failed listing gives the diagnosis the whole pane; the next vault's rows work as before.
    void afterAFailedListing()
    {
        QVERIFY(openVault(QStringLiteral("payments-kv")));
        auto *list = pane()->secretsPane();
        QTRY_VERIFY_WITH_TIMEOUT(list->isShowingError(), 20000);
        QTRY_VERIFY(!pane()->details()->isVisible());
        QVERIFY(list->errorPanel()->isVisible());
        // Quitting now and starting again, the details panel still has its room.
        m_window->saveWindowState();
        {
            MainWindow again;
            again.resize(1280, 800);
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            QString error;
            QVERIFY(again.attachCloudFile(m_emulator->dataDir() + QStringLiteral("/cloud.json"),
                                          &error));
            QVERIFY(
                again.navigator()->selectVault(QUrl(m_emulator->vaultUri(QStringLiteral("demo")))));
            QTRY_VERIFY(again.vaultPane()->details()->isVisible());
            QVERIFY2(again.vaultPane()->details()->height() > 100,
                     qPrintable(QString::number(again.vaultPane()->details()->height())));
        }
        QVERIFY(openVault(QStringLiteral("demo")));
        QTRY_VERIFY(pane()->details()->isVisible());
        checkEveryMethod(list, QStringLiteral("service-principal-config"),
                         secretExpectation(QStringLiteral("/secrets/service-principal-config")));
    }

    void afterTheDiagnosisLetTheVaultIn()
    {
        QVERIFY(openVault(QStringLiteral("payments-kv")));
        auto *list = pane()->secretsPane();
        QTRY_VERIFY_WITH_TIMEOUT(list->isShowingError(), 20000);
        const auto diagnosis = [list] {
            return qobject_cast<DiagnosisPane *>(list->errorPanel()->diagnosis());
        };
        QTRY_VERIFY_WITH_TIMEOUT(diagnosis() && diagnosis()->isFinished(), 20000);
        QTRY_VERIFY(diagnosis()->addAddressButton()->isEnabled());
        diagnosis()->addAddressButton()->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("confirmAddIpRule"))) &&
            box->isVisible());
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!list->isShowingError() && list->isComplete(), 30000);
        QTRY_VERIFY(pane()->details()->isVisible());
        checkEveryMethod(list, QStringLiteral("database-password"),
                         secretExpectation(QStringLiteral("payments-kv.vault.localhost")));
    }
};

QTEST_MAIN(TestSelectionGui)
#include "tst_selectiongui.moc"
