#include "mainwindow/MainWindow.h"
#include "session/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSslConfiguration>
#include <QTranslator>

namespace {
// The language follows the system unless one is chosen in the settings (ui/language); Qt's own
// translations come along so standard dialogs speak the same language.
void installTranslations(QApplication &app)
{
    const auto chosen = kluis::ui::AppSettings::language();
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

// An extra CA (a TLS-inspecting proxy's, say) is trusted beside the system roots for every host.
void trustExtraCa()
{
    const auto path = kluis::ui::AppSettings::extraCaFile();
    if (path.isEmpty())
        return;
    const auto certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty())
        return;
    auto ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(ssl);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kluis"));
    QApplication::setOrganizationName(QStringLiteral("Kluis"));
    QApplication::setApplicationVersion(QStringLiteral(KLUIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("nl.kluis.Kluis"));
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

    trustExtraCa();
    kluis::ui::MainWindow window;
    window.show();
    if (parser.isSet(cloudFile)) {
        QString error;
        if (!window.attachCloudFile(parser.value(cloudFile), &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        QApplication::translate("main", "Cloud profile"), error,
                                        QMessageBox::Ok, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    return QApplication::exec();
}
