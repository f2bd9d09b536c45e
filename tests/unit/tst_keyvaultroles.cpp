// What a refused request lacked, and the least-privileged built-in role that grants it, from
// the service's own 403 messages (RBAC and access policies).
#include "access/KeyVaultRoles.h"
#include "access/MissingPermission.h"
#include "access/RbacReadiness.h"

#include <QJsonDocument>
#include <QTest>

using namespace kluis::core;

namespace {

AzureError refused(const QString &inner, const QString &message)
{
    const QJsonObject body{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("Forbidden")},
                                              {QStringLiteral("message"), message},
                                              {QStringLiteral("innererror"),
                                               QJsonObject{{QStringLiteral("code"), inner}}}}}};
    return AzureError::http(403, QJsonDocument(body).toJson());
}

const QString kVaults = QStringLiteral("Microsoft.KeyVault/vaults/");

} // namespace

class TestKeyVaultRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leastPrivilegedRole_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("role");
        QTest::newRow("read a value") << "secrets/getSecret/action"
                                      << "Key Vault Secrets User";
        QTest::newRow("list secrets") << "secrets/readMetadata/action"
                                      << "Key Vault Reader";
        QTest::newRow("set a secret") << "secrets/setSecret/action"
                                      << "Key Vault Secrets Officer";
        QTest::newRow("purge a secret") << "secrets/purge/action"
                                        << "Key Vault Secrets Officer";
        QTest::newRow("read a key") << "keys/read"
                                    << "Key Vault Reader";
        QTest::newRow("wrap") << "keys/wrap/action"
                              << "Key Vault Crypto Service Encryption User";
        QTest::newRow("sign") << "keys/sign/action"
                              << "Key Vault Crypto User";
        QTest::newRow("create a key") << "keys/create/action"
                                      << "Key Vault Crypto Officer";
        QTest::newRow("rotation policy") << "keyrotationpolicies/write"
                                         << "Key Vault Crypto Officer";
        QTest::newRow("create a certificate") << "certificates/create/action"
                                              << "Key Vault Certificates Officer";
        QTest::newRow("deleted secrets") << "deletedsecrets/read"
                                         << "Key Vault Reader";
        QTest::newRow("anything else") << "storageaccounts/set/action"
                                       << "Key Vault Administrator";
    }
    void leastPrivilegedRole()
    {
        QFETCH(QString, action);
        QFETCH(QString, role);
        const auto found = KeyVaultRoles::leastPrivilegedFor(kVaults + action);
        QVERIFY(found);
        QCOMPARE(found->name, role);
        // Case does not matter to Azure.
        QCOMPARE(KeyVaultRoles::leastPrivilegedFor((kVaults + action).toLower())->name, role);
    }

    void actionsOutsideKeyVaultHaveNoRole()
    {
        QVERIFY(!KeyVaultRoles::leastPrivilegedFor(
            QStringLiteral("Microsoft.Storage/storageAccounts/read")));
        QVERIFY(!KeyVaultRoles::byName(QStringLiteral("Owner")));
        QCOMPARE(KeyVaultRoles::byName(QStringLiteral("key vault reader"))->id,
                 QStringLiteral("21090545-7ca7-4776-b22c-e363652d74d2"));
    }

    void rbacRefusalNamesTheActionAndTheRole()
    {
        const auto error =
            refused(QStringLiteral("ForbiddenByRbac"),
                    QStringLiteral(
                        "Caller is not authorized to perform action on resource.\r\n"
                        "If role assignments, deny assignments or role definitions were "
                        "changed recently, please observe propagation time.\r\nCaller: "
                        "appid=1;oid=2;iss=https://sts.windows.net/t/\r\nAction: "
                        "'Microsoft.KeyVault/vaults/secrets/getSecret/action'\r\nResource: "
                        "'/subscriptions/s/resourcegroups/g/providers/microsoft.keyvault/"
                        "vaults/demo/secrets/db'\r\nAssignment: (not found)\r\n"
                        "DecisionReason: 'DeniedWithNoValidRBAC'\r\nVault: demo;location=x\r\n"));
        const auto missing = MissingPermission::from(error);
        QVERIFY(missing);
        QVERIFY(missing->byRbac);
        QCOMPARE(missing->action, kVaults + QStringLiteral("secrets/getSecret/action"));
        QCOMPARE(missing->suggestedRole, QStringLiteral("Key Vault Secrets User"));
        QCOMPARE(missing->policyPermission, QStringLiteral("secrets/get"));
        const auto json = missing->toJson();
        QCOMPARE(json.value(QStringLiteral("suggestedRole")).toString(),
                 QStringLiteral("Key Vault Secrets User"));
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("rbac"));
    }

    void accessPolicyRefusalNamesThePermission()
    {
        const auto error = refused(
            QStringLiteral("ForbiddenByPolicy"),
            QStringLiteral("The user, group or application 'appid=1;oid=2' does not have keys "
                           "wrapKey permission on key vault 'dev-kv;location=northeurope'. For "
                           "help resolving this issue, please see "
                           "https://go.microsoft.com/fwlink/?linkid=2125287"));
        const auto missing = MissingPermission::from(error);
        QVERIFY(missing);
        QVERIFY(!missing->byRbac);
        QCOMPARE(missing->policyPermission, QStringLiteral("keys/wrapKey"));
        QCOMPARE(missing->action, kVaults + QStringLiteral("keys/wrap/action"));
        QCOMPARE(missing->suggestedRole,
                 QStringLiteral("Key Vault Crypto Service Encryption User"));
    }

    void otherRefusalsAreNotExplained()
    {
        QVERIFY(!MissingPermission::from(
            refused(QStringLiteral("ForbiddenByFirewall"),
                    QStringLiteral("Client address is not authorized and caller is not a trusted "
                                   "service.\r\nClient address: 203.0.113.10\r\n"))));
        QVERIFY(!MissingPermission::from(
            refused(QStringLiteral("KeyDisabled"),
                    QStringLiteral("Operation sign is not allowed on a disabled key."))));
        QVERIFY(!MissingPermission::from(AzureError::http(404, "{}")));
    }

    void readinessMapsAnEntryToTheNarrowestRoles()
    {
        AccessPolicyEntry entry;
        entry.permissions.insert(
            QStringLiteral("secrets"),
            {QStringLiteral("Get"), QStringLiteral("List"), QStringLiteral("Set")});
        entry.permissions.insert(QStringLiteral("keys"), {QStringLiteral("sign")});
        entry.permissions.insert(QStringLiteral("storage"), {QStringLiteral("get")});
        const auto mapping = RbacReadiness::map(entry);
        // Secrets User would cover get and list, but Secrets Officer (for set) covers all three.
        QCOMPARE(mapping.roles, (QStringList{QStringLiteral("Key Vault Crypto User"),
                                             QStringLiteral("Key Vault Secrets Officer")}));
        QCOMPARE(mapping.notCovered, QStringList{QStringLiteral("storage/get")});
        QVERIFY(mapping.overGranted.contains(QStringLiteral("secrets/delete")));
        QVERIFY(mapping.overGranted.contains(QStringLiteral("keys/decrypt")));
        QVERIFY(!mapping.overGranted.contains(QStringLiteral("secrets/get")));
        QVERIFY(!mapping.overGranted.contains(QStringLiteral("keys/create")));
    }

    void readinessTakesAllAsEveryPermission()
    {
        AccessPolicyEntry entry;
        entry.permissions.insert(QStringLiteral("keys"), {QStringLiteral("all")});
        const auto mapping = RbacReadiness::map(entry);
        QCOMPARE(mapping.roles, QStringList{QStringLiteral("Key Vault Crypto Officer")});
        QVERIFY(mapping.notCovered.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeyVaultRoles)
#include "tst_keyvaultroles.moc"
