#include "commands/Commands.h"

using namespace kluis::core;

namespace kluis::cli {

QCoro::Task<int> endpointsCommand(Context &context)
{
    QJsonArray rows;
    for (const auto &endpoint : context.cloud().firewallEndpoints()) {
        if (context.json())
            rows.append(QJsonObject{{QStringLiteral("role"), endpoint.roleName()},
                                    {QStringLiteral("host"), endpoint.host},
                                    {QStringLiteral("port"), endpoint.port}});
        else
            context.print(endpoint.hostPort() + QLatin1Char('\t') + endpoint.roleName());
    }
    if (context.json())
        context.printJson(rows);
    co_return Ok;
}

QCoro::Task<int> vaultsCommand(Context &context)
{
    auto task = context.allVaultResources();
    const auto all = co_await task;
    if (!all)
        co_return context.fail(all.error());
    QJsonArray rows;
    for (const auto &vault : all.value()) {
        if (context.json())
            rows.append(vaultJson(vault));
        else
            context.print(vault.name + QLatin1Char('\t') + vault.properties.vaultUri.toString() +
                          QLatin1Char('\t') + vault.resourceGroup + QLatin1Char('\t') +
                          vault.subscriptionId);
    }
    if (context.json())
        context.printJson(rows);
    co_return Ok;
}

namespace {

// One kind's live or deleted list: deleted items print with their purge date, live ones as
// `line` has them.
template<typename Item>
QCoro::Task<int> listKind(Context &context, KeyVaultClient kv, bool deleted,
                          QJsonObject (*json)(const Item &),
                          std::function<QString(const Item &)> line)
{
    auto listing = context.listPages<Item>(
        [kv, deleted](QUrl link) {
            return deleted ? kv.listDeleted<Item>(std::move(link)) : kv.list<Item>(std::move(link));
        },
        json,
        [deleted, line](const Item &item) {
            if (!deleted)
                return line(item);
            const auto &purge = item.scheduledPurgeDate;
            return QString(item.name + QLatin1Char('\t') +
                           (purge ? purge->toUTC().toString(Qt::ISODate) : QString()));
        });
    co_return co_await listing;
}

} // namespace

QCoro::Task<int> listCommand(Context &context, QString what)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    const auto kv = client.value();
    const bool deleted = what.startsWith(QLatin1String("deleted-"));
    const auto kind = deleted ? what.mid(8) : what;
    // Each listing is named before co_await: GCC 12 mishandles temporaries inside co_await.
    if (kind == QLatin1String("secrets")) {
        auto listing = listKind<SecretItem>(context, kv, deleted, secretJson, [](const auto &item) {
            return QString(
                item.name + QLatin1Char('\t') +
                (item.attributes.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")) +
                QLatin1Char('\t') + item.contentType);
        });
        co_return co_await listing;
    }
    if (kind == QLatin1String("keys")) {
        auto listing = listKind<KeyItem>(context, kv, deleted, keyJson,
                                         [](const auto &item) { return item.name; });
        co_return co_await listing;
    }
    if (kind == QLatin1String("certificates")) {
        auto listing =
            listKind<CertificateItem>(context, kv, deleted, certificateJson, [](const auto &item) {
                return QString(item.name + QLatin1Char('\t') + item.x5t);
            });
        co_return co_await listing;
    }
    co_return context.usage(QStringLiteral("Cannot list \"%1\": secrets, keys, certificates, "
                                           "deleted-secrets, deleted-keys, deleted-certificates "
                                           "or versions NAME.")
                                .arg(what));
}

} // namespace kluis::cli
