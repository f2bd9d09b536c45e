// Access against the real kluis-emulator through kluisctl, as two people would meet it: a
// reader on the RBAC demo vault is refused a secret and told the missing data action and the
// role that grants it; an administrator grants that role from the command line and the reader
// then reads the secret. Also the access view of both permission models, refused grants, and
// a vault in an enforced network security perimeter diagnosed as such.
#include "EmulatorProcess.h"

#include "cloud/CloudProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace kluis::core;

class TestVaultAccess : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator{{QStringLiteral("--in-memory")}};
    CloudProfile m_cloud;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }
    Run kluisctl(const QStringList &command, bool administrator)
    {
        CloudClient client;
        for (const auto &c : m_cloud.clients) {
            if (c.dataAccess == administrator)
                client = c;
        }
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_cloud.tenantId);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), client.clientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), client.clientSecret);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KLUISCTL_PATH),
                      QStringList{QStringLiteral("--cloud-file"), cloudFile()} + command);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
    Run reader(const QStringList &command) { return kluisctl(command, false); }
    Run administrator(const QStringList &command) { return kluisctl(command, true); }

    QJsonObject access(const QString &vault, bool asAdministrator)
    {
        const auto run = kluisctl(
            {QStringLiteral("access"), QStringLiteral("--vault"), vault, QStringLiteral("--json")},
            asAdministrator);
        if (run.exitCode != 0)
            qWarning() << run.err;
        return run.json().object();
    }
    static QStringList strings(const QJsonValue &value)
    {
        QStringList out;
        for (const auto &item : value.toArray())
            out << item.toString();
        return out;
    }
    static QStringList rolesOf(const QJsonObject &view, const QString &principalId, bool inherited)
    {
        QStringList roles;
        for (const auto &value : view.value(QStringLiteral("roleAssignments")).toArray()) {
            const auto a = value.toObject();
            if (a.value(QStringLiteral("principalId")).toString() == principalId &&
                a.value(QStringLiteral("inherited")).toBool() == inherited)
                roles << a.value(QStringLiteral("roleName")).toString();
        }
        return roles;
    }
    Run readSecret()
    {
        return reader({QStringLiteral("get-secret"), QStringLiteral("team-api-token"),
                       QStringLiteral("--vault"), QStringLiteral("team-kv")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
    }

    void readerSeesWhatIsThereButNoValue()
    {
        const auto listed = reader({QStringLiteral("list"), QStringLiteral("secrets"),
                                    QStringLiteral("--vault"), QStringLiteral("team-kv")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("team-api-token"));

        const auto refused = readSecret();
        QCOMPARE(refused.exitCode, 5);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains("missing Microsoft.KeyVault/vaults/secrets/getSecret/action"),
                 refused.err.constData());
        QVERIFY2(refused.err.contains("\"Key Vault Secrets User\""), refused.err.constData());

        const auto json = reader({QStringLiteral("get-secret"), QStringLiteral("team-api-token"),
                                  QStringLiteral("--vault"), QStringLiteral("team-kv"),
                                  QStringLiteral("--json")});
        const auto missing = QJsonDocument::fromJson(json.err)
                                 .object()
                                 .value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("missingPermission"))
                                 .toObject();
        QCOMPARE(missing.value(QStringLiteral("action")).toString(),
                 QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action"));
        QCOMPARE(missing.value(QStringLiteral("suggestedRole")).toString(),
                 QStringLiteral("Key Vault Secrets User"));
    }

    void readerAccessViewShowsTheRbacModelAndWhatTheReaderMayDo()
    {
        const auto view = access(QStringLiteral("team-kv"), false);
        QCOMPARE(view.value(QStringLiteral("permissionModel")).toString(), QStringLiteral("rbac"));
        const auto me = view.value(QStringLiteral("myObjectId")).toString();
        QVERIFY(!me.isEmpty());
        QCOMPARE(rolesOf(view, me, false), QStringList{QStringLiteral("Key Vault Reader")});
        // Named by the directory (Microsoft Graph), typed as the assignment says.
        for (const auto &value : view.value(QStringLiteral("roleAssignments")).toArray()) {
            const auto a = value.toObject();
            if (a.value(QStringLiteral("principalId")).toString() != me)
                continue;
            QCOMPARE(a.value(QStringLiteral("principalName")).toString(),
                     QStringLiteral("Kluis demo reader (no data-plane permissions)"));
            QCOMPARE(a.value(QStringLiteral("principalType")).toString(),
                     QStringLiteral("ServicePrincipal"));
        }
        // Reader at the root management group: inherited, with the group's scope.
        QCOMPARE(rolesOf(view, me, true), QStringList{QStringLiteral("Reader")});
        const auto mine = strings(view.value(QStringLiteral("myDataActions")));
        QVERIFY(
            mine.contains(QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")));
        QVERIFY(
            !mine.contains(QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action")));
        QCOMPARE(view.value(QStringLiteral("canAssignRoles")).toBool(), false);
        QCOMPARE(view.value(QStringLiteral("accessPolicies")).toArray().size(), 0);
    }

    void readerCannotGrantItself()
    {
        const auto me =
            access(QStringLiteral("team-kv"), false).value(QStringLiteral("myObjectId")).toString();
        const auto refused =
            reader({QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--vault"),
                    QStringLiteral("team-kv"), QStringLiteral("--principal"), me,
                    QStringLiteral("--role"), QStringLiteral("Key Vault Secrets User")});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("Microsoft.Authorization/roleAssignments/write"),
                 refused.err.constData());
        QCOMPARE(readSecret().exitCode, 5);
    }

    void administratorGrantsTheSuggestedRoleAndTheReaderReads()
    {
        const auto me =
            access(QStringLiteral("team-kv"), false).value(QStringLiteral("myObjectId")).toString();
        const QStringList grant{
            QStringLiteral("access"),      QStringLiteral("grant"),
            QStringLiteral("--vault"),     QStringLiteral("team-kv"),
            QStringLiteral("--principal"), me,
            QStringLiteral("--role"),      QStringLiteral("Key Vault Secrets User")};
        const auto granted = administrator(grant);
        QCOMPARE(granted.exitCode, 0);
        QVERIFY(granted.out.contains("take a few minutes"));
        // The same assignment twice is refused by the service, not written again.
        const auto again = administrator(grant);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already exists"), again.err.constData());

        const auto read = readSecret();
        QCOMPARE(read.exitCode, 0);
        QCOMPARE(read.out.trimmed(), QByteArray("tk_team_7c1f0e9a2b"));
        auto view = access(QStringLiteral("team-kv"), false);
        QVERIFY(rolesOf(view, me, false).contains(QStringLiteral("Key Vault Secrets User")));
        QVERIFY(
            strings(view.value(QStringLiteral("myDataActions")))
                .contains(QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action")));

        QStringList revoke = grant;
        revoke[1] = QStringLiteral("revoke");
        QCOMPARE(administrator(revoke).exitCode, 0);
        QCOMPARE(readSecret().exitCode, 5);
        // Only an assignment made on the vault itself can be revoked there.
        const auto inherited = administrator(
            {QStringLiteral("access"), QStringLiteral("revoke"), QStringLiteral("--vault"),
             QStringLiteral("team-kv"), QStringLiteral("--principal"), me, QStringLiteral("--role"),
             QStringLiteral("Key Vault Secrets User")});
        QCOMPARE(inherited.exitCode, 2);
    }

    void accessPolicyVaultShowsItsEntriesAndWhatThePolicyAllows()
    {
        const auto view = access(QStringLiteral("dev-kv"), true);
        QCOMPARE(view.value(QStringLiteral("permissionModel")).toString(),
                 QStringLiteral("accessPolicies"));
        const auto policies = view.value(QStringLiteral("accessPolicies")).toArray();
        QCOMPARE(policies.size(), 4);
        const auto me = view.value(QStringLiteral("myObjectId")).toString();
        bool found = false;
        for (const auto &value : policies) {
            const auto entry = value.toObject();
            if (entry.value(QStringLiteral("objectId")).toString() != me)
                continue;
            found = true;
            QCOMPARE(strings(entry.value(QStringLiteral("permissions"))
                                 .toObject()
                                 .value(QStringLiteral("secrets"))),
                     QStringList{QStringLiteral("all")});
        }
        QVERIFY(found);
        QVERIFY(
            strings(view.value(QStringLiteral("myDataActions")))
                .contains(QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action")));
        QVERIFY(view.value(QStringLiteral("canAssignRoles")).toBool());

        // The reader's entry holds secrets get only: listing is refused with the permission.
        const auto listed = reader({QStringLiteral("list"), QStringLiteral("secrets"),
                                    QStringLiteral("--vault"), QStringLiteral("dev-kv")});
        QCOMPARE(listed.exitCode, 5);
        QVERIFY2(listed.err.contains("secrets/list"), listed.err.constData());
        const auto read = reader({QStringLiteral("get-secret"), QStringLiteral("database-password"),
                                  QStringLiteral("--vault"), QStringLiteral("dev-kv")});
        QCOMPARE(read.exitCode, 0);
    }

    void unknownRoleOrPrincipalIsRefusedClearly()
    {
        const auto role = administrator(
            {QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--vault"),
             QStringLiteral("team-kv"), QStringLiteral("--principal"),
             QStringLiteral("00000000-0000-0000-0000-000000000001"), QStringLiteral("--role"),
             QStringLiteral("Key Vault Janitor")});
        QCOMPARE(role.exitCode, 2);
        QVERIFY2(role.err.contains("not a built-in Key Vault role"), role.err.constData());
        const auto principal = administrator(
            {QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("--vault"),
             QStringLiteral("team-kv"), QStringLiteral("--principal"),
             QStringLiteral("00000000-0000-0000-0000-000000000001"), QStringLiteral("--role"),
             QStringLiteral("Key Vault Reader")});
        QVERIFY(principal.exitCode != 0);
        QVERIFY2(principal.err.contains("PrincipalNotFound") ||
                     principal.err.contains("does not exist in the directory"),
                 principal.err.constData());
        const auto usage = administrator({QStringLiteral("access"), QStringLiteral("grant"),
                                          QStringLiteral("--vault"), QStringLiteral("team-kv")});
        QCOMPARE(usage.exitCode, 2);
    }

    void enforcedPerimeterIsDiagnosedAsSuch()
    {
        const auto run = administrator({QStringLiteral("diagnose"), QStringLiteral("--vault"),
                                        QStringLiteral("perimeter-kv"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 4);
        const auto diagnosis = run.json().object();
        QCOMPARE(diagnosis.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("perimeter-denied"));
        const auto fixes = diagnosis.value(QStringLiteral("fixes")).toArray();
        QCOMPARE(fixes.size(), 1);
        const auto fix = fixes.at(0).toObject();
        QCOMPARE(fix.value(QStringLiteral("id")).toString(),
                 QStringLiteral("perimeter-inbound-rule"));
        QVERIFY(
            fix.value(QStringLiteral("detail")).toString().contains(QLatin1String("nsp-payments")));
        QVERIFY(fix.value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("payments-profile")));
        const auto perimeters = diagnosis.value(QStringLiteral("network"))
                                    .toObject()
                                    .value(QStringLiteral("perimeters"))
                                    .toArray();
        QCOMPARE(perimeters.size(), 1);
        QCOMPARE(perimeters.at(0).toObject().value(QStringLiteral("accessMode")).toString(),
                 QStringLiteral("Enforced"));
        // The vault's own firewall would admit anyone: no IP rule fix is offered.
        QCOMPARE(diagnosis.value(QStringLiteral("network"))
                     .toObject()
                     .value(QStringLiteral("defaultAction"))
                     .toString(),
                 QStringLiteral("Allow"));
    }
};

QTEST_GUILESS_MAIN(TestVaultAccess)
#include "tst_vaultaccess.moc"
