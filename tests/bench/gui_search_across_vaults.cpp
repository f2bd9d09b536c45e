// The window's Search everywhere and expiry report over 20 vaults of 1,000 secrets each (one
// emulator): time to the last result, results shown, and the longest event-loop stall while
// they stream in (the bar: none over 50 ms), as the longest gap between the ticks of a
// 5 ms timer, with the main thread's CPU time in that gap beside it. A narrow search (a few
// results), a broad one (every secret matches) and the report. Prints figures; fails only when
// something does not work.
//
// gui_search_across_vaults [--vaults 20] [--each 1000]
#include "KluisctlRun.h"

#include "auth/ClientSecretCredential.h"
#include "clients/KeyVaultClient.h"
#include "crossvault/ExpiryReportWindow.h"
#include "crossvault/SearchWindow.h"
#include "net/HttpPipeline.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace kluis;

namespace {

struct Figures
{
    double seconds = 0;
    int rows = 0;
    double longestGapMs = 0; // wall time between two ticks of a 5 ms timer
    double gapCpuMs = 0;     // the main thread's CPU time in that gap
};

// Runs `start`, then spins the event loop until `done`, timing the gaps between timer ticks.
Figures measure(const std::function<void()> &start, const std::function<bool()> &done,
                const std::function<int()> &rows)
{
    Figures figures;
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 lastCpu = bench::threadCpuNanoseconds();
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const auto now = clock.nsecsElapsed();
        const auto cpu = bench::threadCpuNanoseconds();
        if ((now - lastTick) / 1e6 > figures.longestGapMs) {
            figures.longestGapMs = (now - lastTick) / 1e6;
            figures.gapCpuMs = (cpu - lastCpu) / 1e6;
        }
        lastTick = now;
        lastCpu = cpu;
    });
    clock.start();
    ticker.start();
    start();
    while (!done() && clock.elapsed() < 300000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    figures.seconds = clock.nsecsElapsed() / 1e9;
    figures.rows = rows();
    return figures;
}

void print(const char *what, const Figures &figures)
{
    std::printf("%-30s %6.2f s %6d rows, longest gap between 5 ms ticks %5.1f ms (%5.1f ms of "
                "it on the main thread's CPU; bar: 50 ms)\n",
                what, figures.seconds, figures.rows, figures.longestGapMs, figures.gapCpuMs);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type != QtDebugMsg && !text.contains(QLatin1String("propagateSizeHints")))
            std::fprintf(stderr, "%s\n", qPrintable(text));
    });
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication::setOrganizationName(QStringLiteral("KluisBench"));
    QCommandLineParser parser;
    const QCommandLineOption vaultsOption(QStringLiteral("vaults"), QStringLiteral("Vaults."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption eachOption(QStringLiteral("each"),
                                        QStringLiteral("Secrets in each vault."),
                                        QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({vaultsOption, eachOption});
    parser.process(app);
    const int vaultCount = std::max(1, parser.value(vaultsOption).toInt());
    const int each = std::max(1, parser.value(eachOption).toInt());

    QStringList arguments{QStringLiteral("--in-memory"), QStringLiteral("--seed"),
                          QStringLiteral("empty"), QStringLiteral("--throttle-limit"),
                          QStringLiteral("1000000000")};
    QStringList names;
    for (int i = 1; i <= vaultCount; ++i) {
        names << QStringLiteral("part-%1").arg(i, 2, 10, QLatin1Char('0'));
        arguments << QStringLiteral("--seed-count")
                  << QStringLiteral("%1=%2").arg(names.last()).arg(each);
    }
    EmulatorProcess emulator(arguments);
    if (!emulator.start()) {
        std::fprintf(stderr, "gui_search_across_vaults: the emulator did not start\n");
        return 1;
    }
    QString error;
    const auto cloud =
        core::CloudProfile::fromFile(emulator.dataDir() + QStringLiteral("/cloud.json"), &error);
    if (!cloud) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    core::HttpPipeline pipeline(*cloud);
    pipeline.setCredential(std::make_shared<core::ClientSecretCredential>(
        *cloud, cloud->tenantId, emulator.clientId(true), emulator.clientSecret(true)));
    QList<core::NamedVault> vaults;
    for (const auto &name : std::as_const(names))
        vaults.append({name, core::KeyVaultClient(&pipeline, QUrl(emulator.vaultUri(name)))});

    std::printf("gui_search_across_vaults, %d vaults of %d secrets, %s build\n", vaultCount, each,
                KLUIS_BUILD_TYPE);
    ui::SearchWindow search;
    search.setVaultSource([&vaults] { return vaults; });
    search.resize(900, 600);
    search.show();
    (void)QTest::qWaitForWindowExposed(&search);
    const auto searchRows = [&search] { return search.results()->model()->rowCount(); };
    const auto searchDone = [&search] { return !search.isSearching(); };

    // Once to warm the pipeline (tokens, connections) and the emulator.
    measure([&] { search.search(QStringLiteral("generated-000001")); }, searchDone, searchRows);
    const auto narrow =
        measure([&] { search.search(QStringLiteral("generated-000001")); }, searchDone, searchRows);
    print("search, a few results", narrow);
    const auto broad =
        measure([&] { search.search(QStringLiteral("generated")); }, searchDone, searchRows);
    print("search, every secret a result", broad);
    search.close();

    ui::ExpiryReportWindow report;
    report.setVaultSource([&vaults] { return vaults; });
    report.resize(900, 600);
    report.show();
    (void)QTest::qWaitForWindowExposed(&report);
    const auto reported = measure([&] { report.run(); }, [&report] { return !report.isRunning(); },
                                  [&report] { return report.view()->model()->rowCount(); });
    print("expiry and hygiene report", reported);

    if (broad.rows != vaultCount * each) {
        std::fprintf(stderr, "the broad search showed %d results, not %d\n", broad.rows,
                     vaultCount * each);
        return 1;
    }
    return 0;
}
