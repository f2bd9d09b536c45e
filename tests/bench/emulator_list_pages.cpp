// Prints how many list pages kluis-emulator serves per second over HTTPS on loopback while
// several clients each follow nextLink from the first page to the end, and how long one page
// takes on its own at the start and deep in the list (which must be the same: a page seeks to
// its position), so a measurement of Kluis can tell whether the emulator is what limits it:
// secret list pages of one vault (--plane data, the path Kluis's listings take) or Resource
// Manager vault list pages of one subscription (--plane arm).
//
// emulator_list_pages [--plane data|arm] [--vaults N] [--secrets N] [--top N] [--parallel N]

#include "EmulatorProcess.h"
#include "PageWalk.h"

#include "auth/TokenIssuer.h"
#include "seed/DemoSeed.h"
#include "state/EmulatorState.h"
#include "vault/VaultContentSeed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <cstdio>

using namespace kluis::emulator;

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
                                            QStringLiteral("Clients walking the list at once."),
                                            QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption planeOption(QStringLiteral("plane"),
                                         QStringLiteral("data (secret list pages) or arm (vault "
                                                        "list pages)."),
                                         QStringLiteral("PLANE"), QStringLiteral("data"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets"),
                                           QStringLiteral("Secrets in the listed vault (data)."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({vaultsOption, topOption, parallelOption, planeOption, secretsOption});
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

        const QUrl base(dataPlane ? emulator.vaultUri(QStringLiteral("bench-kv-00000"))
                                  : resourceManager);
        QFile ca(emulator.cloud().value(QStringLiteral("caFile")).toString());
        ca.open(QIODevice::ReadOnly);
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
        PageWalk walk({base.host(), base.port(), token, tls});
        const auto firstPage =
            dataPlane ? QStringLiteral("/secrets?api-version=7.6&maxresults=%1")
                            .arg(parser.value(topOption))
                      : QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults"
                                       "?api-version=2023-07-01&%24top=%2")
                            .arg(subscription, parser.value(topOption));

        const int parallel = std::max(1, parser.value(parallelOption).toInt());
        walk.medianLatencyMs(firstPage, 5); // warm up the connection
        const auto result = walk.walk(firstPage, parallel);
        const double first = walk.medianLatencyMs(firstPage, 25);
        const double deep =
            result.deepPage.isEmpty() ? first : walk.medianLatencyMs(result.deepPage, 25);
        const auto listed = parser.value(dataPlane ? secretsOption : vaultsOption).toInt();
        std::printf("kluis-emulator %s list of %d, %s=%s: %d clients to the end, %lld pages in "
                    "%.2f s: %.0f pages/s (%.0f items/s), %lld errors; one page alone (median "
                    "of 25): first %.2f ms, deep (90 %%) %.2f ms\n",
                    dataPlane ? "secret" : "vault", listed, dataPlane ? "maxresults" : "$top",
                    qPrintable(parser.value(topOption)), parallel,
                    static_cast<long long>(result.pages), result.seconds,
                    result.pages / result.seconds, result.items / result.seconds,
                    static_cast<long long>(result.errors), first, deep);
        const bool complete = result.items == qint64(parallel) * listed;
        if (!complete)
            std::fprintf(stderr, "expected %lld items, got %lld\n",
                         static_cast<long long>(qint64(parallel) * listed),
                         static_cast<long long>(result.items));
        return result.errors == 0 && complete && first > 0 && deep > 0 ? 0 : 1;
    }
}
