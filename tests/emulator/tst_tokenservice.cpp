#include "EmulatorProcess.h"

#include "auth/TokenIssuer.h"
#include "server/Endpoints.h"
#include "state/EmulatorState.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

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

// A client assertion as the SDKs make it, signed with the key in a PEM file (key + cert).
QByteArray makeAssertion(const QString &pemFile, bool pss, const QJsonObject &claims,
                         bool corruptSignature = false)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto pem = file.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    unsigned char *der = nullptr;
    const int derLength = i2d_X509(cert, &der);
    const QByteArray derBytes(reinterpret_cast<const char *>(der), derLength);
    OPENSSL_free(der);
    X509_free(cert);

    QJsonObject header{
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("alg"), pss ? QStringLiteral("PS256") : QStringLiteral("RS256")}};
    if (pss)
        header.insert(
            QStringLiteral("x5t#S256"),
            QString::fromLatin1(QCryptographicHash::hash(derBytes, QCryptographicHash::Sha256)
                                    .toBase64(kBase64Url)));
    else
        header.insert(
            QStringLiteral("x5t"),
            QString::fromLatin1(QCryptographicHash::hash(derBytes, QCryptographicHash::Sha1)
                                    .toBase64(QByteArray::Base64UrlEncoding)));
    const QByteArray input =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.' +
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    EVP_DigestSignInit(ctx, &pctx, EVP_sha256(), nullptr, key);
    if (pss) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    size_t length = 0;
    EVP_DigestSign(ctx, nullptr, &length,
                   reinterpret_cast<const unsigned char *>(input.constData()),
                   size_t(input.size()));
    QByteArray signature(qsizetype(length), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                   reinterpret_cast<const unsigned char *>(input.constData()),
                   size_t(input.size()));
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    if (corruptSignature)
        signature[10] = char(signature.at(10) ^ 0x5a);
    return input + '.' + signature.toBase64(kBase64Url);
}

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(kBase64Url));
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
    QString publicClient() const
    {
        return m_emulator->cloud().value(QStringLiteral("publicClientId")).toString();
    }
    QString certificateFile() const
    {
        for (const auto &c : m_emulator->cloud().value(QStringLiteral("clients")).toArray()) {
            if (c.toObject().contains(QStringLiteral("certificateFile")))
                return c.toObject().value(QStringLiteral("certificateFile")).toString();
        }
        return {};
    }
    QJsonObject assertionClaims(qint64 expiresIn = 600) const
    {
        const auto now = QDateTime::currentSecsSinceEpoch();
        const auto id = m_emulator->clientId(true);
        return QJsonObject{{QStringLiteral("aud"), tokenUrl().toString()},
                           {QStringLiteral("iss"), id},
                           {QStringLiteral("sub"), id},
                           {QStringLiteral("jti"), QStringLiteral("jti-1")},
                           {QStringLiteral("nbf"), now - 5},
                           {QStringLiteral("iat"), now - 5},
                           {QStringLiteral("exp"), now + expiresIn}};
    }
    EmulatorProcess::Reply assertionToken(const QByteArray &assertion)
    {
        return post(tokenUrl(),
                    {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("client_id"), m_emulator->clientId(true)},
                     {QStringLiteral("client_assertion_type"),
                      QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                     {QStringLiteral("client_assertion"), QString::fromLatin1(assertion)},
                     {QStringLiteral("scope"), vaultScope()}});
    }
    QJsonObject deviceCode(const QString &extraScope = {}, int expiresIn = 0, int interval = 1)
    {
        QList<QPair<QString, QString>> fields{
            {QStringLiteral("client_id"), publicClient()},
            {QStringLiteral("scope"),
             QString(vaultScope() + QStringLiteral(" openid profile offline_access") + extraScope)},
            {QStringLiteral("emulator_interval"), QString::number(interval)}};
        if (expiresIn > 0)
            fields.append({QStringLiteral("emulator_expires_in"), QString::number(expiresIn)});
        const auto reply =
            post(QUrl(QStringLiteral("%1/%2/oauth2/v2.0/devicecode").arg(authority(), tenant())),
                 fields);
        return reply.json;
    }
    // msal-node polls with the short grant type "device_code", the RFC names the URN.
    EmulatorProcess::Reply pollDevice(const QJsonObject &device, bool shortGrantType = false)
    {
        return post(
            tokenUrl(),
            {{QStringLiteral("grant_type"),
              shortGrantType ? QStringLiteral("device_code")
                             : QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
             {QStringLiteral("client_id"), publicClient()},
             {QStringLiteral("device_code"),
              device.value(QStringLiteral("device_code")).toString()}});
    }
    EmulatorProcess::Reply answerDevice(const QJsonObject &device, const QString &action)
    {
        return post(
            QUrl(QString(authority() + QStringLiteral("/device"))),
            {{QStringLiteral("user_code"), device.value(QStringLiteral("user_code")).toString()},
             {QStringLiteral("action"), action}});
    }
    // GET authorize; returns the redirect's query (or an empty one) and the reply.
    EmulatorProcess::Reply authorize(const QString &redirectUri, const QString &challenge,
                                     const QString &clientId = {})
    {
        QUrl url(QStringLiteral("%1/%2/oauth2/v2.0/authorize").arg(authority(), tenant()));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"),
                           clientId.isEmpty() ? publicClient() : clientId);
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
        query.addQueryItem(QStringLiteral("scope"),
                           QString::fromLatin1(QUrl::toPercentEncoding(
                               QString(vaultScope() + QStringLiteral(" openid offline_access")))));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("st-42"));
        query.addQueryItem(QStringLiteral("nonce"), QStringLiteral("n-42"));
        query.addQueryItem(QStringLiteral("code_challenge"), challenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(query);
        return m_emulator->request("GET", url);
    }
    static QUrlQuery redirectQuery(const EmulatorProcess::Reply &reply)
    {
        return QUrlQuery(QUrl(QString::fromUtf8(reply.header("Location"))));
    }
    EmulatorProcess::Reply redeemCode(const QString &code, const QString &redirectUri,
                                      const QString &verifier)
    {
        return post(tokenUrl(),
                    {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                     {QStringLiteral("client_id"), publicClient()},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("redirect_uri"), redirectUri},
                     {QStringLiteral("code_verifier"), verifier},
                     {QStringLiteral("scope"),
                      QString(vaultScope() + QStringLiteral(" openid offline_access"))}});
    }
    EmulatorProcess::Reply redeemRefresh(const QString &refreshToken, const QString &scope,
                                         const QString &clientId = {})
    {
        return post(
            tokenUrl(),
            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
             {QStringLiteral("client_id"), clientId.isEmpty() ? publicClient() : clientId},
             {QStringLiteral("refresh_token"), refreshToken},
             {QStringLiteral("scope"), QString(scope + QStringLiteral(" openid offline_access"))}});
    }
    QString m_userVaultToken; // checked with TokenIssuer at the end

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

    void clientSecretBasicAuthentication()
    {
        const auto credentials = QByteArray(m_emulator->clientId(true).toLatin1() + ':' +
                                            QUrl::toPercentEncoding(m_emulator->clientSecret(true)))
                                     .toBase64();
        const auto reply = m_emulator->request(
            "POST", tokenUrl(),
            formBody({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                      {QStringLiteral("scope"), vaultScope()}}),
            {{"Content-Type", "application/x-www-form-urlencoded"},
             {"Authorization", QByteArray("Basic " + credentials)}});
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json.value(QStringLiteral("access_token")).toString().isEmpty());
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

    void certificateAssertionsGiveTokens_data()
    {
        QTest::addColumn<bool>("pss");
        QTest::newRow("RS256 with x5t") << false;
        QTest::newRow("PS256 with x5t#S256") << true;
    }

    void certificateAssertionsGiveTokens()
    {
        QFETCH(bool, pss);
        const auto file = certificateFile();
        QVERIFY(!file.isEmpty());
        QCOMPARE(QFile(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const auto reply = assertionToken(makeAssertion(file, pss, assertionClaims()));
        QCOMPARE(reply.status, 200);
        QCOMPARE(jwtPayload(reply.json.value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("appid"))
                     .toString(),
                 m_emulator->clientId(true));
    }

    void badAssertionsAreRejected()
    {
        const auto file = certificateFile();
        verifyEntraError(assertionToken(makeAssertion(file, true, assertionClaims(), true)), 401,
                         QStringLiteral("invalid_client"), 700027);
        verifyEntraError(assertionToken(makeAssertion(file, false, assertionClaims(-600))), 401,
                         QStringLiteral("invalid_client"), 700024);
        auto wrongAudience = assertionClaims();
        wrongAudience.insert(QStringLiteral("aud"), QStringLiteral("https://elsewhere.example/"));
        verifyEntraError(assertionToken(makeAssertion(file, false, wrongAudience)), 401,
                         QStringLiteral("invalid_client"), 50027);
        auto wrongIssuer = assertionClaims();
        wrongIssuer.insert(QStringLiteral("iss"), m_emulator->clientId(false));
        verifyEntraError(assertionToken(makeAssertion(file, true, wrongIssuer)), 401,
                         QStringLiteral("invalid_client"), 700021);
    }

    void deviceCodeFlowAfterApproval()
    {
        const auto device = deviceCode();
        QVERIFY(!device.value(QStringLiteral("user_code")).toString().isEmpty());
        QCOMPARE(device.value(QStringLiteral("verification_uri")).toString(),
                 QString(authority() + QStringLiteral("/device")));
        QCOMPARE(device.value(QStringLiteral("interval")).toInt(), 1);
        QVERIFY(device.value(QStringLiteral("expires_in")).toInt() > 0);
        QVERIFY(device.value(QStringLiteral("message"))
                    .toString()
                    .contains(device.value(QStringLiteral("user_code")).toString()));

        verifyEntraError(pollDevice(device), 400, QStringLiteral("authorization_pending"), 70016);
        // Polled again at once, faster than the interval.
        verifyEntraError(pollDevice(device), 400, QStringLiteral("slow_down"), 70016);

        const auto page =
            m_emulator->request("GET", QUrl(QString(authority() + QStringLiteral("/device"))));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("user_code"));
        QCOMPARE(answerDevice(device, QStringLiteral("approve")).status, 200);

        const auto tokens = pollDevice(device);
        QCOMPARE(tokens.status, 200);
        const auto claims =
            jwtPayload(tokens.json.value(QStringLiteral("access_token")).toString());
        QCOMPARE(claims.value(QStringLiteral("upn")).toString(),
                 QStringLiteral("admin@contoso.example"));
        QCOMPARE(claims.value(QStringLiteral("scp")).toString(),
                 QStringLiteral("user_impersonation"));
        QCOMPARE(claims.value(QStringLiteral("appid")).toString(), publicClient());
        QVERIFY(!tokens.json.value(QStringLiteral("refresh_token")).toString().isEmpty());
        const auto idToken = jwtPayload(tokens.json.value(QStringLiteral("id_token")).toString());
        QCOMPARE(idToken.value(QStringLiteral("aud")).toString(), publicClient());
        QCOMPARE(idToken.value(QStringLiteral("preferred_username")).toString(),
                 QStringLiteral("admin@contoso.example"));
        QVERIFY(!tokens.json.value(QStringLiteral("client_info")).toString().isEmpty());
        m_userVaultToken = tokens.json.value(QStringLiteral("access_token")).toString();

        // The device code is used up.
        QCOMPARE(pollDevice(device).status, 400);
    }

    void deviceCodeDeclined()
    {
        const auto device = deviceCode();
        QCOMPARE(answerDevice(device, QStringLiteral("deny")).status, 200);
        verifyEntraError(pollDevice(device), 400, QStringLiteral("authorization_declined"), 70000);
    }

    void deviceCodeExpires()
    {
        const auto device = deviceCode({}, 1);
        QCOMPARE(device.value(QStringLiteral("expires_in")).toInt(), 1);
        QThread::msleep(1300);
        verifyEntraError(pollDevice(device), 400, QStringLiteral("expired_token"), 70019);
        QCOMPARE(answerDevice(device, QStringLiteral("approve")).status, 400);
    }

    void deviceCodeNeedsKnownClient()
    {
        const auto reply = post(
            QUrl(QStringLiteral("%1/%2/oauth2/v2.0/devicecode").arg(authority(), tenant())),
            {{QStringLiteral("client_id"), QStringLiteral("00000000-0000-0000-0000-00000000beef")},
             {QStringLiteral("scope"), vaultScope()}});
        verifyEntraError(reply, 400, QStringLiteral("unauthorized_client"), 700016);
    }

    void authorizationCodeWithPkce()
    {
        const auto redirect = QStringLiteral("http://localhost:53412/callback");
        const auto verifier = QStringLiteral("verifier-0123456789-0123456789-0123456789-abc");
        const auto reply = authorize(redirect, pkceChallenge(verifier));
        QCOMPARE(reply.status, 302);
        const auto location = QString::fromUtf8(reply.header("Location"));
        QVERIFY2(location.startsWith(redirect), qPrintable(location));
        const auto query = redirectQuery(reply);
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
        const auto code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());

        const auto tokens = redeemCode(code, redirect, verifier);
        QCOMPARE(tokens.status, 200);
        const auto idToken = jwtPayload(tokens.json.value(QStringLiteral("id_token")).toString());
        QCOMPARE(idToken.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-42"));
        QCOMPARE(idToken.value(QStringLiteral("tid")).toString(), tenant());
        QCOMPARE(jwtPayload(tokens.json.value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("aud"))
                     .toString(),
                 vaultScope().chopped(int(qstrlen("/.default"))));

        // A code is good once.
        verifyEntraError(redeemCode(code, redirect, verifier), 400, QStringLiteral("invalid_grant"),
                         54005);
    }

    void authorizationCodeRejectsPkceMismatch()
    {
        const auto redirect = QStringLiteral("http://127.0.0.1:53413/");
        const auto reply = authorize(redirect, pkceChallenge(QStringLiteral("the-real-verifier-"
                                                                            "0123456789abcdef")));
        QCOMPARE(reply.status, 302);
        const auto code =
            redirectQuery(reply).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        verifyEntraError(
            redeemCode(code, redirect, QStringLiteral("another-verifier-0123456789abcdef-xyz")),
            400, QStringLiteral("invalid_grant"), 501481);
    }

    void authorizeAcceptsOnlyLoopbackRedirects()
    {
        const auto challenge = pkceChallenge(QStringLiteral("v"));
        for (const auto &uri : {QStringLiteral("https://localhost:53414/"),
                                QStringLiteral("http://attacker.example/cb"),
                                QStringLiteral("http://192.0.2.10:8080/")}) {
            const auto reply = authorize(uri, challenge);
            QVERIFY2(reply.status == 400, qPrintable(uri));
            QVERIFY(reply.header("Location").isEmpty());
            QVERIFY(reply.body.contains("AADSTS50011"));
        }
        const auto unknown = authorize(QStringLiteral("http://localhost:1/"), challenge,
                                       QStringLiteral("00000000-0000-0000-0000-00000000beef"));
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.body.contains("AADSTS700016"));
    }

    void refreshTokensRotateAndServeAnyResource()
    {
        const auto device = deviceCode();
        QCOMPARE(answerDevice(device, QStringLiteral("approve")).status, 200);
        const auto first = pollDevice(device, true);
        QCOMPARE(first.status, 200);
        const auto refresh = first.json.value(QStringLiteral("refresh_token")).toString();

        const auto armScope =
            m_emulator->cloud().value(QStringLiteral("resourceManagerScope")).toString();
        const auto second = redeemRefresh(refresh, armScope);
        QCOMPARE(second.status, 200);
        QCOMPARE(jwtPayload(second.json.value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("aud"))
                     .toString(),
                 armScope.chopped(int(qstrlen("/.default"))));
        const auto rotated = second.json.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != refresh);

        // The old one stopped working; the new one is bound to its client.
        verifyEntraError(redeemRefresh(refresh, vaultScope()), 400, QStringLiteral("invalid_grant"),
                         70000);
        verifyEntraError(redeemRefresh(rotated, vaultScope(), m_emulator->clientId(false)), 400,
                         QStringLiteral("invalid_grant"), 70000);
        const auto third = redeemRefresh(rotated, vaultScope());
        QCOMPARE(third.status, 200);
    }

    void refreshTokenSurvivesRestart()
    {
        EmulatorProcess *shared = m_emulator;
        const auto restore = qScopeGuard([&] { m_emulator = shared; });
        QTemporaryDir dir;
        QString refresh;
        {
            EmulatorProcess first({}, dir.path());
            m_emulator = &first;
            QVERIFY(first.start());
            const auto device = deviceCode();
            QCOMPARE(answerDevice(device, QStringLiteral("approve")).status, 200);
            refresh = pollDevice(device).json.value(QStringLiteral("refresh_token")).toString();
            QVERIFY(!refresh.isEmpty());
            QVERIFY(first.terminate());
        }
        EmulatorProcess second({}, dir.path());
        m_emulator = &second;
        QVERIFY(second.start());
        QCOMPARE(redeemRefresh(refresh, vaultScope()).status, 200);
    }

    void graphAnswersOrganization()
    {
        const auto graph = m_emulator->cloud().value(QStringLiteral("graph")).toString();
        const auto token =
            clientCredentials(m_emulator->clientId(true), m_emulator->clientSecret(true),
                              QString(graph + QStringLiteral(".default")))
                .json.value(QStringLiteral("access_token"))
                .toString();
        const auto org =
            m_emulator->request("GET", QUrl(QString(graph + QStringLiteral("v1.0/organization"))),
                                {}, {{"Authorization", QByteArray("Bearer " + token.toLatin1())}});
        QCOMPARE(org.status, 200);
        QCOMPARE(org.json.value(QStringLiteral("value"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 tenant());
        const auto unknown =
            m_emulator->request("GET", QUrl(QString(graph + QStringLiteral("v1.0/users"))));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.json.value(QStringLiteral("error")).isObject());
        const auto anonymous =
            m_emulator->request("GET", QUrl(QString(graph + QStringLiteral("v1.0/organization"))));
        QCOMPARE(anonymous.status, 401);
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
        const auto user = issuer.validate(bearer(QJsonValue(m_userVaultToken)), {vaultAudience});
        QCOMPARE(user.failure, TokenFailure::None);
        QVERIFY(user.claims->isUser);
        QVERIFY(issuer.hasDataAccess(*user.claims));

        auto tampered = bearer(vaultToken);
        tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == 'A' ? 'B' : 'A';
        QCOMPARE(issuer.validate(tampered, {vaultAudience}).failure, TokenFailure::BadSignature);
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
