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
    const auto kv = client.value();
    const auto purgeDate = [](const auto &item) {
        return QString(item.name + QLatin1Char('\t') +
                       (item.scheduledPurgeDate
                            ? item.scheduledPurgeDate->toUTC().toString(Qt::ISODate)
                            : QString()));
    };
    const auto secretLine = [](const SecretItem &item) {
        return QString(
            item.name + QLatin1Char('\t') +
            (item.attributes.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")) +
            QLatin1Char('\t') + item.contentType);
    };
    // Named first: GCC 12 mishandles temporaries inside co_await.
    if (what == QLatin1String("secrets")) {
        auto listing = context.listPages<SecretItem>(
            [kv](QUrl link) { return kv.listSecrets(std::move(link)); }, secretJson, secretLine);
        co_return co_await listing;
    }
    if (what == QLatin1String("deleted-secrets")) {
        auto listing = context.listPages<SecretItem>(
            [kv](QUrl link) { return kv.listDeletedSecrets(std::move(link)); }, secretJson,
            secretLine);
        co_return co_await listing;
    }
    if (what == QLatin1String("keys")) {
        auto listing =
            context.listPages<KeyItem>([kv](QUrl link) { return kv.listKeys(std::move(link)); },
                                       keyJson, [](const KeyItem &item) { return item.name; });
        co_return co_await listing;
    }
    if (what == QLatin1String("certificates")) {
        auto listing = context.listPages<CertificateItem>(
            [kv](QUrl link) { return kv.listCertificates(std::move(link)); }, certificateJson,
            [](const CertificateItem &item) {
                return QString(item.name + QLatin1Char('\t') + item.x5t);
            });
        co_return co_await listing;
    }
    if (what == QLatin1String("deleted-keys")) {
        auto listing = context.listPages<KeyItem>(
            [kv](QUrl link) { return kv.listDeletedKeys(std::move(link)); }, keyJson,
            [purgeDate](const KeyItem &item) { return purgeDate(item); });
        co_return co_await listing;
    }
    if (what == QLatin1String("deleted-certificates")) {
        auto listing = context.listPages<CertificateItem>(
            [kv](QUrl link) { return kv.listDeletedCertificates(std::move(link)); },
            certificateJson, [purgeDate](const CertificateItem &item) { return purgeDate(item); });
        co_return co_await listing;
    }
    co_return context.usage(QStringLiteral("Cannot list \"%1\": secrets, keys, certificates, "
                                           "deleted-secrets, deleted-keys, deleted-certificates "
                                           "or versions NAME.")
                                .arg(what));
}

} // namespace kluis::cli
