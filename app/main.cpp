#include "diagnostics/DiagnosticsController.h"
#include "mainwindow/FirstPaintReport.h"
#include "mainwindow/MainWindow.h"
#include "session/AppSettings.h"
#include "session/LanguageSwitcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kluis"));
    QApplication::setOrganizationName(QStringLiteral("Kluis"));
    QApplication::setApplicationVersion(QStringLiteral(KLUIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.kluis.Kluis"));
    // The language follows the system unless one is chosen in the settings; Qt's own
    // translations come along so standard dialogs speak the same language.
    kluis::ui::LanguageSwitcher languages;
    languages.apply(kluis::ui::AppSettings::language.value());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Kluis: a desktop manager for Azure Key Vault."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cloudFile(
        QStringLiteral("cloud-file"),
        QApplication::translate(
            "main",
            "Use the custom cloud profile in FILE (for example kluis-emulator's cloud.json)."),
        QStringLiteral("FILE"));
    parser.addOption(cloudFile);
    parser.process(app);

    // The proxy and extra CA from the settings, for every pipeline (sign-in ones included).
    kluis::ui::AppSettings::applyNetworkSettings();
    // Temporary firewall rules are taken away before Kluis goes (expired ones left by a killed
    // Kluis go as soon as it connects again): quitting waits for that, within a bound.
    QApplication::setQuitOnLastWindowClosed(false);
    kluis::ui::MainWindow *window = nullptr;
    const auto openWindow = [&] {
        window = new kluis::ui::MainWindow;
        QObject::connect(&app, &QGuiApplication::lastWindowClosed, window->diagnostics(),
                         &kluis::ui::DiagnosticsController::quitWhenClean);
        kluis::ui::FirstPaintReport::installIfAsked(window);
        window->show();
        if (!parser.isSet(cloudFile))
            return;
        QString error;
        if (!window->attachCloudFile(parser.value(cloudFile), &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        QApplication::translate("main", "Cloud profile"), error,
                                        QMessageBox::Ok, window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    };
    openWindow();
    // Another language: the window is built again from the settings, in the new words. The new
    // one is shown before the old one goes, so Kluis never has no window.
    QObject::connect(
        &languages, &kluis::ui::LanguageSwitcher::languageChanged, &app,
        [&] {
            auto *old = window;
            old->saveWindowState();
            openWindow();
            old->hide();
            old->deleteLater();
        },
        Qt::QueuedConnection);
    const int status = QApplication::exec();
    delete window;
    return status;
}
