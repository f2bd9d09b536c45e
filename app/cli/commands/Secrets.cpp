#include "commands/Commands.h"

#include "common/SecureMemory.h"

#include <QFile>

using namespace kluis::core;

namespace kluis::cli {

QCoro::Task<int> secretCommand(Context &context, QString command, QString name)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    const auto version = context.option(QStringLiteral("version"));
    if (command == QLatin1String("show") || command == QLatin1String("get-secret")) {
        auto bundle = co_await client->getSecret(name, version);
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
            wipe(bundle.value().value);
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
        wipe(value);
        if (!bundle)
            co_return context.fail(bundle.error());
        if (context.json())
            context.printJson(secretJson(bundle->item));
        else
            context.print(bundle->item.id.toString());
        co_return Ok;
    }
    co_return context.usage(QStringLiteral("Unknown command \"%1\".").arg(command));
}

} // namespace kluis::cli
