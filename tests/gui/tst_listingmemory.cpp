// Going back to a vault listed earlier in the session: its rows are there at once, from memory,
// with the row that was current and the one at the top, and a refresh in the background brings
// in what changed meanwhile (added, deleted, updated) without losing the selection or the
// scroll position. Against the real kluis-emulator, in the real window.
#include "EmulatorProcess.h"
#include "mainwindow/MainWindow.h"
#include "models/SecretListModel.h"
#include "navigator/VaultNavigator.h"
#include "vault/SecretFilterProxy.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace kluis::ui;
using kluis::core::SecretListModel;

class TestListingMemory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<MainWindow> m_window;

    SecretListPane *secrets() const { return m_window->vaultPane()->secretsPane(); }

    QString nameAt(const QModelIndex &index) const
    {
        return index.data(SecretListModel::NameRole).toString();
    }
    QString topName() const { return nameAt(secrets()->view()->indexAt(QPoint(0, 0))); }
    QString currentName() const { return nameAt(secrets()->view()->currentIndex()); }
    QStringList names() const
    {
        QStringList result;
        for (int row = 0; row < secrets()->proxy()->rowCount(); ++row)
            result << nameAt(secrets()->proxy()->index(row, 0));
        return result;
    }

    bool openVault(const QString &name)
    {
        return m_window->navigator()->selectVault(QUrl(m_emulator->vaultUri(name))) &&
               m_window->vaultPane()->vault() && m_window->vaultPane()->vault()->name == name;
    }
    bool waitUntilComplete()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            if (secrets()->isComplete() && !secrets()->isLoading())
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    // Changes the demo vault behind the window's back, as a colleague would.
    EmulatorProcess::Reply vaultReply(const QByteArray &method, const QString &path,
                                      const QJsonObject &body = {})
    {
        const auto token =
            m_emulator->token(m_emulator->cloud().value(QStringLiteral("vaultScope")).toString());
        const auto reply = m_emulator->request(
            method,
            QUrl(m_emulator->vaultUri(QStringLiteral("demo")) + path +
                 QStringLiteral("?api-version=7.6")),
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
        return reply;
    }
    int vaultRequest(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return vaultReply(method, path, body).status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisListingMemoryTest"));
        QSettings().clear();
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--in-memory"), QStringLiteral("--seed"), QStringLiteral("demo"),
            QStringLiteral("--seed-count"), QStringLiteral("demo=300"),
            QStringLiteral("--seed-count"), QStringLiteral("second=10")});
        QVERIFY(m_emulator->start());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1000, 700);
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

    void goingBackShowsTheRowsAtOnceAndRefreshesThemInPlace()
    {
        QVERIFY(openVault(QStringLiteral("demo")));
        QVERIFY(waitUntilComplete());
        const auto listed = names();
        QVERIFY(listed.size() > 300);
        QVERIFY(listed.contains(QStringLiteral("generated-000007")));

        // Scrolled down and a row chosen with the mouse, as a person would.
        auto *view = secrets()->view();
        view->verticalScrollBar()->setValue(100);
        QTRY_VERIFY(topName() != listed.constFirst());
        const QString top = topName();
        const auto chosen = view->indexAt(QPoint(10, view->rowHeight(0) * 3 + 2));
        QVERIFY(chosen.isValid());
        const QString current = nameAt(chosen);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(chosen).center());
        QCOMPARE(currentName(), current);

        // Meanwhile the vault changes: two secrets added above the rows on screen, one deleted
        // above them, and the chosen one updated.
        for (const auto &added : {QStringLiteral("aaa-added-later"), QStringLiteral("aab-added")})
            QCOMPARE(vaultRequest("PUT", QStringLiteral("secrets/") + added,
                                  {{QStringLiteral("value"), QStringLiteral("v")}}),
                     200);
        QCOMPARE(vaultRequest("DELETE", QStringLiteral("secrets/generated-000007")), 200);
        const QString version = vaultReply("GET", QStringLiteral("secrets/") + current)
                                    .json.value(QStringLiteral("id"))
                                    .toString()
                                    .section(QLatin1Char('/'), -1);
        QCOMPARE(vaultRequest("PATCH", QStringLiteral("secrets/%1/%2").arg(current, version),
                              {{QStringLiteral("contentType"), QStringLiteral("text/changed")}}),
                 200);

        QVERIFY(openVault(QStringLiteral("second")));
        QVERIFY(waitUntilComplete());
        QVERIFY(!names().contains(current));

        // Back: the rows, the top row and the current one at once, before any answer came.
        QSignalSpy loading(secrets()->model(), &kluis::core::PagedListModel::loadingChanged);
        QVERIFY(openVault(QStringLiteral("demo")));
        QCOMPARE(names().size(), listed.size());
        // The refresh starts (a fast one may be over already: the signal says it ran).
        QTRY_VERIFY(!loading.isEmpty());
        QVERIFY(loading.first().at(0).toBool());
        QCOMPARE(topName(), top);
        QCOMPARE(currentName(), current);

        QVERIFY(waitUntilComplete());
        const auto refreshed = names();
        QVERIFY(refreshed.contains(QStringLiteral("aaa-added-later")));
        QVERIFY(!refreshed.contains(QStringLiteral("generated-000007")));
        QCOMPARE(refreshed.size(), listed.size() + 1);
        QCOMPARE(currentName(), current);
        QCOMPARE(topName(), top);
        const auto currentRow = view->currentIndex();
        QCOMPARE(currentRow.siblingAtColumn(SecretListModel::ContentTypeColumn).data().toString(),
                 QStringLiteral("text/changed"));
        QCOMPARE(secrets()->currentItem()->contentType, QStringLiteral("text/changed"));
    }

    void aVaultReadForTheFirstTimeStartsEmpty()
    {
        QVERIFY(openVault(QStringLiteral("payments-kv"))); // never listed (and refused)
        QCOMPARE(names().size(), 0);
    }

    void nothingOfTheListingIsWrittenToDisk()
    {
        QSettings().sync();
        const QString settings = QSettings().fileName();
        QFile file(settings);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("generated-00"));
        // Nor anywhere under the application's own data and cache directories.
        for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation,
                                    QStandardPaths::AppConfigLocation}) {
            QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile written(files.next());
                if (written.open(QIODevice::ReadOnly))
                    QVERIFY2(!written.readAll().contains("generated-00"),
                             qPrintable(written.fileName()));
            }
        }
    }
};

QTEST_MAIN(TestListingMemory)
#include "tst_listingmemory.moc"
