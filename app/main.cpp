#include "cloud/CloudProfile.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kluis"));
    QApplication::setOrganizationName(QStringLiteral("Kluis"));
    QApplication::setApplicationVersion(QStringLiteral(KLUIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kluis"));

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
