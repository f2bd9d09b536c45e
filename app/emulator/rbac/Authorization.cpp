#include "Authorization.h"

#include <QJsonArray>

namespace kluis::emulator {

namespace {

bool anyMatches(const QStringList &patterns, const QString &action)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&action](const QString &p) { return Authorization::matches(p, action); });
}

} // namespace

bool Authorization::matches(const QString &pattern, const QString &action)
{
    // Every request checks several patterns: a plain wildcard walk, no regular expression.
    const auto parts = QStringView(pattern).split(u'*');
    if (parts.size() == 1)
        return pattern.compare(action, Qt::CaseInsensitive) == 0;
    const QStringView text(action);
    if (!text.startsWith(parts.constFirst(), Qt::CaseInsensitive) ||
        !text.endsWith(parts.constLast(), Qt::CaseInsensitive) ||
        text.size() < parts.constFirst().size() + parts.constLast().size())
        return false;
    qsizetype at = parts.constFirst().size();
    const qsizetype end = text.size() - parts.constLast().size();
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        const auto found = text.first(end).indexOf(parts.at(i), at, Qt::CaseInsensitive);
        if (found < 0)
            return false;
        at = found + parts.at(i).size();
    }
    return true;
}

bool Authorization::covers(const EmulatorState &state, const QString &assignmentScope,
                           const QString &scope)
{
    if (assignmentScope.compare(state.rootScope(), Qt::CaseInsensitive) == 0 ||
        assignmentScope == QLatin1String("/"))
        return true;
    if (!scope.startsWith(assignmentScope, Qt::CaseInsensitive))
        return false;
    return scope.size() == assignmentScope.size() || scope.at(assignmentScope.size()) == u'/';
}

QList<const RoleAssignment *> Authorization::assignmentsAt(const EmulatorState &state,
                                                           const QString &scope)
{
    QList<const RoleAssignment *> out;
    for (const auto &assignment : state.roleAssignments) {
        if (covers(state, assignment.scope, scope))
            out.append(&assignment);
    }
    return out;
}

bool Authorization::permitsAction(const EmulatorState &state, const QString &principalId,
                                  const QString &scope, const QString &action)
{
    const auto assignments = assignmentsAt(state, scope);
    return std::any_of(assignments.cbegin(), assignments.cend(), [&](const RoleAssignment *a) {
        const auto *role = RoleDefinitions::find(a->roleDefinitionGuid);
        return role && a->principalId.compare(principalId, Qt::CaseInsensitive) == 0 &&
               anyMatches(role->actions, action) && !anyMatches(role->notActions, action);
    });
}

bool Authorization::permitsDataAction(const EmulatorState &state, const QString &principalId,
                                      const QString &scope, const QString &dataAction)
{
    const auto assignments = assignmentsAt(state, scope);
    return std::any_of(assignments.cbegin(), assignments.cend(), [&](const RoleAssignment *a) {
        const auto *role = RoleDefinitions::find(a->roleDefinitionGuid);
        return role && a->principalId.compare(principalId, Qt::CaseInsensitive) == 0 &&
               anyMatches(role->dataActions, dataAction) &&
               !anyMatches(role->notDataActions, dataAction);
    });
}

bool Authorization::policyPermits(const Vault &vault, const QString &principalId,
                                  const QString &appId, const QString &collection,
                                  const QString &permission)
{
    const auto entries = vault.properties.value(QStringLiteral("accessPolicies")).toArray();
    for (const auto &value : entries) {
        const auto entry = value.toObject();
        if (entry.value(QStringLiteral("objectId"))
                .toString()
                .compare(principalId, Qt::CaseInsensitive) != 0)
            continue;
        const auto application = entry.value(QStringLiteral("applicationId")).toString();
        if (!application.isEmpty() && application.compare(appId, Qt::CaseInsensitive) != 0)
            continue;
        const auto granted =
            entry.value(QStringLiteral("permissions")).toObject().value(collection).toArray();
        for (const auto &p : granted) {
            const auto text = p.toString();
            if (text.compare(permission, Qt::CaseInsensitive) == 0 ||
                text.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace kluis::emulator
