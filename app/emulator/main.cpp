#include "server/Emulator.h"
#include "server/EmulatorOptions.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace kluis::emulator;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kluis-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KLUIS_VERSION));

    // A clean exit on SIGTERM/SIGINT lets state and sockets close in order.
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });

    QString error;
    const auto options = EmulatorOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "kluis-emulator: %s\nTry 'kluis-emulator --help'.\n",
                     qPrintable(error));
        return 2;
    }
    Emulator emulator(*options);
    if (!emulator.start(&error)) {
        std::fprintf(stderr, "kluis-emulator: %s\n", qPrintable(error));
        return 1;
    }
    return QCoreApplication::exec();
}
