// The vault data plane through the real kluis-emulator binary over HTTPS, with tokens from its
// token endpoint: what the SDKs and Kluis see on the wire.
#include "EmulatorProcess.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

namespace {

const auto kB64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QString innerCode(const EmulatorProcess::Reply &reply)
{
    return reply.json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("innererror"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

// Verifies an RS256 signature with the public JWK alone (OpenSSL directly, independent of the
// emulator's own crypto code).
bool verifyRs256(const QJsonObject &jwk, const QByteArray &digest, const QByteArray &signature)
{
    const auto n =
        QByteArray::fromBase64(jwk.value(QStringLiteral("n")).toString().toLatin1(), kB64Url);
    const auto e =
        QByteArray::fromBase64(jwk.value(QStringLiteral("e")).toString().toLatin1(), kB64Url);
    BIGNUM *bn =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *be =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    bool ok = EVP_PKEY_fromdata_init(ctx) == 1 &&
              EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    if (ok) {
        EVP_PKEY_CTX *verify = EVP_PKEY_CTX_new(key, nullptr);
        ok = EVP_PKEY_verify_init(verify) == 1 &&
             EVP_PKEY_CTX_set_rsa_padding(verify, RSA_PKCS1_PADDING) == 1 &&
             EVP_PKEY_CTX_set_signature_md(verify, EVP_sha256()) == 1 &&
             EVP_PKEY_verify(verify, reinterpret_cast<const unsigned char *>(signature.constData()),
                             size_t(signature.size()),
                             reinterpret_cast<const unsigned char *>(digest.constData()),
                             size_t(digest.size())) == 1;
        EVP_PKEY_CTX_free(verify);
    }
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(bn);
    BN_free(be);
    return ok;
}

} // namespace

class TestVaultHttps : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    QByteArray m_token;
    QByteArray m_readerToken;
    QString m_api = QStringLiteral("api-version=7.6");

    // Every data-plane answer, whatever its status, carries the network-info header.
    EmulatorProcess::Reply call(const QByteArray &method, const QString &vault,
                                const QString &pathAndQuery, const QJsonObject &body = {},
                                const QByteArray &token = {})
    {
        QString target = m_emulator->vaultUri(vault);
        if (target.isEmpty())
            target = QStringLiteral("https://%1.vault.localhost:%2/")
                         .arg(vault)
                         .arg(m_emulator->cloud().value(QStringLiteral("vaultPort")).toInt());
        target.chop(1);
        QList<QPair<QByteArray, QByteArray>> headers;
        const auto bearer = token.isNull() ? m_token : token;
        if (!bearer.isEmpty())
            headers.append({"Authorization", "Bearer " + bearer});
        const auto reply = m_emulator->request(
            method, QUrl(target + pathAndQuery),
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            headers);
        const auto info = reply.header("x-ms-keyvault-network-info");
        if (info != "conn_type=Ipv4;addr=127.0.0.1;act_addr_fam=InterNetwork;")
            qWarning() << "network info missing or wrong on" << pathAndQuery << info;
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--in-memory"), QStringLiteral("--seed"), QStringLiteral("demo"),
            QStringLiteral("--seed-count"), QStringLiteral("bulk=60")});
        QVERIFY(m_emulator->start());
        const auto scope = m_emulator->cloud().value(QStringLiteral("vaultScope")).toString();
        m_token = m_emulator->token(scope, true);
        m_readerToken = m_emulator->token(scope, false);
        QVERIFY(!m_token.isEmpty());
        QVERIFY(!m_readerToken.isEmpty());
    }

    void challengeAndHealth()
    {
        const auto health =
            call("GET", QStringLiteral("demo"), QStringLiteral("/healthstatus"), {}, "");
        QCOMPARE(health.status, 200);
        QVERIFY(!health.header("x-ms-keyvault-network-info").isEmpty());

        const auto anonymous =
            call("GET", QStringLiteral("demo"), QStringLiteral("/secrets?") + m_api, {}, "");
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.header("x-ms-keyvault-network-info"),
                 QByteArray("conn_type=Ipv4;addr=127.0.0.1;act_addr_fam=InterNetwork;"));
        QVERIFY(!anonymous.header("x-ms-request-id").isEmpty());
        QCOMPARE(anonymous.header("x-ms-keyvault-region"), QByteArray("westeurope"));
        const auto challenge = QString::fromLatin1(anonymous.header("WWW-Authenticate"));
        const auto cloud = m_emulator->cloud();
        QCOMPARE(challenge,
                 QStringLiteral("Bearer authorization=\"%1/%2\", resource=\"%3\"")
                     .arg(cloud.value(QStringLiteral("authorityHost")).toString(),
                          cloud.value(QStringLiteral("tenantId")).toString(),
                          cloud.value(QStringLiteral("vaultScope")).toString().chopped(9)));
        // The SDKs' check: the resource's host is a parent domain of the vault's host.
        const QUrl resource(cloud.value(QStringLiteral("vaultScope")).toString().chopped(9));
        QVERIFY(QUrl(m_emulator->vaultUri(QStringLiteral("demo")))
                    .host()
                    .endsWith(QLatin1Char('.') + resource.host()));
        QCOMPARE(anonymous.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 str("Unauthorized"));

        const auto badToken = call("GET", QStringLiteral("demo"),
                                   QStringLiteral("/secrets?") + m_api, {}, "abc.def.ghi");
        QCOMPARE(badToken.status, 401);
        QVERIFY(!badToken.header("WWW-Authenticate").isEmpty());
    }

    void pagingOverHttps()
    {
        QString next = QStringLiteral("/secrets?maxresults=7&") + m_api;
        QSet<QString> ids;
        int pages = 0;
        while (!next.isEmpty() && pages < 50) {
            const auto reply = call("GET", QStringLiteral("bulk"), next);
            QCOMPARE(reply.status, 200);
            for (const auto &item : reply.json.value(QStringLiteral("value")).toArray()) {
                const auto id = item.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(!ids.contains(id), qPrintable(id));
                ids.insert(id);
                QVERIFY(!item.toObject().contains(QStringLiteral("value")));
            }
            ++pages;
            const auto link = reply.json.value(QStringLiteral("nextLink")).toString();
            if (link.isEmpty())
                break;
            const QUrl url(link);
            QCOMPARE(url.host(), QUrl(m_emulator->vaultUri(QStringLiteral("bulk"))).host());
            QCOMPARE(url.port(), m_emulator->cloud().value(QStringLiteral("vaultPort")).toInt());
            next = url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
        }
        QCOMPARE(ids.size(), 60);
        QCOMPARE(pages, 9);
        QVERIFY(ids.contains(m_emulator->vaultUri(QStringLiteral("bulk")) +
                             QStringLiteral("secrets/generated-000060")));
    }

    void permissionsAreNotFirewall()
    {
        const auto rbac = call("GET", QStringLiteral("demo"), QStringLiteral("/secrets?") + m_api,
                               {}, m_readerToken);
        QCOMPARE(rbac.status, 403);
        QCOMPARE(innerCode(rbac), str("ForbiddenByRbac"));
        const auto policy = call("GET", QStringLiteral("dev-kv"), QStringLiteral("/keys?") + m_api,
                                 {}, m_readerToken);
        QCOMPARE(policy.status, 403);
        QCOMPARE(innerCode(policy), str("ForbiddenByPolicy"));
        QVERIFY(policy.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("does not have keys list permission")));
        QCOMPARE(call("GET", QStringLiteral("demo"), QStringLiteral("/secrets?") + m_api).status,
                 200);
    }

    void secretRoundTripAndSoftDelete()
    {
        const auto set =
            call("PUT", QStringLiteral("demo"), QStringLiteral("/secrets/wire-secret?") + m_api,
                 QJsonObject{{QStringLiteral("value"), str("over the wire")}});
        QCOMPARE(set.status, 200);
        const auto get =
            call("GET", QStringLiteral("demo"), QStringLiteral("/secrets/wire-secret/?") + m_api);
        QCOMPARE(get.json.value(QStringLiteral("value")).toString(), str("over the wire"));
        QCOMPARE(
            call("DELETE", QStringLiteral("demo"), QStringLiteral("/secrets/wire-secret?") + m_api)
                .status,
            200);
        QCOMPARE(call("GET", QStringLiteral("demo"),
                      QStringLiteral("/deletedsecrets/wire-secret?") + m_api)
                     .status,
                 404);
        QCOMPARE(innerCode(call("DELETE", QStringLiteral("demo"),
                                QStringLiteral("/deletedsecrets/wire-secret?") + m_api)),
                 str("ObjectIsBeingDeleted"));
        QTRY_COMPARE_WITH_TIMEOUT(call("GET", QStringLiteral("demo"),
                                       QStringLiteral("/deletedsecrets/wire-secret?") + m_api)
                                      .status,
                                  200, 5000);
        QCOMPARE(innerCode(call("PUT", QStringLiteral("demo"),
                                QStringLiteral("/secrets/wire-secret?") + m_api,
                                QJsonObject{{QStringLiteral("value"), str("again")}})),
                 str("ObjectIsDeletedButRecoverable"));
        QCOMPARE(call("POST", QStringLiteral("demo"),
                      QStringLiteral("/deletedsecrets/wire-secret/recover?") + m_api)
                     .status,
                 200);
    }

    void keySignedInVaultVerifiedLocally()
    {
        const auto created = call(
            "POST", QStringLiteral("demo"), QStringLiteral("/keys/wire-key/create?") + m_api,
            QJsonObject{{QStringLiteral("kty"), str("RSA")}, {QStringLiteral("key_size"), 2048}});
        QCOMPARE(created.status, 200);
        const auto jwk = created.json.value(QStringLiteral("key")).toObject();
        const auto digest =
            QCryptographicHash::hash("signed in the vault", QCryptographicHash::Sha256);
        const auto signed_ = call(
            "POST", QStringLiteral("demo"),
            QStringLiteral("/keys/wire-key/%1/sign?")
                    .arg(
                        jwk.value(QStringLiteral("kid")).toString().section(QLatin1Char('/'), -1)) +
                m_api,
            QJsonObject{{QStringLiteral("alg"), str("RS256")},
                        {QStringLiteral("value"), QString::fromLatin1(digest.toBase64(kB64Url))}});
        QCOMPARE(signed_.status, 200);
        const auto signature = QByteArray::fromBase64(
            signed_.json.value(QStringLiteral("value")).toString().toLatin1(), kB64Url);
        QVERIFY(verifyRs256(jwk, digest, signature));
        QVERIFY(!verifyRs256(jwk, QCryptographicHash::hash("other", QCryptographicHash::Sha256),
                             signature));
    }

    void certificateCreatedAndParsed()
    {
        const QJsonObject policy{
            {QStringLiteral("key_props"), QJsonObject{{QStringLiteral("kty"), str("EC")},
                                                      {QStringLiteral("crv"), str("P-256")}}},
            {QStringLiteral("x509_props"),
             QJsonObject{{QStringLiteral("subject"), str("CN=wire.example.test")},
                         {QStringLiteral("validity_months"), 3}}},
            {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), str("Self")}}}};
        const auto created = call("POST", QStringLiteral("demo"),
                                  QStringLiteral("/certificates/wire-cert/create?") + m_api,
                                  QJsonObject{{QStringLiteral("policy"), policy}});
        QCOMPARE(created.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(call("GET", QStringLiteral("demo"),
                                       QStringLiteral("/certificates/wire-cert/pending?") + m_api)
                                      .json.value(QStringLiteral("status"))
                                      .toString(),
                                  str("completed"), 10000);
        const auto bundle =
            call("GET", QStringLiteral("demo"), QStringLiteral("/certificates/wire-cert?") + m_api);
        QCOMPARE(bundle.status, 200);
        const QSslCertificate certificate(
            QByteArray::fromBase64(bundle.json.value(QStringLiteral("cer")).toString().toLatin1()),
            QSsl::Der);
        QVERIFY(!certificate.isNull());
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName).value(0),
                 str("wire.example.test"));
        QVERIFY(certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(80));
    }

    void badInputOverHttps()
    {
        const auto malformed = m_emulator->request(
            "PUT",
            QUrl(m_emulator->vaultUri(QStringLiteral("demo")) + QStringLiteral("secrets/x?") +
                 m_api),
            "{\"value\": ",
            {{"Authorization", "Bearer " + m_token}, {"Content-Type", "application/json"}});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 str("BadParameter"));
        const auto dots =
            call("GET", QStringLiteral("demo"), QStringLiteral("/secrets/%2e%2e?") + m_api);
        QCOMPARE(dots.status / 100, 4);
        QVERIFY(!dots.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString()
                     .isEmpty());
        QCOMPARE(call("GET", QStringLiteral("demo"), QStringLiteral("/secrets/bad_name?") + m_api)
                     .status,
                 400);
        QCOMPARE(
            call("GET", QStringLiteral("demo"), QStringLiteral("/secrets/a%2Fb?") + m_api).status /
                100,
            4);
        QCOMPARE(
            call("GET", QStringLiteral("demo"), QStringLiteral("/unknown/path?") + m_api).status,
            404);
        QCOMPARE(call("DELETE", QStringLiteral("demo"), QStringLiteral("/keys?") + m_api).status,
                 405);
        QCOMPARE(
            call("GET", QStringLiteral("demo"), QStringLiteral("/secrets?api-version=1.0")).status,
            400);
        const auto missing = call("GET", QStringLiteral("demo"), QStringLiteral("/secrets"));
        QCOMPARE(missing.status, 400);
        QCOMPARE(call("GET", QStringLiteral("no-such-vault"), QStringLiteral("/secrets?") + m_api)
                     .status,
                 404);
        // Still serving after all of that.
        QCOMPARE(call("GET", QStringLiteral("demo"), QStringLiteral("/healthstatus")).status, 200);
    }

    void contentsSurviveRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto run =
            [&](const std::function<void(EmulatorProcess &, const QString &,
                                         const QList<QPair<QByteArray, QByteArray>> &)> &body) {
                EmulatorProcess process({QStringLiteral("--seed"), QStringLiteral("empty"),
                                         QStringLiteral("--seed-count"), QStringLiteral("keep=3")},
                                        dir.path());
                QVERIFY(process.start());
                const auto token = process.token(
                    process.cloud().value(QStringLiteral("vaultScope")).toString(), true);
                body(process, process.vaultUri(QStringLiteral("keep")),
                     {{"Authorization", "Bearer " + token}});
                QVERIFY(process.terminate());
            };
        run([&](EmulatorProcess &process, const QString &uri, const auto &headers) {
            const auto set = process.request(
                "PUT", QUrl(uri + QStringLiteral("secrets/survivor?") + m_api),
                QJsonDocument(QJsonObject{{QStringLiteral("value"), str("still here")}}).toJson(),
                headers);
            QCOMPARE(set.status, 200);
            QCOMPARE(process
                         .request("DELETE",
                                  QUrl(uri + QStringLiteral("secrets/generated-000001?") + m_api),
                                  {}, headers)
                         .status,
                     200);
        });
        run([&](EmulatorProcess &process, const QString &uri, const auto &headers) {
            const auto get = process.request(
                "GET", QUrl(uri + QStringLiteral("secrets/survivor?") + m_api), {}, headers);
            QCOMPARE(get.json.value(QStringLiteral("value")).toString(), str("still here"));
            const auto list =
                process.request("GET", QUrl(uri + QStringLiteral("secrets?") + m_api), {}, headers);
            QCOMPARE(list.json.value(QStringLiteral("value")).toArray().size(),
                     3); // 2 generated + survivor
            QTRY_COMPARE_WITH_TIMEOUT(
                process
                    .request("GET",
                             QUrl(uri + QStringLiteral("deletedsecrets/generated-000001?") + m_api),
                             {}, headers)
                    .status,
                200, 5000);
        });
    }
};

QTEST_GUILESS_MAIN(TestVaultHttps)
#include "tst_vaulthttps.moc"
