// How listing scales with the number of secrets, in one run: kluisctl lists vaults of 10,000,
// 40,000 and 100,000 secrets (plain and --json: wall time and peak resident memory), and
// kluis-emulator's secret list pages are followed to the end (pages per second, and one page
// alone at the start and deep in the list). Also how long `--seed-count big=100000` takes to
// be ready, and kluisctl at the largest count under the emulator's default request limit
// (4,000 per vault per 10 s, as the service). A benchmark: it fails only when something does
// not work (a wrong number of items, a failed request), never on a figure.
//
// list_scaling [--counts 10000,40000,100000] [--rounds N] [--parallel N]

#include "EmulatorProcess.h"
#include "KluisctlRun.h"
#include "PageWalk.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace kluis::bench;

namespace {

using Run = KluisctlRun;

bool fail(const char *what)
{
    std::fprintf(stderr, "list_scaling: %s\n", what);
    return false;
}

bool started(EmulatorProcess &emulator)
{
    return emulator.start() || fail("the emulator did not start");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress, line by line, under ctest -V
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countsOption(
        QStringLiteral("counts"), QStringLiteral("Vault sizes, comma-separated."),
        QStringLiteral("N,N,…"), QStringLiteral("10000,40000,100000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("kluisctl runs per figure (the best "
                                                         "is shown)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption parallelOption(
        QStringLiteral("parallel"), QStringLiteral("Clients walking the emulator's list at once."),
        QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({countsOption, roundsOption, parallelOption});
    parser.process(app);
    QList<int> counts;
    for (const auto &text : parser.value(countsOption).split(QLatin1Char(','))) {
        if (text.toInt() > 0)
            counts << text.toInt();
    }
    if (counts.isEmpty())
        return 2;
    const int largest = *std::max_element(counts.cbegin(), counts.cend());
    const int parallel = std::max(1, parser.value(parallelOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTemporaryDir scratch;
    const auto outFile = scratch.filePath(QStringLiteral("out"));
    bool ok = true;

    std::printf(
        "list_scaling, %s UTC, %s\n",
        qPrintable(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        qPrintable(benchMachine()));

    // Seeding, and kluisctl under the service's request limit.
    {
        EmulatorProcess emulator({QStringLiteral("--seed"), QStringLiteral("empty"),
                                  QStringLiteral("--seed-count"),
                                  QStringLiteral("big=%1").arg(largest)});
        QElapsedTimer clock;
        clock.start();
        if (!started(emulator))
            return 1;
        std::printf("kluis-emulator --seed-count big=%d: ready (state written) in %.2f s\n",
                    largest, clock.nsecsElapsed() / 1e9);
        const auto run = runKluisctl(emulator,
                                     {QStringLiteral("list"), QStringLiteral("secrets"),
                                      QStringLiteral("--vault"), QStringLiteral("big")},
                                     outFile);
        if (!run.ok || run.out.count('\n') != largest)
            ok = fail("kluisctl did not list every secret under the request limit");
        std::printf("kluisctl list secrets, %d, default request limit (4,000 per 10 s): %.2f s, "
                    "%.1f MB (waits out 429 Retry-After, as against the service)\n",
                    largest, run.seconds, run.peakMb);
    }

    QStringList arguments{QStringLiteral("--seed"), QStringLiteral("empty"),
                          QStringLiteral("--throttle-limit"), QStringLiteral("1000000000")};
    for (const int count : std::as_const(counts))
        arguments << QStringLiteral("--seed-count") << QStringLiteral("list-%1=%1").arg(count);
    EmulatorProcess emulator(arguments);
    if (!started(emulator))
        return 1;

    // Unreported: the first listing also pays for the emulator's first token and page.
    runKluisctl(emulator,
                {QStringLiteral("list"), QStringLiteral("secrets"), QStringLiteral("--vault"),
                 QStringLiteral("list-%1").arg(counts.constFirst())},
                outFile);

    // Each figure is the best wall time (and the highest peak memory) of `rounds` rounds, so a
    // moment of load from elsewhere on the machine does not make one count look slow.
    QMap<int, std::pair<Run, Run>> runs;
    const auto keep = [](Run &best, const Run &run) {
        best.seconds = best.ok ? std::min(best.seconds, run.seconds) : run.seconds;
        best.peakMb = std::max(best.peakMb, run.peakMb);
        best.ok = true;
    };
    for (int round = 0; round < rounds; ++round) {
        for (const int count : std::as_const(counts)) {
            const QStringList list{QStringLiteral("list"), QStringLiteral("secrets"),
                                   QStringLiteral("--vault"), QStringLiteral("list-%1").arg(count)};
            const auto plain = runKluisctl(emulator, list, outFile);
            if (!plain.ok || plain.out.count('\n') != count)
                ok = fail("kluisctl did not list every secret");
            const auto json =
                runKluisctl(emulator, QStringList{QStringLiteral("--json")} + list, outFile);
            if (!json.ok || QJsonDocument::fromJson(json.out).array().size() != count)
                ok = fail("kluisctl --json did not list every secret");
            keep(runs[count].first, plain);
            keep(runs[count].second, json);
        }
    }
    std::printf("\nkluisctl list secrets, request limit lifted (--throttle-limit 1000000000), "
                "best of %d:\n",
                rounds);
    std::printf("%9s %10s %10s %10s %10s\n", "secrets", "plain s", "plain MB", "--json s",
                "--json MB");
    for (const int count : std::as_const(counts)) {
        const auto &[plain, json] = runs.value(count);
        std::printf("%9d %10.2f %10.1f %10.2f %10.1f\n", count, plain.seconds, plain.peakMb,
                    json.seconds, json.peakMb);
    }
    if (counts.size() > 1) {
        const int below = counts.at(counts.size() - 2);
        const auto &[plainBelow, jsonBelow] = runs.value(below);
        const auto &[plainTop, jsonTop] = runs.value(counts.last());
        std::printf("%d / %d: plain %.2fx, --json %.2fx the time for %.2fx the secrets (target "
                    "<= 2.75x at 100,000 / 40,000); --json at %d: %.1f MB (target < 60 MB)\n",
                    counts.last(), below, plainTop.seconds / plainBelow.seconds,
                    jsonTop.seconds / jsonBelow.seconds, double(counts.last()) / below,
                    counts.last(), jsonTop.peakMb);
    }

    std::printf("\nkluis-emulator secret list pages, %d clients following nextLink to the end "
                "(maxresults 25); one page alone, median of 25:\n",
                parallel);
    std::printf("%9s %8s %10s %12s %14s\n", "secrets", "pages", "pages/s", "first ms",
                "deep (90%) ms");
    QFile ca(emulator.cloud().value(QStringLiteral("caFile")).toString());
    ca.open(QIODevice::ReadOnly);
    auto tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    const auto token =
        emulator.token(emulator.cloud().value(QStringLiteral("vaultScope")).toString());
    for (const int count : std::as_const(counts)) {
        const QUrl vault(emulator.vaultUri(QStringLiteral("list-%1").arg(count)));
        PageWalk walk({vault.host(), vault.port(), token, tls});
        const auto firstPage = QStringLiteral("/secrets?api-version=7.6&maxresults=25");
        walk.medianLatencyMs(firstPage, 5); // warm up the connection
        const auto result = walk.walk(firstPage, parallel);
        const double first = walk.medianLatencyMs(firstPage, 25);
        const double deep =
            result.deepPage.isEmpty() ? first : walk.medianLatencyMs(result.deepPage, 25);
        if (result.errors != 0 || result.items != qint64(parallel) * count || first <= 0 ||
            deep <= 0)
            ok = fail("the emulator's pages did not hold every secret");
        std::printf("%9d %8lld %10.0f %12.2f %14.2f\n", count,
                    static_cast<long long>(result.pages / parallel), result.pages / result.seconds,
                    first, deep);
    }
    return ok ? 0 : 1;
}
