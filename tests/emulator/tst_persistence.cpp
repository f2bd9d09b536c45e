#include "EmulatorProcess.h"

#include "auth/TokenIssuer.h"
#include "seed/DemoSeed.h"
#include "state/EmulatorState.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace kluis::emulator;

namespace {

const QString kProduction = QStringLiteral("1f2e3d4c-5b6a-4789-8abc-def012345678");

// The demo seed (slow: it makes certificates and keys) made once and copied into each state.
void copyDemoSeed(EmulatorState &target)
{
    static EmulatorState *demo = [] {
        auto *state = new EmulatorState(QString());
        DemoSeed::seedDemo(*state);
        return state;
    }();
    target.tenantId = demo->tenantId;
    target.otherTenantId = demo->otherTenantId;
    target.subscriptions = demo->subscriptions;
    target.resourceGroups = demo->resourceGroups;
    target.clients = demo->clients;
    target.roleAssignments = demo->roleAssignments;
    target.roleAssignmentsRecorded = true;
    target.settings = demo->settings;
    target.vaults = demo->vaults;
}

// A data directory holding the demo state and a token signing key the test knows, so the test
// can mint the tokens the emulator accepts.
class SeededDir
{
public:
    SeededDir()
        : m_state(m_dir.path())
        , m_issuer(m_state, m_endpoints)
    {
        QString error;
        m_state.load(&error);
        copyDemoSeed(m_state);
        m_issuer.jwks();
        m_state.compact();
    }

    QString path() const { return m_dir.path(); }

    QByteArray token(const QString &audience) const
    {
        const auto *client = &m_state.clients.constFirst();
        for (const auto &c : m_state.clients) {
            if (c.dataAccess)
                client = &c;
        }
        TokenClaims claims;
        claims.tenantId = m_state.tenantId;
        claims.appId = client->clientId;
        claims.objectId = client->objectId;
        claims.audience = audience;
        claims.expires = QDateTime::currentDateTimeUtc().addSecs(3600);
        return m_issuer.issue(claims);
    }

private:
    QTemporaryDir m_dir;
    EmulatorState m_state;
    Endpoints m_endpoints;
    TokenIssuer m_issuer;
};

QString armUrl(const EmulatorProcess &emulator, const QString &pathAndQuery)
{
    auto base = emulator.cloud().value(QStringLiteral("resourceManager")).toString();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + pathAndQuery;
}

QString vaultPath(const QString &group, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/"
                          "vaults/%3?api-version=2023-07-01")
        .arg(kProduction, group, name);
}

QByteArray newVaultBody(const QString &tenantId, const QString &tag)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("location"), QStringLiteral("westeurope")},
                   {QStringLiteral("tags"), QJsonObject{{QStringLiteral("writer"), tag}}},
                   {QStringLiteral("properties"),
                    QJsonObject{
                        {QStringLiteral("tenantId"), tenantId},
                        {QStringLiteral("sku"),
                         QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                     {QStringLiteral("name"), QStringLiteral("standard")}}},
                        {QStringLiteral("networkAcls"),
                         QJsonObject{
                             {QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                             {QStringLiteral("ipRules"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("value"), QStringLiteral("203.0.113.7")}}}}}}}}})
        .toJson(QJsonDocument::Compact);
}

// Many requests in flight at once (EmulatorProcess::request handles one at a time).
class Flight
{
public:
    explicit Flight(const EmulatorProcess &emulator, QByteArray token)
        : m_token(std::move(token))
    {
        QFile ca(emulator.cloud().value(QStringLiteral("caFile")).toString());
        ca.open(QIODevice::ReadOnly);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    }

    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
    {
        QUrl target = url;
        target.setHost(QStringLiteral("127.0.0.1"));
        QNetworkRequest request(target);
        request.setPeerVerifyName(url.host());
        request.setRawHeader("Host",
                             QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toLatin1());
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setSslConfiguration(m_tls);
        request.setTransferTimeout(30000);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        auto *reply = m_network.sendCustomRequest(request, method, body);
        m_replies << reply;
        return reply;
    }

    int finished() const
    {
        return int(std::count_if(m_replies.cbegin(), m_replies.cend(),
                                 [](QNetworkReply *r) { return r->isFinished(); }));
    }

    bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < timeoutMs)
            QTest::qWait(5);
        return done();
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    const QList<QNetworkReply *> &replies() const { return m_replies; }

private:
    QByteArray m_token;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
    QList<QNetworkReply *> m_replies;
};

} // namespace

// Resource Manager over HTTPS on the real binary: persistence across restarts and kill -9,
// concurrent writers, bad input on the wire, and the --nat firewall demo.
class TestPersistence : public QObject
{
    Q_OBJECT

    static EmulatorProcess::Reply arm(EmulatorProcess &emulator, const SeededDir &seeded,
                                      const QByteArray &method, const QString &pathAndQuery,
                                      const QByteArray &body = {},
                                      QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(
            {"Authorization",
             "Bearer " +
                 seeded.token(
                     emulator.cloud().value(QStringLiteral("resourceManager")).toString())});
        return emulator.request(method, QUrl(armUrl(emulator, pathAndQuery)), body, headers);
    }

private Q_SLOTS:
    void keepsArmWritesAcrossRestart()
    {
        SeededDir seeded;
        const auto tenant = QStringLiteral("7f3c1a52-4e1d-4b8e-9c2a-5d6e8f9a0b1c");
        {
            EmulatorProcess emulator({}, seeded.path());
            QVERIFY(emulator.start());
            auto reply = arm(emulator, seeded, "PUT",
                             vaultPath(QStringLiteral("rg-shared"), QStringLiteral("restart-kv")),
                             newVaultBody(tenant, QStringLiteral("first")));
            QCOMPARE(reply.status, 201);
            reply = arm(emulator, seeded, "PATCH",
                        vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv")),
                        "{\"properties\": {\"networkAcls\": {\"ipRules\": [{\"value\": "
                        "\"198.51.100.0/24\"}, {\"value\": \"203.0.113.10\"}]}}}");
            QCOMPARE(reply.status, 200);
            reply =
                arm(emulator, seeded, "DELETE",
                    QStringLiteral(
                        "/subscriptions/8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d/resourceGroups/rg-dev/"
                        "providers/Microsoft.KeyVault/vaults/dev-kv?api-version=2023-07-01"));
            QCOMPARE(reply.status, 200);
            // cloud.json follows the vaults.
            QFile cloudFile(seeded.path() + QStringLiteral("/cloud.json"));
            QVERIFY(cloudFile.open(QIODevice::ReadOnly));
            const auto vaults = QJsonDocument::fromJson(cloudFile.readAll())
                                    .object()
                                    .value(QStringLiteral("vaults"))
                                    .toArray();
            QStringList names;
            for (const auto &v : vaults)
                names << v.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(names.contains(QStringLiteral("restart-kv")));
            QVERIFY(!names.contains(QStringLiteral("dev-kv")));
            QVERIFY(emulator.terminate());
        }
        EmulatorProcess emulator({}, seeded.path());
        QVERIFY(emulator.start());
        auto reply = arm(emulator, seeded, "GET",
                         vaultPath(QStringLiteral("rg-shared"), QStringLiteral("restart-kv")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("writer"))
                     .toString(),
                 QStringLiteral("first"));
        QVERIFY(reply.json.value(QStringLiteral("properties"))
                    .toObject()
                    .value(QStringLiteral("vaultUri"))
                    .toString()
                    .startsWith(QStringLiteral("https://restart-kv.vault.localhost:")));
        reply = arm(emulator, seeded, "GET",
                    vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv")));
        const auto rules = reply.json.value(QStringLiteral("properties"))
                               .toObject()
                               .value(QStringLiteral("networkAcls"))
                               .toObject()
                               .value(QStringLiteral("ipRules"))
                               .toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("203.0.113.10/32"));
        reply = arm(emulator, seeded, "GET",
                    QStringLiteral(
                        "/subscriptions/8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d/resourceGroups/rg-dev/"
                        "providers/Microsoft.KeyVault/vaults/dev-kv?api-version=2023-07-01"));
        QCOMPARE(reply.status, 404);
    }

    void keepsEveryAcknowledgedWriteAfterKill()
    {
        SeededDir seeded;
        const auto tenant = QStringLiteral("7f3c1a52-4e1d-4b8e-9c2a-5d6e8f9a0b1c");
        QStringList acknowledged;
        int inFlightAtKill = 0;
        {
            EmulatorProcess emulator({}, seeded.path());
            QVERIFY(emulator.start());
            Flight flight(
                emulator,
                seeded.token(emulator.cloud().value(QStringLiteral("resourceManager")).toString()));
            const int total = 200;
            QStringList names;
            for (int i = 0; i < total; ++i) {
                names << QStringLiteral("crash-kv-%1").arg(i);
                if (i % 2 == 0)
                    flight.send("PUT",
                                QUrl(armUrl(emulator,
                                            vaultPath(QStringLiteral("rg-shared"), names.last()))),
                                newVaultBody(tenant, QString::number(i)));
                else
                    flight.send(
                        "PATCH",
                        QUrl(armUrl(emulator, vaultPath(QStringLiteral("rg-shared"),
                                                        QStringLiteral("demo")))),
                        QStringLiteral("{\"tags\": {\"writer\": \"%1\"}}").arg(i).toLatin1());
            }
            QVERIFY(flight.waitUntil([&] { return flight.finished() >= total / 4; }));
            emulator.kill();
            inFlightAtKill = total - flight.finished();
            QVERIFY(flight.waitUntil([&] { return flight.finished() == total; }));
            int lastPatch = -1;
            for (int i = 0; i < total; ++i) {
                auto *reply = flight.replies().at(i);
                if (i % 2 == 0 && Flight::status(reply) == 201)
                    acknowledged << names.at(i);
                if (i % 2 == 1 && Flight::status(reply) == 200)
                    lastPatch = std::max(lastPatch, i);
            }
            QVERIFY(!acknowledged.isEmpty());
            Q_UNUSED(lastPatch);
        }
        QVERIFY2(inFlightAtKill > 0, "the kill came after every write finished");

        EmulatorProcess emulator({}, seeded.path());
        QVERIFY(emulator.start());
        for (const auto &name : std::as_const(acknowledged)) {
            const auto reply =
                arm(emulator, seeded, "GET", vaultPath(QStringLiteral("rg-shared"), name));
            QVERIFY2(reply.status == 200, qPrintable(name));
        }
        // The state is whole: the list answers and the demo vault is still there.
        const auto list =
            arm(emulator, seeded, "GET",
                QStringLiteral("/subscriptions/%1/resourceGroups/rg-shared/providers/"
                               "Microsoft.KeyVault/vaults?api-version=2023-07-01&$top=1000")
                    .arg(kProduction));
        QCOMPARE(list.status, 200);
        QVERIFY(list.json.value(QStringLiteral("value")).toArray().size() >=
                acknowledged.size() + 1);
        QCOMPARE(arm(emulator, seeded, "GET",
                     vaultPath(QStringLiteral("rg-shared"), QStringLiteral("demo")))
                     .status,
                 200);
    }

    void concurrentWritersLoseNoUpdate()
    {
        SeededDir seeded;
        const auto tenant = QStringLiteral("7f3c1a52-4e1d-4b8e-9c2a-5d6e8f9a0b1c");
        const QStringList patches{
            QStringLiteral("{\"properties\": {\"enabledForDeployment\": true}}"),
            QStringLiteral("{\"properties\": {\"enabledForDiskEncryption\": true}}"),
            QStringLiteral("{\"properties\": {\"enabledForTemplateDeployment\": true}}"),
            QStringLiteral("{\"properties\": {\"softDeleteRetentionInDays\": 30}}"),
            QStringLiteral("{\"properties\": {\"publicNetworkAccess\": \"Disabled\"}}"),
            QStringLiteral("{\"tags\": {\"owner\": \"concurrent\"}}"),
        };
        const int creates = 40;
        {
            EmulatorProcess emulator({}, seeded.path());
            QVERIFY(emulator.start());
            Flight flight(
                emulator,
                seeded.token(emulator.cloud().value(QStringLiteral("resourceManager")).toString()));
            for (int i = 0; i < creates; ++i) {
                flight.send("PUT",
                            QUrl(armUrl(emulator, vaultPath(QStringLiteral("rg-payments"),
                                                            QStringLiteral("conc-kv-%1").arg(i)))),
                            newVaultBody(tenant, QString::number(i)));
                if (i < patches.size())
                    flight.send("PATCH",
                                QUrl(armUrl(emulator, vaultPath(QStringLiteral("rg-payments"),
                                                                QStringLiteral("payments-kv")))),
                                patches.at(i).toLatin1());
            }
            QVERIFY(flight.waitUntil([&] { return flight.finished() == flight.replies().size(); }));
            for (auto *reply : flight.replies())
                QVERIFY2(Flight::status(reply) == 200 || Flight::status(reply) == 201,
                         reply->readAll().constData());
            QVERIFY(emulator.terminate());
        }
        EmulatorProcess emulator({}, seeded.path());
        QVERIFY(emulator.start());
        const auto list =
            arm(emulator, seeded, "GET",
                QStringLiteral("/subscriptions/%1/resourceGroups/rg-payments/providers/"
                               "Microsoft.KeyVault/vaults?api-version=2023-07-01&$top=100")
                    .arg(kProduction));
        // payments-kv, perimeter-kv and private-kv were there before.
        QCOMPARE(list.json.value(QStringLiteral("value")).toArray().size(), creates + 3);
        const auto vault =
            arm(emulator, seeded, "GET",
                vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv")))
                .json;
        const auto properties = vault.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("enabledForDeployment")).toBool(), true);
        QCOMPARE(properties.value(QStringLiteral("enabledForDiskEncryption")).toBool(), true);
        QCOMPARE(properties.value(QStringLiteral("enabledForTemplateDeployment")).toBool(), true);
        QCOMPARE(properties.value(QStringLiteral("softDeleteRetentionInDays")).toInt(), 30);
        QCOMPARE(properties.value(QStringLiteral("publicNetworkAccess")).toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(vault.value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("owner"))
                     .toString(),
                 QStringLiteral("concurrent"));
        // The firewall rules nobody touched are intact.
        QCOMPARE(properties.value(QStringLiteral("networkAcls"))
                     .toObject()
                     .value(QStringLiteral("ipRules"))
                     .toArray()
                     .size(),
                 1);
    }

    void answersBadInputOnTheWire()
    {
        SeededDir seeded;
        EmulatorProcess emulator({}, seeded.path());
        QVERIFY(emulator.start());
        auto reply = emulator.request(
            "GET", QUrl(armUrl(emulator, QStringLiteral("/subscriptions?api-version=2022-12-01"))));
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));
        QCOMPARE(reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("AuthenticationFailed"));
        reply = arm(emulator, seeded, "GET", QStringLiteral("/subscriptions"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("MissingApiVersionParameter"));
        reply = arm(emulator, seeded, "PATCH",
                    vaultPath(QStringLiteral("rg-shared"), QStringLiteral("demo")),
                    "{\"tags\": {}}", {{"Content-Type", "text/plain"}});
        QCOMPARE(reply.status, 415);
        reply = arm(emulator, seeded, "PATCH",
                    vaultPath(QStringLiteral("rg-shared"), QStringLiteral("demo")), "{\"tags\": ");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("InvalidRequestContent"));
        reply = arm(emulator, seeded, "GET",
                    QStringLiteral(
                        "/subscriptions/%1/resourceGroups/rg-shared/providers/Microsoft.KeyVault/"
                        "vaults/%2e%2e/%2e%2e/%2e%2e/rg-payments?api-version=2023-07-01")
                        .arg(kProduction));
        QVERIFY(reply.status >= 400 && reply.status < 500);
        QVERIFY(!reply.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString()
                     .isEmpty());
        reply = arm(emulator, seeded, "PUT",
                    vaultPath(QStringLiteral("rg-shared"), QStringLiteral("big-kv")),
                    QByteArray(5 * 1024 * 1024, ' '));
        QCOMPARE(reply.status, 413);
        // Still serving.
        QCOMPARE(
            arm(emulator, seeded, "GET", QStringLiteral("/subscriptions?api-version=2022-12-01"))
                .status,
            200);
    }

    void natAddressIsRefusedUntilAddedThroughArm()
    {
        SeededDir seeded;
        EmulatorProcess emulator({QStringLiteral("--nat"), QStringLiteral("203.0.113.10")},
                                 seeded.path());
        QVERIFY(emulator.start());
        auto vaultResource = emulator.cloud().value(QStringLiteral("vaultScope")).toString();
        vaultResource.remove(QStringLiteral("/.default"));
        const QUrl secrets(emulator.vaultUri(QStringLiteral("payments-kv")) +
                           QStringLiteral("secrets?api-version=7.6"));
        const QList<QPair<QByteArray, QByteArray>> auth{
            {"Authorization", "Bearer " + seeded.token(vaultResource)}};
        auto reply = emulator.request("GET", secrets, {}, auth);
        QCOMPARE(reply.status, 403);
        const auto error = reply.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("innererror"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ForbiddenByFirewall"));
        QVERIFY(error.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Client address: 203.0.113.10\r\n")));
        QCOMPARE(arm(emulator, seeded, "PATCH",
                     vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv")),
                     "{\"properties\": {\"networkAcls\": {\"ipRules\": [{\"value\": "
                     "\"198.51.100.0/24\"}, {\"value\": \"203.0.113.10\"}]}}}")
                     .status,
                 200);
        reply = emulator.request("GET", secrets, {}, auth);
        QCOMPARE(reply.status, 200);
    }

    // A diagnosis tells Key Vault from a proxy by x-ms-keyvault-network-info, so answers the
    // frontend gives on a vault's behalf (too large, injected throttling) must carry it too.
    void frontendAnswersOnVaultHostsCarryKeyVaultHeaders()
    {
        SeededDir seeded;
        EmulatorProcess emulator({QStringLiteral("--enable-faults")}, seeded.path());
        QVERIFY(emulator.start());
        const QUrl secret(emulator.vaultUri(QStringLiteral("demo")) +
                          QStringLiteral("secrets/big?api-version=7.6"));
        auto reply = emulator.request("PUT", secret, QByteArray(5 * 1024 * 1024, 'x'),
                                      {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 413);
        QVERIFY(reply.header("x-ms-keyvault-network-info").startsWith("conn_type=Ipv4;addr="));

        const auto faults =
            QUrl(emulator.cloud().value(QStringLiteral("resourceManager")).toString() +
                 QStringLiteral("_emulator/faults"));
        QVERIFY(emulator.request("POST", faults,
                                 "{\"fault\": \"throttle\", \"path\": \"/secrets\", \"count\": 1}",
                                 {{"Content-Type", "application/json"}})
                        .status /
                    100 ==
                2);
        reply = emulator.request("GET", QUrl(emulator.vaultUri(QStringLiteral("demo")) +
                                             QStringLiteral("secrets?api-version=7.6")));
        QCOMPARE(reply.status, 429);
        QVERIFY(!reply.header("x-ms-keyvault-network-info").isEmpty());

        reply = emulator.request(
            "PUT",
            QUrl(emulator.cloud().value(QStringLiteral("resourceManager")).toString() +
                 QStringLiteral("subscriptions")),
            QByteArray(5 * 1024 * 1024, ' '));
        QCOMPARE(reply.status, 413);
        QVERIFY(reply.header("x-ms-keyvault-network-info").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
