// The access windows against the real kluis-emulator, driven by QTest: Vault access lists the
// vault's assignments and what I may do, Revoke asks first and removes only what was made on the
// vault; the RBAC readiness report covers every access-policy vault and exports what it shows.
#include "EmulatorProcess.h"
#include "access/AccessWindow.h"
#include "access/RbacReadinessWindow.h"
#include "mainwindow/MainWindow.h"
#include "navigator/VaultNavigator.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kluis::ui;

class TestAccessGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<MainWindow> m_window;

    AccessWindow *openAccess(const QString &vault)
    {
        const QUrl url(m_emulator->vaultUri(vault));
        if (!QTest::qWaitFor([&] { return m_window->navigator()->selectVault(url); }, 20000))
            return nullptr;
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        auto *window = m_window->findChild<AccessWindow *>();
        if (!window || !QTest::qWaitFor([window] { return window->isVisible(); }))
            return nullptr;
        return window;
    }
    static QStringList column(const QTableWidget *table, int column)
    {
        QStringList out;
        for (int row = 0; row < table->rowCount(); ++row)
            out << table->item(row, column)->text();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisAccessGuiTest"));
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
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_emulator.reset();
    }

    void accessPolicyVaultShowsItsEntries()
    {
        auto *window = openAccess(QStringLiteral("dev-kv"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->view() && window->view()->vault == QLatin1String("dev-kv"),
                                 20000);
        QCOMPARE(window->windowTitle(), QStringLiteral("Access to dev-kv"));
        QCOMPARE(window->policies()->rowCount(), 4);
        QVERIFY(column(window->policies(), 2).contains(QStringLiteral("get")));
        QVERIFY(
            window->myActions()->toPlainText().contains(QLatin1String("secrets/getSecret/action")));
        QVERIFY(window->grantButton()->isEnabled());
        window->close();
    }

    void revokeAsksAndRemovesOnlyWhatWasMadeOnTheVault()
    {
        auto *window = openAccess(QStringLiteral("team-kv"));
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->view() &&
                                     window->view()->vault == QLatin1String("team-kv") &&
                                     !window->isLoading(),
                                 20000);
        auto *table = window->assignments();
        const int reader = int(column(table, 0).indexOf(QStringLiteral("Key Vault Reader")));
        QVERIFY(reader >= 0);
        // An inherited assignment cannot be revoked here.
        const int inherited = int(column(table, 4).indexOf(QStringLiteral("Inherited")));
        QVERIFY(inherited >= 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(inherited, 0)).center());
        QVERIFY(!window->revokeButton()->isEnabled());

        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(reader, 0)).center());
        QTRY_VERIFY(window->revokeButton()->isEnabled());
        QTest::mouseClick(window->revokeButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("confirmRevoke"))));
        QVERIFY(box->text().contains(QLatin1String("Key Vault Reader")));
        // Cancel first: nothing changes.
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QVERIFY(column(table, 0).contains(QStringLiteral("Key Vault Reader")));

        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(reader, 0)).center());
        QTRY_VERIFY(window->revokeButton()->isEnabled());
        QTest::mouseClick(window->revokeButton(), Qt::LeftButton);
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("confirmRevoke"))));
        QAbstractButton *revoke = nullptr;
        for (auto *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                revoke = button;
        }
        QVERIFY(revoke);
        revoke->click();
        QTRY_VERIFY_WITH_TIMEOUT(!column(table, 0).contains(QStringLiteral("Key Vault Reader")) &&
                                     !window->isLoading(),
                                 20000);
        QVERIFY(window->status()->text().startsWith(QLatin1String("Revoked")));
        window->close();
    }

    void readinessCoversEveryAccessPolicyVaultAndExports()
    {
        m_window->rbacReadinessAction()->trigger();
        auto *window = m_window->findChild<RbacReadinessWindow *>();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isRunning() && !window->table().rows.isEmpty(), 20000);
        const auto *model = window->view()->model();
        QStringList vaults;
        for (int row = 0; row < model->rowCount(); ++row)
            vaults << model->index(row, 0).data().toString();
        vaults.removeDuplicates();
        QCOMPARE(vaults, QStringList{QStringLiteral("dev-kv")});
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(window->status()->text().contains(QLatin1String("1 vault")));

        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("readiness.json"));
        QString error;
        QVERIFY2(window->exportTo(path, QStringLiteral("json"), &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto rows = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("vault")).toString(),
                 QStringLiteral("dev-kv"));
        QVERIFY(file.permissions() & QFileDevice::ReadOwner);
        QVERIFY(!(file.permissions() & QFileDevice::ReadOther));
        window->close();
    }
};

QTEST_MAIN(TestAccessGui)
#include "tst_accessgui.moc"
