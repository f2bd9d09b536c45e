// The emulator's Azure RBAC decision in process: scopes above and below, the built-in roles'
// wildcards and exclusions, and access policy entries, on which the data plane's 403s rest.
#include "rbac/Authorization.h"
#include "rbac/RoleDefinitions.h"

#include <QJsonArray>
#include <QTest>

using namespace kluis::emulator;

namespace {
const auto kVault = QStringLiteral(
    "/subscriptions/1f2e/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/team-kv");
const auto kPrincipal = QStringLiteral("9a1b0c2d-0000-4000-8000-000000000001");

void assign(EmulatorState &state, const QString &scope, const char *role)
{
    state.tenantId = QStringLiteral("7f3c1a52-4e1d-4b8e-9c2a-5d6e8f9a0b1c");
    state.roleAssignments.append({QStringLiteral("a1"),
                                  scope,
                                  RoleDefinitions::byName(QLatin1String(role))->guid,
                                  kPrincipal,
                                  QStringLiteral("ServicePrincipal"),
                                  {}});
}
} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopesCoverWhatIsBelowThemOnly()
    {
        EmulatorState state({});
        state.tenantId = QStringLiteral("t1");
        QVERIFY(Authorization::covers(state, QStringLiteral("/subscriptions/1f2e"), kVault));
        QVERIFY(Authorization::covers(state, kVault, kVault));
        QVERIFY(Authorization::covers(state, kVault.toUpper(), kVault));
        QVERIFY(!Authorization::covers(state, kVault, QStringLiteral("/subscriptions/1f2e")));
        // A name that merely starts the same is another vault.
        QVERIFY(!Authorization::covers(state, kVault.chopped(3), kVault));
        QVERIFY(Authorization::covers(state, state.rootScope(), kVault));
    }

    void readerMayReadMetadataButNoValue()
    {
        EmulatorState state({});
        assign(state, kVault, "Key Vault Reader");
        QVERIFY(Authorization::permitsDataAction(
            state, kPrincipal, kVault,
            QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")));
        QVERIFY(Authorization::permitsDataAction(
            state, kPrincipal, kVault, QStringLiteral("Microsoft.KeyVault/vaults/keys/read")));
        QVERIFY(!Authorization::permitsDataAction(
            state, kPrincipal, kVault,
            QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action")));
        // Another principal gets nothing from this assignment.
        QVERIFY(!Authorization::permitsDataAction(
            state, QStringLiteral("someone-else"), kVault,
            QStringLiteral("Microsoft.KeyVault/vaults/keys/read")));
        // Another vault neither.
        QVERIFY(!Authorization::permitsDataAction(
            state, kPrincipal, kVault + QStringLiteral("2"),
            QStringLiteral("Microsoft.KeyVault/vaults/keys/read")));
    }

    void ownerAssignsRolesContributorDoesNot()
    {
        EmulatorState owner({});
        assign(owner, QStringLiteral("/subscriptions/1f2e"), "Owner");
        const auto write = QStringLiteral("Microsoft.Authorization/roleAssignments/write");
        QVERIFY(Authorization::permitsAction(owner, kPrincipal, kVault, write));
        // Owner manages the vault but reads no secret: data actions are separate.
        QVERIFY(!Authorization::permitsDataAction(
            owner, kPrincipal, kVault,
            QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action")));
        EmulatorState contributor({});
        assign(contributor, QStringLiteral("/subscriptions/1f2e"), "Contributor");
        QVERIFY(!Authorization::permitsAction(contributor, kPrincipal, kVault, write));
        QVERIFY(Authorization::permitsAction(contributor, kPrincipal, kVault,
                                             QStringLiteral("Microsoft.KeyVault/vaults/write")));
    }

    void accessPolicyEntriesGrantTheirPermissionsOnly()
    {
        Vault vault;
        const auto entry = [](const QString &objectId, const QString &applicationId,
                              const QJsonObject &permissions) {
            QJsonObject e{{QStringLiteral("objectId"), objectId},
                          {QStringLiteral("permissions"), permissions}};
            if (!applicationId.isEmpty())
                e.insert(QStringLiteral("applicationId"), applicationId);
            return e;
        };
        vault.properties.insert(
            QStringLiteral("accessPolicies"),
            QJsonArray{entry(kPrincipal, {},
                             {{QStringLiteral("secrets"), QJsonArray{QStringLiteral("Get")}}}),
                       entry(QStringLiteral("admin"), {},
                             {{QStringLiteral("keys"), QJsonArray{QStringLiteral("all")}}}),
                       entry(QStringLiteral("user"), QStringLiteral("app-1"),
                             {{QStringLiteral("secrets"), QJsonArray{QStringLiteral("list")}}})});
        QVERIFY(Authorization::policyPermits(vault, kPrincipal, {}, QStringLiteral("secrets"),
                                             QStringLiteral("get")));
        QVERIFY(!Authorization::policyPermits(vault, kPrincipal, {}, QStringLiteral("secrets"),
                                              QStringLiteral("list")));
        QVERIFY(Authorization::policyPermits(vault, QStringLiteral("admin"), {},
                                             QStringLiteral("keys"), QStringLiteral("sign")));
        QVERIFY(!Authorization::policyPermits(vault, QStringLiteral("admin"), {},
                                              QStringLiteral("secrets"), QStringLiteral("get")));
        // A compound identity counts only through its application.
        QVERIFY(!Authorization::policyPermits(vault, QStringLiteral("user"),
                                              QStringLiteral("app-2"), QStringLiteral("secrets"),
                                              QStringLiteral("list")));
        QVERIFY(Authorization::policyPermits(vault, QStringLiteral("user"), QStringLiteral("app-1"),
                                             QStringLiteral("secrets"), QStringLiteral("list")));
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
