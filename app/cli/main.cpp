// kluisctl: the core on the command line. Exit codes and --json output are documented in
// README.md ("kluisctl") and are part of the interface: change them only with that section.
#include "accounts/AccountStore.h"
#include "auth/ClientSecretCredential.h"
#include "auth/RefreshTokenStore.h"
#include "clients/ArmClient.h"
#include "clients/KeyVaultClient.h"
#include "cloud/CloudProfile.h"
#include "diagnostics/FirewallDiagnosis.h"
#include "net/HttpPipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <functional>

#include <cstdio>

using namespace kluis::core;

namespace {

enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Authentication = 3,
    NetworkOrFirewall = 4,
    NotFoundOrForbidden = 5,
};

int exitCodeFor(const AzureError &error)
{
    switch (error.kind) {
    case AzureError::Kind::Usage:
        return Usage;
    case AzureError::Kind::Auth:
        return Authentication;
    case AzureError::Kind::Transport:
        return NetworkOrFirewall;
    case AzureError::Kind::Parse:
    case AzureError::Kind::Cancelled:
        return Failed;
    case AzureError::Kind::Http:
        break;
    }
    if (error.httpStatus == 401)
        return Authentication;
    if (error.isFirewall() || error.httpStatus == 429 || error.httpStatus >= 500)
        return NetworkOrFirewall;
    if (error.httpStatus == 403 || error.httpStatus == 404)
        return NotFoundOrForbidden;
    return Failed;
}

int exitCodeFor(DiagnosisCause cause)
{
    switch (cause) {
    case DiagnosisCause::Ok:
        return Ok;
    case DiagnosisCause::AuthFailed:
    case DiagnosisCause::TenantMismatch:
        return Authentication;
    case DiagnosisCause::PermissionDenied:
        return NotFoundOrForbidden;
    default:
        return NetworkOrFirewall;
    }
}

QString kindName(AzureError::Kind kind)
{
    switch (kind) {
    case AzureError::Kind::Http:
        return QStringLiteral("http");
    case AzureError::Kind::Transport:
        return QStringLiteral("transport");
    case AzureError::Kind::Auth:
        return QStringLiteral("auth");
    case AzureError::Kind::Parse:
        return QStringLiteral("parse");
    case AzureError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case AzureError::Kind::Usage:
        return QStringLiteral("usage");
    }
    return {};
}

QJsonValue time(const std::optional<QDateTime> &value)
{
    return value ? QJsonValue(value->toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject attributesJson(const ObjectAttributes &attributes)
{
    return {{QStringLiteral("enabled"), attributes.enabled},
            {QStringLiteral("notBefore"), time(attributes.notBefore)},
            {QStringLiteral("expires"), time(attributes.expires)},
            {QStringLiteral("created"), time(attributes.created)},
            {QStringLiteral("updated"), time(attributes.updated)},
            {QStringLiteral("recoveryLevel"), attributes.recoveryLevel}};
}

QJsonObject secretJson(const SecretItem &item)
{
    QJsonObject object{{QStringLiteral("name"), item.name},
                       {QStringLiteral("id"), item.id.toString()},
                       {QStringLiteral("version"), item.version},
                       {QStringLiteral("contentType"), item.contentType},
                       {QStringLiteral("managed"), item.managed},
                       {QStringLiteral("attributes"), attributesJson(item.attributes)},
                       {QStringLiteral("tags"), tagsToJson(item.tags)}};
    if (!item.recoveryId.isEmpty()) {
        object.insert(QStringLiteral("recoveryId"), item.recoveryId.toString());
        object.insert(QStringLiteral("deletedDate"), time(item.deletedDate));
        object.insert(QStringLiteral("scheduledPurgeDate"), time(item.scheduledPurgeDate));
    }
    return object;
}

template<typename T> void insertDeleted(QJsonObject &object, const T &item)
{
    if (item.recoveryId.isEmpty())
        return;
    object.insert(QStringLiteral("recoveryId"), item.recoveryId.toString());
    object.insert(QStringLiteral("deletedDate"), time(item.deletedDate));
    object.insert(QStringLiteral("scheduledPurgeDate"), time(item.scheduledPurgeDate));
}

QJsonObject keyJson(const KeyItem &item)
{
    QJsonObject object{{QStringLiteral("name"), item.name},
                       {QStringLiteral("id"), item.kid.toString()},
                       {QStringLiteral("version"), item.version},
                       {QStringLiteral("keyType"), item.keyType},
                       {QStringLiteral("managed"), item.managed},
                       {QStringLiteral("attributes"), attributesJson(item.attributes)},
                       {QStringLiteral("tags"), tagsToJson(item.tags)}};
    // Bundles (show, create-key) only: list items carry no key material.
    if (!item.publicJwk.isEmpty()) {
        object.insert(QStringLiteral("keySize"), item.keySize);
        object.insert(QStringLiteral("curve"), item.curve);
        object.insert(QStringLiteral("keyOperations"),
                      QJsonArray::fromStringList(item.keyOperations));
        object.insert(QStringLiteral("publicJwk"), item.publicJwk);
    }
    insertDeleted(object, item);
    return object;
}

QJsonObject certificateJson(const CertificateItem &item)
{
    QJsonObject object{{QStringLiteral("name"), item.name},
                       {QStringLiteral("id"), item.id.toString()},
                       {QStringLiteral("version"), item.version},
                       {QStringLiteral("x5t"), item.x5t},
                       {QStringLiteral("attributes"), attributesJson(item.attributes)},
                       {QStringLiteral("tags"), tagsToJson(item.tags)}};
    // Bundles (show, create-certificate, import-certificate) only.
    if (!item.cer.isEmpty()) {
        object.insert(QStringLiteral("subject"), item.subject);
        object.insert(QStringLiteral("contentType"), item.contentType);
        object.insert(QStringLiteral("keyId"), item.kid.toString());
        object.insert(QStringLiteral("secretId"), item.sid.toString());
    }
    if (item.policy) {
        const auto &p = *item.policy;
        object.insert(
            QStringLiteral("policy"),
            QJsonObject{{QStringLiteral("subject"), p.subject},
                        {QStringLiteral("dnsNames"), QJsonArray::fromStringList(p.dnsNames)},
                        {QStringLiteral("validityMonths"), p.validityMonths},
                        {QStringLiteral("keyType"), p.keyType},
                        {QStringLiteral("keySize"), p.keySize},
                        {QStringLiteral("curve"), p.curve},
                        {QStringLiteral("exportable"), p.exportable},
                        {QStringLiteral("contentType"), p.contentType},
                        {QStringLiteral("issuer"), p.issuer}});
    }
    insertDeleted(object, item);
    return object;
}

QJsonObject vaultJson(const VaultResource &vault)
{
    const auto &p = vault.properties;
    QJsonArray ipRules;
    for (const auto &rule : p.networkAcls.ipRules)
        ipRules.append(rule);
    return {{QStringLiteral("name"), vault.name},
            {QStringLiteral("id"), vault.id},
            {QStringLiteral("location"), vault.location},
            {QStringLiteral("subscriptionId"), vault.subscriptionId},
            {QStringLiteral("resourceGroup"), vault.resourceGroup},
            {QStringLiteral("vaultUri"), p.vaultUri.toString()},
            {QStringLiteral("publicNetworkAccess"), p.publicNetworkAccess},
            {QStringLiteral("networkAcls"),
             QJsonObject{{QStringLiteral("defaultAction"), p.networkAcls.defaultAction},
                         {QStringLiteral("bypass"), p.networkAcls.bypass},
                         {QStringLiteral("ipRules"), ipRules}}},
            {QStringLiteral("enableRbacAuthorization"), p.enableRbacAuthorization}};
}

class Cli
{
public:
    Cli(QCommandLineParser &parser, CloudProfile cloud, bool json, AccountStore *accounts,
        std::optional<StoredAccount> account)
        : m_parser(parser)
        , m_cloud(std::move(cloud))
        , m_json(json)
        , m_pipeline(m_cloud)
        , m_accounts(accounts)
        , m_account(std::move(account))
    {}

    QCoro::Task<int> run(QStringList args);

private:
    void print(const QString &text) const
    {
        std::fputs(text.toUtf8().constData(), stdout);
        std::fputc('\n', stdout);
    }
    void printJson(const QJsonValue &value) const
    {
        const auto text = value.isArray()
                              ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                              : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    }
    int fail(const AzureError &error) const
    {
        if (m_json) {
            const QJsonObject object{
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("kind"), kindName(error.kind)},
                             {QStringLiteral("status"), error.httpStatus},
                             {QStringLiteral("code"), error.code},
                             {QStringLiteral("innerCode"), error.innerCode},
                             {QStringLiteral("message"), error.shortMessage()},
                             {QStringLiteral("detail"), error.message},
                             {QStringLiteral("requestId"), error.requestId},
                             {QStringLiteral("clientAddress"), error.clientAddress},
                             {QStringLiteral("exitCode"), exitCodeFor(error)}}}};
            std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stderr);
            std::fputc('\n', stderr);
        } else {
            std::fprintf(stderr, "kluisctl: %s\n", qUtf8Printable(error.detailedMessage()));
        }
        return exitCodeFor(error);
    }
    int usage(const QString &message) const { return fail(AzureError::usage(message)); }

    Result<KeyVaultClient> vault()
    {
        const auto uriOrName = m_parser.value(QStringLiteral("vault"));
        if (uriOrName.isEmpty())
            return AzureError::usage(QStringLiteral("This command needs --vault URI|NAME."));
        auto url = KeyVaultClient::vaultUrlFor(uriOrName, m_cloud);
        if (!url)
            return url.error();
        if (!signIn())
            return m_signInError;
        return KeyVaultClient(&m_pipeline, url.value(),
                              m_parser.value(QStringLiteral("api-version")));
    }

    bool signIn()
    {
        if (m_pipeline.credential())
            return true;
        auto credential = credentialFromEnvironment(m_cloud);
        if (!credential) {
            m_signInError = credential.error();
            return false;
        }
        m_pipeline.setCredential(credential.value());
        return true;
    }

    QCoro::Task<int> list(QString what);
    QCoro::Task<int> vaults();
    QCoro::Task<int> secretCommand(QString command, QString name);
    QCoro::Task<int> restore();
    QCoro::Task<int> accounts(QStringList args);
    QCoro::Task<int> keyCommand(QString command, QString name);
    QCoro::Task<int> certificateCommand(QString command, QString name);
    QCoro::Task<int> createKey(QString name);
    QCoro::Task<int> createCertificate(QString name);
    QCoro::Task<int> importCertificate(QString name);
    QCoro::Task<int> downloadCertificate(QString name);

    // Every page of a list, printed as one JSON array or one line per item.
    template<typename T>
    QCoro::Task<int> listPages(std::function<QCoro::Task<Result<ItemPage<T>>>(QUrl)> fetch,
                               std::function<QJsonObject(const T &)> toJson,
                               std::function<QString(const T &)> toText)
    {
        QJsonArray rows;
        QUrl next;
        do {
            auto task = fetch(next);
            auto page = co_await task;
            if (!page)
                co_return fail(page.error());
            for (const auto &item : page->items) {
                if (m_json)
                    rows.append(toJson(item));
                else
                    print(toText(item));
            }
            next = page->nextLink;
        } while (!next.isEmpty());
        if (m_json)
            printJson(rows);
        co_return Ok;
    }
    // --kind: secret (default), key or certificate.
    QString kind() const
    {
        const auto value = m_parser.value(QStringLiteral("kind"));
        return value.isEmpty() ? QStringLiteral("secret") : value;
    }
    QMap<QString, QString> tags() const
    {
        QMap<QString, QString> out;
        for (const auto &tag : m_parser.values(QStringLiteral("tag"))) {
            const auto at = tag.indexOf(QLatin1Char('='));
            out.insert(at < 0 ? tag : tag.left(at), at < 0 ? QString() : tag.mid(at + 1));
        }
        return out;
    }
    bool writeFile(const QString &path, const QByteArray &data, AzureError *error) const
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
            file.write(data) == data.size())
            return true;
        *error =
            AzureError::usage(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    QCoro::Task<int> diagnose();

    QCommandLineParser &m_parser;
    CloudProfile m_cloud;
    bool m_json;
    HttpPipeline m_pipeline;
    AzureError m_signInError;
    AccountStore *m_accounts;
    std::optional<StoredAccount> m_account;
};

QCoro::Task<int> Cli::run(QStringList args)
{
    const auto command = args.value(0);
    if (command == QLatin1String("accounts"))
        co_return co_await accounts(args.mid(1));
    if (m_account) {
        // A stored account never asks the user: scripts must not hang on a sign-in prompt.
        auto credential = co_await m_accounts->credentialFor(*m_account);
        if (!credential)
            co_return fail(credential.error());
        m_pipeline.setCredential(credential.value());
    }
    if (command == QLatin1String("endpoints")) {
        QJsonArray rows;
        for (const auto &endpoint : m_cloud.firewallEndpoints()) {
            if (m_json)
                rows.append(QJsonObject{{QStringLiteral("role"), endpoint.roleName()},
                                        {QStringLiteral("host"), endpoint.host},
                                        {QStringLiteral("port"), endpoint.port}});
            else
                print(endpoint.hostPort() + QLatin1Char('\t') + endpoint.roleName());
        }
        if (m_json)
            printJson(rows);
        co_return Ok;
    }
    if (command == QLatin1String("vaults"))
        co_return co_await vaults();
    if (command == QLatin1String("list")) {
        if (args.size() < 2)
            co_return usage(QStringLiteral("list what? secrets, keys, certificates, "
                                           "deleted-secrets or versions NAME"));
        if (args.at(1) == QLatin1String("versions")) {
            if (args.size() < 3)
                co_return usage(QStringLiteral("list versions needs a secret name."));
            if (kind() == QLatin1String("key"))
                co_return co_await keyCommand(QStringLiteral("versions"), args.at(2));
            if (kind() == QLatin1String("certificate"))
                co_return co_await certificateCommand(QStringLiteral("versions"), args.at(2));
            co_return co_await secretCommand(QStringLiteral("versions"), args.at(2));
        }
        co_return co_await list(args.at(1));
    }
    if (kind() != QLatin1String("secret") && kind() != QLatin1String("key") &&
        kind() != QLatin1String("certificate"))
        co_return usage(QStringLiteral("--kind is secret, key or certificate."));
    if (command == QLatin1String("restore")) {
        if (kind() == QLatin1String("key"))
            co_return co_await keyCommand(command, {});
        if (kind() == QLatin1String("certificate"))
            co_return co_await certificateCommand(command, {});
        co_return co_await restore();
    }
    static const QStringList creators{
        QStringLiteral("create-key"), QStringLiteral("create-certificate"),
        QStringLiteral("import-certificate"), QStringLiteral("download-certificate")};
    if (creators.contains(command)) {
        if (args.size() < 2)
            co_return usage(command + QStringLiteral(" needs a name."));
        if (command == QLatin1String("create-key"))
            co_return co_await createKey(args.at(1));
        if (command == QLatin1String("create-certificate"))
            co_return co_await createCertificate(args.at(1));
        if (command == QLatin1String("import-certificate"))
            co_return co_await importCertificate(args.at(1));
        co_return co_await downloadCertificate(args.at(1));
    }
    static const QStringList objectCommands{QStringLiteral("show"), QStringLiteral("delete"),
                                            QStringLiteral("recover"), QStringLiteral("purge"),
                                            QStringLiteral("backup")};
    if (objectCommands.contains(command) && kind() != QLatin1String("secret")) {
        if (args.size() < 2)
            co_return usage(command + QStringLiteral(" needs a name."));
        if (kind() == QLatin1String("key"))
            co_return co_await keyCommand(command, args.at(1));
        co_return co_await certificateCommand(command, args.at(1));
    }
    if (command == QLatin1String("diagnose"))
        co_return co_await diagnose();
    static const QStringList secretCommands{
        QStringLiteral("show"),   QStringLiteral("get-secret"), QStringLiteral("set-secret"),
        QStringLiteral("delete"), QStringLiteral("recover"),    QStringLiteral("purge"),
        QStringLiteral("backup")};
    if (secretCommands.contains(command)) {
        if (args.size() < 2)
            co_return usage(command + QStringLiteral(" needs a secret name."));
        co_return co_await secretCommand(command, args.at(1));
    }
    co_return usage(command.isEmpty()
                        ? QStringLiteral("No command given; see --help.")
                        : QStringLiteral("Unknown command \"%1\"; see --help.").arg(command));
}

QCoro::Task<int> Cli::accounts(QStringList args)
{
    const auto what = args.value(0);
    if (what == QLatin1String("list") || what.isEmpty()) {
        QJsonArray rows;
        for (const auto &account : m_accounts->accounts()) {
            if (m_json) {
                rows.append(
                    QJsonObject{{QStringLiteral("name"), account.name},
                                {QStringLiteral("id"), account.id},
                                {QStringLiteral("kind"), StoredAccount::kindName(account.kind)},
                                {QStringLiteral("cloud"), account.cloudName},
                                {QStringLiteral("cloudFile"), account.cloudFile},
                                {QStringLiteral("tenantId"), account.tenantId},
                                {QStringLiteral("clientId"), account.clientId},
                                {QStringLiteral("username"), account.username},
                                {QStringLiteral("objectId"), account.objectId}});
            } else {
                print(
                    QStringList{account.name, StoredAccount::kindName(account.kind), account.who(),
                                account.cloudFile.isEmpty() ? account.cloudName : account.cloudFile}
                        .join(QLatin1Char('\t')));
            }
        }
        if (m_json)
            printJson(rows);
        co_return Ok;
    }
    if (what == QLatin1String("add-service-principal")) {
        if (args.size() < 2 || !m_parser.isSet(QStringLiteral("client-id")))
            co_return usage(QStringLiteral("accounts add-service-principal NAME --client-id ID "
                                           "[--tenant T] [--certificate-file F]"));
        StoredAccount draft;
        draft.name = args.at(1);
        draft.clientId = m_parser.value(QStringLiteral("client-id"));
        draft.tenantId = m_parser.isSet(QStringLiteral("tenant"))
                             ? m_parser.value(QStringLiteral("tenant"))
                             : m_cloud.tenantId;
        if (m_parser.isSet(QStringLiteral("cloud-file")))
            draft.cloudFile =
                QFileInfo(m_parser.value(QStringLiteral("cloud-file"))).absoluteFilePath();
        else
            draft.cloudName = m_cloud.name;
        if (draft.tenantId.isEmpty())
            co_return usage(QStringLiteral("Give the tenant with --tenant."));
        if (m_accounts->find(draft.name))
            co_return usage(QStringLiteral("An account named \"%1\" exists.").arg(draft.name));
        if (m_parser.isSet(QStringLiteral("certificate-file"))) {
            draft.kind = StoredAccount::Kind::ClientCertificate;
            draft.certificateFile =
                QFileInfo(m_parser.value(QStringLiteral("certificate-file"))).absoluteFilePath();
            m_accounts->add(draft);
            co_return Ok;
        }
        // The secret comes on stdin, never on the command line.
        QTextStream in(stdin);
        const auto secret = in.readLine();
        if (secret.isEmpty())
            co_return usage(QStringLiteral("Pipe the client secret to stdin."));
        auto added = co_await m_accounts->addClientSecret(draft, secret);
        if (!added)
            co_return fail(added.error());
        co_return Ok;
    }
    if (what == QLatin1String("remove")) {
        const auto account = m_accounts->find(args.value(1));
        if (!account)
            co_return usage(QStringLiteral("No account named \"%1\".").arg(args.value(1)));
        auto removed = co_await m_accounts->remove(account->id);
        if (!removed)
            co_return fail(removed.error());
        co_return Ok;
    }
    co_return usage(QStringLiteral("accounts list|add-service-principal|remove"));
}

QCoro::Task<int> Cli::vaults()
{
    if (!signIn())
        co_return fail(m_signInError);
    ArmClient arm(&m_pipeline, m_cloud.tenantId);
    const auto all = co_await arm.listAllVaults();
    if (!all)
        co_return fail(all.error());
    QJsonArray rows;
    for (const auto &vault : all.value()) {
        if (m_json)
            rows.append(vaultJson(vault));
        else
            print(vault.name + QLatin1Char('\t') + vault.properties.vaultUri.toString() +
                  QLatin1Char('\t') + vault.resourceGroup + QLatin1Char('\t') +
                  vault.subscriptionId);
    }
    if (m_json)
        printJson(rows);
    co_return Ok;
}

QCoro::Task<int> Cli::list(QString what)
{
    auto client = vault();
    if (!client)
        co_return fail(client.error());
    QJsonArray rows;
    QUrl next;
    do {
        if (what == QLatin1String("secrets") || what == QLatin1String("deleted-secrets")) {
            // No co_await inside ?: — GCC 12 destroys the temporaries of both branches.
            auto task = what == QLatin1String("secrets") ? client->listSecrets(next)
                                                         : client->listDeletedSecrets(next);
            auto page = co_await task;
            if (!page)
                co_return fail(page.error());
            for (const auto &item : page->items) {
                if (m_json)
                    rows.append(secretJson(item));
                else
                    print(item.name + QLatin1Char('\t') +
                          (item.attributes.enabled ? QStringLiteral("enabled")
                                                   : QStringLiteral("disabled")) +
                          QLatin1Char('\t') + item.contentType);
            }
            next = page->nextLink;
        } else if (what == QLatin1String("keys")) {
            auto page = co_await client->listKeys(next);
            if (!page)
                co_return fail(page.error());
            for (const auto &item : page->items) {
                if (m_json)
                    rows.append(keyJson(item));
                else
                    print(item.name);
            }
            next = page->nextLink;
        } else if (what == QLatin1String("certificates")) {
            auto page = co_await client->listCertificates(next);
            if (!page)
                co_return fail(page.error());
            for (const auto &item : page->items) {
                if (m_json)
                    rows.append(certificateJson(item));
                else
                    print(item.name + QLatin1Char('\t') + item.x5t);
            }
            next = page->nextLink;
        } else if (what == QLatin1String("deleted-keys")) {
            auto listing = listPages<KeyItem>(
                [client](QUrl link) { return client->listDeletedKeys(std::move(link)); }, keyJson,
                [](const KeyItem &item) {
                    return QString(item.name + QLatin1Char('\t') +
                                   (item.scheduledPurgeDate
                                        ? item.scheduledPurgeDate->toUTC().toString(Qt::ISODate)
                                        : QString()));
                });
            // Named first: GCC 12 mishandles temporaries inside co_await.
            co_return co_await listing;
        } else if (what == QLatin1String("deleted-certificates")) {
            auto listing = listPages<CertificateItem>(
                [client](QUrl link) { return client->listDeletedCertificates(std::move(link)); },
                certificateJson,
                [](const CertificateItem &item) {
                    return QString(item.name + QLatin1Char('\t') +
                                   (item.scheduledPurgeDate
                                        ? item.scheduledPurgeDate->toUTC().toString(Qt::ISODate)
                                        : QString()));
                });
            // Named first: GCC 12 mishandles temporaries inside co_await.
            co_return co_await listing;
        } else {
            co_return usage(QStringLiteral("Cannot list \"%1\": secrets, keys, certificates, "
                                           "deleted-secrets, deleted-keys, deleted-certificates "
                                           "or versions NAME.")
                                .arg(what));
        }
    } while (!next.isEmpty());
    if (m_json)
        printJson(rows);
    co_return Ok;
}

QCoro::Task<int> Cli::secretCommand(QString command, QString name)
{
    auto client = vault();
    if (!client)
        co_return fail(client.error());
    const auto version = m_parser.value(QStringLiteral("version"));
    if (command == QLatin1String("versions")) {
        QJsonArray rows;
        QUrl next;
        do {
            auto page = co_await client->listSecretVersions(name, next);
            if (!page)
                co_return fail(page.error());
            for (const auto &item : page->items) {
                if (m_json)
                    rows.append(secretJson(item));
                else
                    print(item.version + QLatin1Char('\t') +
                          (item.attributes.updated
                               ? item.attributes.updated->toUTC().toString(Qt::ISODate)
                               : QString()));
            }
            next = page->nextLink;
        } while (!next.isEmpty());
        if (m_json)
            printJson(rows);
        co_return Ok;
    }
    if (command == QLatin1String("show") || command == QLatin1String("get-secret")) {
        const auto bundle = co_await client->getSecret(name, version);
        if (!bundle)
            co_return fail(bundle.error());
        const bool withValue = command == QLatin1String("get-secret");
        if (m_json) {
            auto object = secretJson(bundle->item);
            if (withValue)
                object.insert(QStringLiteral("value"), bundle->value);
            printJson(object);
        } else if (withValue) {
            print(bundle->value);
        } else {
            print(QStringLiteral("name\t%1\nversion\t%2\ncontentType\t%3\nenabled\t%4\nupdated\t%5")
                      .arg(bundle->item.name, bundle->item.version, bundle->item.contentType,
                           bundle->item.attributes.enabled ? QStringLiteral("true")
                                                           : QStringLiteral("false"),
                           bundle->item.attributes.updated
                               ? bundle->item.attributes.updated->toUTC().toString(Qt::ISODate)
                               : QString()));
        }
        co_return Ok;
    }
    if (command == QLatin1String("set-secret")) {
        QString value;
        if (m_parser.isSet(QStringLiteral("value"))) {
            value = m_parser.value(QStringLiteral("value"));
        } else {
            QFile file;
            const auto path = m_parser.value(QStringLiteral("value-file"));
            const bool opened = path.isEmpty()
                                    ? file.open(stdin, QIODevice::ReadOnly)
                                    : (file.setFileName(path), file.open(QIODevice::ReadOnly));
            if (!opened)
                co_return usage(
                    QStringLiteral("Cannot read the value: %1").arg(file.errorString()));
            value = QString::fromUtf8(file.readAll());
            if (path.isEmpty() && value.endsWith(QLatin1Char('\n')))
                value.chop(1); // `echo value | kluisctl set-secret` must not store the newline
        }
        const auto bundle =
            co_await client->setSecret(name, value, m_parser.value(QStringLiteral("content-type")));
        if (!bundle)
            co_return fail(bundle.error());
        if (m_json)
            printJson(secretJson(bundle->item));
        else
            print(bundle->item.id.toString());
        co_return Ok;
    }
    if (command == QLatin1String("delete") || command == QLatin1String("recover")) {
        auto task = command == QLatin1String("delete") ? client->deleteSecret(name)
                                                       : client->recoverDeletedSecret(name);
        const auto item = co_await task;
        if (!item)
            co_return fail(item.error());
        if (m_json)
            printJson(secretJson(item.value()));
        else
            print(item->name);
        co_return Ok;
    }
    if (command == QLatin1String("purge")) {
        const auto done = co_await client->purgeDeletedSecret(name);
        if (!done)
            co_return fail(done.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("purged"), name}});
        co_return Ok;
    }
    if (command == QLatin1String("backup")) {
        const auto path = m_parser.value(QStringLiteral("file"));
        if (path.isEmpty())
            co_return usage(QStringLiteral("backup needs --file FILE."));
        const auto blob = co_await client->backupSecret(name);
        if (!blob)
            co_return fail(blob.error());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(blob.value()) < 0)
            co_return fail(AzureError::usage(
                QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())));
        if (m_json)
            printJson(
                QJsonObject{{QStringLiteral("backup"), name}, {QStringLiteral("file"), path}});
        co_return Ok;
    }
    co_return usage(QStringLiteral("Unknown command \"%1\".").arg(command));
}

QCoro::Task<int> Cli::restore()
{
    auto client = vault();
    if (!client)
        co_return fail(client.error());
    const auto path = m_parser.value(QStringLiteral("file"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        co_return usage(QStringLiteral("restore needs a readable --file FILE."));
    const auto item = co_await client->restoreSecret(file.readAll().trimmed());
    if (!item)
        co_return fail(item.error());
    if (m_json)
        printJson(secretJson(item.value()));
    else
        print(item->name);
    co_return Ok;
}

QCoro::Task<int> Cli::keyCommand(QString command, QString name)
{
    auto client = vault();
    if (!client)
        co_return fail(client.error());
    const auto kv = client.value();
    const auto done = [this](const Result<KeyItem> &item) {
        if (!item)
            return fail(item.error());
        if (m_json)
            printJson(keyJson(item.value()));
        else
            print(item->kid.toString());
        return int(Ok);
    };
    if (command == QLatin1String("versions")) {
        auto listing = listPages<KeyItem>(
            [kv, name](QUrl link) { return kv.listKeyVersions(name, std::move(link)); }, keyJson,
            [](const KeyItem &item) { return item.version; });
        // Named first: GCC 12 mishandles temporaries inside co_await.
        co_return co_await listing;
    }
    if (command == QLatin1String("show")) {
        auto item = co_await kv.getKey(name, m_parser.value(QStringLiteral("version")));
        if (item && !m_json) {
            print(
                QStringLiteral("name\t%1\nversion\t%2\nkeyType\t%3\nkeyOperations\t%4\nenabled\t%5")
                    .arg(item->name, item->version, item->keyDescription(),
                         item->keyOperations.join(QLatin1Char(',')),
                         item->attributes.enabled ? QStringLiteral("true")
                                                  : QStringLiteral("false")));
            co_return Ok;
        }
        co_return done(item);
    }
    if (command == QLatin1String("delete")) {
        auto item = co_await kv.deleteKey(name);
        co_return done(item);
    }
    if (command == QLatin1String("recover")) {
        auto item = co_await kv.recoverDeletedKey(name);
        co_return done(item);
    }
    if (command == QLatin1String("purge")) {
        const auto purged = co_await kv.purgeDeletedKey(name);
        if (!purged)
            co_return fail(purged.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("purged"), name}});
        co_return Ok;
    }
    const auto path = m_parser.value(QStringLiteral("file"));
    if (path.isEmpty())
        co_return usage(command + QStringLiteral(" needs --file FILE."));
    if (command == QLatin1String("backup")) {
        const auto blob = co_await kv.backupKey(name);
        if (!blob)
            co_return fail(blob.error());
        AzureError error;
        if (!writeFile(path, blob.value(), &error))
            co_return fail(error);
        if (m_json)
            printJson(
                QJsonObject{{QStringLiteral("backup"), name}, {QStringLiteral("file"), path}});
        co_return Ok;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        co_return usage(QStringLiteral("restore needs a readable --file FILE."));
    auto item = co_await kv.restoreKey(file.readAll().trimmed());
    co_return done(item);
}

QCoro::Task<int> Cli::certificateCommand(QString command, QString name)
{
    auto client = vault();
    if (!client)
        co_return fail(client.error());
    const auto kv = client.value();
    const auto done = [this](const Result<CertificateItem> &item) {
        if (!item)
            return fail(item.error());
        if (m_json)
            printJson(certificateJson(item.value()));
        else
            print(item->id.toString());
        return int(Ok);
    };
    if (command == QLatin1String("versions")) {
        auto listing = listPages<CertificateItem>(
            [kv, name](QUrl link) { return kv.listCertificateVersions(name, std::move(link)); },
            certificateJson,
            [](const CertificateItem &item) {
                return QString(item.version + QLatin1Char('\t') + item.x5t);
            });
        // Named first: GCC 12 mishandles temporaries inside co_await.
        co_return co_await listing;
    }
    if (command == QLatin1String("show")) {
        auto item = co_await kv.getCertificate(name, m_parser.value(QStringLiteral("version")));
        if (item && !m_json) {
            print(QStringLiteral(
                      "name\t%1\nversion\t%2\nsubject\t%3\nx5t\t%4\nenabled\t%5\nexpires\t%6")
                      .arg(item->name, item->version, item->subject, item->x5t,
                           item->attributes.enabled ? QStringLiteral("true")
                                                    : QStringLiteral("false"),
                           item->attributes.expires
                               ? item->attributes.expires->toUTC().toString(Qt::ISODate)
                               : QString()));
            co_return Ok;
        }
        co_return done(item);
    }
    if (command == QLatin1String("delete")) {
        auto item = co_await kv.deleteCertificate(name);
        co_return done(item);
    }
    if (command == QLatin1String("recover")) {
        auto item = co_await kv.recoverDeletedCertificate(name);
        co_return done(item);
    }
    if (command == QLatin1String("purge")) {
        const auto purged = co_await kv.purgeDeletedCertificate(name);
        if (!purged)
            co_return fail(purged.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("purged"), name}});
        co_return Ok;
    }
    const auto path = m_parser.value(QStringLiteral("file"));
    if (path.isEmpty())
        co_return usage(command + QStringLiteral(" needs --file FILE."));
    if (command == QLatin1String("backup")) {
        const auto blob = co_await kv.backupCertificate(name);
        if (!blob)
            co_return fail(blob.error());
        AzureError error;
        if (!writeFile(path, blob.value(), &error))
            co_return fail(error);
        if (m_json)
            printJson(
                QJsonObject{{QStringLiteral("backup"), name}, {QStringLiteral("file"), path}});
        co_return Ok;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        co_return usage(QStringLiteral("restore needs a readable --file FILE."));
    auto item = co_await kv.restoreCertificate(file.readAll().trimmed());
    co_return done(item);
}

QCoro::Task<int> Cli::createKey(QString name)
{
    auto client = vault();
    if (!client)
        co_return fail(client.error());
    KeyCreateOptions options;
    if (m_parser.isSet(QStringLiteral("key-type")))
        options.keyType = m_parser.value(QStringLiteral("key-type"));
    if (m_parser.isSet(QStringLiteral("size")))
        options.keySize = m_parser.value(QStringLiteral("size")).toInt();
    if (m_parser.isSet(QStringLiteral("curve")))
        options.curve = m_parser.value(QStringLiteral("curve"));
    if (m_parser.isSet(QStringLiteral("ops")))
        options.keyOperations =
            m_parser.value(QStringLiteral("ops")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.enabled = !m_parser.isSet(QStringLiteral("disabled"));
    options.tags = tags();
    const auto item = co_await client->createKey(name, options);
    if (!item)
        co_return fail(item.error());
    if (m_json)
        printJson(keyJson(item.value()));
    else
        print(item->kid.toString());
    co_return Ok;
}

QCoro::Task<int> Cli::createCertificate(QString name)
{
    auto client = vault();
    if (!client)
        co_return fail(client.error());
    CertificatePolicy policy;
    policy.subject = m_parser.value(QStringLiteral("subject"));
    policy.dnsNames =
        m_parser.value(QStringLiteral("dns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (policy.subject.isEmpty() && policy.dnsNames.isEmpty())
        co_return usage(QStringLiteral("create-certificate needs --subject CN=... or --dns."));
    if (m_parser.isSet(QStringLiteral("validity-months")))
        policy.validityMonths = m_parser.value(QStringLiteral("validity-months")).toInt();
    if (m_parser.isSet(QStringLiteral("key-type")))
        policy.keyType = m_parser.value(QStringLiteral("key-type"));
    if (m_parser.isSet(QStringLiteral("size")))
        policy.keySize = m_parser.value(QStringLiteral("size")).toInt();
    if (m_parser.isSet(QStringLiteral("curve")))
        policy.curve = m_parser.value(QStringLiteral("curve"));
    const auto format = m_parser.value(QStringLiteral("format"));
    if (format == QLatin1String("pem"))
        policy.contentType = QStringLiteral("application/x-pem-file");
    else if (!format.isEmpty() && format != QLatin1String("pfx"))
        co_return usage(QStringLiteral("create-certificate --format is pfx or pem."));
    policy.exportable = !m_parser.isSet(QStringLiteral("not-exportable"));
    const auto item = co_await client->createCertificateAndWait(
        name, policy, !m_parser.isSet(QStringLiteral("disabled")), tags());
    if (!item)
        co_return fail(item.error());
    if (m_json)
        printJson(certificateJson(item.value()));
    else
        print(item->id.toString());
    co_return Ok;
}

QCoro::Task<int> Cli::importCertificate(QString name)
{
    auto client = vault();
    if (!client)
        co_return fail(client.error());
    const auto path = m_parser.value(QStringLiteral("file"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        co_return usage(QStringLiteral("import-certificate needs a readable --file FILE (PFX or "
                                       "PEM)."));
    CertificateImport import;
    import.content = file.readAll();
    import.password = m_parser.value(QStringLiteral("password"));
    if (import.password.isEmpty())
        import.password = qEnvironmentVariable("KLUIS_PFX_PASSWORD");
    import.enabled = !m_parser.isSet(QStringLiteral("disabled"));
    import.tags = tags();
    const auto item = co_await client->importCertificate(name, import);
    if (!item)
        co_return fail(item.error());
    if (m_json)
        printJson(certificateJson(item.value()));
    else
        print(item->id.toString());
    co_return Ok;
}

QCoro::Task<int> Cli::downloadCertificate(QString name)
{
    auto client = vault();
    if (!client)
        co_return fail(client.error());
    const auto path = m_parser.value(QStringLiteral("file"));
    if (path.isEmpty())
        co_return usage(QStringLiteral("download-certificate needs --file FILE."));
    const auto format = m_parser.value(QStringLiteral("format"));
    const auto version = m_parser.value(QStringLiteral("version"));
    QByteArray data;
    QString contentType;
    if (format.isEmpty() || format == QLatin1String("cer") || format == QLatin1String("pem")) {
        const auto item = co_await client->getCertificate(name, version);
        if (!item)
            co_return fail(item.error());
        const bool pem = format == QLatin1String("pem");
        data = pem ? item->cerPem() : item->cer;
        contentType = pem ? QStringLiteral("application/x-pem-file")
                          : QStringLiteral("application/pkix-cert");
    } else if (format == QLatin1String("key")) {
        const auto exported = co_await client->exportCertificate(name, version);
        if (!exported)
            co_return fail(exported.error());
        if (!exported->hasPrivateKey)
            co_return fail(AzureError::usage(
                QStringLiteral("The certificate %1 has no exportable private key.").arg(name)));
        data = exported->content;
        contentType = exported->contentType;
    } else {
        co_return usage(QStringLiteral("download-certificate --format is cer, pem or key."));
    }
    AzureError error;
    if (!writeFile(path, data, &error))
        co_return fail(error);
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("name"), name},
                              {QStringLiteral("file"), path},
                              {QStringLiteral("contentType"), contentType},
                              {QStringLiteral("bytes"), data.size()}});
    co_return Ok;
}

QCoro::Task<int> Cli::diagnose()
{
    const auto uriOrName = m_parser.value(QStringLiteral("vault"));
    if (uriOrName.isEmpty())
        co_return usage(QStringLiteral("diagnose needs --vault URI|NAME."));
    const auto url = KeyVaultClient::vaultUrlFor(uriOrName, m_cloud);
    if (!url)
        co_return fail(url.error());
    // A diagnosis is for a human waiting at a prompt: fail fast instead of retrying a minute,
    // in the sign-in made below as well.
    RetryPolicy retry;
    retry.maxRetries = 0;
    m_pipeline.setRetryPolicy(retry);
    m_pipeline.setTimeout(std::chrono::seconds(10));
    HttpPipeline::setDefaultRetryPolicy(retry, std::chrono::seconds(10));

    // First the call that matters: one page of secrets. Its failure (or success) is what the
    // diagnosis explains.
    std::optional<AzureError> failure;
    if (!signIn()) {
        failure = m_signInError;
    } else {
        const KeyVaultClient client(&m_pipeline, url.value(),
                                    m_parser.value(QStringLiteral("api-version")));
        const auto page = co_await client.listSecrets();
        if (!page)
            failure = page.error();
    }
    FirewallDiagnosis diagnosis(&m_pipeline, {url.value(), failure, {}, {}});
    const auto result = co_await diagnosis.run();
    if (m_json)
        printJson(result.toJson());
    else
        print(result.toMarkdown());
    co_return exitCodeFor(result.cause);
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
        {QStringLiteral("vault"), QStringLiteral("Vault URI or name."), QStringLiteral("URI|NAME")},
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
         QStringLiteral("Backup file; certificate to import; where to download."),
         QStringLiteral("FILE")},
        {QStringLiteral("kind"),
         QStringLiteral("Object kind for show, versions, delete, recover, purge, backup and "
                        "restore: secret (default), key or certificate."),
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
                        "(DER, default), pem, or key (PFX/PEM with the private key)."),
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
    AccountStore accounts(&settings, std::make_shared<RefreshTokenStore>());
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

    Cli cli(parser, *cloud, parser.isSet(QStringLiteral("json")), &accounts, account);
    int exitCode = Failed;
    auto task = cli.run(parser.positionalArguments()).then([&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    if (!task.isReady())
        app.exec();
    std::fflush(stdout);
    return exitCode;
}
