#include "commands/Commands.h"

#include "common/SecureMemory.h"
#include "crossvault/CrossVaultReader.h"
#include "crossvault/ExpiryReport.h"
#include "crossvault/MetadataExport.h"
#include "crossvault/ObjectCopy.h"
#include "crossvault/SecretImport.h"
#include "crossvault/VaultComparison.h"

#include <QCoro/QCoroSignal>

#include <QFile>

using namespace kluis::core;

namespace kluis::cli {

namespace {

QString summaryLine(const ObjectSummary &summary)
{
    return QStringList{summary.vault, kindName(summary.kind), summary.name, summary.contentType}
        .join(QLatin1Char('\t'));
}

// A vault that could not be read is named on stderr; the others' results stand.
void reportVaultFailure(const QString &vault, const AzureError &error)
{
    std::fprintf(stderr, "kluisctl: %s: %s\n", qUtf8Printable(vault),
                 qUtf8Printable(error.shortMessage()));
}

// --from and --to, each through its own --from-account / --to-account when given.
QCoro::Task<Result<std::pair<NamedVault, NamedVault>>> fromAndTo(Context &context, QString command)
{
    if (!context.isSet(QStringLiteral("from")) || !context.isSet(QStringLiteral("to")))
        co_return AzureError::usage(command + QStringLiteral(" needs --from V1 and --to V2."));
    std::pair<NamedVault, NamedVault> vaults{
        {context.option(QStringLiteral("from")), KeyVaultClient(nullptr, {})},
        {context.option(QStringLiteral("to")), KeyVaultClient(nullptr, {})}};
    for (auto *vault : {&vaults.first, &vaults.second}) {
        const auto account =
            vault == &vaults.first ? QStringLiteral("from-account") : QStringLiteral("to-account");
        auto task = context.vaultAs(vault->name, context.option(account));
        auto client = co_await task;
        if (!client)
            co_return client.error();
        vault->client = client.value();
    }
    co_return vaults;
}

// A copy's or an import's journal: JSON, or one line per name.
void printReport(const Context &context, const ObjectCopy::Report &report)
{
    if (context.json()) {
        context.printJson(report.toJson());
        return;
    }
    for (const auto &name : report.created)
        context.print(QStringLiteral("created\t") + name);
    for (const auto &name : report.newVersion)
        context.print(QStringLiteral("new-version\t") + name);
    for (const auto &skip : report.skipped)
        context.print(QStringList{QStringLiteral("skipped"), skip.name, skip.reason,
                                  skip.message.simplified()}
                          .join(QLatin1Char('\t'))
                          .trimmed());
}

std::optional<ObjectCopy::OnConflict> onConflictOption(const Context &context)
{
    bool ok = false;
    const auto onConflict =
        ObjectCopy::onConflictFromName(context.option(QStringLiteral("on-conflict")), &ok);
    return ok ? std::optional(onConflict) : std::nullopt;
}

int stoppedExit(const Context &context)
{
    return context.fail(AzureError::usage(
        QStringLiteral("Stopped: the target has objects of these names (--on-conflict stop); "
                       "nothing was written.")));
}

} // namespace

QCoro::Task<int> searchCommand(Context &context, QString text)
{
    auto vaultsTask = context.vaults();
    auto vaults = co_await vaultsTask;
    if (!vaults)
        co_return context.fail(vaults.error());
    CrossVaultReader search;
    JsonArrayWriter rows;
    std::optional<AzureError> firstFailure;
    QObject::connect(&search, &CrossVaultReader::found, &search,
                     [&](const QList<ObjectSummary> &matches) {
                         for (const auto &match : matches) {
                             if (context.json())
                                 rows.append(match.toJson());
                             else
                                 context.print(summaryLine(match));
                         }
                     });
    QObject::connect(&search, &CrossVaultReader::vaultFailed, &search,
                     [&](const QString &vault, const AzureError &error) {
                         reportVaultFailure(vault, error);
                         if (!firstFailure)
                             firstFailure = error;
                     });
    auto done = qCoro(&search, &CrossVaultReader::finished);
    search.start(vaults.value(), CrossVaultReader::matching(text));
    if (search.isRunning())
        co_await done;
    if (context.json())
        rows.finish();
    co_return firstFailure ? exitCodeFor(*firstFailure) : int(Ok);
}

QCoro::Task<int> reportCommand(Context &context, QString what)
{
    if (what != QLatin1String("expiry"))
        co_return context.usage(QStringLiteral("report what? expiry"));
    bool ok = true;
    const int within = context.isSet(QStringLiteral("within"))
                           ? context.option(QStringLiteral("within")).toInt(&ok)
                           : 30;
    if (!ok || within < 0)
        co_return context.usage(QStringLiteral("--within takes a number of days."));
    auto vaultsTask = context.vaults();
    auto vaults = co_await vaultsTask;
    if (!vaults)
        co_return context.fail(vaults.error());
    const ExpiryReport report(QDateTime::currentDateTimeUtc(), within);
    JsonArrayWriter rows;
    std::optional<AzureError> firstFailure;
    for (const auto &vault : vaults.value()) {
        auto task =
            inventory(vault, {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate});
        auto objects = co_await task;
        if (!objects) {
            reportVaultFailure(vault.name, objects.error());
            if (!firstFailure)
                firstFailure = objects.error();
            continue;
        }
        auto findings = report.findings(objects.value());
        for (const auto &object : objects.value()) {
            if (!ExpiryReport::hasPolicy(object))
                continue;
            auto policyTask = ExpiryReport::policyFinding(vault.client, object);
            if (auto finding = co_await policyTask)
                findings.append(*finding);
        }
        ExpiryReport::sort(findings);
        for (auto &row : findings) {
            if (ExpiryReport::isAboutVersion(row.finding)) {
                auto versionTask = currentVersion(vault.client, row.object);
                row.version = co_await versionTask;
            }
            if (context.json())
                rows.append(row.toJson());
            else
                context.print(QStringList{row.object.vault, kindName(row.object.kind),
                                          row.object.name, ExpiryReport::findingName(row.finding),
                                          row.object.expiresText()}
                                  .join(QLatin1Char('\t')));
        }
    }
    if (context.json())
        rows.finish();
    co_return firstFailure ? exitCodeFor(*firstFailure) : int(Ok);
}

QCoro::Task<int> compareCommand(Context &context, ObjectKind kind)
{
    auto vaultsTask = fromAndTo(context, QStringLiteral("compare"));
    auto vaults = co_await vaultsTask;
    if (!vaults)
        co_return context.fail(vaults.error());
    auto task = compareVaults(vaults->first, vaults->second, kind);
    auto comparison = co_await task;
    if (!comparison)
        co_return context.fail(comparison.error());
    if (context.json()) {
        context.printJson(comparison->toJson());
        co_return Ok;
    }
    for (const auto &name : comparison->onlyInFrom)
        context.print(QStringLiteral("only-in-from\t") + name);
    for (const auto &name : comparison->onlyInTo)
        context.print(QStringLiteral("only-in-to\t") + name);
    for (const auto &difference : comparison->different)
        context.print(QStringLiteral("different\t") + difference.name + QLatin1Char('\t') +
                      difference.fields.join(QLatin1Char(',')));
    context.print(QStringLiteral("same\t%1").arg(comparison->same));
    co_return Ok;
}

QCoro::Task<int> copyCommand(Context &context, ObjectKind kind, QStringList names)
{
    if (names.isEmpty() == !context.isSet(QStringLiteral("all")))
        co_return context.usage(QStringLiteral("copy takes names or --all (not both)."));
    const auto onConflict = onConflictOption(context);
    if (!onConflict)
        co_return context.usage(QStringLiteral("--on-conflict is skip, new-version or stop."));
    auto vaultsTask = fromAndTo(context, QStringLiteral("copy"));
    auto vaults = co_await vaultsTask;
    if (!vaults)
        co_return context.fail(vaults.error());
    const ObjectCopy copy(vaults->first, vaults->second, *onConflict, kind);
    auto planTask = copy.plan(names);
    auto plan = co_await planTask;
    if (!plan)
        co_return context.fail(plan.error());
    auto report = plan.value();
    if (!context.isSet(QStringLiteral("dry-run")) && !report.stopped) {
        auto copyTask = copy.copy(report);
        report = co_await copyTask;
    }
    printReport(context, report);
    if (report.error)
        co_return context.fail(*report.error);
    const bool refused = std::any_of(report.skipped.cbegin(), report.skipped.cend(),
                                     [](const auto &skip) { return skip.reason == "refused"; });
    if (refused) {
        std::fprintf(stderr, "kluisctl: the target refused some restores: Key Vault restores a "
                             "backup only within the subscription and geography it was made "
                             "in.\n");
        co_return NotFoundOrForbidden;
    }
    if (report.stopped)
        co_return stoppedExit(context);
    co_return Ok;
}

QCoro::Task<int> exportCommand(Context &context)
{
    const auto format = context.isSet(QStringLiteral("format"))
                            ? context.option(QStringLiteral("format"))
                            : (context.json() ? QStringLiteral("json") : QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") &&
        format != QLatin1String("markdown"))
        co_return context.usage(QStringLiteral("--format is csv, json or markdown."));
    auto client = context.vault();
    if (!client)
        co_return context.fail(client.error());
    const NamedVault vault{context.option(QStringLiteral("vault")), client.value()};
    auto task = inventory(vault, {ObjectKind::Secret, ObjectKind::Key, ObjectKind::Certificate});
    const auto objects = co_await task;
    if (!objects)
        co_return context.fail(objects.error());
    const auto table = MetadataExport::table(objects.value());
    const auto bytes = format == QLatin1String("csv")    ? table.toCsv()
                       : format == QLatin1String("json") ? table.toJson()
                                                         : table.toMarkdown();
    if (!context.isSet(QStringLiteral("file"))) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        co_return Ok;
    }
    AzureError error;
    if (!context.writeFile(context.option(QStringLiteral("file")), bytes, &error))
        co_return context.fail(error);
    co_return Ok;
}

QCoro::Task<int> importCommand(Context &context)
{
    const auto onConflict = onConflictOption(context);
    if (!onConflict)
        co_return context.usage(QStringLiteral("--on-conflict is skip, new-version or stop."));
    if (!context.isSet(QStringLiteral("file")))
        co_return context.usage(QStringLiteral("import needs --file F (.env or JSON)."));
    QFile file(context.option(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly))
        co_return context.fail(
            AzureError::usage(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString())));
    auto bytes = file.readAll();
    auto parsed = SecretImport::parse(bytes);
    wipe(bytes);
    if (!parsed)
        co_return context.fail(parsed.error());
    auto client = context.vault();
    if (!client) {
        SecretImport::wipeValues(parsed.value());
        co_return context.fail(client.error());
    }
    const SecretImport import({context.option(QStringLiteral("vault")), client.value()},
                              *onConflict);
    auto planTask = import.plan(parsed.value());
    const auto plan = co_await planTask;
    if (!plan) {
        SecretImport::wipeValues(parsed.value());
        co_return context.fail(plan.error());
    }
    auto report = plan.value();
    if (!context.isSet(QStringLiteral("dry-run")) && !report.stopped) {
        auto writeTask = import.write(report, parsed.value());
        report = co_await writeTask;
    }
    SecretImport::wipeValues(parsed.value());
    printReport(context, report);
    if (report.error)
        co_return context.fail(*report.error);
    if (report.stopped)
        co_return stoppedExit(context);
    co_return Ok;
}

} // namespace kluis::cli
