// Expiry at a glance, in the real window against the real kluis-emulator (demo seed): expired
// items struck through with an error mark, those expiring within the warning period (Settings,
// 30 days by default) marked as a warning, disabled ones greyed; each in words for the tooltip
// and for assistive technology; and the Expires column sorts soonest first, never-expiring last.
// (Day counts are plural forms: "day(s)" here, "days" once kluis_en.ts has the new string.)
#include "EmulatorProcess.h"
#include "dialogs/SettingsDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/KeyListModel.h"
#include "models/SecretListModel.h"
#include "navigator/VaultNavigator.h"
#include "session/AppSettings.h"
#include "vault/ExpiryMarks.h"
#include "vault/ListPaneBase.h"
#include "vault/ObjectListPane.h"
#include "vault/SecretListPane.h"
#include "vault/TextFilterProxy.h"
#include "vault/VaultPane.h"

#include <QAction>
#include <QFont>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QJsonDocument>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace kluis::ui;

class TestExpiryGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<MainWindow> m_window;

    VaultPane *pane() const { return m_window->vaultPane(); }

    static QModelIndex cell(ListPaneBase *list, const QString &name, int column = 0)
    {
        const auto row = static_cast<int>(list->shownNames().indexOf(name));
        return row < 0 ? QModelIndex() : list->view()->model()->index(row, column);
    }

    static QString words(ListPaneBase *list, const QString &name, int column = 0)
    {
        return cell(list, name, column).data(Qt::AccessibleDescriptionRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisExpiryGuiTest"));
        QSettings().clear();
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--in-memory"), QStringLiteral("--seed"), QStringLiteral("demo")});
        QVERIFY(m_emulator->start());
        // A key that expires in three days, for the object lists.
        const auto token =
            m_emulator->token(m_emulator->cloud().value(QStringLiteral("vaultScope")).toString());
        const auto expires = QDateTime::currentDateTimeUtc().addDays(3).toSecsSinceEpoch();
        const auto created = m_emulator->request(
            "POST",
            QUrl(m_emulator->vaultUri(QStringLiteral("demo")) +
                 QStringLiteral("keys/short-lived-key/create?api-version=7.6")),
            QJsonDocument(QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                                      {QStringLiteral("crv"), QStringLiteral("P-256")},
                                      {QStringLiteral("attributes"),
                                       QJsonObject{{QStringLiteral("exp"), expires}}}})
                .toJson(),
            {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
        QCOMPARE(created.status, 200);

        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        QVERIFY(m_window->attachCloudFile(m_emulator->dataDir() + QStringLiteral("/cloud.json"),
                                          &error));
        QVERIFY(
            m_window->navigator()->selectVault(QUrl(m_emulator->vaultUri(QStringLiteral("demo")))));
        QTRY_VERIFY_WITH_TIMEOUT(
            pane()->secretsPane()->isComplete() && pane()->keysPane()->isComplete(), 20000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_emulator.reset();
    }

    void theMarkInWords()
    {
        const auto now = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
        using State = ExpiryMark::State;
        QCOMPARE(ExpiryMark::of({}, true, now, 30).state, State::None);
        QVERIFY(ExpiryMark::of({}, true, now, 30).text.isEmpty());
        const auto expired = ExpiryMark::of(now.addSecs(-1), true, now, 30);
        QCOMPARE(expired.state, State::Expired);
        QVERIFY(expired.text.startsWith(QStringLiteral("Expired on ")));
        const auto soon = ExpiryMark::of(now.addDays(10).addSecs(-5), true, now, 30);
        QCOMPARE(soon.state, State::ExpiresSoon);
        QVERIFY2(soon.text.startsWith(QStringLiteral("Expires in 10 day")), qPrintable(soon.text));
        QVERIFY(ExpiryMark::of(now.addSecs(3600), true, now, 30)
                    .text.startsWith(QStringLiteral("Expires in 1 day")));
        QCOMPARE(ExpiryMark::of(now.addDays(31), true, now, 30).state, State::None);
        QCOMPARE(ExpiryMark::of(now.addDays(10), true, now, 0).state, State::None);
        const auto both = ExpiryMark::of(now.addDays(-2), false, now, 30);
        QVERIFY(both.disabled);
        QVERIFY(both.text.contains(QStringLiteral("Expired on ")));
        QVERIFY(both.text.endsWith(QStringLiteral("Disabled")));
        QVERIFY(ExpiryMark::of({}, false, now, 30, false).text.isEmpty());

        QVERIFY(expiresBefore(now, now.addDays(1)));
        QVERIFY(!expiresBefore(now.addDays(1), now));
        QVERIFY(expiresBefore(now, {}));
        QVERIFY(!expiresBefore({}, now));
        QVERIFY(!expiresBefore({}, {}));
    }

    void secretsShowTheirExpiryAndState()
    {
        auto *secrets = pane()->secretsPane();
        using core = kluis::core::SecretListModel;
        // Expired: struck through, an error mark, red dates, words.
        const auto expired = cell(secrets, QStringLiteral("legacy-ftp-password"));
        QVERIFY(expired.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!expired.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY2(words(secrets, QStringLiteral("legacy-ftp-password")).startsWith("Expired on "),
                 qPrintable(words(secrets, QStringLiteral("legacy-ftp-password"))));
        QCOMPARE(expired.data(Qt::ToolTipRole).toString(),
                 words(secrets, QStringLiteral("legacy-ftp-password")));
        // Every cell of the row says it, whichever one a screen reader lands on.
        QCOMPARE(words(secrets, QStringLiteral("legacy-ftp-password"), core::UpdatedColumn),
                 words(secrets, QStringLiteral("legacy-ftp-password")));
        QVERIFY(cell(secrets, QStringLiteral("legacy-ftp-password"), core::UpdatedColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .strikeOut());
        // Within 30 days: a warning, not struck through.
        const auto soon = cell(secrets, QStringLiteral("payments-api-key"));
        QVERIFY(!soon.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!soon.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY2(words(secrets, QStringLiteral("payments-api-key"))
                     .startsWith(QStringLiteral("Expires in 10 day")),
                 qPrintable(words(secrets, QStringLiteral("payments-api-key"))));
        QVERIFY(cell(secrets, QStringLiteral("payments-api-key"), core::ExpiresColumn)
                    .data(Qt::ForegroundRole)
                    .isValid());
        // Disabled: greyed, in words.
        const auto disabled = cell(secrets, QStringLiteral("disabled-webhook-token"));
        QCOMPARE(disabled.data(Qt::ForegroundRole).value<QColor>(),
                 QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        QCOMPARE(words(secrets, QStringLiteral("disabled-webhook-token")),
                 QStringLiteral("Disabled"));
        // Nothing to say about an ordinary one.
        const auto plain = cell(secrets, QStringLiteral("database-password"));
        QVERIFY(words(secrets, QStringLiteral("database-password")).isEmpty());
        QVERIFY(!plain.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(plain.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void keysShowTheirExpiryToo()
    {
        auto *keys = pane()->keysPane();
        QVERIFY2(words(keys, QStringLiteral("short-lived-key"))
                     .startsWith(QStringLiteral("Expires in 3 day")),
                 qPrintable(words(keys, QStringLiteral("short-lived-key"))));
        QVERIFY(words(keys, QStringLiteral("data-encryption-key")).isEmpty());
    }

    void theWarningPeriodComesFromTheSettings()
    {
        QCOMPARE(AppSettings::expiryWarningDays.value(), 30);
        m_window->settingsAction()->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
        auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("expiryWarningDays"));
        QVERIFY(days);
        QCOMPARE(days->value(), 30);
        days->setValue(2);
        dialog->accept();
        QCOMPARE(AppSettings::expiryWarningDays.value(), 2);
        QVERIFY(words(pane()->secretsPane(), QStringLiteral("payments-api-key")).isEmpty());
        QVERIFY(words(pane()->keysPane(), QStringLiteral("short-lived-key")).isEmpty());
        // Expired stays expired, whatever the period.
        QVERIFY(words(pane()->secretsPane(), QStringLiteral("legacy-ftp-password"))
                    .startsWith(QStringLiteral("Expired on ")));
        pane()->setExpiryWarningDays(30);
    }

    void sortsByExpiry()
    {
        auto *secrets = pane()->secretsPane();
        secrets->view()->sortByColumn(kluis::core::SecretListModel::ExpiresColumn,
                                      Qt::AscendingOrder);
        const auto shown = secrets->shownNames();
        QCOMPARE(shown.first(), QStringLiteral("legacy-ftp-password"));
        QCOMPARE(shown.at(1), QStringLiteral("payments-api-key"));
        // Those without an expiry date come last.
        QVERIFY(shown.indexOf(QStringLiteral("database-password")) >
                shown.indexOf(QStringLiteral("web-frontend")));
        secrets->view()->sortByColumn(kluis::core::SecretListModel::NameColumn, Qt::AscendingOrder);

        auto *keys = pane()->keysPane();
        pane()->tabs()->setCurrentWidget(keys);
        keys->view()->sortByColumn(kluis::core::KeyListModel::ExpiresColumn, Qt::AscendingOrder);
        QCOMPARE(keys->shownNames().first(), QStringLiteral("short-lived-key"));
        keys->view()->sortByColumn(kluis::core::KeyListModel::NameColumn, Qt::AscendingOrder);
    }
};

QTEST_MAIN(TestExpiryGui)
#include "tst_expirygui.moc"
