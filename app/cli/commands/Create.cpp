#include "commands/Commands.h"

#include "common/SecureMemory.h"

#include <QFile>

using namespace kluis::core;

namespace kluis::cli {

namespace {
// The made item as JSON, or its identifier.
template<typename Item>
int printMade(Context &context, const Result<Item> &item, QJsonObject (*toJson)(const Item &),
              const QUrl &id)
{
    if (!item)
        return context.fail(item.error());
    if (context.json())
        context.printJson(toJson(item.value()));
    else
        context.print(id.toString());
    return Ok;
}
} // namespace

QCoro::Task<int> createKeyCommand(Context &context, QString name)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    KeyCreateOptions options;
    if (context.isSet(QStringLiteral("key-type")))
        options.keyType = context.option(QStringLiteral("key-type"));
    if (context.isSet(QStringLiteral("size")))
        options.keySize = context.option(QStringLiteral("size")).toInt();
    if (context.isSet(QStringLiteral("curve")))
        options.curve = context.option(QStringLiteral("curve"));
    if (context.isSet(QStringLiteral("ops")))
        options.keyOperations =
            context.option(QStringLiteral("ops")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.enabled = !context.isSet(QStringLiteral("disabled"));
    options.tags = context.tags();
    const auto item = co_await client->createKey(name, options);
    co_return printMade(context, item, keyJson, item ? item->kid : QUrl());
}

QCoro::Task<int> createCertificateCommand(Context &context, QString name)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    CertificatePolicy policy;
    policy.subject = context.option(QStringLiteral("subject"));
    policy.dnsNames =
        context.option(QStringLiteral("dns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (policy.subject.isEmpty() && policy.dnsNames.isEmpty())
        co_return context.usage(
            QStringLiteral("create-certificate needs --subject CN=... or --dns."));
    if (context.isSet(QStringLiteral("validity-months")))
        policy.validityMonths = context.option(QStringLiteral("validity-months")).toInt();
    if (context.isSet(QStringLiteral("key-type")))
        policy.keyType = context.option(QStringLiteral("key-type"));
    if (context.isSet(QStringLiteral("size")))
        policy.keySize = context.option(QStringLiteral("size")).toInt();
    if (context.isSet(QStringLiteral("curve")))
        policy.curve = context.option(QStringLiteral("curve"));
    const auto format = context.option(QStringLiteral("format"));
    if (format == QLatin1String("pem"))
        policy.contentType = QStringLiteral("application/x-pem-file");
    else if (!format.isEmpty() && format != QLatin1String("pfx"))
        co_return context.usage(QStringLiteral("create-certificate --format is pfx or pem."));
    policy.exportable = !context.isSet(QStringLiteral("not-exportable"));
    const auto item = co_await client->createCertificateAndWait(
        name, policy, !context.isSet(QStringLiteral("disabled")), context.tags());
    co_return printMade(context, item, certificateJson, item ? item->id : QUrl());
}

QCoro::Task<int> importCertificateCommand(Context &context, QString name)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    const auto path = context.option(QStringLiteral("file"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        co_return context.usage(
            QStringLiteral("import-certificate needs a readable --file FILE (PFX or "
                           "PEM)."));
    CertificateImport import;
    import.content = file.readAll();
    import.password = context.option(QStringLiteral("password"));
    if (import.password.isEmpty())
        import.password = qEnvironmentVariable("KLUIS_PFX_PASSWORD");
    import.enabled = !context.isSet(QStringLiteral("disabled"));
    import.tags = context.tags();
    const auto item = co_await client->importCertificate(name, import);
    wipe(import.password);
    wipe(import.content); // a private key, PFX or PEM
    co_return printMade(context, item, certificateJson, item ? item->id : QUrl());
}

QCoro::Task<int> downloadCertificateCommand(Context &context, QString name)
{
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    const auto path = context.option(QStringLiteral("file"));
    if (path.isEmpty())
        co_return context.usage(QStringLiteral("download-certificate needs --file FILE."));
    const auto format = context.option(QStringLiteral("format"));
    const auto version = context.option(QStringLiteral("version"));
    QByteArray data;
    QString contentType;
    if (format.isEmpty() || format == QLatin1String("cer") || format == QLatin1String("pem")) {
        const auto item = co_await client->getCertificate(name, version);
        if (!item)
            co_return context.fail(item.error());
        const bool pem = format == QLatin1String("pem");
        data = pem ? item->cerPem() : item->cer;
        contentType = pem ? QStringLiteral("application/x-pem-file")
                          : QStringLiteral("application/pkix-cert");
    } else if (format == QLatin1String("key")) {
        const auto exported = co_await client->exportCertificate(name, version);
        if (!exported)
            co_return context.fail(exported.error());
        if (!exported->hasPrivateKey)
            co_return context.fail(AzureError::usage(
                QStringLiteral("The certificate %1 has no exportable private key.").arg(name)));
        data = exported->content;
        contentType = exported->contentType;
    } else {
        co_return context.usage(
            QStringLiteral("download-certificate --format is cer, pem or key."));
    }
    AzureError error;
    if (!context.writeFile(path, data, &error))
        co_return context.fail(error);
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("file"), path},
                                      {QStringLiteral("contentType"), contentType},
                                      {QStringLiteral("bytes"), data.size()}});
    co_return Ok;
}

} // namespace kluis::cli
