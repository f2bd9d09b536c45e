// The vault data plane driven in-process: VaultService::handle with tokens from the real
// TokenIssuer, so every check below is what a client over HTTPS would get.
#include "auth/TokenIssuer.h"
#include "seed/DemoSeed.h"
#include "server/Endpoints.h"
#include "state/EmulatorState.h"
#include "vault/Paging.h"
#include "vault/VaultContentSeed.h"
#include "vault/VaultService.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

using namespace kluis::emulator;

namespace {
const auto kB64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct Reply
{
    int status = 0;
    QJsonObject json;
    ApiResponse raw;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : raw.headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString innerCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("innererror"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString message() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
};

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestVaultService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorState> m_state;
    Endpoints m_endpoints;
    std::unique_ptr<TokenIssuer> m_issuer;
    std::unique_ptr<Throttle> m_throttle;
    std::unique_ptr<VaultService> m_service;
    QByteArray m_token;
    QByteArray m_readerToken;
    QString m_apiVersion = QStringLiteral("7.6");

    QByteArray tokenFor(const Client &client, const QString &audience, const QString &tenant)
    {
        TokenClaims claims;
        claims.tenantId = tenant;
        claims.objectId = client.objectId;
        claims.appId = client.clientId;
        claims.audience = audience;
        claims.expires = QDateTime::currentDateTimeUtc().addSecs(3600);
        return "Bearer " + m_issuer->issue(claims);
    }

    Reply call(const QByteArray &method, const QString &target, const QJsonValue &body = {},
               const QString &vault = QStringLiteral("unit"), const QByteArray &token = {},
               const QByteArray &contentType = "application/json")
    {
        const QUrl url(QStringLiteral("https://x") + target);
        ApiRequest request;
        request.method = method;
        request.host = vault + QStringLiteral(".vault.localhost");
        request.port = 8443;
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url.query());
        if (!request.query.hasQueryItem(QStringLiteral("api-version")) &&
            !target.contains(QLatin1String("noversion")))
            request.query.addQueryItem(QStringLiteral("api-version"), m_apiVersion);
        request.headers.insert("authorization", token.isNull() ? m_token : token);
        if (body.isObject()) {
            request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
            request.headers.insert("content-type", contentType);
        } else if (body.isString()) {
            request.body = body.toString().toUtf8();
            request.headers.insert("content-type", contentType);
        }
        request.peer = QHostAddress(QStringLiteral("203.0.113.7"));
        Reply reply;
        reply.raw = m_service->handle(vault, request);
        reply.status = reply.raw.status;
        reply.json = QJsonDocument::fromJson(reply.raw.body).object();
        return reply;
    }

    // Follows next links from a list call; returns every item and counts the pages.
    QJsonArray listAll(const QString &target, int *pages = nullptr, int *emptyPages = nullptr)
    {
        QJsonArray all;
        QString next = target;
        int count = 0;
        int empty = 0;
        while (!next.isEmpty()) {
            const auto reply = call("GET", next);
            if (reply.status != 200) {
                qWarning() << reply.raw.body;
                return {};
            }
            const auto value = reply.json.value(QStringLiteral("value")).toArray();
            for (const auto &v : value)
                all.append(v);
            ++count;
            const auto link = reply.json.value(QStringLiteral("nextLink")).toString();
            if (value.isEmpty() && !link.isEmpty())
                ++empty;
            if (link.isEmpty())
                break;
            const QUrl url(link);
            if (url.host() != QLatin1String("unit.vault.localhost") || url.port() != 8443) {
                qWarning() << "next link on the wrong host" << link;
                return {};
            }
            next = url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
        }
        if (pages)
            *pages = count;
        if (emptyPages)
            *emptyPages = empty;
        return all;
    }

    Reply setSecret(const QString &name, const QString &value, const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("value"), value);
        return call("PUT", QStringLiteral("/secrets/") + name, body);
    }

    Reply deleteAndWait(const QString &collection, const QString &name)
    {
        const auto reply = call("DELETE", QStringLiteral("/%1/%2").arg(collection, name));
        QThread::msleep(2100);
        return reply;
    }

private Q_SLOTS:
    void init()
    {
        m_state = std::make_unique<EmulatorState>(QString());
        QString error;
        QVERIFY(m_state->load(&error));
        DemoSeed::seedEmpty(*m_state);
        for (const auto &[name, rbac] :
             {std::pair{QStringLiteral("unit"), false}, std::pair{QStringLiteral("rbac"), true}}) {
            Vault vault;
            vault.name = name;
            vault.subscriptionId = m_state->subscriptions.constFirst().id;
            vault.resourceGroup = QStringLiteral("rg-kluis");
            vault.location = QStringLiteral("westeurope");
            vault.properties = DemoSeed::defaultVaultProperties(m_state->tenantId);
            vault.properties.insert(QStringLiteral("enableRbacAuthorization"), rbac);
            // On access policies the full client holds every permission, the reader none.
            const QJsonArray all{QStringLiteral("all")};
            vault.properties.insert(
                QStringLiteral("accessPolicies"),
                QJsonArray{QJsonObject{
                    {QStringLiteral("tenantId"), m_state->tenantId},
                    {QStringLiteral("objectId"), m_state->clients.constFirst().objectId},
                    {QStringLiteral("permissions"),
                     QJsonObject{{QStringLiteral("keys"), all},
                                 {QStringLiteral("secrets"), all},
                                 {QStringLiteral("certificates"), all}}}}});
            m_state->vaults.insert(name, vault);
        }
        m_endpoints.loginPort = 8443;
        m_endpoints.managementPort = 8443;
        m_endpoints.vaultPort = 8443;
        m_issuer = std::make_unique<TokenIssuer>(*m_state, m_endpoints);
        m_throttle = std::make_unique<Throttle>(1000000, true);
        m_service = std::make_unique<VaultService>(*m_state, m_endpoints, *m_issuer, *m_throttle);
        const Client *full = nullptr;
        const Client *reader = nullptr;
        for (const auto &client : std::as_const(m_state->clients))
            (client.dataAccess ? full : reader) = &client;
        QVERIFY(full && reader);
        m_token = tokenFor(*full, m_endpoints.vaultResource(), m_state->tenantId);
        m_readerToken = tokenFor(*reader, m_endpoints.vaultResource(), m_state->tenantId);
        m_apiVersion = QStringLiteral("7.6");
    }

    void healthAndChallenge()
    {
        const auto health = call("GET", QStringLiteral("/healthstatus?noversion"), {},
                                 QStringLiteral("unit"), QByteArray(""));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.header("x-ms-keyvault-network-info"),
                 QByteArray("conn_type=Ipv4;addr=203.0.113.7;act_addr_fam=InterNetwork;"));

        const auto anonymous =
            call("GET", QStringLiteral("/secrets"), {}, QStringLiteral("unit"), QByteArray(""));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), str("Unauthorized"));
        QVERIFY(anonymous.message().startsWith(QLatin1String("AKV10000")));
        QCOMPARE(
            anonymous.header("WWW-Authenticate"),
            QStringLiteral("Bearer authorization=\"%1/%2\", resource=\"%3\"")
                .arg(m_endpoints.authorityHost(), m_state->tenantId, m_endpoints.vaultResource())
                .toUtf8());
        QVERIFY(!anonymous.header("x-ms-keyvault-network-info").isEmpty());
        QVERIFY(!anonymous.header("x-ms-request-id").isEmpty());
        QCOMPARE(anonymous.header("x-ms-keyvault-region"), QByteArray("westeurope"));
        QVERIFY(!anonymous.header("x-ms-keyvault-service-version").isEmpty());

        const auto &client = m_state->clients.constFirst();
        const auto wrongAudience =
            call("GET", QStringLiteral("/secrets"), {}, QStringLiteral("unit"),
                 tokenFor(client, m_endpoints.resourceManager(), m_state->tenantId));
        QCOMPARE(wrongAudience.status, 401);
        QVERIFY2(wrongAudience.message().startsWith(QLatin1String("AKV10022")),
                 qPrintable(wrongAudience.message()));
        const auto wrongTenant =
            call("GET", QStringLiteral("/secrets"), {}, QStringLiteral("unit"),
                 tokenFor(client, m_endpoints.vaultResource(), m_state->otherTenantId));
        QCOMPARE(wrongTenant.status, 401);
        QVERIFY2(wrongTenant.message().startsWith(QLatin1String("AKV10032")),
                 qPrintable(wrongTenant.message()));
        QVERIFY(wrongTenant.message().contains(m_state->otherTenantId));
        QVERIFY(!wrongTenant.header("WWW-Authenticate").isEmpty());
    }

    void apiVersions()
    {
        const auto missing = call("GET", QStringLiteral("/secrets?noversion"));
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorCode(), str("BadParameter"));
        QCOMPARE(missing.message(), str("The 'api-version' query parameter is missing."));
        const auto unknown = call("GET", QStringLiteral("/secrets?api-version=9.9"));
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.message().contains(QLatin1String("9.9")));
        QVERIFY(!unknown.header("x-ms-keyvault-network-info").isEmpty());
        for (const auto *version : {"7.0", "7.4", "7.5", "7.6", "2025-07-01", "7.6-preview.1"})
            QCOMPARE(call("GET", QStringLiteral("/secrets?api-version=") + str(version)).status,
                     200);
    }

    void unknownVault()
    {
        const auto reply = call("GET", QStringLiteral("/secrets"), {}, QStringLiteral("nope"));
        QCOMPARE(reply.status, 404);
        QVERIFY(!reply.errorCode().isEmpty());
        QVERIFY(!reply.header("x-ms-keyvault-network-info").isEmpty());
    }

    void secretsSetGetVersionsUpdate()
    {
        const auto first =
            setSecret(QStringLiteral("Db-Password"), QStringLiteral("one"),
                      QJsonObject{{QStringLiteral("contentType"), str("text/plain")},
                                  {QStringLiteral("tags"),
                                   QJsonObject{{QStringLiteral("env"), str("prod")}}}});
        QCOMPARE(first.status, 200);
        const auto firstId = first.json.value(QStringLiteral("id")).toString();
        QVERIFY(firstId.startsWith(
            QLatin1String("https://unit.vault.localhost:8443/secrets/Db-Password/")));
        const auto firstVersion = firstId.section(QLatin1Char('/'), -1);
        QCOMPARE(firstVersion.size(), 32);
        const auto attrs = first.json.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attrs.value(QStringLiteral("recoveryLevel")).toString(),
                 str("Recoverable+Purgeable"));
        QCOMPARE(attrs.value(QStringLiteral("recoverableDays")).toInt(), 90);
        QVERIFY(attrs.value(QStringLiteral("created")).toInteger() > 1700000000);

        QCOMPARE(setSecret(QStringLiteral("db-password"), QStringLiteral("two")).status, 200);
        // Latest, with and without the trailing slash, case-insensitive.
        for (const auto *path : {"/secrets/db-password", "/secrets/DB-PASSWORD/"}) {
            const auto latest = call("GET", str(path));
            QCOMPARE(latest.status, 200);
            QCOMPARE(latest.json.value(QStringLiteral("value")).toString(), str("two"));
            QVERIFY(latest.json.value(QStringLiteral("id"))
                        .toString()
                        .contains(QLatin1String("/secrets/Db-Password/")));
        }
        const auto old = call("GET", QStringLiteral("/secrets/db-password/") + firstVersion);
        QCOMPARE(old.json.value(QStringLiteral("value")).toString(), str("one"));
        QCOMPARE(old.json.value(QStringLiteral("contentType")).toString(), str("text/plain"));

        const auto versions = listAll(QStringLiteral("/secrets/db-password/versions"));
        QCOMPARE(versions.size(), 2);
        for (const auto &v : versions)
            QVERIFY(!v.toObject().contains(QStringLiteral("value")));

        // Update by version, then the latest without a version.
        const auto patched = call(
            "PATCH", QStringLiteral("/secrets/db-password/") + firstVersion,
            QJsonObject{
                {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}},
                {QStringLiteral("tags"), QJsonObject{{QStringLiteral("k"), str("v")}}}});
        QCOMPARE(patched.status, 200);
        QVERIFY(!patched.json.contains(QStringLiteral("value")));
        QCOMPARE(patched.json.value(QStringLiteral("tags")).toObject().value(QStringLiteral("k")),
                 QJsonValue(str("v")));
        const auto disabled = call("GET", QStringLiteral("/secrets/db-password/") + firstVersion);
        QCOMPARE(disabled.status, 403);
        QCOMPARE(disabled.innerCode(), str("SecretDisabled"));
        const auto patchLatest =
            call("PATCH", QStringLiteral("/secrets/db-password/"),
                 QJsonObject{{QStringLiteral("contentType"), str("application/json")}});
        QCOMPARE(patchLatest.status, 200);
        QCOMPARE(call("GET", QStringLiteral("/secrets/db-password"))
                     .json.value(QStringLiteral("contentType"))
                     .toString(),
                 str("application/json"));

        const auto list = listAll(QStringLiteral("/secrets"));
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.at(0).toObject().contains(QStringLiteral("value")));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toString(),
                 str("https://unit.vault.localhost:8443/secrets/Db-Password"));

        m_apiVersion = QStringLiteral("2025-07-01");
        const auto withPrevious = call("GET", QStringLiteral("/secrets/db-password"));
        QCOMPARE(withPrevious.json.value(QStringLiteral("previousVersion")).toString(),
                 firstVersion);

        const auto missing = call("GET", QStringLiteral("/secrets/nothing-here"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), str("SecretNotFound"));
        QCOMPARE(
            call("GET", QStringLiteral("/secrets/db-password/0123456789abcdef0123456789abcdef"))
                .status,
            404);
    }

    void pagingWithoutGapsOrDuplicates()
    {
        for (int i = 0; i < 130; ++i)
            QCOMPARE(setSecret(QStringLiteral("page-%1").arg(i, 3, 10, QLatin1Char('0')),
                               QStringLiteral("v"))
                         .status,
                     200);
        int pages = 0;
        int empty = 0;
        const auto all = listAll(QStringLiteral("/secrets?maxresults=25"), &pages, &empty);
        QCOMPARE(all.size(), 130);
        QSet<QString> ids;
        for (const auto &item : all)
            ids.insert(item.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), 130);
        QCOMPARE(empty, 1); // at 100 items
        QCOMPARE(pages, 7);

        // Default page size 25; a page continues after its last item even when items change.
        const auto firstPage = call("GET", QStringLiteral("/secrets"));
        const auto items = firstPage.json.value(QStringLiteral("value")).toArray();
        QCOMPARE(items.size(), 25);
        const QUrl next(firstPage.json.value(QStringLiteral("nextLink")).toString());
        QVERIFY(QUrlQuery(next).hasQueryItem(QStringLiteral("$skiptoken")));
        QCOMPARE(next.port(), 8443);
        QCOMPARE(call("DELETE", QStringLiteral("/secrets/page-000")).status, 200);
        // Added before the position: not seen; added after it: seen once.
        QCOMPARE(setSecret(QStringLiteral("page-0005"), QStringLiteral("v")).status, 200);
        QCOMPARE(setSecret(QStringLiteral("page-0245"), QStringLiteral("v")).status, 200);
        const auto second =
            call("GET", next.path() + QLatin1Char('?') + next.query(QUrl::FullyEncoded));
        const auto secondItems = second.json.value(QStringLiteral("value")).toArray();
        QCOMPARE(secondItems.size(), 25);
        QVERIFY(secondItems.at(0)
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .endsWith(QLatin1String("/page-0245")));
        QVERIFY(secondItems.at(1)
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .endsWith(QLatin1String("/page-025")));

        QCOMPARE(call("GET", QStringLiteral("/secrets?maxresults=26")).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/secrets?maxresults=0")).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/secrets?$skiptoken=garbage")).status, 400);
        // A secrets position is no keys position.
        QCOMPARE(call("GET", QStringLiteral("/keys?$skiptoken=") +
                                 QUrlQuery(next).queryItemValue(QStringLiteral("$skiptoken")))
                     .status,
                 400);
    }

    void listsSeekPastObjectsInTheOtherState()
    {
        // Live and deleted objects interleave in name order; each list pages through its own
        // only, in order, each once, and follows recover and purge.
        QStringList live;
        QStringList deleted;
        for (int i = 0; i < 40; ++i) {
            const auto name = QStringLiteral("mix-%1").arg(i, 3, 10, QLatin1Char('0'));
            QCOMPARE(setSecret(name, QStringLiteral("v")).status, 200);
            (i % 3 == 0 ? deleted : live) << name;
        }
        for (const auto &name : std::as_const(deleted))
            QCOMPARE(call("DELETE", QStringLiteral("/secrets/") + name).status, 200);
        QThread::msleep(2100);
        const auto names = [](const QJsonArray &items, const QString &field) {
            QStringList out;
            for (const auto &item : items)
                out << QUrl(item.toObject().value(field).toString())
                           .path()
                           .section(QLatin1Char('/'), 2);
            return out;
        };
        int pages = 0;
        QCOMPARE(
            names(listAll(QStringLiteral("/secrets?maxresults=4"), &pages), QStringLiteral("id")),
            live);
        QCOMPARE(pages, 7);
        QCOMPARE(names(listAll(QStringLiteral("/deletedsecrets?maxresults=4"), &pages),
                       QStringLiteral("id")),
                 deleted);
        QCOMPARE(pages, 4);

        QCOMPARE(call("POST", QStringLiteral("/deletedsecrets/mix-000/recover")).status, 200);
        QCOMPARE(call("DELETE", QStringLiteral("/deletedsecrets/mix-039")).status, 204);
        live.prepend(deleted.takeFirst());
        deleted.removeLast();
        QCOMPARE(names(listAll(QStringLiteral("/secrets?maxresults=25")), QStringLiteral("id")),
                 live);
        QCOMPARE(names(listAll(QStringLiteral("/deletedsecrets")), QStringLiteral("id")), deleted);
    }

    void badPageTokensAreRefused()
    {
        QCOMPARE(setSecret(QStringLiteral("versioned"), QStringLiteral("a")).status, 200);
        QCOMPARE(setSecret(QStringLiteral("versioned"), QStringLiteral("b")).status, 200);
        const auto withToken = [](const QString &path, const PageToken &token) -> QString {
            return path + QStringLiteral("?$skiptoken=") + token.encode();
        };
        // A position past the end is an empty last page; a malformed one a 400, as for a
        // token that is no token at all. None may crash or overflow.
        auto reply = call("GET", withToken(QStringLiteral("/secrets/versioned/versions"),
                                           {QStringLiteral("9223372036854775807"), 1, false}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QStringLiteral("value")).toArray().isEmpty());
        QVERIFY(reply.json.value(QStringLiteral("nextLink")).isNull());
        reply = call("GET", withToken(QStringLiteral("/secrets"),
                                      {QStringLiteral("secret/zzzz"), 1, false}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QStringLiteral("value")).toArray().isEmpty());
        for (const auto &[path, token] :
             {std::pair{QStringLiteral("/secrets/versioned/versions"),
                        PageToken{QStringLiteral("-2"), 1, false}},
              std::pair{QStringLiteral("/secrets/versioned/versions"),
                        PageToken{QStringLiteral("one"), 1, false}},
              std::pair{QStringLiteral("/deletedsecrets"),
                        PageToken{QStringLiteral("key/versioned"), 1, false}},
              std::pair{QStringLiteral("/secrets"),
                        PageToken{QStringLiteral("secret/a"), 2147483647, false}}}) {
            reply = call("GET", withToken(path, token));
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), QStringLiteral("BadParameter"));
        }
    }

    void pageTokenRoundTrip()
    {
        PageToken token{QStringLiteral("secret/abc"), 100, false};
        const auto decoded = PageToken::decode(token.encode());
        QVERIFY(decoded);
        QCOMPARE(decoded->after, token.after);
        QCOMPARE(decoded->served, 100);
        QVERIFY(decoded->dueForEmptyPage());
        QVERIFY(!PageToken::decode(QStringLiteral("kv1.!!!")));
        QVERIFY(!PageToken::decode(QString()));
    }

    void softDeleteLifecycle()
    {
        QCOMPARE(setSecret(QStringLiteral("temp"), QStringLiteral("a")).status, 200);
        QCOMPARE(setSecret(QStringLiteral("temp"), QStringLiteral("b")).status, 200);
        const auto deleted = call("DELETE", QStringLiteral("/secrets/temp"));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json.value(QStringLiteral("recoveryId")).toString(),
                 str("https://unit.vault.localhost:8443/deletedsecrets/temp"));
        QVERIFY(deleted.json.value(QStringLiteral("scheduledPurgeDate")).toInteger() >
                deleted.json.value(QStringLiteral("deletedDate")).toInteger() + 89 * 86400);
        QVERIFY(!deleted.json.contains(QStringLiteral("value")));
        QCOMPARE(call("GET", QStringLiteral("/secrets/temp")).status, 404);
        // Deletion still running: not yet visible, purge refused, name not reusable.
        QCOMPARE(call("GET", QStringLiteral("/deletedsecrets/temp")).status, 404);
        const auto early = call("DELETE", QStringLiteral("/deletedsecrets/temp"));
        QCOMPARE(early.status, 409);
        QCOMPARE(early.innerCode(), str("ObjectIsBeingDeleted"));
        QCOMPARE(setSecret(QStringLiteral("temp"), QStringLiteral("c")).status, 409);

        QTRY_COMPARE_WITH_TIMEOUT(call("GET", QStringLiteral("/deletedsecrets/temp")).status, 200,
                                  5000);
        const auto conflict = setSecret(QStringLiteral("TEMP"), QStringLiteral("c"));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), str("Conflict"));
        QCOMPARE(conflict.innerCode(), str("ObjectIsDeletedButRecoverable"));
        QVERIFY(conflict.message().contains(QLatin1String("deleted but recoverable state")));
        const auto deletedList = listAll(QStringLiteral("/deletedsecrets"));
        QCOMPARE(deletedList.size(), 1);
        QVERIFY(deletedList.at(0).toObject().contains(QStringLiteral("recoveryId")));

        QCOMPARE(call("POST", QStringLiteral("/deletedsecrets/temp/recover")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/secrets/temp")).json.value(QStringLiteral("value")),
                 QJsonValue(str("b")));
        QCOMPARE(listAll(QStringLiteral("/secrets/temp/versions")).size(), 2);

        deleteAndWait(QStringLiteral("secrets"), QStringLiteral("temp"));
        QCOMPARE(call("DELETE", QStringLiteral("/deletedsecrets/temp")).status, 204);
        QCOMPARE(call("GET", QStringLiteral("/deletedsecrets/temp")).status, 404);
        QCOMPARE(setSecret(QStringLiteral("temp"), QStringLiteral("fresh")).status, 200);
        QCOMPARE(listAll(QStringLiteral("/secrets/temp/versions")).size(), 1);
    }

    void backupAndRestore()
    {
        setSecret(QStringLiteral("keep"), QStringLiteral("v1"));
        setSecret(QStringLiteral("keep"), QStringLiteral("v2"));
        const auto backup = call("POST", QStringLiteral("/secrets/keep/backup"));
        QCOMPARE(backup.status, 200);
        const auto blob = backup.json.value(QStringLiteral("value")).toString();
        // Opaque base64url.
        QVERIFY(!blob.isEmpty());
        QVERIFY(std::all_of(blob.cbegin(), blob.cend(), [](QChar c) {
            return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
        }));
        const QJsonObject restoreBody{{QStringLiteral("value"), blob}};
        const auto exists = call("POST", QStringLiteral("/secrets/restore"), restoreBody);
        QCOMPARE(exists.status, 409);
        deleteAndWait(QStringLiteral("secrets"), QStringLiteral("keep"));
        QCOMPARE(call("POST", QStringLiteral("/secrets/restore"), restoreBody).innerCode(),
                 str("ObjectIsDeletedButRecoverable"));
        QCOMPARE(call("DELETE", QStringLiteral("/deletedsecrets/keep")).status, 204);
        const auto restored = call("POST", QStringLiteral("/secrets/restore"), restoreBody);
        QCOMPARE(restored.status, 200);
        QCOMPARE(call("GET", QStringLiteral("/secrets/keep")).json.value(QStringLiteral("value")),
                 QJsonValue(str("v2")));
        QCOMPARE(listAll(QStringLiteral("/secrets/keep/versions")).size(), 2);
        // A tampered blob (no versions) is refused and plants nothing.
        const auto tampered = [&](const QJsonArray &versions) {
            const QJsonObject forged{
                {QStringLiteral("kind"), str("secret")},
                {QStringLiteral("name"), str("planted")},
                {QStringLiteral("subscriptionId"), m_state->subscriptions.constFirst().id},
                {QStringLiteral("objects"),
                 QJsonObject{{QStringLiteral("secret/planted"),
                              QJsonObject{{QStringLiteral("name"), str("planted")},
                                          {QStringLiteral("versions"), versions},
                                          {QStringLiteral("deleted"), QJsonObject{}}}}}}};
            const QByteArray packed =
                "KLUISBKP1" + qCompress(QJsonDocument(forged).toJson(QJsonDocument::Compact));
            return call("POST", QStringLiteral("/secrets/restore"),
                        QJsonObject{{QStringLiteral("value"),
                                     QString::fromLatin1(packed.toBase64(kB64Url))}});
        };
        QCOMPARE(tampered({}).status, 400);
        QCOMPARE(tampered({QJsonObject{{QStringLiteral("version"), str("../x")}}}).status, 400);
        QCOMPARE(listAll(QStringLiteral("/deletedsecrets")).size(), 0);
        // A key blob is not a secret blob; garbage is a 400.
        QCOMPARE(call("POST", QStringLiteral("/keys/restore"), restoreBody).status, 400);
        QCOMPARE(call("POST", QStringLiteral("/secrets/restore"),
                      QJsonObject{{QStringLiteral("value"), str("bm90IGEgYmFja3Vw")}})
                     .status,
                 400);
    }

    void keysCreateSignVerifyEncrypt()
    {
        const auto rsa = call(
            "POST", QStringLiteral("/keys/rsa-key/create"),
            QJsonObject{{QStringLiteral("kty"), str("RSA")}, {QStringLiteral("key_size"), 2048}});
        QCOMPARE(rsa.status, 200);
        const auto jwk = rsa.json.value(QStringLiteral("key")).toObject();
        QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), str("RSA"));
        QCOMPARE(
            QByteArray::fromBase64(jwk.value(QStringLiteral("n")).toString().toLatin1(), kB64Url)
                .size(),
            256);
        QVERIFY(!jwk.contains(QStringLiteral("d")) && !jwk.contains(QStringLiteral("p")));
        const auto kid = jwk.value(QStringLiteral("kid")).toString();
        const auto version = kid.section(QLatin1Char('/'), -1);

        const auto digest = QCryptographicHash::hash("hello", QCryptographicHash::Sha256);
        for (const auto *alg : {"RS256", "PS256"}) {
            const auto signature =
                call("POST", QStringLiteral("/keys/rsa-key/%1/sign").arg(version),
                     QJsonObject{
                         {QStringLiteral("alg"), str(alg)},
                         {QStringLiteral("value"), QString::fromLatin1(digest.toBase64(kB64Url))}});
            QCOMPARE(signature.status, 200);
            QCOMPARE(signature.json.value(QStringLiteral("kid")).toString(), kid);
            const auto sig = signature.json.value(QStringLiteral("value")).toString();
            const auto verify = [&](const QByteArray &d) {
                return call("POST", QStringLiteral("/keys/rsa-key/%1/verify").arg(version),
                            QJsonObject{{QStringLiteral("alg"), str(alg)},
                                        {QStringLiteral("digest"),
                                         QString::fromLatin1(d.toBase64(kB64Url))},
                                        {QStringLiteral("value"), sig}})
                    .json.value(QStringLiteral("value"))
                    .toBool();
            };
            QVERIFY(verify(digest));
            QVERIFY(!verify(QCryptographicHash::hash("other", QCryptographicHash::Sha256)));
        }
        const auto wrongLength = call(
            "POST", QStringLiteral("/keys/rsa-key//sign"),
            QJsonObject{{QStringLiteral("alg"), str("RS512")},
                        {QStringLiteral("value"), QString::fromLatin1(digest.toBase64(kB64Url))}});
        QCOMPARE(wrongLength.status, 400);

        for (const auto *alg : {"RSA-OAEP", "RSA-OAEP-256", "RSA1_5"}) {
            const auto plain = QByteArray("sixteen byte key");
            const auto encrypted =
                call("POST", QStringLiteral("/keys/rsa-key/wrapkey"),
                     QJsonObject{
                         {QStringLiteral("alg"), str(alg)},
                         {QStringLiteral("value"), QString::fromLatin1(plain.toBase64(kB64Url))}});
            QCOMPARE(encrypted.status, 200);
            const auto decrypted =
                call("POST", QStringLiteral("/keys/rsa-key/%1/unwrapkey").arg(version),
                     QJsonObject{
                         {QStringLiteral("alg"), str(alg)},
                         {QStringLiteral("value"), encrypted.json.value(QStringLiteral("value"))}});
            QCOMPARE(decrypted.status, 200);
            QCOMPARE(
                QByteArray::fromBase64(
                    decrypted.json.value(QStringLiteral("value")).toString().toLatin1(), kB64Url),
                plain);
        }

        for (const auto &[crv, alg, hash, width] :
             {std::tuple{"P-256", "ES256", QCryptographicHash::Sha256, 32},
              std::tuple{"P-384", "ES384", QCryptographicHash::Sha384, 48},
              std::tuple{"P-521", "ES512", QCryptographicHash::Sha512, 66}}) {
            const auto ec = call(
                "POST", QStringLiteral("/keys/ec-key/create"),
                QJsonObject{{QStringLiteral("kty"), str("EC")}, {QStringLiteral("crv"), str(crv)}});
            QCOMPARE(ec.status, 200);
            const auto ecJwk = ec.json.value(QStringLiteral("key")).toObject();
            QCOMPARE(ecJwk.value(QStringLiteral("crv")).toString(), str(crv));
            QCOMPARE(QByteArray::fromBase64(ecJwk.value(QStringLiteral("x")).toString().toLatin1(),
                                            kB64Url)
                         .size(),
                     width);
            const auto d = QCryptographicHash::hash("ec", hash);
            const auto signature = call(
                "POST", QStringLiteral("/keys/ec-key/sign"),
                QJsonObject{{QStringLiteral("alg"), str(alg)},
                            {QStringLiteral("value"), QString::fromLatin1(d.toBase64(kB64Url))}});
            QCOMPARE(signature.status, 200);
            const auto sig = QByteArray::fromBase64(
                signature.json.value(QStringLiteral("value")).toString().toLatin1(), kB64Url);
            QCOMPARE(sig.size(), 2 * width); // JWS r||s, not DER
            QVERIFY(
                call("POST", QStringLiteral("/keys/ec-key/verify"),
                     QJsonObject{
                         {QStringLiteral("alg"), str(alg)},
                         {QStringLiteral("digest"), QString::fromLatin1(d.toBase64(kB64Url))},
                         {QStringLiteral("value"), signature.json.value(QStringLiteral("value"))}})
                    .json.value(QStringLiteral("value"))
                    .toBool());
            // EC keys cannot encrypt: not in their key_ops.
            const auto refused = call("POST", QStringLiteral("/keys/ec-key/encrypt"),
                                      QJsonObject{{QStringLiteral("alg"), str("RSA-OAEP")},
                                                  {QStringLiteral("value"), str("AAAA")}});
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.innerCode(), str("ForbiddenByPolicy"));
        }

        const auto rotated = call("POST", QStringLiteral("/keys/rsa-key/rotate"));
        QCOMPARE(rotated.status, 200);
        QVERIFY(rotated.json.value(QStringLiteral("key")).toObject().value(QStringLiteral("kid")) !=
                QJsonValue(kid));
        QCOMPARE(listAll(QStringLiteral("/keys/rsa-key/versions")).size(), 2);
        QCOMPARE(listAll(QStringLiteral("/keys")).size(), 2);

        const auto limited =
            call("PATCH", QStringLiteral("/keys/rsa-key/"),
                 QJsonObject{{QStringLiteral("key_ops"), QJsonArray{str("verify")}}});
        QCOMPARE(limited.status, 200);
        QCOMPARE(call("POST", QStringLiteral("/keys/rsa-key/sign"),
                      QJsonObject{
                          {QStringLiteral("alg"), str("RS256")},
                          {QStringLiteral("value"), QString::fromLatin1(digest.toBase64(kB64Url))}})
                     .innerCode(),
                 str("ForbiddenByPolicy"));
        QCOMPARE(call("POST", QStringLiteral("/keys/bad/create"),
                      QJsonObject{{QStringLiteral("kty"), str("RSA")},
                                  {QStringLiteral("key_size"), 1024}})
                     .status,
                 400);
        QCOMPARE(call("POST", QStringLiteral("/keys/bad/create"),
                      QJsonObject{{QStringLiteral("kty"), str("oct")}})
                     .status,
                 400);
    }

    void keyImportAndBackup()
    {
        // Export-free round trip: create a key elsewhere (another vault), import its JWK here.
        const QJsonObject jwk{
            {QStringLiteral("kty"), str("EC")},
            {QStringLiteral("crv"), str("P-256")},
            {QStringLiteral("x"), str("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")},
            {QStringLiteral("y"), str("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")},
            {QStringLiteral("d"), str("jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI")}};
        const auto imported = call("PUT", QStringLiteral("/keys/imported"),
                                   QJsonObject{{QStringLiteral("key"), jwk}});
        QCOMPARE(imported.status, 200);
        const auto key = imported.json.value(QStringLiteral("key")).toObject();
        QCOMPARE(key.value(QStringLiteral("x")), jwk.value(QStringLiteral("x")));
        QVERIFY(!key.contains(QStringLiteral("d")));
        QJsonObject broken = jwk;
        broken.insert(QStringLiteral("d"), str("AAAA"));
        QCOMPARE(call("PUT", QStringLiteral("/keys/broken"),
                      QJsonObject{{QStringLiteral("key"), broken}})
                     .status,
                 400);

        const auto backup = call("POST", QStringLiteral("/keys/imported/backup"));
        QCOMPARE(backup.status, 200);
        deleteAndWait(QStringLiteral("keys"), QStringLiteral("imported"));
        QCOMPARE(listAll(QStringLiteral("/deletedkeys")).size(), 1);
        QCOMPARE(call("DELETE", QStringLiteral("/deletedkeys/imported")).status, 204);
        const auto restored = call(
            "POST", QStringLiteral("/keys/restore"),
            QJsonObject{{QStringLiteral("value"), backup.json.value(QStringLiteral("value"))}});
        QCOMPARE(restored.status, 200);
        QCOMPARE(restored.json.value(QStringLiteral("key")).toObject().value(QStringLiteral("x")),
                 jwk.value(QStringLiteral("x")));
    }

    void certificatesCreateAndManagedObjects()
    {
        const QJsonObject policy{
            {QStringLiteral("key_props"), QJsonObject{{QStringLiteral("kty"), str("RSA")},
                                                      {QStringLiteral("key_size"), 2048},
                                                      {QStringLiteral("exportable"), true}}},
            {QStringLiteral("secret_props"),
             QJsonObject{{QStringLiteral("contentType"), str("application/x-pkcs12")}}},
            {QStringLiteral("x509_props"),
             QJsonObject{
                 {QStringLiteral("subject"), str("CN=app.example.test")},
                 {QStringLiteral("sans"),
                  QJsonObject{{QStringLiteral("dns_names"),
                               QJsonArray{str("app.example.test"), str("www.example.test")}}}},
                 {QStringLiteral("validity_months"), 6}}},
            {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), str("Self")}}}};
        const auto created = call("POST", QStringLiteral("/certificates/app-cert/create"),
                                  QJsonObject{{QStringLiteral("policy"), policy}});
        QCOMPARE(created.status, 202);
        QCOMPARE(created.json.value(QStringLiteral("status")).toString(), str("inProgress"));
        const auto pending = call("GET", QStringLiteral("/certificates/app-cert/pending"));
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.json.value(QStringLiteral("status")).toString(), str("completed"));
        QCOMPARE(pending.json.value(QStringLiteral("target")).toString(),
                 str("https://unit.vault.localhost:8443/certificates/app-cert"));

        const auto bundle = call("GET", QStringLiteral("/certificates/app-cert/"));
        QCOMPARE(bundle.status, 200);
        const auto der =
            QByteArray::fromBase64(bundle.json.value(QStringLiteral("cer")).toString().toLatin1());
        const QSslCertificate certificate(der, QSsl::Der);
        QVERIFY(!certificate.isNull());
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName).value(0),
                 str("app.example.test"));
        QVERIFY(certificate.subjectAlternativeNames()
                    .values(QSsl::DnsEntry)
                    .contains(str("www.example.test")));
        QCOMPARE(bundle.json.value(QStringLiteral("x5t")).toString().toLatin1(),
                 QCryptographicHash::hash(der, QCryptographicHash::Sha1).toBase64(kB64Url));
        const auto id = bundle.json.value(QStringLiteral("id")).toString();
        const auto version = id.section(QLatin1Char('/'), -1);
        QCOMPARE(bundle.json.value(QStringLiteral("sid")).toString(),
                 QStringLiteral("https://unit.vault.localhost:8443/secrets/app-cert/") + version);
        QCOMPARE(bundle.json.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("exp"))
                     .toInteger(),
                 certificate.expiryDate().toSecsSinceEpoch());
        QCOMPARE(bundle.json.value(QStringLiteral("policy"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 str("https://unit.vault.localhost:8443/certificates/app-cert/policy"));

        const auto secret = call("GET", QStringLiteral("/secrets/app-cert/") + version);
        QCOMPARE(secret.status, 200);
        QVERIFY(secret.json.value(QStringLiteral("managed")).toBool());
        QCOMPARE(secret.json.value(QStringLiteral("contentType")).toString(),
                 str("application/x-pkcs12"));
        QByteArray pfx = QByteArray::fromBase64(
            secret.json.value(QStringLiteral("value")).toString().toLatin1());
        QBuffer buffer(&pfx);
        buffer.open(QIODevice::ReadOnly);
        QSslKey privateKey;
        QSslCertificate fromPfx;
        QVERIFY(QSslCertificate::importPkcs12(&buffer, &privateKey, &fromPfx));
        QCOMPARE(fromPfx, certificate);
        QVERIFY(!privateKey.isNull());
        m_apiVersion = QStringLiteral("2025-07-01");
        const auto asPem =
            call("GET", QStringLiteral("/secrets/app-cert?outContentType=application/x-pem-file"));
        QCOMPARE(asPem.json.value(QStringLiteral("contentType")).toString(),
                 str("application/x-pem-file"));
        const auto pemText = asPem.json.value(QStringLiteral("value")).toString().toLatin1();
        QVERIFY(pemText.contains("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(QSslCertificate::fromData(pemText, QSsl::Pem).value(0), certificate);
        m_apiVersion = QStringLiteral("7.6");
        const auto key = call("GET", QStringLiteral("/keys/app-cert"));
        QVERIFY(key.json.value(QStringLiteral("managed")).toBool());
        QCOMPARE(call("DELETE", QStringLiteral("/secrets/app-cert")).status, 403);
        QCOMPARE(call("GET", QStringLiteral("/certificates/app-cert/policy")).status, 200);
        QCOMPARE(listAll(QStringLiteral("/certificates")).size(), 1);

        // Import that PFX under another name, and a PEM.
        const auto imported =
            call("POST", QStringLiteral("/certificates/imported-pfx/import"),
                 QJsonObject{{QStringLiteral("value"), QString::fromLatin1(pfx.toBase64())}});
        QCOMPARE(imported.status, 200);
        QCOMPARE(imported.json.value(QStringLiteral("x5t")),
                 bundle.json.value(QStringLiteral("x5t")));
        const QByteArray pem = privateKey.toPem() + certificate.toPem();
        const auto importedPem =
            call("POST", QStringLiteral("/certificates/imported-pem/import"),
                 QJsonObject{{QStringLiteral("value"), QString::fromLatin1(pem)}});
        QCOMPARE(importedPem.status, 200);
        QCOMPARE(call("GET", QStringLiteral("/secrets/imported-pem"))
                     .json.value(QStringLiteral("contentType"))
                     .toString(),
                 str("application/x-pem-file"));
        QCOMPARE(call("POST", QStringLiteral("/certificates/bad/import"),
                      QJsonObject{{QStringLiteral("value"), QString::fromLatin1(pfx.toBase64())},
                                  {QStringLiteral("pwd"), str("wrong")}})
                     .status,
                 400);

        // The certificate takes its key and secret along through delete and recover.
        deleteAndWait(QStringLiteral("certificates"), QStringLiteral("app-cert"));
        QCOMPARE(call("GET", QStringLiteral("/secrets/app-cert")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/deletedcertificates/app-cert")).status, 200);
        // Its key and secret follow the certificate only.
        QCOMPARE(call("DELETE", QStringLiteral("/deletedsecrets/app-cert")).status, 403);
        QCOMPARE(call("POST", QStringLiteral("/deletedkeys/app-cert/recover")).status, 403);
        QCOMPARE(call("POST", QStringLiteral("/certificates/app-cert/create"),
                      QJsonObject{{QStringLiteral("policy"), policy}})
                     .innerCode(),
                 str("ObjectIsDeletedButRecoverable"));
        QCOMPARE(call("POST", QStringLiteral("/deletedcertificates/app-cert/recover")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/keys/app-cert")).status, 200);
        const auto backup = call("POST", QStringLiteral("/certificates/app-cert/backup"));
        QCOMPARE(backup.status, 200);
        deleteAndWait(QStringLiteral("certificates"), QStringLiteral("app-cert"));
        QCOMPARE(call("DELETE", QStringLiteral("/deletedcertificates/app-cert")).status, 204);
        QCOMPARE(call("GET", QStringLiteral("/deletedsecrets/app-cert")).status, 404);
        QCOMPARE(
            call("POST", QStringLiteral("/certificates/restore"),
                 QJsonObject{{QStringLiteral("value"), backup.json.value(QStringLiteral("value"))}})
                .status,
            200);
        QCOMPARE(call("GET", QStringLiteral("/secrets/app-cert")).status, 200);
    }

    void permissions()
    {
        const auto policy =
            call("GET", QStringLiteral("/secrets"), {}, QStringLiteral("unit"), m_readerToken);
        QCOMPARE(policy.status, 403);
        QCOMPARE(policy.errorCode(), str("Forbidden"));
        QCOMPARE(policy.innerCode(), str("ForbiddenByPolicy"));
        QVERIFY2(
            policy.message().contains(QLatin1String(
                "does not have secrets list permission on key vault 'unit;location=westeurope'")),
            qPrintable(policy.message()));
        QVERIFY(policy.message().contains(QLatin1String("appid=")));
        QVERIFY(!policy.header("x-ms-keyvault-network-info").isEmpty());

        const auto rbac = call("GET", QStringLiteral("/secrets/some-secret"), {},
                               QStringLiteral("rbac"), m_readerToken);
        QCOMPARE(rbac.status, 403);
        QCOMPARE(rbac.innerCode(), str("ForbiddenByRbac"));
        QVERIFY(rbac.message().startsWith(
            QLatin1String("Caller is not authorized to perform action on resource.\r\n")));
        QVERIFY(rbac.message().contains(
            QLatin1String("Action: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'")));
        QVERIFY(rbac.message().contains(QLatin1String("Vault: rbac;location=westeurope")));
        QCOMPARE(call("GET", QStringLiteral("/secrets"), {}, QStringLiteral("rbac")).status, 200);
    }

    void badInput()
    {
        const auto malformed =
            call("PUT", QStringLiteral("/secrets/x"), QJsonValue(str("{not json")));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), str("BadParameter"));
        QCOMPARE(call("PUT", QStringLiteral("/secrets/x"), QJsonValue(str("[1,2]"))).status, 400);
        const auto wrongType = call("PUT", QStringLiteral("/secrets/x"),
                                    QJsonObject{{QStringLiteral("value"), str("v")}},
                                    QStringLiteral("unit"), {}, "text/plain");
        QCOMPARE(wrongType.status, 415);
        QVERIFY(!wrongType.errorCode().isEmpty());
        QCOMPARE(
            call("PUT", QStringLiteral("/secrets/x"), QJsonObject{{QStringLiteral("value"), 42}})
                .status,
            400);
        const auto big = setSecret(QStringLiteral("big"), QString(25 * 1024 + 1, QLatin1Char('a')));
        QCOMPARE(big.status, 400);
        QCOMPARE(big.errorCode(), str("BadParameter"));
        QCOMPARE(setSecret(QStringLiteral("max"), QString(25 * 1024, QLatin1Char('a'))).status,
                 200);
        for (const auto *name : {"bad_name", "bad.name", "%2e%2e", "..", "sp%20ace"}) {
            const auto reply = call("GET", QStringLiteral("/secrets/") + str(name));
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), str("BadParameter"));
        }
        QCOMPARE(setSecret(QString(128, QLatin1Char('n')), QStringLiteral("v")).status, 400);
        QCOMPARE(setSecret(QString(127, QLatin1Char('n')), QStringLiteral("v")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/secrets//x")).status, 400);
        QCOMPARE(call("GET", QStringLiteral("/nothing")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/secrets/x/y/z/w")).status, 404);
        QCOMPARE(call("DELETE", QStringLiteral("/secrets")).status, 405);
        QCOMPARE(call("POST", QStringLiteral("/secrets/max")).status, 405);
        QCOMPARE(call("PUT", QStringLiteral("/certificates/x")).status, 405);
        QCOMPARE(call("GET", QStringLiteral("/keys/x/create")).status, 405);
        QCOMPARE(call("POST", QStringLiteral("/keys/x/create"), QJsonObject{}).status, 400);
        QCOMPARE(call("POST", QStringLiteral("/keys/missing/sign"),
                      QJsonObject{{QStringLiteral("alg"), str("RS256")},
                                  {QStringLiteral("value"), str("AA")}})
                     .status,
                 404);
        QCOMPARE(
            call("POST", QStringLiteral("/certificates/c/create"),
                 QJsonObject{{QStringLiteral("policy"),
                              QJsonObject{{QStringLiteral("x509_props"), QJsonObject{}},
                                          {QStringLiteral("issuer"),
                                           QJsonObject{{QStringLiteral("name"), str("Self")}}}}}})
                .status,
            400);
        QCOMPARE(call("POST", QStringLiteral("/certificates/c/import"),
                      QJsonObject{{QStringLiteral("value"), str("!!")}})
                     .status,
                 400);
        QCOMPARE(call("PATCH", QStringLiteral("/secrets/max"),
                      QJsonObject{{QStringLiteral("attributes"),
                                   QJsonObject{{QStringLiteral("enabled"), str("yes")}}}})
                     .status,
                 400);
    }

    void demoSeedAndGenerated()
    {
        auto &vault = *m_state->vault(QStringLiteral("unit"));
        VaultContentSeed::fillDemo(vault);
        const auto secrets = listAll(QStringLiteral("/secrets"));
        QVERIFY(secrets.size() >= 6);
        QCOMPARE(listAll(QStringLiteral("/secrets/database-password/versions")).size(), 3);
        QCOMPARE(listAll(QStringLiteral("/deletedsecrets")).size(), 1);
        QCOMPARE(listAll(QStringLiteral("/deletedkeys")).size(), 1);
        QVERIFY(listAll(QStringLiteral("/certificates")).size() >= 2);
        const auto chained = call("GET", QStringLiteral("/secrets/internal-api"));
        QByteArray pfx = QByteArray::fromBase64(
            chained.json.value(QStringLiteral("value")).toString().toLatin1());
        QBuffer buffer(&pfx);
        buffer.open(QIODevice::ReadOnly);
        QSslKey key;
        QSslCertificate leaf;
        QList<QSslCertificate> chain;
        QVERIFY(QSslCertificate::importPkcs12(&buffer, &key, &leaf, &chain));
        QCOMPARE(chain.size(), 1);
        QCOMPARE(leaf.issuerInfo(QSslCertificate::CommonName),
                 chain.at(0).subjectInfo(QSslCertificate::CommonName));
        QCOMPARE(call("GET", QStringLiteral("/secrets/disabled-webhook-token")).status, 403);

        QElapsedTimer timer;
        timer.start();
        VaultContentSeed::addGeneratedSecrets(vault, 100000);
        const auto elapsed = timer.elapsed();
        qInfo() << "100000 generated secrets in" << elapsed << "ms";
        // Generous for sanitizer builds; a release build takes about a second.
        QVERIFY2(elapsed < 60000, qPrintable(QString::number(elapsed)));
        const auto before = vault.objects.size();
        VaultContentSeed::addGeneratedSecrets(vault, 100000);
        QCOMPARE(vault.objects.size(), before);
        const auto last = call("GET", QStringLiteral("/secrets/generated-100000"));
        QCOMPARE(last.status, 200);
        QElapsedTimer page;
        page.start();
        const auto reply = call("GET", QStringLiteral("/secrets?maxresults=25"));
        QCOMPARE(reply.json.value(QStringLiteral("value")).toArray().size(), 25);
        QVERIFY(page.elapsed() < 1000);
    }
};

QTEST_GUILESS_MAIN(TestVaultService)
#include "tst_vaultservice.moc"
