// What FirewallRuleEditor writes to Resource Manager, against a local HTTPS server that answers
// as the test says: only the IP rules change, and an answer it cannot write back whole is
// never written back.
#include "TestAwait.h"
#include "TestHttpServer.h"

#include "auth/TokenCredential.h"
#include "diagnostics/FirewallRuleEditor.h"
#include "net/HttpPipeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace kluis::core;
using Response = TestHttpServer::Response;
using Request = TestHttpServer::Request;

namespace {
class FakeCredential : public TokenCredential
{
public:
    QCoro::Task<Result<AccessToken>> getToken(TokenRequest) override
    {
        co_return AccessToken{QByteArray("token"), QDateTime::currentDateTimeUtc().addSecs(3600)};
    }
    QString description() const override { return QStringLiteral("fake"); }
};

const QString vaultPath = QStringLiteral(
    "/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.KeyVault/vaults/payments-kv");

QByteArray vaultJson(const QJsonObject &properties)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), vaultPath},
                                     {QStringLiteral("name"), QStringLiteral("payments-kv")},
                                     {QStringLiteral("properties"), properties}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestFirewallRuleEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_tls;
    QString m_caFile;

    CloudProfile cloud(quint16 port) const
    {
        CloudProfile cloud;
        cloud.name = QStringLiteral("test");
        cloud.resourceManager = QUrl(QStringLiteral("https://management.localhost:%1/").arg(port));
        cloud.resourceManagerScope = QStringLiteral("https://management.localhost/.default");
        cloud.caFile = m_caFile;
        return cloud;
    }

    // Adds 203.0.113.10 with Resource Manager answering every GET with `vault`; returns the
    // outcome and the PATCH bodies that reached the server.
    Result<FirewallRuleEditor::Outcome> add(const QByteArray &vault, QList<QByteArray> *patches)
    {
        QByteArray stored = vault;
        TestHttpServer server(
            [&](const Request &request) {
                if (request.method == "PATCH") {
                    patches->append(request.body);
                    // Answer what the service would store: the body's networkAcls.
                    auto object = QJsonDocument::fromJson(stored).object();
                    auto properties = object.value(QStringLiteral("properties")).toObject();
                    properties.insert(QStringLiteral("networkAcls"),
                                      QJsonDocument::fromJson(request.body)
                                          .object()
                                          .value(QStringLiteral("properties"))
                                          .toObject()
                                          .value(QStringLiteral("networkAcls")));
                    object.insert(QStringLiteral("properties"), properties);
                    stored = QJsonDocument(object).toJson(QJsonDocument::Compact);
                }
                return Response{200, stored, {}};
            },
            m_tls);
        HttpPipeline pipeline(cloud(server.port()));
        pipeline.setCredential(std::make_shared<FakeCredential>());
        pipeline.setRetryPolicy({0, std::chrono::milliseconds(1), std::chrono::milliseconds(1),
                                 std::chrono::milliseconds(10)});
        FirewallRuleEditor editor(&pipeline, m_dir.filePath(QStringLiteral("journal.json")));
        return await(
            editor.addAddress(editor.target(QStringLiteral("sub-1"), QStringLiteral("rg-1"),
                                            QStringLiteral("payments-kv")),
                              QStringLiteral("203.0.113.10")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto key = m_dir.filePath(QStringLiteral("key.pem"));
        m_caFile = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_caFile,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Kluis Test CA"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:management.localhost")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(QSslCertificate::fromPath(m_caFile).value(0));
        m_tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    }

    void onlyTheIpRulesChange()
    {
        const QJsonObject acls{
            {QStringLiteral("defaultAction"), QStringLiteral("Deny")},
            {QStringLiteral("bypass"), QStringLiteral("None")},
            {QStringLiteral("ipRules"),
             QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("198.51.100.0/24")},
                                    {QStringLiteral("action"), QStringLiteral("Allow")}}}},
            {QStringLiteral("virtualNetworkRules"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("/subscriptions/s/x")},
                                    {QStringLiteral("ignoreMissingVnetServiceEndpoint"), true}}}},
            {QStringLiteral("futureSetting"), QJsonObject{{QStringLiteral("level"), 3}}}};
        QList<QByteArray> patches;
        const auto outcome = add(vaultJson({{QStringLiteral("networkAcls"), acls}}), &patches);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome->added);
        QVERIFY(outcome->verification.isEmpty());
        QCOMPARE(patches.size(), 1);
        const auto sent = QJsonDocument::fromJson(patches.constFirst())
                              .object()
                              .value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("networkAcls"))
                              .toObject();
        auto expected = acls;
        auto ips = acls.value(QStringLiteral("ipRules")).toArray();
        ips.append(QJsonObject{{QStringLiteral("value"), QStringLiteral("203.0.113.10")}});
        expected.insert(QStringLiteral("ipRules"), ips);
        QCOMPARE(sent, expected);
    }

    void anIncompleteAnswerIsNeverWrittenBack_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("no networkAcls") << vaultJson(
            {{QStringLiteral("vaultUri"), QStringLiteral("https://payments-kv.vault.azure.net/")}});
        QTest::newRow("networkAcls not an object")
            << vaultJson({{QStringLiteral("networkAcls"), QStringLiteral("Deny")}});
        QTest::newRow("no properties")
            << QJsonDocument(QJsonObject{{QStringLiteral("id"), vaultPath}})
                   .toJson(QJsonDocument::Compact);
        QTest::newRow("not JSON") << QByteArray("{\"id\": \"/subscriptions/sub-1/resou");
    }
    void anIncompleteAnswerIsNeverWrittenBack()
    {
        QFETCH(QByteArray, answer);
        QList<QByteArray> patches;
        const auto outcome = add(answer, &patches);
        QVERIFY(!outcome.ok());
        QVERIFY(patches.isEmpty());
        QVERIFY(!outcome.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFirewallRuleEditor)
#include "tst_firewallruleeditor.moc"
