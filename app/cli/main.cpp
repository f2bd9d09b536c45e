// kluisctl: the core on the command line. This file parses the command line and dispatches;
// the commands are in commands/. Exit codes and --json output are documented in README.md
// ("kluisctl") and are part of the interface: change them only with that section.
#include "CliContext.h"
#include "commands/Commands.h"
#include "common/KeychainStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QSslCertificate>

#include <cstdio>

using namespace kluis::core;
using namespace kluis::cli;

namespace {

// --kind, checked by the caller to be secret, key or certificate.
ObjectKind kindOf(const Context &context)
{
    return valueOf(objectKindNames, context.kind()).value_or(ObjectKind::Secret);
}

QCoro::Task<int> run(Context &context, QStringList args)
{
    const auto command = args.value(0);
    if (command == QLatin1String("accounts"))
        co_return co_await accountsCommand(context, args.mid(1));
    if (context.account()) {
        // A stored account never asks the user: scripts must not hang on a sign-in prompt.
        auto credential = co_await context.accounts()->credentialFor(*context.account());
        if (!credential)
            co_return context.fail(credential.error());
        context.pipeline().setCredential(credential.value());
    }
    if (command == QLatin1String("endpoints"))
        co_return co_await endpointsCommand(context);
    if (command == QLatin1String("vaults"))
        co_return co_await vaultsCommand(context);
    if (command == QLatin1String("list")) {
        if (args.size() < 2)
            co_return context.usage(QStringLiteral("list what? secrets, keys, certificates, "
                                                   "deleted-secrets or versions NAME"));
        if (args.at(1) == QLatin1String("versions")) {
            if (args.size() < 3)
                co_return context.usage(QStringLiteral("list versions needs a secret name."));
            co_return co_await objectCommand(context, kindOf(context), QStringLiteral("versions"),
                                             args.at(2));
        }
        co_return co_await listCommand(context, args.at(1));
    }
    if (!valueOf(objectKindNames, context.kind()))
        co_return context.usage(QStringLiteral("--kind is secret, key or certificate."));
    if (command == QLatin1String("restore"))
        co_return co_await objectCommand(context, kindOf(context), command, {});
    static const QStringList creators{
        QStringLiteral("create-key"), QStringLiteral("create-certificate"),
        QStringLiteral("import-certificate"), QStringLiteral("download-certificate")};
    if (creators.contains(command)) {
        if (args.size() < 2)
            co_return context.usage(command + QStringLiteral(" needs a name."));
        if (command == QLatin1String("create-key"))
            co_return co_await createKeyCommand(context, args.at(1));
        if (command == QLatin1String("create-certificate"))
            co_return co_await createCertificateCommand(context, args.at(1));
        if (command == QLatin1String("import-certificate"))
            co_return co_await importCertificateCommand(context, args.at(1));
        co_return co_await downloadCertificateCommand(context, args.at(1));
    }
    static const QStringList objectCommands{QStringLiteral("show"), QStringLiteral("delete"),
                                            QStringLiteral("recover"), QStringLiteral("purge"),
                                            QStringLiteral("backup")};
    // A secret's `show` is its own (secretCommand); the rest is the same for every kind.
    const bool secretShow =
        command == QLatin1String("show") && kindOf(context) == ObjectKind::Secret;
    if (objectCommands.contains(command) && !secretShow) {
        if (args.size() < 2)
            co_return context.usage(command + QStringLiteral(" needs a name."));
        co_return co_await objectCommand(context, kindOf(context), command, args.at(1));
    }
    if (command == QLatin1String("diagnose"))
        co_return co_await diagnoseCommand(context);
    if (command == QLatin1String("search")) {
        if (args.size() < 2 || args.at(1).isEmpty())
            co_return context.usage(QStringLiteral("search needs a text to look for."));
        co_return co_await searchCommand(context, args.at(1));
    }
    if (command == QLatin1String("report"))
        co_return co_await reportCommand(context, args.value(1));
    if (command == QLatin1String("compare"))
        co_return co_await compareCommand(context, kindOf(context));
    if (command == QLatin1String("access"))
        co_return co_await accessCommand(context, args.value(1));
    if (command == QLatin1String("rbac-readiness"))
        co_return co_await rbacReadinessCommand(context);
    if (command == QLatin1String("export"))
        co_return co_await exportCommand(context);
    if (command == QLatin1String("import"))
        co_return co_await importCommand(context);
    if (command == QLatin1String("copy"))
        co_return co_await copyCommand(context, kindOf(context), args.mid(1));
    static const QStringList secretCommands{QStringLiteral("show"), QStringLiteral("get-secret"),
                                            QStringLiteral("set-secret")};
    if (secretCommands.contains(command)) {
        if (args.size() < 2)
            co_return context.usage(command + QStringLiteral(" needs a secret name."));
        co_return co_await secretCommand(context, command, args.at(1));
    }
    co_return context.usage(
        command.isEmpty() ? QStringLiteral("No command given; see --help.")
                          : QStringLiteral("Unknown command \"%1\"; see --help.").arg(command));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kluisctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KLUIS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "kluisctl: Kluis's command-line face for Azure Key Vault.\n\n"
        "Commands:\n"
        "  endpoints                      host:port list a firewall must allow for the cloud\n"
        "  vaults                         vaults of every subscription (Resource Manager)\n"
        "  list secrets|keys|certificates|deleted-secrets|deleted-keys|deleted-certificates"
        " --vault V\n"
        "  list versions NAME --vault V [--kind secret|key|certificate]\n"
        "  show NAME --vault V [--version X]        a secret's metadata, no value\n"
        "  get-secret NAME --vault V [--version X]  the value, on stdout\n"
        "  set-secret NAME --vault V [--value S | --value-file F | stdin] [--content-type T]\n"
        "  delete|recover|purge NAME --vault V [--kind K]\n"
        "  backup NAME --vault V --file F [--kind K]\n"
        "  restore --vault V --file F [--kind K]\n"
        "  show NAME --vault V --kind key|certificate [--version X]\n"
        "  create-key NAME --vault V [--key-type RSA|RSA-HSM|EC|EC-HSM] [--size N]\n"
        "             [--curve P-256|P-384|P-521] [--ops sign,verify,...] [--tag K=V]...\n"
        "  create-certificate NAME --vault V --subject CN=... [--dns a,b] [--validity-months N]\n"
        "             [--key-type T] [--size N] [--curve C] [--format pfx|pem] [--not-exportable]\n"
        "  import-certificate NAME --vault V --file PFX|PEM [--password P] [--tag K=V]...\n"
        "  download-certificate NAME --vault V --file F [--format cer|pem|key] [--version X]\n"
        "  search TEXT [--vault V]...     names, content types and tags (never values) of\n"
        "                                 every vault, or of the --vault ones\n"
        "  report expiry [--within DAYS] [--vault V]...  expired, expiring, no expiry,\n"
        "                                 disabled, not updated for a year\n"
        "  compare --from V1 --to V2 [--kind K] [--from-account A] [--to-account B]\n"
        "                                 names, attributes and secrets' values (by SHA-256)\n"
        "  copy --from V1 --to V2 (NAME... | --all) [--kind K] [--dry-run]\n"
        "       [--on-conflict skip|new-version|stop] [--from-account A] [--to-account B]\n"
        "                                 keys and certificates by backup and restore (same\n"
        "                                 subscription and geography)\n"
        "  export --vault V [--format csv|json|markdown] [--file F]  every object's\n"
        "                                 metadata (never a value)\n"
        "  import --vault V --file F [--dry-run] [--on-conflict skip|new-version|stop]\n"
        "                                 secrets from a .env or JSON file\n"
        "  access --vault V               permission model, role assignments (inherited too),\n"
        "                                 access policies, what the signed-in identity may do\n"
        "  access grant|revoke --vault V --principal ID --role NAME   a built-in Key Vault\n"
        "                                 role at the vault's scope\n"
        "  rbac-readiness                 for every vault still on access policies, each\n"
        "                                 entry mapped to the built-in roles that cover it\n"
        "  diagnose --vault V             why the vault cannot be listed: the cause, the\n"
        "                                 blocked endpoint and the fixes (--json: JSON)\n"
        "  accounts list                  the accounts Kluis keeps (no secrets)\n"
        "  accounts add-service-principal NAME --client-id ID [--tenant T]\n"
        "                                 [--certificate-file F]   (else secret on stdin)\n"
        "  accounts remove NAME           sign out, forget the keychain entries\n\n"
        "Sign-in: --account NAME (a stored account), else AZURE_TENANT_ID, AZURE_CLIENT_ID and\n"
        "AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (PEM with key and certificate, or\n"
        "PFX with AZURE_CLIENT_CERTIFICATE_PASSWORD).\n"
        "Network: HTTPS_PROXY, NO_PROXY, or --proxy URL; --ca-file PEM.\n"
        "Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication, 4 network or firewall,\n"
        "5 not found or forbidden.\n"
        "kluisctl --version alone prints the program's version."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("cloud"),
         QStringLiteral("Built-in cloud: AzureCloud (default), AzureChinaCloud, "
                        "AzureUSGovernment, AzureGermanCloud."),
         QStringLiteral("NAME")},
        {QStringLiteral("cloud-file"), QStringLiteral("Custom cloud profile (JSON)."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Machine-readable output.")},
        {QStringLiteral("account"), QStringLiteral("Sign in as a stored account."),
         QStringLiteral("NAME")},
        {QStringLiteral("client-id"), QStringLiteral("Application (client) id."),
         QStringLiteral("ID")},
        {QStringLiteral("tenant"), QStringLiteral("Tenant id."), QStringLiteral("ID")},
        {QStringLiteral("certificate-file"),
         QStringLiteral("PEM file with the client's key and certificate."), QStringLiteral("FILE")},
        {QStringLiteral("vault"),
         QStringLiteral("Vault URI or name (search and report: repeatable)."),
         QStringLiteral("URI|NAME")},
        {QStringLiteral("from"), QStringLiteral("compare, copy: the source vault."),
         QStringLiteral("URI|NAME")},
        {QStringLiteral("to"), QStringLiteral("compare, copy: the target vault."),
         QStringLiteral("URI|NAME")},
        {QStringLiteral("from-account"), QStringLiteral("The stored account that reaches --from."),
         QStringLiteral("NAME")},
        {QStringLiteral("to-account"), QStringLiteral("The stored account that reaches --to."),
         QStringLiteral("NAME")},
        {QStringLiteral("principal"),
         QStringLiteral("access grant, revoke: the principal's object id."), QStringLiteral("ID")},
        {QStringLiteral("role"),
         QStringLiteral("access grant, revoke: a built-in Key Vault role, e.g. \"Key Vault "
                        "Secrets User\"."),
         QStringLiteral("NAME")},
        {QStringLiteral("within"), QStringLiteral("report expiry: days ahead (default 30)."),
         QStringLiteral("DAYS")},
        {QStringLiteral("dry-run"),
         QStringLiteral("copy, import: say what would be done, write nothing.")},
        {QStringLiteral("on-conflict"),
         QStringLiteral("copy: skip (default), new-version or stop when the target has the name."),
         QStringLiteral("WHAT")},
        {QStringLiteral("all"), QStringLiteral("copy: every object of the kind in --from.")},
        {QStringLiteral("version"), QStringLiteral("Object version."), QStringLiteral("VERSION")},
        {QStringLiteral("value"),
         QStringLiteral("Secret value (visible to other local users; "
                        "prefer --value-file or stdin)."),
         QStringLiteral("VALUE")},
        {QStringLiteral("value-file"), QStringLiteral("Read the secret value from FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("content-type"), QStringLiteral("Secret content type."),
         QStringLiteral("TYPE")},
        {QStringLiteral("file"),
         QStringLiteral("Backup file; certificate to import; where to download; export's "
                        "output; import's .env or JSON."),
         QStringLiteral("FILE")},
        {QStringLiteral("kind"),
         QStringLiteral("Object kind for show, versions, delete, recover, purge, backup, "
                        "restore, compare and copy: secret (default), key or certificate."),
         QStringLiteral("KIND")},
        {QStringLiteral("key-type"), QStringLiteral("RSA, RSA-HSM, EC or EC-HSM."),
         QStringLiteral("TYPE")},
        {QStringLiteral("size"), QStringLiteral("RSA key size: 2048, 3072 or 4096."),
         QStringLiteral("BITS")},
        {QStringLiteral("curve"), QStringLiteral("EC curve: P-256, P-384 or P-521."),
         QStringLiteral("CURVE")},
        {QStringLiteral("ops"), QStringLiteral("Key operations, comma-separated."),
         QStringLiteral("OPS")},
        {QStringLiteral("tag"), QStringLiteral("A tag (repeatable)."), QStringLiteral("K=V")},
        {QStringLiteral("disabled"), QStringLiteral("Create or import disabled.")},
        {QStringLiteral("subject"), QStringLiteral("Certificate subject, e.g. CN=example.com."),
         QStringLiteral("DN")},
        {QStringLiteral("dns"), QStringLiteral("Subject alternative DNS names, comma-separated."),
         QStringLiteral("NAMES")},
        {QStringLiteral("validity-months"), QStringLiteral("Certificate validity (default 12)."),
         QStringLiteral("N")},
        {QStringLiteral("format"),
         QStringLiteral("create-certificate: pfx (default) or pem; download-certificate: cer "
                        "(DER, default), pem, or key (PFX/PEM with the private key); export: "
                        "csv (default), json or markdown."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("not-exportable"),
         QStringLiteral("The certificate's private key never leaves the vault.")},
        {QStringLiteral("password"),
         QStringLiteral("PFX password for import-certificate (or KLUIS_PFX_PASSWORD)."),
         QStringLiteral("PASSWORD")},
        {QStringLiteral("proxy"),
         QStringLiteral("HTTP proxy: http://[user:password@]host:port, \"none\" or \"system\" "
                        "(default: HTTPS_PROXY / NO_PROXY, else the desktop's settings)."),
         QStringLiteral("URL")},
        {QStringLiteral("ca-file"),
         QStringLiteral("Also trust the CA certificates in this PEM file (e.g. a TLS-inspecting "
                        "proxy's)."),
         QStringLiteral("PEM")},
        {QStringLiteral("api-version"), QStringLiteral("Key Vault API version (default 7.6)."),
         QStringLiteral("VERSION"), QString::fromLatin1(KeyVaultClient::defaultApiVersion)},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    // --version takes an object version after a command; alone it asks for the program's.
    const auto arguments = QCoreApplication::arguments();
    if (arguments.size() == 2 && arguments.at(1) == QLatin1String("--version")) {
        std::printf("kluisctl %s\n", KLUIS_VERSION);
        return Ok;
    }
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "kluisctl: %s\n", qUtf8Printable(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return Ok;
    }
    if (parser.positionalArguments().isEmpty()) {
        std::fputs(qUtf8Printable(parser.helpText()), stderr);
        return Usage;
    }

    QString error;
    std::optional<CloudProfile> cloud;
    // The window's settings and keychain entries (service "Kluis").
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Kluis"),
                       QStringLiteral("Kluis"));
    AccountStore accounts(&settings, std::make_shared<KeychainStore>());
    std::optional<StoredAccount> account;
    if (parser.isSet(QStringLiteral("account"))) {
        account = accounts.find(parser.value(QStringLiteral("account")));
        if (!account) {
            std::fprintf(stderr, "kluisctl: no stored account \"%s\" (see accounts list)\n",
                         qUtf8Printable(parser.value(QStringLiteral("account"))));
            return Usage;
        }
        if (parser.isSet(QStringLiteral("cloud")) || parser.isSet(QStringLiteral("cloud-file"))) {
            std::fputs("kluisctl: an account brings its cloud; drop --cloud/--cloud-file\n",
                       stderr);
            return Usage;
        }
        auto accountCloud = accounts.cloudFor(*account);
        if (!accountCloud) {
            std::fprintf(stderr, "kluisctl: %s\n",
                         qUtf8Printable(accountCloud.error().detailedMessage()));
            return Usage;
        }
        cloud = accountCloud.value();
    } else if (parser.isSet(QStringLiteral("cloud-file"))) {
        if (parser.isSet(QStringLiteral("cloud"))) {
            std::fputs("kluisctl: give --cloud or --cloud-file, not both\n", stderr);
            return Usage;
        }
        cloud = CloudProfile::fromFile(parser.value(QStringLiteral("cloud-file")), &error);
    } else {
        const auto name = parser.isSet(QStringLiteral("cloud"))
                              ? parser.value(QStringLiteral("cloud"))
                              : QStringLiteral("AzureCloud");
        cloud = CloudProfile::builtIn(name);
        if (!cloud)
            error = QStringLiteral("Unknown cloud \"%1\".").arg(name);
    }
    if (!cloud) {
        std::fprintf(stderr, "kluisctl: %s\n", qUtf8Printable(error));
        return Usage;
    }

    NetworkSettings network;
    if (parser.isSet(QStringLiteral("proxy"))) {
        const auto proxy = ProxySettings::fromUrl(parser.value(QStringLiteral("proxy")));
        if (!proxy) {
            std::fprintf(stderr, "kluisctl: --proxy: not a proxy URL: %s\n",
                         qUtf8Printable(parser.value(QStringLiteral("proxy"))));
            return Usage;
        }
        network.proxy = *proxy;
    }
    // Tests only: let a proxy carry the emulator's .localhost names (the proxy resolves them).
    network.proxy.proxyLocalNames = qEnvironmentVariableIntValue("KLUIS_PROXY_LOCAL_NAMES") == 1;
    if (parser.isSet(QStringLiteral("ca-file"))) {
        network.extraCaFile = parser.value(QStringLiteral("ca-file"));
        if (QSslCertificate::fromPath(network.extraCaFile, QSsl::Pem).isEmpty()) {
            std::fprintf(stderr, "kluisctl: --ca-file: no PEM certificate in %s\n",
                         qUtf8Printable(network.extraCaFile));
            return Usage;
        }
    }
    HttpPipeline::setDefaultNetworkSettings(network);

    Context context(parser, *cloud, parser.isSet(QStringLiteral("json")), &accounts, account);
    int exitCode = Failed;
    auto task = run(context, parser.positionalArguments()).then([&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    if (!task.isReady())
        app.exec();
    std::fflush(stdout);
    return exitCode;
}
