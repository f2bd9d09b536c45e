// kluisctl diagnose against the real kluis-emulator: each cause the emulator can produce is
// named, with the endpoint, the address the vault saw and the fixes.
#include "EmulatorProcess.h"

#include "TestAwait.h"

#include "auth/ClientSecretCredential.h"
#include "clients/KeyVaultClient.h"
#include "cloud/CloudProfile.h"
#include "diagnostics/FirewallDiagnosis.h"
#include "net/HttpPipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace kluis::core;

namespace {
const auto natAddress = QStringLiteral("203.0.113.10");
}

class TestDiagnose : public QObject
{
    Q_OBJECT

private:
    // Behind a NAT: the vault sees 203.0.113.10, which no interface of this machine has.
    EmulatorProcess m_emulator{
        {QStringLiteral("--in-memory"), QStringLiteral("--nat"), natAddress}};
    CloudProfile m_cloud;

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }
    CloudClient client(bool dataAccess) const
    {
        for (const auto &c : m_cloud.clients) {
            if (c.dataAccess == dataAccess)
                return c;
        }
        return {};
    }

    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray out;
        QByteArray err;
    };
    Run diagnose(const QString &vault, bool dataAccess = true, bool json = true)
    {
        QStringList arguments{QStringLiteral("diagnose"), QStringLiteral("--vault"), vault};
        if (json)
            arguments.append(QStringLiteral("--json"));
        return kluisctl(arguments, dataAccess);
    }
    Run kluisctl(const QStringList &command, bool dataAccess = true)
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_cloud.tenantId);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), client(dataAccess).clientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), client(dataAccess).clientSecret);
        QProcess process;
        process.setProcessEnvironment(environment);
        const QStringList arguments =
            QStringList{QStringLiteral("--cloud-file"), cloudFile()} + command;
        process.start(QStringLiteral(KLUISCTL_PATH), arguments);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.json = QJsonDocument::fromJson(run.out).object();
        return run;
    }
    static QJsonObject fix(const QJsonObject &diagnosis, const QString &id)
    {
        for (const auto &value : diagnosis.value(QStringLiteral("fixes")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
        }
        return {};
    }
    static QJsonObject probe(const QJsonObject &diagnosis, const QString &role)
    {
        for (const auto &value : diagnosis.value(QStringLiteral("endpoints")).toArray()) {
            if (value.toObject().value(QStringLiteral("role")).toString() == role)
                return value.toObject();
        }
        return {};
    }
    QString vaultEndpoint(const QString &name) const
    {
        const auto url = m_cloud.vaultUrl(name);
        return url.host() + QLatin1Char(':') + QString::number(url.port(443));
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

    void vaultFirewallBehindNat()
    {
        // payments-kv denies by default and admits only 198.51.100.0/24.
        const auto run = diagnose(QStringLiteral("payments-kv"));
        QVERIFY2(run.exitCode == 4, QByteArray(run.out + run.err).constData());
        QCOMPARE(run.json.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("vault-firewall"));
        QCOMPARE(run.json.value(QStringLiteral("clientAddress")).toString(), natAddress);
        QVERIFY(run.json.value(QStringLiteral("behindNat")).toBool());
        QCOMPARE(run.json.value(QStringLiteral("endpoint")).toString(),
                 vaultEndpoint(QStringLiteral("payments-kv")));
        const auto add = fix(run.json, QStringLiteral("add-ip-rule"));
        QCOMPARE(add.value(QStringLiteral("address")).toString(), natAddress);
        QVERIFY(add.value(QStringLiteral("automatic")).toBool());
        QCOMPARE(fix(run.json, QStringLiteral("add-temporary-ip-rule"))
                     .value(QStringLiteral("address"))
                     .toString(),
                 natAddress);
        // Resource Manager still answers: the rules are shown and do not cover the address.
        const auto network = run.json.value(QStringLiteral("network")).toObject();
        QVERIFY(network.value(QStringLiteral("loaded")).toBool());
        QCOMPARE(network.value(QStringLiteral("defaultAction")).toString(), QStringLiteral("Deny"));
        QCOMPARE(network.value(QStringLiteral("ipRules")).toArray().first().toString(),
                 QStringLiteral("198.51.100.0/24"));
        QVERIFY(!network.value(QStringLiteral("clientAddressCovered")).toBool());
        // /healthstatus needs no token and tells the address the vault sees.
        const auto vault = probe(run.json, QStringLiteral("vault"));
        QCOMPARE(vault.value(QStringLiteral("state")).toString(), QStringLiteral("reachable"));
        QVERIFY(vault.value(QStringLiteral("keyVaultAnswered")).toBool());
        QCOMPARE(vault.value(QStringLiteral("seenAddress")).toString(), natAddress);
        QVERIFY(vault.value(QStringLiteral("tlsTrusted")).toBool());
        QCOMPARE(run.json.value(QStringLiteral("failure"))
                     .toObject()
                     .value(QStringLiteral("innerCode"))
                     .toString(),
                 QStringLiteral("ForbiddenByFirewall"));
    }

    void publicAccessDisabled()
    {
        const auto run = diagnose(QStringLiteral("private-kv"));
        QVERIFY2(run.exitCode == 4, QByteArray(run.out + run.err).constData());
        QCOMPARE(run.json.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("public-access-disabled"));
        const auto network = run.json.value(QStringLiteral("network")).toObject();
        QCOMPARE(network.value(QStringLiteral("publicNetworkAccess")).toString(),
                 QStringLiteral("Disabled"));
        QVERIFY(network.value(QStringLiteral("privateEndpointConnections"))
                    .toArray()
                    .first()
                    .toString()
                    .endsWith(QStringLiteral("pe-private-kv")));
        QVERIFY(!fix(run.json, QStringLiteral("enable-public-access")).isEmpty());
    }

    void readerIsDeniedPermissionNotFirewalled()
    {
        const auto run = diagnose(QStringLiteral("demo"), false);
        QVERIFY2(run.exitCode == 5, QByteArray(run.out + run.err).constData());
        QCOMPARE(run.json.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("permission-denied"));
        QVERIFY(!run.json.value(QStringLiteral("permission")).toString().isEmpty());
        QVERIFY(!fix(run.json, QStringLiteral("grant-permission")).isEmpty());
        QVERIFY(fix(run.json, QStringLiteral("add-ip-rule")).isEmpty());
        // demo decides by RBAC: the service names the data action; the fix names the role.
        const auto missing = run.json.value(QStringLiteral("missingPermission")).toObject();
        QCOMPARE(missing.value(QStringLiteral("action")).toString(),
                 QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action"));
        QCOMPARE(missing.value(QStringLiteral("suggestedRole")).toString(),
                 QStringLiteral("Key Vault Reader"));
        QVERIFY(fix(run.json, QStringLiteral("grant-permission"))
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(u"Key Vault Reader"));
    }

    void readerOnAccessPoliciesIsToldThePermission()
    {
        const auto run = diagnose(QStringLiteral("dev-kv"), false);
        QVERIFY2(run.exitCode == 5, QByteArray(run.out + run.err).constData());
        QCOMPARE(run.json.value(QStringLiteral("cause")).toString(),
                 QStringLiteral("permission-denied"));
        const auto missing = run.json.value(QStringLiteral("missingPermission")).toObject();
        QCOMPARE(missing.value(QStringLiteral("policyPermission")).toString(),
                 QStringLiteral("secrets/list"));
        QCOMPARE(missing.value(QStringLiteral("model")).toString(),
                 QStringLiteral("accessPolicies"));
        QCOMPARE(missing.value(QStringLiteral("suggestedRole")).toString(),
                 QStringLiteral("Key Vault Reader"));
        QVERIFY(fix(run.json, QStringLiteral("grant-permission"))
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(u"secrets/list"));
    }

    // Every vault still on access policies, each entry mapped to built-in roles (dev-kv's
    // seeded entries: everything, one secret read, and an app that wraps keys).
    void rbacReadinessMapsEveryAccessPolicyEntry()
    {
        const auto run = kluisctl({QStringLiteral("rbac-readiness"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const auto rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 4); // the administrator, the demo user, the reader, an app
        // By what each entry holds: the cloud file names no object ids.
        QHash<QString, QJsonObject> byHolding;
        for (const auto &row : rows) {
            // demo, payments-kv, private-kv, team-kv and perimeter-kv are on RBAC: nothing to
            // report.
            QCOMPARE(row.toObject().value(QStringLiteral("vault")).toString(),
                     QStringLiteral("dev-kv"));
            const auto permissions = row.toObject().value(QStringLiteral("permissions")).toObject();
            const auto key = permissions.contains(QStringLiteral("storage")) ? QStringLiteral("app")
                             : permissions.contains(QStringLiteral("keys"))
                                 ? QStringLiteral("all")
                                 : QStringLiteral("reader");
            byHolding.insert(key, row.toObject());
        }
        QCOMPARE(byHolding.size(), 3);
        const auto roles = [](const QJsonObject &row) {
            QStringList out;
            for (const auto &role : row.value(QStringLiteral("roles")).toArray())
                out << role.toString();
            return out;
        };
        const auto reader = byHolding.value(QStringLiteral("reader"));
        QCOMPARE(roles(reader), QStringList{QStringLiteral("Key Vault Secrets User")});
        QCOMPARE(reader.value(QStringLiteral("overGranted")).toArray(),
                 QJsonArray{QStringLiteral("secrets/list")});
        const auto app = byHolding.value(QStringLiteral("app"));
        QCOMPARE(roles(app),
                 (QStringList{QStringLiteral("Key Vault Crypto Service Encryption User"),
                              QStringLiteral("Key Vault Secrets User")}));
        QCOMPARE(app.value(QStringLiteral("notCovered")).toArray(),
                 QJsonArray{QStringLiteral("storage/get")});
        QCOMPARE(roles(byHolding.value(QStringLiteral("all"))),
                 (QStringList{QStringLiteral("Key Vault Secrets Officer"),
                              QStringLiteral("Key Vault Crypto Officer"),
                              QStringLiteral("Key Vault Certificates Officer")}));
    }

    void healthyVaultIsOk()
    {
        const auto run = diagnose(QStringLiteral("demo"));
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QCOMPARE(run.json.value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));
        QVERIFY(run.json.value(QStringLiteral("fixes")).toArray().isEmpty());
        for (const auto &value : run.json.value(QStringLiteral("endpoints")).toArray()) {
            const auto endpoint = value.toObject();
            QVERIFY2(endpoint.value(QStringLiteral("state")).toString() ==
                         QLatin1String("reachable"),
                     QJsonDocument(endpoint).toJson());
            // *.localhost and the cloud file's hosts are not asked of DNS, and the evidence
            // says so.
            QVERIFY(endpoint.value(QStringLiteral("evidence"))
                        .toString()
                        .contains(QStringLiteral("DNS not asked")));
        }
        // The readable report names the cause and lists the endpoints.
        const auto text = diagnose(QStringLiteral("demo"), true, false);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("`ok`"));
        QVERIFY(text.out.contains(vaultEndpoint(QStringLiteral("demo")).toUtf8()));
    }

    void diagnosisInProcessReportsProgress()
    {
        // What the window does: the failed listing's error, then the diagnosis filling in.
        HttpPipeline pipeline(m_cloud);
        pipeline.setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, client(true).clientId, client(true).clientSecret));
        const auto url = m_cloud.vaultUrl(QStringLiteral("payments-kv"));
        const auto page = await(KeyVaultClient(&pipeline, url).list<SecretItem>());
        QVERIFY(!page.ok());
        QVERIFY(page.error().isFirewall());

        FirewallDiagnosis diagnosis(&pipeline, {url, page.error(), {}, {}});
        QCOMPARE(diagnosis.current().endpoints.size(), m_cloud.firewallEndpoints().size());
        QCOMPARE(diagnosis.current().endpoints.at(3).endpoint.host, url.host());
        QSignalSpy updated(&diagnosis, &FirewallDiagnosis::endpointUpdated);
        QSignalSpy loaded(&diagnosis, &FirewallDiagnosis::networkLoaded);
        QSignalSpy finished(&diagnosis, &FirewallDiagnosis::finished);
        const auto result = await(diagnosis.run());
        QCOMPARE(result.cause, DiagnosisCause::VaultFirewall);
        QCOMPARE(result.clientAddress, natAddress);
        QVERIFY(updated.size() >= result.endpoints.size());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(diagnosis.current().cause, DiagnosisCause::VaultFirewall);
        QVERIFY(diagnosis.current().network.loaded);
        QVERIFY(result.started <= result.finished);

        // Gone before it finished: nothing is reported any more, and nothing crashes.
        auto *early = new FirewallDiagnosis(&pipeline, {url, page.error(), {}, {}});
        QSignalSpy earlyFinished(early, &FirewallDiagnosis::finished);
        auto task = early->run();
        delete early;
        QTest::qWait(300);
    }

    // Last: stops the emulator.
    void emulatorNotRunningIsTcpRefused()
    {
        QVERIFY(m_emulator.terminate());
        const auto run = diagnose(QStringLiteral("demo"));
        QVERIFY2(run.exitCode == 4, QByteArray(run.out + run.err).constData());
        QCOMPARE(run.json.value(QStringLiteral("cause")).toString(), QStringLiteral("tcp-refused"));
        QCOMPARE(run.json.value(QStringLiteral("endpoint")).toString(),
                 vaultEndpoint(QStringLiteral("demo")));
        QCOMPARE(probe(run.json, QStringLiteral("vault")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("blocked"));
        QVERIFY(!fix(run.json, QStringLiteral("allow-endpoints")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnose)
#include "tst_diagnose.moc"
