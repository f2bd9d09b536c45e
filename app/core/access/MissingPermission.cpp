#include "access/MissingPermission.h"

#include "access/KeyVaultRoles.h"

#include <QRegularExpression>

namespace kluis::core {

std::optional<MissingPermission> MissingPermission::from(const AzureError &error)
{
    if (!error.isForbidden() || error.isFirewall())
        return std::nullopt;
    MissingPermission missing;
    static const QRegularExpression rbac(QStringLiteral("Action:\\s*'([^']+)'"));
    static const QRegularExpression policy(
        QStringLiteral("does not have (\\w+) (\\w+) permission"));
    if (const auto match = rbac.match(error.message); match.hasMatch()) {
        missing.byRbac = true;
        missing.action = match.captured(1);
        missing.policyPermission = KeyVaultRoles::policyPermissionFor(missing.action);
    } else if (const auto found = policy.match(error.message); found.hasMatch()) {
        // "secrets get": the collection first, then the permission.
        missing.policyPermission = found.captured(1) + QLatin1Char('/') + found.captured(2);
        missing.action =
            KeyVaultRoles::actionForPolicyPermission(found.captured(1), found.captured(2));
    } else {
        return std::nullopt;
    }
    if (const auto role = KeyVaultRoles::leastPrivilegedFor(missing.action))
        missing.suggestedRole = role->name;
    return missing;
}

QJsonObject MissingPermission::toJson() const
{
    return {{QStringLiteral("action"), action},
            {QStringLiteral("suggestedRole"), suggestedRole},
            {QStringLiteral("policyPermission"), policyPermission},
            {QStringLiteral("model"),
             byRbac ? QStringLiteral("rbac") : QStringLiteral("accessPolicies")}};
}

} // namespace kluis::core
