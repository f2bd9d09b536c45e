// Searching 20 vaults of 1,000 secrets each beside listing one vault of 20,000, with kluisctl on
// one emulator, in one run (the bar: the search takes no longer than the listing). A
// benchmark: it fails only when something does not work (a wrong number of results, a failed
// run), never on a figure.
//
// search_across_vaults [--vaults 20] [--each 1000] [--rounds 3]

#include "EmulatorProcess.h"
#include "KluisctlRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace kluis::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption vaultsOption(QStringLiteral("vaults"), QStringLiteral("Vaults."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption eachOption(QStringLiteral("each"),
                                        QStringLiteral("Secrets in each vault."),
                                        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Runs per figure (the best is shown)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({vaultsOption, eachOption, roundsOption});
    parser.process(app);
    const int vaults = std::max(1, parser.value(vaultsOption).toInt());
    const int each = std::max(1, parser.value(eachOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const int total = vaults * each;

    QStringList arguments{QStringLiteral("--seed"),           QStringLiteral("empty"),
                          QStringLiteral("--throttle-limit"), QStringLiteral("1000000000"),
                          QStringLiteral("--seed-count"),     QStringLiteral("one=%1").arg(total)};
    QStringList searchArguments{QStringLiteral("search"), QStringLiteral("generated-0001")};
    for (int i = 1; i <= vaults; ++i) {
        const auto name = QStringLiteral("part-%1").arg(i, 2, 10, QLatin1Char('0'));
        arguments << QStringLiteral("--seed-count") << QStringLiteral("%1=%2").arg(name).arg(each);
        searchArguments << QStringLiteral("--vault") << name;
    }
    EmulatorProcess emulator(arguments);
    if (!emulator.start()) {
        std::fprintf(stderr, "search_across_vaults: the emulator did not start\n");
        return 1;
    }
    QTemporaryDir scratch;
    const auto outFile = scratch.filePath(QStringLiteral("out"));
    std::printf(
        "search_across_vaults, %s UTC, %s\n",
        qPrintable(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        qPrintable(benchMachine()));
    const QStringList listArguments{QStringLiteral("list"), QStringLiteral("secrets"),
                                    QStringLiteral("--vault"), QStringLiteral("one")};
    runKluisctl(emulator, listArguments, outFile); // the first token and page, unreported

    // generated-0001 matches generated-000100 … generated-000199 and generated-000001 …:
    // in names of six digits, those starting 0001 (100 of each thousand).
    const int expected = vaults * std::min(each, 100);
    double best[2] = {1e9, 1e9};
    bool ok = true;
    for (int round = 0; round < rounds; ++round) {
        const auto listed = runKluisctl(emulator, listArguments, outFile);
        const auto searched = runKluisctl(emulator, searchArguments, outFile);
        if (!listed.ok || listed.out.count('\n') != total || !searched.ok ||
            searched.out.count('\n') != expected) {
            std::fprintf(stderr, "search_across_vaults: listed %lld of %d, found %lld of %d\n",
                         listed.out.count('\n'), total, searched.out.count('\n'), expected);
            ok = false;
            break;
        }
        best[0] = std::min(best[0], listed.seconds);
        best[1] = std::min(best[1], searched.seconds);
    }
    if (!ok)
        return 1;
    std::printf("kluisctl list secrets, one vault of %d: %.2f s (best of %d)\n", total, best[0],
                rounds);
    std::printf("kluisctl search, %d vaults of %d (secrets, keys, certificates; %d at a time): "
                "%.2f s (best of %d) = %.2fx the listing\n",
                vaults, each, 4, best[1], rounds, best[1] / best[0]);
    return 0;
}
