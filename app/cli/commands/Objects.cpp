// Every kind shares its life cycle: versions, delete, recover, purge, backup and restore (and show,
// for keys and certificates) differ only in the client calls and in how an item is printed.
#include "commands/Commands.h"

#include "clients/BackupFile.h"

#include <QFile>

using namespace kluis::core;

namespace kluis::cli {

namespace {

template<typename Item> struct Kind
{
    QCoro::Task<Result<ItemPage<Item>>> (KeyVaultClient::*versions)(QString, QUrl) const;
    QCoro::Task<Result<Item>> (KeyVaultClient::*get)(QString, QString) const; // null: secrets
    QJsonObject (*toJson)(const Item &);
    QString (*id)(const Item &);          // what a plain change prints
    QString (*versionLine)(const Item &); // one line of `list versions`
    QString (*details)(const Item &);     // `show` without --json
};

QString enabledText(const ObjectAttributes &attributes)
{
    return attributes.enabled ? QStringLiteral("true") : QStringLiteral("false");
}

QString updatedText(const ObjectAttributes &attributes)
{
    return attributes.updated ? attributes.updated->toUTC().toString(Qt::ISODate) : QString();
}

// A secret's `show` reads the bundle (secretCommand), so it has no `get` here.
const Kind<SecretItem> secrets{
    &KeyVaultClient::listVersions<SecretItem>,
    nullptr,
    secretJson,
    [](const SecretItem &item) { return item.name; },
    [](const SecretItem &item) {
        return QString(item.version + QLatin1Char('\t') + updatedText(item.attributes));
    },
    nullptr,
};

const Kind<KeyItem> keys{
    &KeyVaultClient::listVersions<KeyItem>,
    &KeyVaultClient::getKey,
    keyJson,
    [](const KeyItem &item) { return item.kid.toString(); },
    [](const KeyItem &item) { return item.version; },
    [](const KeyItem &item) {
        return QStringLiteral("name\t%1\nversion\t%2\nkeyType\t%3\nkeyOperations\t%4\nenabled\t%5")
            .arg(item.name, item.version, item.keyDescription(),
                 item.keyOperations.join(QLatin1Char(',')), enabledText(item.attributes));
    },
};

const Kind<CertificateItem> certificates{
    &KeyVaultClient::listVersions<CertificateItem>,
    &KeyVaultClient::getCertificate,
    certificateJson,
    [](const CertificateItem &item) { return item.id.toString(); },
    [](const CertificateItem &item) {
        return QString(item.version + QLatin1Char('\t') + item.x5t);
    },
    [](const CertificateItem &item) {
        return QStringLiteral(
                   "name\t%1\nversion\t%2\nsubject\t%3\nx5t\t%4\nenabled\t%5\nexpires\t%6")
            .arg(item.name, item.version, item.subject, item.x5t, enabledText(item.attributes),
                 isoTime(item.attributes.expires));
    },
};

template<typename Item>
QCoro::Task<int> run(Context &context, const Kind<Item> &kind, QString command, QString name)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    const auto kv = client.value();
    const auto done = [&context, &kind](const Result<Item> &item) {
        if (!item)
            return context.fail(item.error());
        if (context.json())
            context.printJson(kind.toJson(item.value()));
        else
            context.print(kind.id(item.value()));
        return int(Ok);
    };
    if (command == QLatin1String("versions")) {
        auto listing = context.listPages<Item>(
            [kv, name, &kind](QUrl link) { return (kv.*kind.versions)(name, std::move(link)); },
            kind.toJson, kind.versionLine);
        // Named first: GCC 12 mishandles temporaries inside co_await.
        co_return co_await listing;
    }
    if (command == QLatin1String("show") && kind.get) {
        auto item = co_await (kv.*kind.get)(name, context.option(QStringLiteral("version")));
        if (item && !context.json()) {
            context.print(kind.details(item.value()));
            co_return Ok;
        }
        co_return done(item);
    }
    if (command == QLatin1String("delete")) {
        auto item = co_await kv.deleteItem<Item>(name);
        co_return done(item);
    }
    if (command == QLatin1String("recover")) {
        auto item = co_await kv.recoverItem<Item>(name);
        co_return done(item);
    }
    if (command == QLatin1String("purge")) {
        const auto purged = co_await kv.purgeObject(Item::kind, name);
        if (!purged)
            co_return context.fail(purged.error());
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("purged"), name}});
        co_return Ok;
    }
    const auto path = context.option(QStringLiteral("file"));
    if (path.isEmpty())
        co_return context.usage(command + QStringLiteral(" needs --file FILE."));
    if (command == QLatin1String("backup")) {
        const auto blob = co_await kv.backupObject(Item::kind, name);
        if (!blob)
            co_return context.fail(blob.error());
        AzureError error;
        if (!context.writeFile(path, blob.value(), &error))
            co_return context.fail(error);
        if (context.json())
            context.printJson(
                QJsonObject{{QStringLiteral("backup"), name}, {QStringLiteral("file"), path}});
        co_return Ok;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        co_return context.usage(QStringLiteral("restore needs a readable --file FILE."));
    auto item = co_await kv.restoreItem<Item>(backupfile::fromFile(file.readAll()));
    co_return done(item);
}

} // namespace

QCoro::Task<int> objectCommand(Context &context, ObjectKind kind, QString command, QString name)
{
    if (kind == ObjectKind::Secret) {
        auto task = run(context, secrets, std::move(command), std::move(name));
        co_return co_await task;
    }
    if (kind == ObjectKind::Key) {
        auto task = run(context, keys, std::move(command), std::move(name));
        co_return co_await task;
    }
    auto task = run(context, certificates, std::move(command), std::move(name));
    co_return co_await task;
}

} // namespace kluis::cli
