#include "EmulatorOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>

namespace kluis::emulator {

std::optional<ListenAddress> ListenAddress::parse(const QString &text)
{
    // ADDR:PORT, [v6]:PORT
    static const QRegularExpression pattern(QStringLiteral(R"(^\[?([^\]]+?)\]?:(\d{1,5})$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    ListenAddress listen;
    if (!listen.address.setAddress(match.captured(1)))
        return std::nullopt;
    bool ok = false;
    const auto port = match.captured(2).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    listen.port = static_cast<quint16>(port);
    return listen;
}

std::optional<EmulatorOptions> EmulatorOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "kluis-emulator: a local Azure Key Vault, Resource Manager and Entra ID token service\n"
        "over HTTPS, for trying Kluis offline, for demos and for tests.\n\n"
        "Host names are login.NAME, management.NAME, graph.NAME and <vault>.vault.NAME.\n"
        "When ready it writes DIR/cloud.json: the endpoints, the CA file to trust, the\n"
        "subscriptions, vaults and client credentials. That file is a Kluis cloud profile."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory for state, TLS files and cloud.json."), QStringLiteral("DIR"));
    const QCommandLineOption domain(
        QStringLiteral("domain"),
        QStringLiteral("Domain NAME for the host names (default localhost)."),
        QStringLiteral("NAME"), QStringLiteral("localhost"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address for every role not bound elsewhere "
                                                   "(default 127.0.0.1:8443; port 0 picks one)."),
                                    QStringLiteral("ADDR:PORT"));
    const QCommandLineOption listenLogin(
        QStringLiteral("listen-login"),
        QStringLiteral("Address for the token service (login.NAME)."), QStringLiteral("ADDR:PORT"));
    const QCommandLineOption listenManagement(
        QStringLiteral("listen-management"),
        QStringLiteral("Address for Resource Manager (management.NAME)."),
        QStringLiteral("ADDR:PORT"));
    const QCommandLineOption listenVault(QStringLiteral("listen-vault"),
                                         QStringLiteral("Address for the vault data plane "
                                                        "(<vault>.vault.NAME)."),
                                         QStringLiteral("ADDR:PORT"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Data for a new state: demo (default) or empty."),
                                  QStringLiteral("demo|empty"), QStringLiteral("demo"));
    const QCommandLineOption seedCount(QStringLiteral("seed-count"),
                                       QStringLiteral("Add N generated secrets to vault VAULT, "
                                                      "creating it when needed. Repeatable."),
                                       QStringLiteral("VAULT=N"));
    const QCommandLineOption inMemory(QStringLiteral("in-memory"),
                                      QStringLiteral("Keep state in memory only."));
    const QCommandLineOption enableFaults(
        QStringLiteral("enable-faults"),
        QStringLiteral("Accept POST {resourceManager}/_emulator/faults to inject faults."));
    const QCommandLineOption nat(QStringLiteral("nat"),
                                 QStringLiteral("Judge every client as coming from ADDR, as the "
                                                "service sees a NAT's public address."),
                                 QStringLiteral("ADDR"));
    const QCommandLineOption throttleLimit(
        QStringLiteral("throttle-limit"),
        QStringLiteral("Data-plane requests per vault per 10 seconds before 429 (default 4000)."),
        QStringLiteral("N"), QStringLiteral("4000"));
    const QCommandLineOption noRetryAfter(QStringLiteral("throttle-without-retry-after"),
                                          QStringLiteral("Send 429 without Retry-After, as the "
                                                         "service sometimes does."));
    parser.addOptions({dataDir, domain, listen, listenLogin, listenManagement, listenVault, seed,
                       seedCount, inMemory, enableFaults, nat, throttleLimit, noRetryAfter});
    parser.process(arguments);

    EmulatorOptions options;
    if (!parser.isSet(dataDir)) {
        *error = QStringLiteral("--data-dir DIR is required (cloud.json is written there)");
        return std::nullopt;
    }
    options.dataDir = QDir(parser.value(dataDir)).absolutePath();
    options.domain = parser.value(domain).toLower();
    static const QRegularExpression domainPattern(
        QStringLiteral(R"(^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$)"));
    if (!domainPattern.match(options.domain).hasMatch()) {
        *error = QStringLiteral("--domain must be a DNS name, not '%1'").arg(options.domain);
        return std::nullopt;
    }
    const auto parseListen = [&](const QCommandLineOption &option,
                                 std::optional<ListenAddress> *out) {
        if (!parser.isSet(option))
            return true;
        *out = ListenAddress::parse(parser.value(option));
        if (!*out)
            *error = QStringLiteral("--%1 takes ADDR:PORT, not '%2'")
                         .arg(option.names().constFirst(), parser.value(option));
        return out->has_value();
    };
    if (!parseListen(listen, &options.listen) || !parseListen(listenLogin, &options.listenLogin) ||
        !parseListen(listenManagement, &options.listenManagement) ||
        !parseListen(listenVault, &options.listenVault))
        return std::nullopt;
    if (!options.listen &&
        !(options.listenLogin && options.listenManagement && options.listenVault))
        options.listen = ListenAddress{QHostAddress(QHostAddress::LocalHost), 8443};

    options.seed = parser.value(seed);
    if (options.seed != QLatin1String("demo") && options.seed != QLatin1String("empty")) {
        *error = QStringLiteral("--seed takes demo or empty, not '%1'").arg(options.seed);
        return std::nullopt;
    }
    static const QRegularExpression seedCountPattern(
        QStringLiteral(R"(^([a-zA-Z0-9-]{3,24})=(\d{1,7})$)"));
    for (const auto &value : parser.values(seedCount)) {
        const auto match = seedCountPattern.match(value);
        if (!match.hasMatch()) {
            *error = QStringLiteral("--seed-count takes VAULT=N with a valid vault name, not '%1'")
                         .arg(value);
            return std::nullopt;
        }
        options.seedCounts.append({match.captured(1).toLower(), match.captured(2).toInt()});
    }
    options.inMemory = parser.isSet(inMemory);
    options.enableFaults = parser.isSet(enableFaults);
    if (parser.isSet(nat)) {
        QHostAddress address;
        if (!address.setAddress(parser.value(nat))) {
            *error = QStringLiteral("--nat takes an IP address, not '%1'").arg(parser.value(nat));
            return std::nullopt;
        }
        options.nat = address;
    }
    bool ok = false;
    options.throttleLimit = parser.value(throttleLimit).toInt(&ok);
    if (!ok || options.throttleLimit < 1) {
        *error = QStringLiteral("--throttle-limit takes a positive number");
        return std::nullopt;
    }
    options.throttleRetryAfter = !parser.isSet(noRetryAfter);
    return options;
}

} // namespace kluis::emulator
