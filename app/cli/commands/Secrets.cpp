#include "commands/Commands.h"

#include <QFile>

using namespace kluis::core;

namespace kluis::cli {

QCoro::Task<int> secretCommand(Context &context, QString command, QString name)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    const auto version = context.option(QStringLiteral("version"));
    if (command == QLatin1String("versions")) {
        const auto kv = client.value();
        auto listing = context.listPages<SecretItem>(
            [kv, name](QUrl link) { return kv.listSecretVersions(name, std::move(link)); },
            secretJson,
            [](const SecretItem &item) {
                return QString(item.version + QLatin1Char('\t') +
                               (item.attributes.updated
                                    ? item.attributes.updated->toUTC().toString(Qt::ISODate)
                                    : QString()));
            });
        // Named first: GCC 12 mishandles temporaries inside co_await.
        co_return co_await listing;
    }
    if (command == QLatin1String("show") || command == QLatin1String("get-secret")) {
        const auto bundle = co_await client->getSecret(name, version);
        if (!bundle)
            co_return context.fail(bundle.error());
        const bool withValue = command == QLatin1String("get-secret");
        if (context.json()) {
            auto object = secretJson(bundle->item);
            if (withValue)
                object.insert(QStringLiteral("value"), bundle->value);
            context.printJson(object);
        } else if (withValue) {
            context.print(bundle->value);
        } else {
            context.print(
                QStringLiteral("name\t%1\nversion\t%2\ncontentType\t%3\nenabled\t%4\nupdated\t%5")
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
        if (context.isSet(QStringLiteral("value"))) {
            value = context.option(QStringLiteral("value"));
        } else {
            QFile file;
            const auto path = context.option(QStringLiteral("value-file"));
            const bool opened = path.isEmpty()
                                    ? file.open(stdin, QIODevice::ReadOnly)
                                    : (file.setFileName(path), file.open(QIODevice::ReadOnly));
            if (!opened)
                co_return context.usage(
                    QStringLiteral("Cannot read the value: %1").arg(file.errorString()));
            value = QString::fromUtf8(file.readAll());
            if (path.isEmpty() && value.endsWith(QLatin1Char('\n')))
                value.chop(1); // `echo value | kluisctl set-secret` must not store the newline
        }
        const auto bundle =
            co_await client->setSecret(name, value, context.option(QStringLiteral("content-type")));
        if (!bundle)
            co_return context.fail(bundle.error());
        if (context.json())
            context.printJson(secretJson(bundle->item));
        else
            context.print(bundle->item.id.toString());
        co_return Ok;
    }
    if (command == QLatin1String("delete") || command == QLatin1String("recover")) {
        auto task = command == QLatin1String("delete") ? client->deleteSecret(name)
                                                       : client->recoverDeletedSecret(name);
        const auto item = co_await task;
        if (!item)
            co_return context.fail(item.error());
        if (context.json())
            context.printJson(secretJson(item.value()));
        else
            context.print(item->name);
        co_return Ok;
    }
    if (command == QLatin1String("purge")) {
        const auto done = co_await client->purgeDeletedSecret(name);
        if (!done)
            co_return context.fail(done.error());
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("purged"), name}});
        co_return Ok;
    }
    if (command == QLatin1String("backup")) {
        const auto path = context.option(QStringLiteral("file"));
        if (path.isEmpty())
            co_return context.usage(QStringLiteral("backup needs --file FILE."));
        const auto blob = co_await client->backupSecret(name);
        if (!blob)
            co_return context.fail(blob.error());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(blob.value()) < 0)
            co_return context.fail(AzureError::usage(
                QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())));
        if (context.json())
            context.printJson(
                QJsonObject{{QStringLiteral("backup"), name}, {QStringLiteral("file"), path}});
        co_return Ok;
    }
    co_return context.usage(QStringLiteral("Unknown command \"%1\".").arg(command));
}

QCoro::Task<int> restoreSecretCommand(Context &context)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    const auto path = context.option(QStringLiteral("file"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        co_return context.usage(QStringLiteral("restore needs a readable --file FILE."));
    const auto item = co_await client->restoreSecret(file.readAll().trimmed());
    if (!item)
        co_return context.fail(item.error());
    if (context.json())
        context.printJson(secretJson(item.value()));
    else
        context.print(item->name);
    co_return Ok;
}

} // namespace kluis::cli
