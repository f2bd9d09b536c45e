#include "cloud/CloudProfile.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace {
// The language follows the system unless one is chosen in the settings (ui/language); Qt's own
// translations come along so standard dialogs speak the same language.
void installTranslations(QApplication &app)
{
    const auto chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("kluis"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kluis"));
    QApplication::setOrganizationName(QStringLiteral("Kluis"));
    QApplication::setApplicationVersion(QStringLiteral(KLUIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kluis"));
    installTranslations(app);

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

    kluis::ui::MainWindow window;
    if (parser.isSet(cloudFile)) {
        QString error;
        if (const auto profile =
                kluis::core::CloudProfile::fromFile(parser.value(cloudFile), &error))
            window.setCloudProfile(*profile);
        else
            QMessageBox::warning(&window, QApplication::translate("main", "Cloud profile"), error);
    }
    window.show();
    return QApplication::exec();
}
