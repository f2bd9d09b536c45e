#include "EmulatorProcess.h"

#include "auth/TokenIssuer.h"
#include "server/Endpoints.h"
#include "state/EmulatorState.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using kluis::emulator::EmulatorState;
using kluis::emulator::Endpoints;
using kluis::emulator::TokenFailure;
using kluis::emulator::TokenIssuer;

namespace {

const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QJsonObject jwtPayload(const QString &jwt)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(jwt.section(QLatin1Char('.'), 1, 1).toLatin1(), kBase64Url))
        .object();
}

} // namespace

// The Entra ID-like token service of kluis-emulator, over HTTPS against the real binary.
class TestTokenService : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess *m_emulator = nullptr;
    QTemporaryDir m_dir;

    QString authority() const
    {
        return m_emulator->cloud().value(QStringLiteral("authorityHost")).toString();
    }
    QString tenant() const
    {
        return m_emulator->cloud().value(QStringLiteral("tenantId")).toString();
    }
    QString vaultScope() const
    {
        return m_emulator->cloud().value(QStringLiteral("vaultScope")).toString();
    }
    QUrl tokenUrl(const QString &tenantName = {}) const
    {
        return QUrl(QStringLiteral("%1/%2/oauth2/v2.0/token")
                        .arg(authority(), tenantName.isEmpty() ? tenant() : tenantName));
    }
    EmulatorProcess::Reply post(const QUrl &url, const QList<QPair<QString, QString>> &fields)
    {
        return m_emulator->request("POST", url, formBody(fields),
                                   {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    EmulatorProcess::Reply clientCredentials(const QString &clientId, const QString &secret,
                                             const QString &scope, const QString &tenantName = {})
    {
        return post(tokenUrl(tenantName),
                    {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("client_id"), clientId},
                     {QStringLiteral("client_secret"), secret},
                     {QStringLiteral("scope"), scope}});
    }
    static void verifyEntraError(const EmulatorProcess::Reply &reply, int status,
                                 const QString &error, int code)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json.value(QStringLiteral("error")).toString(), error);
        QVERIFY2(reply.json.value(QStringLiteral("error_description"))
                     .toString()
                     .startsWith(QStringLiteral("AADSTS%1:").arg(code)),
                 reply.body.constData());
        QCOMPARE(reply.json.value(QStringLiteral("error_codes")).toArray().first().toInt(), code);
        for (const auto *key : {"timestamp", "trace_id", "correlation_id"})
            QVERIFY2(!reply.json.value(QLatin1String(key)).toString().isEmpty(), key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Not in memory: the state (with the signing key) is read back by TokenIssuer at the end.
        m_emulator = new EmulatorProcess({}, m_dir.path());
        QVERIFY(m_emulator->start());
    }

    void cleanupTestCase() { delete m_emulator; }

    void discoveryDescribesEveryEndpoint_data()
    {
        QTest::addColumn<QString>("tenantName");
        QTest::addColumn<bool>("v2");
        QTest::newRow("tenant v2") << QString() << true;
        QTest::newRow("tenant v1") << QString() << false;
        QTest::newRow("common v2") << QStringLiteral("common") << true;
        QTest::newRow("organizations v2") << QStringLiteral("organizations") << true;
        QTest::newRow("other tenant v2") << QStringLiteral("other") << true;
    }

    void discoveryDescribesEveryEndpoint()
    {
        QFETCH(QString, tenantName);
        QFETCH(bool, v2);
        if (tenantName.isEmpty())
            tenantName = tenant();
        if (tenantName == QLatin1String("other"))
            tenantName = m_emulator->cloud().value(QStringLiteral("otherTenantId")).toString();
        const auto url =
            QStringLiteral("%1/%2%3/.well-known/openid-configuration")
                .arg(authority(), tenantName, v2 ? QStringLiteral("/v2.0") : QString());
        const auto reply = m_emulator->request("GET", QUrl(url));
        QCOMPARE(reply.status, 200);
        const auto &config = reply.json;
        const auto prefix = QStringLiteral("%1/%2/oauth2/").arg(authority(), tenantName);
        const auto version = v2 ? QStringLiteral("v2.0/") : QString();
        QCOMPARE(config.value(QStringLiteral("token_endpoint")).toString(),
                 QString(prefix + version + QStringLiteral("token")));
        QCOMPARE(config.value(QStringLiteral("authorization_endpoint")).toString(),
                 QString(prefix + version + QStringLiteral("authorize")));
        QCOMPARE(config.value(QStringLiteral("device_authorization_endpoint")).toString(),
                 QString(prefix + version + QStringLiteral("devicecode")));
        QVERIFY(config.value(QStringLiteral("end_session_endpoint")).toString().startsWith(prefix));
        QVERIFY(config.value(QStringLiteral("response_types_supported"))
                    .toArray()
                    .contains(QStringLiteral("code")));
        const auto issuer = config.value(QStringLiteral("issuer")).toString();
        if (tenantName == QLatin1String("common") || tenantName == QLatin1String("organizations"))
            QVERIFY2(issuer.contains(QStringLiteral("{tenantid}")), qPrintable(issuer));
        else
            QVERIFY2(issuer.contains(tenantName), qPrintable(issuer));

        const auto keys =
            m_emulator->request("GET", QUrl(config.value(QStringLiteral("jwks_uri")).toString()));
        QCOMPARE(keys.status, 200);
        const auto key = keys.json.value(QStringLiteral("keys")).toArray().first().toObject();
        QCOMPARE(key.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
        QVERIFY(!key.value(QStringLiteral("n")).toString().isEmpty());
    }

    void discoveryRejectsUnknownTenant()
    {
        const auto reply = m_emulator->request(
            "GET", QUrl(QStringLiteral("%1/11111111-2222-3333-4444-555555555555/v2.0/"
                                       ".well-known/openid-configuration")
                            .arg(authority())));
        verifyEntraError(reply, 400, QStringLiteral("invalid_tenant"), 90002);
    }

    void clientSecretGivesVaultToken()
    {
        const auto id = m_emulator->clientId(true);
        const auto reply = clientCredentials(id, m_emulator->clientSecret(true), vaultScope());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("token_type")).toString(),
                 QStringLiteral("Bearer"));
        QCOMPARE(reply.json.value(QStringLiteral("expires_in")).toInt(), 3599);
        QCOMPARE(reply.json.value(QStringLiteral("ext_expires_in")).toInt(), 3599);
        const auto claims = jwtPayload(reply.json.value(QStringLiteral("access_token")).toString());
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(),
                 vaultScope().chopped(int(qstrlen("/.default"))));
        QCOMPARE(claims.value(QStringLiteral("tid")).toString(), tenant());
        QCOMPARE(claims.value(QStringLiteral("appid")).toString(), id);
        QVERIFY(!claims.value(QStringLiteral("roles")).toArray().isEmpty());
        QVERIFY(!claims.contains(QStringLiteral("scp")));
    }

    void clientSecretInOtherTenantCarriesThatTenant()
    {
        const auto other = m_emulator->cloud().value(QStringLiteral("otherTenantId")).toString();
        const auto reply = clientCredentials(m_emulator->clientId(true),
                                             m_emulator->clientSecret(true), vaultScope(), other);
        QCOMPARE(reply.status, 200);
        QCOMPARE(jwtPayload(reply.json.value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("tid"))
                     .toString(),
                 other);
    }

    void wrongSecretIsInvalidClient()
    {
        const auto reply = clientCredentials(m_emulator->clientId(true),
                                             QStringLiteral("not-the-secret"), vaultScope());
        verifyEntraError(reply, 401, QStringLiteral("invalid_client"), 7000215);
    }

    void unknownClientIsUnauthorized()
    {
        const auto reply = clientCredentials(QStringLiteral("00000000-0000-0000-0000-00000000beef"),
                                             QStringLiteral("whatever"), vaultScope());
        verifyEntraError(reply, 400, QStringLiteral("unauthorized_client"), 700016);
    }

    void clientCredentialsNeedDefaultScopeOfKnownResource()
    {
        const auto id = m_emulator->clientId(true);
        const auto secret = m_emulator->clientSecret(true);
        verifyEntraError(clientCredentials(id, secret, QStringLiteral("openid")), 400,
                         QStringLiteral("invalid_scope"), 1002012);
        verifyEntraError(
            clientCredentials(id, secret, QStringLiteral("https://nowhere.example/.default")), 400,
            QStringLiteral("invalid_resource"), 500011);
        const auto missing =
            post(tokenUrl(), {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                              {QStringLiteral("client_id"), id},
                              {QStringLiteral("scope"), vaultScope()}});
        verifyEntraError(missing, 401, QStringLiteral("invalid_client"), 7000218);
    }

    // Runs last: stops the emulator and checks its tokens with the TokenIssuer the vault and
    // Resource Manager services use, on the persisted state.
    void zz_issuedTokensValidateWithTokenIssuer()
    {
        const auto id = m_emulator->clientId(true);
        const auto secret = m_emulator->clientSecret(true);
        const auto vaultAudience = vaultScope().chopped(int(qstrlen("/.default")));
        const auto vaultToken =
            clientCredentials(id, secret, vaultScope()).json.value(QStringLiteral("access_token"));
        const auto armScope =
            m_emulator->cloud().value(QStringLiteral("resourceManagerScope")).toString();
        const auto armToken =
            clientCredentials(id, secret, armScope).json.value(QStringLiteral("access_token"));
        const auto other = m_emulator->cloud().value(QStringLiteral("otherTenantId")).toString();
        const auto otherTenantToken = clientCredentials(id, secret, vaultScope(), other)
                                          .json.value(QStringLiteral("access_token"));
        const auto readerToken = clientCredentials(m_emulator->clientId(false),
                                                   m_emulator->clientSecret(false), vaultScope())
                                     .json.value(QStringLiteral("access_token"));
        const auto armResource =
            m_emulator->cloud().value(QStringLiteral("resourceManager")).toString();
        QVERIFY(m_emulator->terminate());

        EmulatorState state(m_dir.path());
        QString error;
        QVERIFY2(state.load(&error), qPrintable(error));
        Endpoints endpoints;
        TokenIssuer issuer(state, endpoints);
        const auto bearer = [](const QJsonValue &token) {
            return QByteArray("Bearer " + token.toString().toLatin1());
        };

        const auto vault = issuer.validate(bearer(vaultToken), {vaultAudience});
        QCOMPARE(vault.failure, TokenFailure::None);
        QCOMPARE(vault.claims->appId, id);
        QCOMPARE(vault.claims->tenantId, tenant());
        QVERIFY(issuer.hasDataAccess(*vault.claims));
        QVERIFY(vault.claims->expires > QDateTime::currentDateTimeUtc().addSecs(3500));

        const auto reader = issuer.validate(bearer(readerToken), {vaultAudience});
        QCOMPARE(reader.failure, TokenFailure::None);
        QVERIFY(!issuer.hasDataAccess(*reader.claims));

        QCOMPARE(issuer.validate(bearer(armToken), {armResource}).failure, TokenFailure::None);
        QCOMPARE(issuer.validate(bearer(armToken), {vaultAudience}).failure,
                 TokenFailure::WrongAudience);
        QCOMPARE(issuer.validate(bearer(otherTenantToken), {vaultAudience}).failure,
                 TokenFailure::WrongTenant);
        auto tampered = bearer(vaultToken);
        tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == 'A' ? 'B' : 'A';
        QCOMPARE(issuer.validate(tampered, {vaultAudience}).failure, TokenFailure::BadSignature);
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
