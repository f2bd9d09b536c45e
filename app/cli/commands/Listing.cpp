#include "commands/Commands.h"

#include "clients/ArmClient.h"

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
    if (!context.signIn())
        co_return context.fail(context.signInError());
    ArmClient arm(&context.pipeline(), context.cloud().tenantId);
    const auto all = co_await arm.listAllVaults();
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

QCoro::Task<int> listCommand(Context &context, QString what)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    QJsonArray rows;
    QUrl next;
    do {
        if (what == QLatin1String("secrets") || what == QLatin1String("deleted-secrets")) {
            // No co_await inside ?: — GCC 12 destroys the temporaries of both branches.
            auto task = what == QLatin1String("secrets") ? client->listSecrets(next)
                                                         : client->listDeletedSecrets(next);
            auto page = co_await task;
            if (!page)
                co_return context.fail(page.error());
            for (const auto &item : page->items) {
                if (context.json())
                    rows.append(secretJson(item));
                else
                    context.print(item.name + QLatin1Char('\t') +
                                  (item.attributes.enabled ? QStringLiteral("enabled")
                                                           : QStringLiteral("disabled")) +
                                  QLatin1Char('\t') + item.contentType);
            }
            next = page->nextLink;
        } else if (what == QLatin1String("keys")) {
            auto page = co_await client->listKeys(next);
            if (!page)
                co_return context.fail(page.error());
            for (const auto &item : page->items) {
                if (context.json())
                    rows.append(keyJson(item));
                else
                    context.print(item.name);
            }
            next = page->nextLink;
        } else if (what == QLatin1String("certificates")) {
            auto page = co_await client->listCertificates(next);
            if (!page)
                co_return context.fail(page.error());
            for (const auto &item : page->items) {
                if (context.json())
                    rows.append(certificateJson(item));
                else
                    context.print(item.name + QLatin1Char('\t') + item.x5t);
            }
            next = page->nextLink;
        } else if (what == QLatin1String("deleted-keys")) {
            auto listing = context.listPages<KeyItem>(
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
            auto listing = context.listPages<CertificateItem>(
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
            co_return context.usage(
                QStringLiteral("Cannot list \"%1\": secrets, keys, certificates, "
                               "deleted-secrets, deleted-keys, deleted-certificates "
                               "or versions NAME.")
                    .arg(what));
        }
    } while (!next.isEmpty());
    if (context.json())
        context.printJson(rows);
    co_return Ok;
}

} // namespace kluis::cli
