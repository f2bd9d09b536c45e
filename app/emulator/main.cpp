#include "server/Emulator.h"
#include "server/EmulatorOptions.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace kluis::emulator;

namespace {
// Self-pipe: a signal handler may only write(); the event loop then quits in order, so the
// journal and sockets close cleanly.
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kluis-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KLUIS_VERSION));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        std::perror("kluis-emulator: socketpair");
        return 1;
    }
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, onTerminationSignal);
    std::signal(SIGINT, onTerminationSignal);

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
