// The diagnosis pane in the real window against the real kluis-emulator, which judges every
// caller as 203.0.113.10 (--nat): the firewalled payments-kv vault is diagnosed unasked, the
// pane names the cause and the address the vault saw, and "Add my address" lets the list load.
#include "EmulatorProcess.h"
#include "commands/SecretActionController.h"
#include "diagnostics/DiagnosisPane.h"
#include "diagnostics/DiagnosticsController.h"
#include "diagnostics/EndpointProbeModel.h"
#include "diagnostics/FirewallRuleEditor.h"
#include "diagnostics/RuleChangeLog.h"
#include "mainwindow/MainWindow.h"
#include "models/SecretListModel.h"
#include "navigator/VaultNavigator.h"
#include "net/HttpPipeline.h"
#include "vault/ListErrorPanel.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kluis::ui;

// What a saved report or bundle may be: its owner's alone.
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadUser | QFileDevice::WriteUser;

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

    // The vault's IP rules as Resource Manager holds them now.
    QStringList armIpRules()
    {
        const auto resourceManager =
            m_emulator->cloud().value(QStringLiteral("resourceManager")).toString();
        QString subscription;
        for (const auto &vault : m_emulator->cloud().value(QStringLiteral("vaults")).toArray()) {
            if (vault.toObject().value(QStringLiteral("name")).toString() ==
                QLatin1String("payments-kv"))
                subscription = vault.toObject().value(QStringLiteral("subscriptionId")).toString();
        }
        const QUrl url(
            resourceManager +
            QStringLiteral("subscriptions/%1/resourceGroups/rg-payments/providers/"
                           "Microsoft.KeyVault/vaults/payments-kv?api-version=2023-07-01")
                .arg(subscription));
        const auto token = m_emulator->token(
            m_emulator->cloud().value(QStringLiteral("resourceManagerScope")).toString());
        const auto reply =
            m_emulator->request("GET", url, {}, {{"Authorization", "Bearer " + token}});
        QStringList rules;
        const auto acls = reply.json.value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("networkAcls"))
                              .toObject();
        for (const auto &rule : acls.value(QStringLiteral("ipRules")).toArray())
            rules << rule.toObject().value(QStringLiteral("value")).toString();
        if (reply.status != 200)
            rules << QStringLiteral("HTTP %1").arg(reply.status);
        return rules;
    }

    // Saves through the pane's own file dialog (Export report, Support bundle).
    QByteArray saveThroughDialog(QPushButton *button, const QString &dialogName,
                                 const QString &path)
    {
        button->click();
        auto *dialog = waitForDialog<QFileDialog>(dialogName);
        if (!dialog)
            return {};
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        QFile file(path);
        if (!QTest::qWaitFor([&] { return file.exists(); }, 5000) ||
            !file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Qt's own file dialog, which the test can fill in, whatever the desktop.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
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

    void exportReportButtonSavesTheReport()
    {
        QVERIFY(diagnosis());
        const auto path = m_dataDir.filePath(QStringLiteral("exported.md"));
        const auto report = saveThroughDialog(diagnosis()->exportButton(),
                                              QStringLiteral("exportReportDialog"), path);
        QVERIFY(report.contains("vault-firewall"));
        QVERIFY(report.contains("203.0.113.10"));
        QVERIFY(report.contains("payments-kv"));
        QVERIFY(!report.contains("eyJ"));
        QVERIFY(!report.contains("Bearer"));
        QTRY_VERIFY(diagnosis()->statusLabel()->text().contains(path));
        QCOMPARE(QFile::permissions(path), ownerOnly);

        const auto jsonPath = m_dataDir.filePath(QStringLiteral("exported.json"));
        const auto json = saveThroughDialog(diagnosis()->exportButton(),
                                            QStringLiteral("exportReportDialog"), jsonPath);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("cause")).toString(),
                 QStringLiteral("vault-firewall"));
    }

    void supportBundleButtonSavesAScrubbedBundle()
    {
        QVERIFY(diagnosis());
        const auto path = m_dataDir.filePath(QStringLiteral("support.json"));
        const auto bundle = saveThroughDialog(diagnosis()->bundleButton(),
                                              QStringLiteral("supportBundleDialog"), path);
        QVERIFY(!bundle.isEmpty());
        QVERIFY(!QJsonDocument::fromJson(bundle).isNull());
        QVERIFY(bundle.contains("vault-firewall"));
        QVERIFY(bundle.contains("ForbiddenByFirewall"));
        // The requests are there, their credentials are not.
        QVERIFY(bundle.contains("payments-kv"));
        QVERIFY(!bundle.contains("eyJ"));
        QVERIFY(!bundle.contains("Bearer"));
        QVERIFY(!bundle.contains("Authorization"));
        QVERIFY(!bundle.contains("client_secret"));
        QVERIFY(!bundle.contains(m_emulator->clientSecret(true).toUtf8()));
        QVERIFY(!bundle.contains(m_emulator->clientSecret(false).toUtf8()));
        QTRY_VERIFY(diagnosis()->statusLabel()->text().contains(path));
        QCOMPARE(QFile::permissions(path), ownerOnly);
    }

    void addTemporarilyAddsARuleThatQuittingRemoves()
    {
        QVERIFY(diagnosis());
        QCOMPARE(armIpRules(), QStringList{QStringLiteral("198.51.100.0/24")});
        QPointer<DiagnosisPane> pane(diagnosis());
        QString rulesShown;
        QString statusShown;
        connect(pane, &DiagnosisPane::rulesChanged, this, [&] {
            rulesShown = pane->rulesLabel()->text();
            statusShown = pane->statusLabel()->text();
        });
        pane->addTemporaryButton()->click();
        auto *durations = waitForDialog<QInputDialog>(QStringLiteral("temporaryRuleDialog"));
        QVERIFY(durations);
        QVERIFY(durations->labelText().contains(QLatin1String("203.0.113.10")));
        QCOMPARE(durations->comboBoxItems().size(), 3);
        durations->setTextValue(durations->comboBoxItems().constFirst()); // 1 hour
        durations->accept();
        auto *box = waitForDialog<QMessageBox>(QStringLiteral("confirmAddIpRule"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("1 hour")), qPrintable(box->text()));
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirm"));
        QVERIFY(confirm);
        const auto before = QDateTime::currentDateTimeUtc();
        confirm->click();

        // The pane shows the new rule, Resource Manager holds it, the list loads through it.
        QTRY_VERIFY_WITH_TIMEOUT(!rulesShown.isEmpty(), 30000);
        QVERIFY2(rulesShown.contains(QLatin1String("203.0.113.10")), qPrintable(rulesShown));
        QVERIFY2(statusShown.contains(QLatin1String("203.0.113.10")), qPrintable(statusShown));
        const auto rules = armIpRules();
        // Resource Manager keeps a single address as its /32.
        QVERIFY2(rules.contains(QLatin1String("203.0.113.10/32")), qPrintable(rules.join(u',')));
        QTRY_VERIFY_WITH_TIMEOUT(!secrets()->isShowingError() && secrets()->isComplete() &&
                                     secrets()->model()->rowCount() > 0,
                                 30000);

        // The journal records the add and the removal still owed, due in an hour.
        kluis::core::RuleChangeLog journal(
            m_dataDir.filePath(QStringLiteral("firewall-journal.json")));
        QCOMPARE(journal.changes().size(), 1);
        QCOMPARE(journal.changes().constFirst().action, QStringLiteral("add"));
        QCOMPARE(journal.changes().constFirst().reason, QStringLiteral("temporary"));
        QCOMPARE(journal.changes().constFirst().rule, QStringLiteral("203.0.113.10"));
        QVERIFY(journal.changes().constFirst().succeeded);
        QCOMPARE(journal.pending().size(), 1);
        const auto expires = journal.pending().constFirst().expires;
        QVERIFY(expires >= before.addSecs(3600 - 5) && expires <= before.addSecs(3600 + 60));

        // Quitting removes it first: the vault's rules are as they were.
        auto *editor = m_window->diagnostics()->ruleEditor();
        QSignalSpy removed(editor, &kluis::core::FirewallRuleEditor::ruleRemoved);
        m_window->diagnostics()->quitWhenClean();
        QTRY_VERIFY_WITH_TIMEOUT(removed.size() == 1, 15000);
        QCOMPARE(armIpRules(), QStringList{QStringLiteral("198.51.100.0/24")});
        journal.reload();
        QVERIFY(journal.pending().isEmpty());
        QCOMPARE(journal.changes().size(), 2);
        QCOMPARE(journal.changes().constLast().action, QStringLiteral("remove"));
        QCOMPARE(journal.changes().constLast().reason, QStringLiteral("quit"));
        QVERIFY(journal.changes().constLast().succeeded);

        // The vault refuses again, and is diagnosed again.
        m_window->secretActions()->refresh()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(secrets()->isShowingError(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(diagnosis() && diagnosis()->isFinished(), 60000);
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
        QCOMPARE(journal.changes().size(), 3); // after the temporary add and its removal
        QCOMPARE(journal.changes().constLast().vault.name, QStringLiteral("payments-kv"));
        QCOMPARE(journal.changes().constLast().rule, QStringLiteral("203.0.113.10"));
        QCOMPARE(journal.changes().constLast().reason, QStringLiteral("add-my-address"));
        QVERIFY(journal.changes().constLast().succeeded);
        QVERIFY(journal.pending().isEmpty());
    }
};

QTEST_MAIN(TestDiagnosisGui)
#include "tst_diagnosisgui.moc"
