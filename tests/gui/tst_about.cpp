#include "dialogs/AboutDialog.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using kluis::ui::AboutDialog;
using kluis::ui::MainWindow;

class TestAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KluisTest"));
        QSettings().clear();
    }

    // Help → About Kluis names the project() version, the licence and the Qt in use.
    void helpAboutShowsVersionLicenceAndQt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (auto *menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (auto *action : menu->menu()->actions()) {
                if (action->menuRole() == QAction::AboutRole)
                    about = action;
            }
        }
        QVERIFY(about);
        QCOMPARE(about->text(), QStringLiteral("&About Kluis"));
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const auto *version = dialog->findChild<QLabel *>(QStringLiteral("aboutVersion"));
        const auto *text = dialog->findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(version && text);
        QVERIFY(version->text().contains(QStringLiteral("Kluis " KLUIS_VERSION)));
        QVERIFY(text->text().contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text->text().contains(QString::fromLatin1(qVersion())));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
