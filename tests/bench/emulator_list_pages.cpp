// Prints how many list pages kluis-emulator serves per second over HTTPS on loopback, with
// several requests in flight, so a measurement of Kluis can tell whether the emulator is what
// limits it: secret list pages of one vault (--plane data, the path Kluis's listings take) or
// Resource Manager vault list pages (--plane arm).
//
// emulator_list_pages [--plane data|arm] [--vaults N] [--secrets N] [--top N] [--parallel N]
//                     [--seconds N]

#include "EmulatorProcess.h"

#include "auth/TokenIssuer.h"
#include "seed/DemoSeed.h"
#include "state/EmulatorState.h"
#include "vault/VaultContentSeed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace kluis::emulator;

namespace {

struct Bench
{
    QNetworkAccessManager network;
    QSslConfiguration tls;
    QByteArray token;
    QString host;
    int port = 0;
    QString firstPage;
    qint64 pages = 0;
    qint64 items = 0;
    qint64 errors = 0;
    bool stopping = false;
    int running = 0;

    void fetch(const QString &pathAndQuery)
    {
        QUrl url(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(pathAndQuery));
        QNetworkRequest request(url);
        request.setPeerVerifyName(host);
        request.setRawHeader("Host", QStringLiteral("%1:%2").arg(host).arg(port).toLatin1());
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setSslConfiguration(tls);
        auto *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            reply->deleteLater();
            const auto page = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() != QNetworkReply::NoError) {
                ++errors;
            } else {
                ++pages;
                items += page.value(QStringLiteral("value")).toArray().size();
            }
            if (stopping) {
                if (--running == 0)
                    QCoreApplication::quit();
                return;
            }
            const QUrl next(page.value(QStringLiteral("nextLink")).toString());
            fetch(next.isEmpty() ? firstPage
                                 : next.path(QUrl::FullyEncoded) + QLatin1Char('?') +
                                       next.query(QUrl::FullyEncoded));
        });
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption vaultsOption(QStringLiteral("vaults"),
                                          QStringLiteral("Vaults to list."), QStringLiteral("N"),
                                          QStringLiteral("500"));
    const QCommandLineOption topOption(QStringLiteral("top"), QStringLiteral("Page size ($top)."),
                                       QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("Requests in flight."),
                                            QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Measurement time."), QStringLiteral("N"),
                                           QStringLiteral("5"));
    const QCommandLineOption planeOption(QStringLiteral("plane"),
                                         QStringLiteral("data (secret list pages) or arm (vault "
                                                        "list pages)."),
                                         QStringLiteral("PLANE"), QStringLiteral("data"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets"),
                                           QStringLiteral("Secrets in the listed vault (data)."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions(
        {vaultsOption, topOption, parallelOption, secondsOption, planeOption, secretsOption});
    parser.process(app);
    const bool dataPlane = parser.value(planeOption) != QLatin1String("arm");

    // A state with the vaults and a signing key this program knows, so it can mint tokens.
    QTemporaryDir dir;
    Endpoints endpoints;
    QByteArray token;
    QString subscription;
    {
        EmulatorState state(dir.path());
        QString error;
        state.load(&error);
        DemoSeed::seedEmpty(state);
        subscription = state.subscriptions.constFirst().id;
        const int count = parser.value(vaultsOption).toInt();
        for (int i = 0; i < count; ++i) {
            Vault vault;
            vault.name = QStringLiteral("bench-kv-%1").arg(i, 5, 10, QLatin1Char('0'));
            vault.subscriptionId = subscription;
            vault.resourceGroup = state.resourceGroups.constFirst().name;
            vault.location = QStringLiteral("westeurope");
            vault.properties = DemoSeed::defaultVaultProperties(state.tenantId);
            if (dataPlane && i == 0)
                VaultContentSeed::addGeneratedSecrets(vault, parser.value(secretsOption).toInt());
            state.vaults.insert(vault.name, vault);
        }
        TokenIssuer issuer(state, endpoints);
        issuer.jwks();
        state.compact();
        TokenClaims claims;
        claims.tenantId = state.tenantId;
        claims.appId = state.clients.constFirst().clientId;
        claims.objectId = state.clients.constFirst().objectId;
        claims.expires = QDateTime::currentDateTimeUtc().addSecs(3600);
        // The audience needs the port, known only once the emulator runs: issue it below.
        // Throttling would measure the limit, not the emulator.
        EmulatorProcess emulator({QStringLiteral("--throttle-limit"), QStringLiteral("1000000000")},
                                 dir.path());
        if (!emulator.start()) {
            std::fprintf(stderr, "the emulator did not start\n");
            return 1;
        }
        const auto resourceManager =
            emulator.cloud().value(QStringLiteral("resourceManager")).toString();
        const auto vaultScope = emulator.cloud().value(QStringLiteral("vaultScope")).toString();
        claims.audience = dataPlane ? vaultScope.left(vaultScope.size() - int(qstrlen("/.default")))
                                    : resourceManager;
        token = issuer.issue(claims);

        Bench bench;
        const QUrl base(dataPlane ? emulator.vaultUri(QStringLiteral("bench-kv-00000"))
                                  : resourceManager);
        bench.host = base.host();
        bench.port = base.port();
        bench.token = token;
        QFile ca(emulator.cloud().value(QStringLiteral("caFile")).toString());
        ca.open(QIODevice::ReadOnly);
        bench.tls = QSslConfiguration::defaultConfiguration();
        bench.tls.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
        bench.firstPage =
            dataPlane ? QStringLiteral("/secrets?api-version=7.6&maxresults=%1")
                            .arg(parser.value(topOption))
                      : QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults"
                                       "?api-version=2023-07-01&%24top=%2")
                            .arg(subscription, parser.value(topOption));

        const int parallel = std::max(1, parser.value(parallelOption).toInt());
        const int seconds = std::max(1, parser.value(secondsOption).toInt());
        QElapsedTimer timer;
        // Warm up the connections before measuring.
        bench.running = parallel;
        for (int i = 0; i < parallel; ++i)
            bench.fetch(bench.firstPage);
        qint64 startPages = 0;
        QTimer::singleShot(1000, &app, [&] {
            startPages = bench.pages;
            bench.items = 0;
            timer.start();
        });
        QTimer::singleShot(1000 + seconds * 1000, &app, [&] { bench.stopping = true; });
        app.exec();
        const double elapsed = timer.elapsed() / 1000.0;
        const double rate = (bench.pages - startPages) / elapsed;
        if (dataPlane)
            std::printf("kluis-emulator secret list: %.0f pages/s (%.0f items/s), maxresults=%s, "
                        "%d in flight, %d secrets, %lld errors\n",
                        rate, bench.items / elapsed, qPrintable(parser.value(topOption)), parallel,
                        parser.value(secretsOption).toInt(), static_cast<long long>(bench.errors));
        else
            std::printf("kluis-emulator vault list: %.0f pages/s (%.0f vaults/s), $top=%s, %d in "
                        "flight, %d vaults, %lld errors\n",
                        rate, bench.items / elapsed, qPrintable(parser.value(topOption)), parallel,
                        parser.value(vaultsOption).toInt(), static_cast<long long>(bench.errors));
        return bench.errors == 0 ? 0 : 1;
    }
}
