#include "cloud/CloudProfile.h"
#include "mainwindow/MainWindow.h"
#include "navigator/VaultNavigator.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using kluis::core::CloudProfile;
using kluis::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisTest"));
        QSettings().clear();
    }

    void listsTheVaultsOfTheCloudProfile()
    {
        CloudProfile profile;
        profile.name = QStringLiteral("KluisEmulator");
        profile.displayName = QStringLiteral("Kluis emulator");
        profile.vaults = {{QStringLiteral("demo"),
                           QUrl(QStringLiteral("https://demo.vault.localhost:8443/")),
                           QStringLiteral("sub"), QStringLiteral("rg")},
                          {QStringLiteral("payments-kv"),
                           QUrl(QStringLiteral("https://payments-kv.vault.localhost:8443/")),
                           QStringLiteral("sub"), QStringLiteral("rg")}};
        MainWindow window;
        window.setCloudProfile(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = window.navigator()->view();
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("payments-kv"));
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("Kluis emulator"));
        }));
    }

    void remembersWindowGeometry()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            QVERIFY(window.close());
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
