// Start-up to a painted main window with 20 attached vaults and 3 accounts: the real `kluis`
// binary is started (KLUIS_STARTUP_REPORT=1) with settings written beforehand in a fresh
// configuration directory, and the time from starting the process to its "first paint" line is
// taken, for several runs. The accounts' cloud points at a server that accepts connections and
// never answers, so a start-up that waited for the network would show it. Prints figures;
// fails only when the window never paints.
//
// startup [--runs N] [--platform offscreen|xcb]
#include "EmulatorProcess.h"
#include "KluisctlRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace {

// Takes every connection and says nothing: a vault, sign-in or Resource Manager that hangs.
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (auto *socket = nextPendingConnection())
                m_held.append(socket);
        });
    }

private:
    QList<QTcpSocket *> m_held;
};

// The emulator's cloud profile with every address moved to the silent server's port.
bool writeSilentCloud(const EmulatorProcess &emulator, quint16 port, const QString &path)
{
    QFile in(emulator.dataDir() + QStringLiteral("/cloud.json"));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const auto emulatorPort =
        QByteArray::number(emulator.cloud().value(QStringLiteral("vaultPort")).toInt());
    QByteArray text = in.readAll();
    const QByteArray silentPort = QByteArray::number(port);
    text.replace(QByteArray(":").append(emulatorPort), QByteArray(":").append(silentPort));
    text.replace(QByteArray("\"vaultPort\": ").append(emulatorPort),
                 QByteArray("\"vaultPort\": ").append(silentPort));
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(text) == text.size();
}

void writeSettings(const QString &configHome, const QString &cloudFile, const QString &tenant,
                   quint16 port)
{
    QSettings settings(configHome + QStringLiteral("/Kluis/Kluis.conf"), QSettings::IniFormat);
    settings.beginWriteArray(QStringLiteral("accounts"), 3);
    for (int i = 0; i < 3; ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        settings.setValue(QStringLiteral("name"), QStringLiteral("Account %1").arg(i + 1));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("deviceCode"));
        settings.setValue(QStringLiteral("cloudFile"), cloudFile);
        settings.setValue(QStringLiteral("tenantId"), tenant);
        settings.setValue(QStringLiteral("username"), QStringLiteral("admin%1@kluis.test").arg(i));
    }
    settings.endArray();
    QStringList attached;
    for (int i = 1; i <= 20; ++i)
        attached << QStringLiteral("https://vault%1.vault.localhost:%2/")
                        .arg(i, 2, 10, QLatin1Char('0'))
                        .arg(port);
    settings.setValue(QStringLiteral("navigator/attached"), attached);
    settings.sync();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Start-ups to time."),
                      QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("platform"),
                      QStringLiteral("Qt platform for kluis (offscreen, or xcb on a display)."),
                      QStringLiteral("NAME"), QStringLiteral("offscreen")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    EmulatorProcess emulator(
        {QStringLiteral("--in-memory"), QStringLiteral("--seed"), QStringLiteral("empty")});
    SilentServer silent;
    if (!emulator.start() || !silent.listen(QHostAddress::LocalHost)) {
        std::fprintf(stderr, "startup: the emulator or the silent server did not start\n");
        return 1;
    }
    QTemporaryDir home;
    const QString configHome = home.path() + QStringLiteral("/config");
    const QString cloudFile = home.path() + QStringLiteral("/silent-cloud.json");
    if (!writeSilentCloud(emulator, silent.serverPort(), cloudFile)) {
        std::fprintf(stderr, "startup: could not write the cloud profile\n");
        return 1;
    }
    writeSettings(configHome, cloudFile,
                  emulator.cloud().value(QStringLiteral("tenantId")).toString(),
                  silent.serverPort());

    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    environment.insert(QStringLiteral("KLUIS_STARTUP_REPORT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), parser.value(QStringLiteral("platform")));

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess kluis;
        kluis.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        double painted = -1;
        QByteArray errors;
        // A real event loop meanwhile: the silent server takes the connections kluis makes.
        QEventLoop loop;
        QObject::connect(&kluis, &QProcess::readyReadStandardError, &loop, [&] {
            errors += kluis.readAllStandardError();
            if (painted < 0 && errors.contains("kluis: first paint")) {
                painted = clock.nsecsElapsed() / 1e6;
                loop.quit();
            }
        });
        QObject::connect(&kluis, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        kluis.start(QStringLiteral(KLUIS_GUI_PATH), {});
        loop.exec();
        kluis.kill();
        kluis.waitForFinished();
        if (painted < 0) {
            std::fprintf(stderr, "startup: kluis did not paint its window:\n%s\n",
                         errors.constData());
            return 1;
        }
        times << painted;
        std::printf("run %d: first paint after %.0f ms%s\n", run + 1, painted,
                    run == 0 ? " (cold: libraries and fonts not yet in the page cache)" : "");
        std::fflush(stdout);
    }
    auto warm = times.mid(1);
    if (warm.isEmpty())
        warm = times;
    std::sort(warm.begin(), warm.end());
    std::printf("start-up to a painted main window, 20 attached vaults and 3 accounts whose cloud "
                "never answers (%s): median %.0f ms, worst %.0f ms over %lld warm runs (target "
                "< 500 ms)\n",
                qPrintable(parser.value(QStringLiteral("platform"))), warm.at(warm.size() / 2),
                warm.constLast(), static_cast<long long>(warm.size()));
    std::printf("machine: %s\n", qPrintable(kluis::bench::benchMachine()));
    return 0;
}
