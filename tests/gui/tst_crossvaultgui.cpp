// Search everywhere in the window: the shortcut, typing and Enter, results from every vault the
// window reaches as they answer, the refused vaults named, and a double-click that opens the
// result in its vault, against the real kluis-emulator.
#include "EmulatorProcess.h"
#include "crossvault/CompareCopyWindow.h"
#include "crossvault/ExpiryNotice.h"
#include "crossvault/ExpiryReportWindow.h"
#include "crossvault/SearchResultModel.h"
#include "crossvault/SearchWindow.h"
#include "crossvault/SecretImportDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/SecretListModel.h"
#include "session/AppSettings.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
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
        // The firewalled, the perimeter's and the private-link vault could not be read: named,
        // with why.
        QStringList refused;
        for (int i = 0; i < search->refused()->topLevelItemCount(); ++i)
            refused << search->refused()->topLevelItem(i)->text(0);
        refused.sort();
        QCOMPARE(refused,
                 (QStringList{QStringLiteral("payments-kv"), QStringLiteral("perimeter-kv"),
                              QStringLiteral("private-kv")}));
        QVERIFY(search->refused()->isVisible());
        QVERIFY(search->status()->text().contains(QLatin1String("3")));

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

    void expiryReportFindsAndExports()
    {
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        auto *report = m_window->findChild<ExpiryReportWindow *>();
        QVERIFY(report);
        QTRY_VERIFY(report->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!report->isRunning() && report->view()->model()->rowCount() > 0,
                                 20000);
        // The expired secret of both readable vaults, with its current version filled in.
        const auto expiredWithVersion = [report] {
            const auto rows = report->table().rows;
            return std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &row) {
                return row.at(2) == QLatin1String("legacy-ftp-password") &&
                       row.at(5) == QLatin1String("expired") && row.at(3).size() == 32;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(expiredWithVersion(), 10000);
        // The policies are read too: the seeded EC key rotates never, the RSA key every 90 days.
        const auto hasFinding = [report](const QString &name, const QString &state) {
            const auto rows = report->table().rows;
            return std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList &row) {
                return row.at(2) == name && row.at(5) == state;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            !report->isRunning() &&
                hasFinding(QStringLiteral("signing-key-ec"), QStringLiteral("no-rotation-policy")),
            10000);
        QVERIFY(!hasFinding(QStringLiteral("data-encryption-key"),
                            QStringLiteral("no-rotation-policy")));
        // payments-kv, perimeter-kv and private-kv refuse this machine.
        QVERIFY(report->status()->text().contains(QLatin1String("3 vaults")));

        // The filter narrows the rows the view shows.
        QTest::keyClicks(report->filterEdit(), QStringLiteral("payments-api"));
        QTRY_VERIFY(report->view()->model()->rowCount() >= 1);
        for (int row = 0; row < report->view()->model()->rowCount(); ++row)
            QCOMPARE(report->view()->model()->index(row, ExpiryReportWindow::NameColumn).data(),
                     QVariant(QStringLiteral("payments-api-key")));
        report->filterEdit()->clear();

        // Exported through the file dialog as CSV, and as JSON: kluisctl's columns.
        QTemporaryDir dir;
        const auto csv = dir.filePath(QStringLiteral("report.csv"));
        auto *exportButton = report->findChild<QPushButton *>();
        QVERIFY(exportButton);
        const auto buttons = report->findChildren<QPushButton *>();
        for (auto *button : buttons) {
            if (button->menu())
                exportButton = button;
        }
        QVERIFY(exportButton->isEnabled());
        exportButton->menu()->actions().at(0)->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = report->findChild<QFileDialog *>(
                         QStringLiteral("exportReportDialog"))) != nullptr);
        dialog->selectFile(csv);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
        QTRY_VERIFY(QFile::exists(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const auto csvText = csvFile.readAll();
        QVERIFY(csvText.startsWith("vault,kind,name,version,expires,state\r\n"));
        QVERIFY(csvText.contains("legacy-ftp-password"));
        QCOMPARE(csvFile.permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QString error;
        const auto json = dir.filePath(QStringLiteral("report.json"));
        QVERIFY2(report->exportTo(json, QStringLiteral("json"), &error), qPrintable(error));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const auto rows = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(rows.size(), report->table().rows.size());
        QCOMPARE(rows.at(0).toObject().keys(),
                 (QStringList{QStringLiteral("expires"), QStringLiteral("kind"),
                              QStringLiteral("name"), QStringLiteral("state"),
                              QStringLiteral("vault"), QStringLiteral("version")}));
        report->close();

        // The days of the last run, and the window's size, are there next time.
        report->withinDays()->setValue(45);
        report->resize(1000, 600);
        report->show();
        report->run();
        QTRY_VERIFY_WITH_TIMEOUT(!report->isRunning(), 20000);
        report->close();
        ExpiryReportWindow again;
        QCOMPARE(again.withinDays()->value(), 45);
        QCOMPARE(again.size(), QSize(1000, 600));
        report->withinDays()->setValue(30);
        report->run();
        QTRY_VERIFY_WITH_TIMEOUT(!report->isRunning(), 20000);
    }

    void compareThenCopyTheChosenSecret()
    {
        const auto token =
            m_emulator->token(m_emulator->cloud().value(QStringLiteral("vaultScope")).toString());
        const QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token},
                                                           {"Content-Type", "application/json"}};
        const auto secretUrl = [this](const QString &vault, const QString &name) {
            return QUrl(m_emulator->vaultUri(vault) + QStringLiteral("secrets/") + name +
                        QStringLiteral("?api-version=7.6"));
        };
        QCOMPARE(m_emulator
                     ->request("PUT",
                               secretUrl(QStringLiteral("demo"), QStringLiteral("promote-me")),
                               R"({"value":"to production","contentType":"text/x-note",)"
                               R"("tags":{"stage":"test"}})",
                               headers)
                     .status,
                 200);

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        auto *window = m_window->findChild<CompareCopyWindow *>();
        QVERIFY(window);
        QTRY_VERIFY(window->isVisible());
        window->fromCombo()->setCurrentIndex(window->fromCombo()->findText(QStringLiteral("demo")));
        window->toCombo()->setCurrentIndex(window->toCombo()->findText(QStringLiteral("dev-kv")));
        window->compare();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20000);
        auto *comparison = window->comparisonView();
        int row = -1;
        for (int r = 0; r < comparison->model()->rowCount(); ++r) {
            if (comparison->model()->index(r, 0).data().toString() == QLatin1String("promote-me"))
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(window->status()->text()));
        QCOMPARE(comparison->model()->index(row, 1).data().toString(),
                 QStringLiteral("Only in the source"));

        // Chosen with a click, planned, confirmed, written.
        const auto cell = comparison->visualRect(comparison->model()->index(row, 0)).center();
        QTest::mouseClick(comparison->viewport(), Qt::LeftButton, {}, cell);
        QVERIFY(!window->copyButton()->isEnabled()); // a dry run comes first
        window->dryRun();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20000);
        QCOMPARE(window->planView()->model()->rowCount(), 1);
        QCOMPARE(window->planView()->model()->index(0, 1).data().toString(),
                 QStringLiteral("Will be created"));
        QCOMPARE(m_emulator
                     ->request("GET",
                               secretUrl(QStringLiteral("dev-kv"), QStringLiteral("promote-me")),
                               {}, headers)
                     .status,
                 404);
        QVERIFY(window->copyButton()->isEnabled());
        QTest::mouseClick(window->copyButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("confirmCopy"))));
        QVERIFY(box->text().contains(QLatin1String("dev-kv")));
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20000);
        QCOMPARE(window->planView()->model()->index(0, 1).data().toString(),
                 QStringLiteral("Created"));
        const auto copied = m_emulator->request(
            "GET", secretUrl(QStringLiteral("dev-kv"), QStringLiteral("promote-me")), {}, headers);
        QCOMPARE(copied.status, 200);
        QCOMPARE(copied.json.value(QStringLiteral("value")).toString(),
                 QStringLiteral("to production"));
        QCOMPARE(copied.json.value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("text/x-note"));
        window->close();
    }

    void aKeyCopiedToAnotherSubscriptionIsRefusedWithTheReason()
    {
        m_window->compareCopyAction()->trigger();
        auto *window = m_window->findChild<CompareCopyWindow *>();
        QTRY_VERIFY(window->isVisible());
        window->fromCombo()->setCurrentIndex(window->fromCombo()->findText(QStringLiteral("demo")));
        window->toCombo()->setCurrentIndex(window->toCombo()->findText(QStringLiteral("dev-kv")));
        window->kindCombo()->setCurrentIndex(
            window->kindCombo()->findData(int(kluis::core::ObjectKind::Key)));
        window->compare();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20000);
        // Both vaults were seeded alike: the keys differ in nothing the listing shows.
        QCOMPARE(window->comparisonView()->model()->rowCount(), 0);

        const auto token =
            m_emulator->token(m_emulator->cloud().value(QStringLiteral("vaultScope")).toString());
        QCOMPARE(m_emulator
                     ->request("POST",
                               QUrl(m_emulator->vaultUri(QStringLiteral("demo")) +
                                    QStringLiteral("keys/only-in-demo/create?api-version=7.6")),
                               R"({"kty":"EC","crv":"P-256"})",
                               {{"Authorization", "Bearer " + token},
                                {"Content-Type", "application/json"}})
                     .status,
                 200);
        window->compare();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20000);
        QCOMPARE(column(window->comparisonView(), CompareCopyWindow::NameColumn),
                 QStringList{QStringLiteral("only-in-demo")});
        window->comparisonView()->selectRow(0);
        window->dryRun();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20000);
        QCOMPARE(column(window->planView(), 1), QStringList{QStringLiteral("Will be created")});
        QTest::mouseClick(window->copyButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("confirmCopy"))));
        QVERIFY(box->text().contains(QLatin1String("geography")));
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20000);
        const auto outcome = column(window->planView(), 1).value(0);
        QVERIFY2(outcome.startsWith(QLatin1String("Refused by the target")) &&
                     outcome.contains(QLatin1String("subscription")),
                 qPrintable(outcome));
        window->kindCombo()->setCurrentIndex(0);
        window->close();
    }

    void favouritesExpiringItemsAreNoticedAtStartUp()
    {
        const auto demo = m_emulator->vaultUri(QStringLiteral("demo"));
        AppSettings::favouriteVaults.set({demo});
        MainWindow window;
        window.show();
        QString error;
        QVERIFY2(
            window.attachCloudFile(m_emulator->dataDir() + QStringLiteral("/cloud.json"), &error),
            qPrintable(error));
        auto *notice = window.expiryNotice();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
        // demo's expired legacy-ftp-password and its flag expiring in 30 days, at least.
        QVERIFY2(notice->count() >= 2, qPrintable(notice->message()->text()));
        QVERIFY(notice->message()->text().contains(QString::number(notice->count())));
        QVERIFY(notice->message()->text().contains(QLatin1String("30 days")));
        QVERIFY(!QApplication::activeModalWidget()); // a notice, not a box

        QTest::mouseClick(notice->showButton(), Qt::LeftButton);
        auto *report = window.findChild<ExpiryReportWindow *>();
        QVERIFY(report);
        QTRY_VERIFY(report->isVisible());
        QCOMPARE(report->withinDays()->value(), 30);
        report->close();
        QTest::mouseClick(notice->dismissButton(), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        AppSettings::favouriteVaults.set({});
    }

    void importFromAnEnvFileThenExportTheMetadata()
    {
        m_window->openObject(QUrl(m_emulator->vaultUri(QStringLiteral("dev-kv"))),
                             kluis::core::ObjectKind::Secret, {});
        QTRY_VERIFY(m_window->importSecretsAction()->isEnabled());
        QTemporaryDir dir;
        const auto envPath = dir.filePath(QStringLiteral("service.env"));
        QFile env(envPath);
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("# payments\nIMPORTED_DB_PASSWORD=\"hunter2 and more\"\n"
                  "payments-api-key=not over the seeded one\nBAD$NAME=x\n");
        env.close();

        m_window->importSecretsAction()->trigger();
        SecretImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SecretImportDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->chooseButton(), Qt::LeftButton);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = dialog->findChild<QFileDialog *>(QStringLiteral("importFileDialog"))));
        files->selectFile(envPath);
        static_cast<QDialog *>(files)->accept();
        // A file that is not all sound is refused with its line; nothing planned.
        QTRY_VERIFY(dialog->status()->text().contains(QLatin1String("Line 4")));
        QCOMPARE(dialog->planView()->model()->rowCount(), 0);
        QVERIFY(!dialog->importButton()->isEnabled());

        QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Truncate));
        env.write("# payments\nIMPORTED_DB_PASSWORD=\"hunter2 and more\"\n"
                  "payments-api-key=not over the seeded one\n");
        env.close();
        dialog->loadFile(envPath);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->importButton()->isEnabled(), 20000);
        const auto plan = column(dialog->planView(), SecretImportDialog::ActionColumn);
        QCOMPARE(column(dialog->planView(), SecretImportDialog::NameColumn),
                 (QStringList{QStringLiteral("IMPORTED-DB-PASSWORD"),
                              QStringLiteral("payments-api-key")}));
        QCOMPARE(column(dialog->planView(), SecretImportDialog::SourceColumn).at(0),
                 QStringLiteral("IMPORTED_DB_PASSWORD"));
        QCOMPARE(plan.at(0), QStringLiteral("Will be created"));
        QCOMPARE(plan.at(1), QStringLiteral("Skipped: the target has it"));
        // No value on screen.
        for (int c = 0; c < SecretImportDialog::ColumnCount; ++c)
            QVERIFY(
                !column(dialog->planView(), c).join(QString()).contains(QLatin1String("hunter2")));

        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmImport"))));
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        QCOMPARE(column(dialog->planView(), SecretImportDialog::ActionColumn).at(0),
                 QStringLiteral("Created"));
        QVERIFY(!dialog->importButton()->isEnabled());
        const auto token =
            m_emulator->token(m_emulator->cloud().value(QStringLiteral("vaultScope")).toString());
        const QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token}};
        const auto read = [&](const QString &name) {
            return m_emulator->request("GET",
                                       QUrl(m_emulator->vaultUri(QStringLiteral("dev-kv")) +
                                            QStringLiteral("secrets/") + name +
                                            QStringLiteral("?api-version=7.6")),
                                       {}, headers);
        };
        QCOMPARE(read(QStringLiteral("IMPORTED-DB-PASSWORD")).json.value(QStringLiteral("value")),
                 QJsonValue(QStringLiteral("hunter2 and more")));
        QVERIFY(read(QStringLiteral("payments-api-key")).json.value(QStringLiteral("value")) !=
                QJsonValue(QStringLiteral("not over the seeded one")));
        dialog->close();

        // The new secret is listed; the metadata export names it, with no value.
        const auto csv = dir.filePath(QStringLiteral("dev-kv.csv"));
        m_window->exportMetadataAction()->trigger();
        QTRY_VERIFY(
            (files = m_window->findChild<QFileDialog *>(QStringLiteral("exportMetadataDialog"))));
        files->selectFile(csv);
        static_cast<QDialog *>(files)->accept();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(csv).size() > 0, 20000);
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const auto text = exported.readAll();
        QVERIFY(text.startsWith("kind,name,enabled,contentType,tags,notBefore,expires,created,"));
        QVERIFY(text.contains("secret,IMPORTED-DB-PASSWORD,true"));
        QVERIFY(text.contains("key,data-encryption-key"));
        QVERIFY(!text.contains("hunter2"));
        QCOMPARE(exported.permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }
};

QTEST_MAIN(TestCrossVaultGui)
#include "tst_crossvaultgui.moc"
