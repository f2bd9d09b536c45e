#include "cloud/CloudProfile.h"
#include "mainwindow/MainWindow.h"
#include "navigator/VaultNavigator.h"
#include "session/LanguageSwitcher.h"
#include "vault/VaultPane.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

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
        // Under "Attached vaults", the first group of the navigator (no favourites yet).
        const auto *model = window.navigator()->view()->model();
        const auto attached = model->index(0, 0);
        QCOMPARE(attached.data().toString(), QStringLiteral("Attached vaults"));
        QCOMPARE(model->rowCount(attached), 2);
        QCOMPARE(model->index(1, 0, attached).data().toString(), QStringLiteral("payments-kv"));
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

    // Switching the language while Kluis runs: new windows speak it, and the owner is told so
    // it can rebuild the one on screen.
    void switchesLanguageWhileRunning()
    {
        kluis::ui::LanguageSwitcher languages(nullptr, QStringLiteral(KLUIS_I18N_DIR));
        QCOMPARE(kluis::ui::LanguageSwitcher::instance(), &languages);
        QSignalSpy changed(&languages, &kluis::ui::LanguageSwitcher::languageChanged);
        languages.apply(QStringLiteral("en"));
        QCOMPARE(changed.count(), 0);
        const auto menus = [] {
            MainWindow window;
            QStringList titles;
            for (const auto *action : window.menuBar()->actions())
                titles << action->text();
            return titles;
        };
        QVERIFY(menus().contains(QStringLiteral("&File")));

        for (const auto &[language, file] :
             {std::pair{QStringLiteral("nl_NL"), QStringLiteral("&Bestand")},
              std::pair{QStringLiteral("de_DE"), QStringLiteral("&Datei")},
              std::pair{QStringLiteral("fr_FR"), QStringLiteral("&Fichier")}}) {
            languages.apply(language);
            QVERIFY(menus().contains(file));
            QCOMPARE(QLocale().name(), language);
        }
        QCOMPARE(changed.count(), 3);
        languages.apply(QStringLiteral("fr_FR"));
        QCOMPARE(changed.count(), 3);
        languages.apply(QStringLiteral("en"));
        QVERIFY(menus().contains(QStringLiteral("&File")));
    }

    // English plurals read right under a locale Kluis has no translation for, C/POSIX included.
    void englishPluralsWhateverTheLocale()
    {
        kluis::ui::LanguageSwitcher languages(nullptr, QStringLiteral(KLUIS_I18N_DIR));
        for (const auto &language :
             {QStringLiteral("C"), QStringLiteral("es_ES"), QStringLiteral("en_GB")}) {
            languages.apply(language);
            QCOMPARE(
                QCoreApplication::translate("kluis::ui::ListPaneBase", "%n item(s)", nullptr, 10),
                QStringLiteral("10 items"));
            QCOMPARE(
                QCoreApplication::translate("kluis::ui::ListPaneBase", "%n item(s)", nullptr, 1),
                QStringLiteral("1 item"));
        }
    }

    // The placeholder says how to add a vault only while the navigator has none to offer.
    void noVaultsHintOnlyWithoutVaults()
    {
        MainWindow window;
        QVERIFY(window.vaultPane()->placeholderText().contains(QStringLiteral("No vaults yet")));
        CloudProfile profile;
        profile.name = QStringLiteral("KluisEmulator");
        profile.displayName = QStringLiteral("Kluis emulator");
        profile.vaults = {{QStringLiteral("demo"),
                           QUrl(QStringLiteral("https://demo.vault.localhost:8443/")),
                           QStringLiteral("sub"), QStringLiteral("rg")}};
        window.setCloudProfile(profile);
        QVERIFY2(!window.vaultPane()->placeholderText().contains(QStringLiteral("No vaults yet")),
                 qPrintable(window.vaultPane()->placeholderText()));
        window.setCloudProfile(CloudProfile());
        QVERIFY(window.vaultPane()->placeholderText().contains(QStringLiteral("No vaults yet")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
