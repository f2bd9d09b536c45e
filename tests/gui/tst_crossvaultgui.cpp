// Search everywhere in the window: the shortcut, typing and Enter, results from every vault the
// window reaches as they answer, the refused vaults named, and a double-click that opens the
// result in its vault, against the real kluis-emulator.
#include "EmulatorProcess.h"
#include "crossvault/SearchResultModel.h"
#include "crossvault/SearchWindow.h"
#include "mainwindow/MainWindow.h"
#include "models/SecretListModel.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace kluis::ui;

class TestCrossVaultGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<MainWindow> m_window;

    QStringList column(const QTableView *view, int column) const
    {
        QStringList out;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            out << view->model()->index(row, column).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisCrossVaultGuiTest"));
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

    void searchEverywhereFindsNamesInEveryVaultAndNamesTheRefused()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto *search = m_window->findChild<SearchWindow *>();
        QVERIFY(search);
        QTRY_VERIFY(search->isVisible());
        QTRY_VERIFY(search->textEdit()->hasFocus());
        QTest::keyClicks(search->textEdit(), QStringLiteral("DATABASE"));
        QTest::keyClick(search->textEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!search->isSearching(), 20000);

        auto *results = search->results();
        auto vaults = column(results, SearchResultModel::VaultColumn);
        vaults.sort();
        QCOMPARE(vaults, (QStringList{QStringLiteral("demo"), QStringLiteral("dev-kv")}));
        QCOMPARE(column(results, SearchResultModel::NameColumn),
                 (QStringList{QStringLiteral("database-password"),
                              QStringLiteral("database-password")}));
        // The firewalled and the private-link vault could not be read: named, with why.
        QStringList refused;
        for (int i = 0; i < search->refused()->topLevelItemCount(); ++i)
            refused << search->refused()->topLevelItem(i)->text(0);
        refused.sort();
        QCOMPARE(refused,
                 (QStringList{QStringLiteral("payments-kv"), QStringLiteral("private-kv")}));
        QVERIFY(search->refused()->isVisible());
        QVERIFY(search->status()->text().contains(QLatin1String("2")));

        // A double-click on the dev-kv row opens it there, with the secret chosen.
        results->sortByColumn(SearchResultModel::VaultColumn, Qt::DescendingOrder);
        const auto row = results->model()->index(0, SearchResultModel::NameColumn);
        QCOMPARE(results->model()->index(0, SearchResultModel::VaultColumn).data().toString(),
                 QStringLiteral("dev-kv"));
        const auto centre = results->visualRect(row).center();
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(m_window->vaultPane()->vault()->name, QStringLiteral("dev-kv"));
        auto *secrets = m_window->vaultPane()->secretsPane();
        QTRY_COMPARE_WITH_TIMEOUT(
            secrets->view()->currentIndex().data(kluis::core::SecretListModel::NameRole).toString(),
            QStringLiteral("database-password"), 15000);
    }

    void noValueIsShown()
    {
        auto *search = m_window->searchWindow();
        search->search(QStringLiteral("production"));
        QTRY_VERIFY_WITH_TIMEOUT(!search->isSearching(), 20000);
        QVERIFY(search->results()->model()->rowCount() >= 2); // by the environment tag
        for (int row = 0; row < search->results()->model()->rowCount(); ++row) {
            for (int col = 0; col < SearchResultModel::ColumnCount; ++col)
                QVERIFY(!search->results()->model()->index(row, col).data().toString().contains(
                    QLatin1String("c0rr3ct-h0rse")));
        }
    }
};

QTEST_MAIN(TestCrossVaultGui)
#include "tst_crossvaultgui.moc"
