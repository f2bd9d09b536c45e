#include "commands/Commands.h"

#include "access/RbacReadiness.h"

#include <QJsonArray>

using namespace kluis::core;

namespace kluis::cli {

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
