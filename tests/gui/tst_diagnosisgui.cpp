// The diagnosis pane in the real window against the real kluis-emulator, which judges every
// caller as 203.0.113.10 (--nat): the firewalled payments-kv vault is diagnosed unasked, the
// pane names the cause and the address the vault saw, and "Add my address" lets the list load.
#include "EmulatorProcess.h"
#include "diagnostics/DiagnosisPane.h"
#include "diagnostics/DiagnosticsController.h"
#include "diagnostics/EndpointProbeModel.h"
#include "diagnostics/RuleChangeLog.h"
#include "mainwindow/MainWindow.h"
#include "models/SecretListModel.h"
#include "navigator/VaultNavigator.h"
#include "vault/ListErrorPanel.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kluis::ui;

class TestDiagnosisGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<MainWindow> m_window;

    SecretListPane *secrets() const { return m_window->vaultPane()->secretsPane(); }
    DiagnosisPane *diagnosis() const
    {
        return qobject_cast<DiagnosisPane *>(secrets()->errorPanel()->diagnosis());
    }
    QString paneText() const
    {
        QStringList texts;
        for (const auto *label : diagnosis()->findChildren<QLabel *>()) {
            if (label->isVisible())
                texts << label->text();
        }
        return texts.join(QLatin1Char('\n'));
    }
    template<typename T> T *waitForDialog(const QString &objectName)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            for (auto *candidate : m_window->findChildren<T *>()) {
                if (candidate->isVisible() && candidate->objectName() == objectName)
                    return candidate;
            }
            QTest::qWait(20);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisDiagnosisGuiTest"));
        QSettings().clear();
        qputenv("KLUIS_DATA_DIR", m_dataDir.path().toUtf8());
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--in-memory"), QStringLiteral("--seed"), QStringLiteral("demo"),
            QStringLiteral("--nat"), QStringLiteral("203.0.113.10")});
        QVERIFY(m_emulator->start());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
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
        QSettings().clear();
    }

    void firewalledVaultIsDiagnosedUnasked()
    {
        QVERIFY(m_window->navigator()->selectVault(
            QUrl(m_emulator->vaultUri(QStringLiteral("payments-kv")))));
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->isShowingError(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(diagnosis() && diagnosis()->isVisible(), 5000);
        // The address is known from the refusal before any probe has finished.
        QVERIFY(diagnosis()->addressLabel()->text().contains(QLatin1String("203.0.113.10")));
        QVERIFY(diagnosis()->addAddressButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(diagnosis()->isFinished(), 60000);

        QCOMPARE(kluis::core::causeId(diagnosis()->diagnosis().cause),
                 QStringLiteral("vault-firewall"));
        const auto text = paneText();
        QVERIFY2(text.contains(QLatin1String("vault-firewall")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("203.0.113.10")), qPrintable(text));
        QCOMPARE(diagnosis()->causeLabel()->text(),
                 kluis::core::causeSentence(kluis::core::DiagnosisCause::VaultFirewall));
        // The vault's rules, read from Resource Manager: the partner range, not this address.
        QTRY_VERIFY_WITH_TIMEOUT(
            diagnosis()->rulesLabel()->text().contains(QLatin1String("198.51.100.0/24")), 10000);
        QVERIFY(diagnosis()->rulesLabel()->text().contains(QLatin1String("Deny")));
        QVERIFY(diagnosis()->endpointModel()->rowCount() > 0);
        QCOMPARE(diagnosis()->endpointView()->model(), diagnosis()->endpointModel());
    }

    void reportAllowListAndBundle()
    {
        QVERIFY(diagnosis());
        diagnosis()->copyAllowListButton()->click();
        const auto allowList = QApplication::clipboard()->text();
        QVERIFY2(
            allowList.contains(QUrl(m_emulator->vaultUri(QStringLiteral("payments-kv"))).host()),
            qPrintable(allowList));

        const auto markdown = m_dataDir.filePath(QStringLiteral("report.md"));
        const auto json = m_dataDir.filePath(QStringLiteral("report.json"));
        const auto bundle = m_dataDir.filePath(QStringLiteral("bundle.json"));
        QVERIFY(diagnosis()->writeReport(markdown));
        QVERIFY(diagnosis()->writeReport(json));
        QVERIFY(diagnosis()->writeSupportBundle(bundle));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const auto report = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("vault-firewall"));
        QCOMPARE(report.value(QStringLiteral("clientAddress")).toString(),
                 QStringLiteral("203.0.113.10"));
        QFile markdownFile(markdown);
        QVERIFY(markdownFile.open(QIODevice::ReadOnly));
        QVERIFY(markdownFile.readAll().contains("203.0.113.10"));
        QFile bundleFile(bundle);
        QVERIFY(bundleFile.open(QIODevice::ReadOnly));
        const auto bundleText = bundleFile.readAll();
        QVERIFY(bundleText.contains("ForbiddenByFirewall"));
        QVERIFY(!bundleText.contains("eyJ"));
        QVERIFY(!bundleText.contains("Authorization"));
        QVERIFY(!bundleText.contains("skiptoken"));
    }

    void addMyAddressLoadsTheList()
    {
        QVERIFY(diagnosis());
        diagnosis()->addAddressButton()->click();
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("confirmAddIpRule"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("payments-kv")));
        QVERIFY(box->text().contains(QLatin1String("203.0.113.10")));
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirm"));
        QVERIFY(confirm);
        confirm->click();

        QTRY_VERIFY_WITH_TIMEOUT(!secrets()->isShowingError() && secrets()->isComplete() &&
                                     secrets()->model()->rowCount() > 0,
                                 30000);
        const kluis::core::RuleChangeLog journal(
            m_dataDir.filePath(QStringLiteral("firewall-journal.json")));
        QCOMPARE(journal.changes().size(), 1);
        QCOMPARE(journal.changes().constFirst().vault.name, QStringLiteral("payments-kv"));
        QCOMPARE(journal.changes().constFirst().rule, QStringLiteral("203.0.113.10"));
        QVERIFY(journal.changes().constFirst().succeeded);
    }
};

QTEST_MAIN(TestDiagnosisGui)
#include "tst_diagnosisgui.moc"
