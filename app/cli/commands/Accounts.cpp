#include "commands/Commands.h"

#include <QFileInfo>
#include <QTextStream>

using namespace kluis::core;

namespace kluis::cli {

QCoro::Task<int> accountsCommand(Context &context, QStringList args)
{
    const auto what = args.value(0);
    if (what == QLatin1String("list") || what.isEmpty()) {
        QJsonArray rows;
        for (const auto &account : context.accounts()->accounts()) {
            if (context.json()) {
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
                context.print(
                    QStringList{account.name, StoredAccount::kindName(account.kind), account.who(),
                                account.cloudFile.isEmpty() ? account.cloudName : account.cloudFile}
                        .join(QLatin1Char('\t')));
            }
        }
        if (context.json())
            context.printJson(rows);
        co_return Ok;
    }
    if (what == QLatin1String("add-service-principal")) {
        if (args.size() < 2 || !context.isSet(QStringLiteral("client-id")))
            co_return context.usage(
                QStringLiteral("accounts add-service-principal NAME --client-id ID "
                               "[--tenant T] [--certificate-file F]"));
        StoredAccount draft;
        draft.name = args.at(1);
        draft.clientId = context.option(QStringLiteral("client-id"));
        draft.tenantId = context.isSet(QStringLiteral("tenant"))
                             ? context.option(QStringLiteral("tenant"))
                             : context.cloud().tenantId;
        if (context.isSet(QStringLiteral("cloud-file")))
            draft.cloudFile =
                QFileInfo(context.option(QStringLiteral("cloud-file"))).absoluteFilePath();
        else
            draft.cloudName = context.cloud().name;
        if (draft.tenantId.isEmpty())
            co_return context.usage(QStringLiteral("Give the tenant with --tenant."));
        if (context.accounts()->find(draft.name))
            co_return context.usage(
                QStringLiteral("An account named \"%1\" exists.").arg(draft.name));
        if (context.isSet(QStringLiteral("certificate-file"))) {
            draft.kind = StoredAccount::Kind::ClientCertificate;
            draft.certificateFile =
                QFileInfo(context.option(QStringLiteral("certificate-file"))).absoluteFilePath();
            context.accounts()->add(draft);
            co_return Ok;
        }
        // The secret comes on stdin, never on the command line.
        QTextStream in(stdin);
        const auto secret = in.readLine();
        if (secret.isEmpty())
            co_return context.usage(QStringLiteral("Pipe the client secret to stdin."));
        auto added = co_await context.accounts()->addClientSecret(draft, secret);
        if (!added)
            co_return context.fail(added.error());
        co_return Ok;
    }
    if (what == QLatin1String("remove")) {
        const auto account = context.accounts()->find(args.value(1));
        if (!account)
            co_return context.usage(QStringLiteral("No account named \"%1\".").arg(args.value(1)));
        auto removed = co_await context.accounts()->remove(account->id);
        if (!removed)
            co_return context.fail(removed.error());
        co_return Ok;
    }
    co_return context.usage(QStringLiteral("accounts list|add-service-principal|remove"));
}

} // namespace kluis::cli
