#include "commands/Commands.h"

#include "access/RbacReadiness.h"
#include "access/VaultAccess.h"

#include <QJsonArray>

using namespace kluis::core;

namespace kluis::cli {

namespace {

// The Resource Manager side of --vault (a name or a URI).
QCoro::Task<Result<VaultResource>> vaultResource(Context &context)
{
    const auto url =
        KeyVaultClient::vaultUrlFor(context.option(QStringLiteral("vault")), context.cloud());
    if (!url)
        co_return url.error();
    if (!context.signIn())
        co_return context.signInError();
    co_return co_await VaultAccess::findVault(&context.pipeline(), url.value());
}

void printAccess(const Context &context, const VaultAccessView &view)
{
    context.print(QStringLiteral("Permission model: ") +
                  (view.rbac ? QStringLiteral("Azure RBAC") : QStringLiteral("access policies")));
    context.print(QStringLiteral("Role assignments:"));
    if (view.assignmentsError)
        context.print(QStringLiteral("  (not readable: ") + view.assignmentsError->shortMessage() +
                      QLatin1Char(')'));
    for (const auto &a : view.roleAssignments)
        context.print(QStringLiteral("  %1\t%2 (%3)\t%4%5")
                          .arg(a.roleName, a.principalName, a.principalType, a.scope,
                               a.inherited ? QStringLiteral("\tinherited") : QString()));
    if (!view.rbac) {
        context.print(QStringLiteral("Access policies:"));
        for (const auto &entry : view.accessPolicies) {
            QStringList parts;
            for (auto it = entry.permissions.cbegin(); it != entry.permissions.cend(); ++it)
                parts << it.key() + QLatin1Char(':') + it->join(QLatin1Char(','));
            context.print(QStringLiteral("  ") + entry.objectId + QLatin1Char('\t') +
                          parts.join(QLatin1Char(' ')));
        }
    }
    context.print(QStringLiteral("I may (") + view.myObjectId + QStringLiteral("):"));
    for (const auto &action : view.myDataActions)
        context.print(QStringLiteral("  ") + action);
}

} // namespace

QCoro::Task<int> accessCommand(Context &context, QString what)
{
    if (!what.isEmpty() && what != QLatin1String("grant") && what != QLatin1String("revoke"))
        co_return context.usage(QStringLiteral("access takes grant, revoke or nothing."));
    if (context.option(QStringLiteral("vault")).isEmpty())
        co_return context.usage(QStringLiteral("access needs --vault URI|NAME."));
    const auto principal = context.option(QStringLiteral("principal"));
    const auto role = context.option(QStringLiteral("role"));
    if (!what.isEmpty() && (principal.isEmpty() || role.isEmpty()))
        co_return context.usage(
            QStringLiteral("access %1 needs --principal ID and --role NAME.").arg(what));
    auto found = co_await vaultResource(context);
    if (!found)
        co_return context.fail(found.error());
    QPointer<HttpPipeline> pipeline(&context.pipeline());
    if (what == QLatin1String("grant")) {
        auto granted = co_await VaultAccess::grant(pipeline, found.value(), principal, role);
        if (!granted)
            co_return context.fail(granted.error());
        if (context.json())
            context.printJson(
                QJsonObject{{QStringLiteral("id"), granted->id},
                            {QStringLiteral("principalId"), granted->principalId},
                            {QStringLiteral("roleDefinitionId"), granted->roleDefinitionId},
                            {QStringLiteral("scope"), granted->scope}});
        else
            context.print(QStringLiteral("Granted %1 to %2 on %3. Role changes can take a few "
                                         "minutes to reach the vault.")
                              .arg(role, principal, found->name));
        co_return Ok;
    }
    if (what == QLatin1String("revoke")) {
        auto revoked = co_await VaultAccess::revoke(pipeline, found.value(), principal, role);
        if (!revoked)
            co_return context.fail(revoked.error());
        if (!context.json())
            context.print(
                QStringLiteral("Revoked %1 from %2 on %3.").arg(role, principal, found->name));
        co_return Ok;
    }
    auto view = co_await VaultAccess::load(pipeline, found.value());
    if (!view)
        co_return context.fail(view.error());
    if (context.json())
        context.printJson(view->toJson());
    else
        printAccess(context, view.value());
    co_return Ok;
}

QCoro::Task<int> rbacReadinessCommand(Context &context)
{
    auto task = context.allVaultResources();
    const auto all = co_await task;
    if (!all)
        co_return context.fail(all.error());
    QJsonArray rows;
    for (const auto &vault : all.value()) {
        // A vault on RBAC already has nothing to move; one on access policies lists each
        // entry, an empty one a row of its own so that every such vault is in the report.
        if (vault.properties.enableRbacAuthorization)
            continue;
        if (vault.properties.accessPolicies.isEmpty()) {
            if (context.json())
                rows.append(RbacReadiness::toJson(vault.name, RbacReadiness::Mapping{}));
            else
                context.print(vault.name + QStringLiteral("\t-\tno access policy entries"));
            continue;
        }
        for (const auto &entry : vault.properties.accessPolicies) {
            const auto mapping = RbacReadiness::map(entry);
            if (context.json()) {
                rows.append(RbacReadiness::toJson(vault.name, mapping));
                continue;
            }
            QStringList line{vault.name, entry.objectId, mapping.roles.join(QStringLiteral(", "))};
            if (!mapping.overGranted.isEmpty())
                line << QStringLiteral("also grants: ") +
                            mapping.overGranted.join(QStringLiteral(", "));
            if (!mapping.notCovered.isEmpty())
                line << QStringLiteral("not covered: ") +
                            mapping.notCovered.join(QStringLiteral(", "));
            context.print(line.join(QLatin1Char('\t')));
        }
    }
    if (context.json())
        context.printJson(rows);
    co_return Ok;
}

} // namespace kluis::cli
