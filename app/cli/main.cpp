#include "cloud/CloudProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using kluis::core::CloudProfile;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kluisctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KLUIS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("kluisctl: Kluis's command-line face for Azure Key Vault.\n\n"
                       "Commands:\n  vaults    list the vaults the cloud profile names"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cloudFile(QStringLiteral("cloud-file"),
                                       QStringLiteral("Custom cloud profile (JSON)."),
                                       QStringLiteral("FILE"));
    parser.addOption(cloudFile);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    parser.process(app);

    const auto args = parser.positionalArguments();
    if (args.isEmpty()) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }
    if (args.constFirst() == QLatin1String("vaults")) {
        QString error;
        const auto profile = CloudProfile::fromFile(parser.value(cloudFile), &error);
        if (!profile) {
            std::fprintf(stderr, "kluisctl: %s\n", qPrintable(error));
            return 2;
        }
        QTextStream out(stdout);
        for (const auto &vault : profile->vaults)
            out << vault.name << '\t' << vault.uri.toString() << '\n';
        return 0;
    }
    std::fprintf(stderr, "kluisctl: unknown command '%s'\n", qPrintable(args.constFirst()));
    return 2;
}
