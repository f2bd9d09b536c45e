#include "access/NetworkAccess.h"
#include "arm/ResourceManagerService.h"
#include "arm/VaultResource.h"
#include "auth/TokenIssuer.h"
#include "seed/DemoSeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace kluis::emulator;

namespace {
const QString kProduction = QStringLiteral("1f2e3d4c-5b6a-4789-8abc-def012345678");
const QString kDevelopment = QStringLiteral("8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d");
const QString kApi = QStringLiteral("2023-07-01");

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
    target.settings = demo->settings;
    target.vaults = demo->vaults;
}
} // namespace

// Resource Manager in-process: every route, paging, validation, errors and headers.
class TestArm : public QObject
{
    Q_OBJECT

    struct Reply
    {
        int status = 0;
        QJsonObject json;
        ApiResponse raw;
        QJsonObject error() const { return json.value(QStringLiteral("error")).toObject(); }
        QString code() const { return error().value(QStringLiteral("code")).toString(); }
        QString message() const { return error().value(QStringLiteral("message")).toString(); }
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : raw.headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
    };

    std::unique_ptr<EmulatorState> m_state;
    std::unique_ptr<Endpoints> m_endpoints;
    std::unique_ptr<TokenIssuer> m_issuer;
    std::unique_ptr<ResourceManagerService> m_arm;
    QByteArray m_token;
    int m_changes = 0;

    QByteArray token(const QString &audience, qint64 lifetime = 3600,
                     const QString &tenant = {}) const
    {
        TokenClaims claims;
        claims.tenantId = tenant.isEmpty() ? m_state->tenantId : tenant;
        claims.appId = m_state->clients.first().clientId;
        claims.objectId = m_state->clients.first().objectId;
        claims.audience = audience;
        claims.expires = QDateTime::currentDateTimeUtc().addSecs(lifetime);
        return m_issuer->issue(claims);
    }

    // target is "path?query" (query already encoded, as on the wire).
    Reply call(const QByteArray &method, const QString &target, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", const QByteArray &auth = {})
    {
        const QUrl url(QStringLiteral("https://management.localhost:8443") + target);
        ApiRequest request;
        request.method = method;
        request.host = QStringLiteral("management.localhost");
        request.port = 8443;
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url);
        request.headers.insert("authorization",
                               auth.isNull() ? QByteArray("Bearer " + m_token) : auth);
        if (!body.isEmpty() && !contentType.isEmpty())
            request.headers.insert("content-type", contentType);
        request.body = body;
        request.peer = QHostAddress(QStringLiteral("203.0.113.10"));
        Reply reply;
        reply.raw = m_arm->handle(request);
        reply.status = reply.raw.status;
        reply.json = QJsonDocument::fromJson(reply.raw.body).object();
        return reply;
    }

    static QString vaultPath(const QString &group, const QString &name,
                             const QString &subscription = kProduction)
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/"
                              "vaults/%3?api-version=%4")
            .arg(subscription, group, name, kApi);
    }

    QByteArray vaultBody(const QJsonObject &extraProperties = {}, const QJsonObject &tags = {},
                         const QString &location = QStringLiteral("westeurope")) const
    {
        QJsonObject properties{{QStringLiteral("tenantId"), m_state->tenantId},
                               {QStringLiteral("sku"),
                                QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                            {QStringLiteral("name"), QStringLiteral("standard")}}},
                               {QStringLiteral("accessPolicies"), QJsonArray()}};
        for (auto it = extraProperties.begin(); it != extraProperties.end(); ++it)
            properties.insert(it.key(), it.value());
        return QJsonDocument(QJsonObject{{QStringLiteral("location"), location},
                                         {QStringLiteral("tags"), tags},
                                         {QStringLiteral("properties"), properties}})
            .toJson(QJsonDocument::Compact);
    }

    static QByteArray ipRulesPatch(const QStringList &rules, const QString &defaultAction = {})
    {
        QJsonArray array;
        for (const auto &rule : rules)
            array.append(QJsonObject{{QStringLiteral("value"), rule}});
        QJsonObject acls{{QStringLiteral("ipRules"), array}};
        if (!defaultAction.isEmpty())
            acls.insert(QStringLiteral("defaultAction"), defaultAction);
        return QJsonDocument(QJsonObject{{QStringLiteral("properties"),
                                          QJsonObject{{QStringLiteral("networkAcls"), acls}}}})
            .toJson(QJsonDocument::Compact);
    }

    static QStringList ruleValues(const Reply &reply)
    {
        QStringList values;
        const auto rules = reply.json.value(QStringLiteral("properties"))
                               .toObject()
                               .value(QStringLiteral("networkAcls"))
                               .toObject()
                               .value(QStringLiteral("ipRules"))
                               .toArray();
        for (const auto &rule : rules)
            values << rule.toObject().value(QStringLiteral("value")).toString();
        return values;
    }

    static QStringList names(const Reply &reply)
    {
        QStringList result;
        for (const auto &item : reply.json.value(QStringLiteral("value")).toArray())
            result << item.toObject().value(QStringLiteral("name")).toString();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_state = std::make_unique<EmulatorState>(QString());
        copyDemoSeed(*m_state);
        // One signing key for every test: making an RSA key per test would dominate the run.
        static QJsonObject settings;
        if (!settings.isEmpty())
            m_state->settings = settings;
        m_endpoints = std::make_unique<Endpoints>();
        m_endpoints->loginPort = m_endpoints->managementPort = m_endpoints->vaultPort = 8443;
        m_issuer = std::make_unique<TokenIssuer>(*m_state, *m_endpoints);
        m_issuer->jwks();
        settings = m_state->settings;
        m_arm = std::make_unique<ResourceManagerService>(*m_state, *m_endpoints, *m_issuer);
        m_changes = 0;
        m_arm->setVaultsChangedCallback([this] { ++m_changes; });
        m_token = token(m_endpoints->resourceManager());
    }

    void refusesRequestsWithoutValidToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QByteArray("") << "AuthenticationFailed";
        QTest::newRow("not bearer") << QByteArray("Basic dXNlcjpwYXNz") << "AuthenticationFailed";
        QTest::newRow("garbage") << QByteArray("Bearer not-a-jwt") << "InvalidAuthenticationToken";
    }
    void refusesRequestsWithoutValidToken()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, code);
        const auto reply = call("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"), {},
                                {}, authorization);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.code(), code);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer authorization_uri=\"https:"));
        QVERIFY(reply.header("WWW-Authenticate").contains("login.localhost:8443/\""));
        QVERIFY(!reply.header("x-ms-request-id").isEmpty());
    }

    void refusesVaultTokensExpiredTokensAndOtherTenants()
    {
        auto reply = call("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"), {}, {},
                          "Bearer " + token(m_endpoints->vaultResource()));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.code(), QStringLiteral("InvalidAuthenticationTokenAudience"));
        reply = call("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"), {}, {},
                     "Bearer " + token(m_endpoints->resourceManager(), -600));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.code(), QStringLiteral("ExpiredAuthenticationToken"));
        reply =
            call("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"), {}, {},
                 "Bearer " + token(m_endpoints->resourceManager(), 3600, m_state->otherTenantId));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.code(), QStringLiteral("InvalidAuthenticationTokenTenant"));
        // The audience is compared without its trailing slash.
        reply = call("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"), {}, {},
                     "Bearer " + token(m_endpoints->resourceManager().chopped(1)));
        QCOMPARE(reply.status, 200);
    }

    void requiresValidApiVersion()
    {
        auto reply = call("GET", QStringLiteral("/subscriptions"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("MissingApiVersionParameter"));
        reply = call("GET", QStringLiteral("/subscriptions?api-version=latest"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("InvalidApiVersionParameter"));
        reply = call("GET", QStringLiteral("/subscriptions?API-VERSION=2022-12-01"));
        QCOMPARE(reply.status, 200);
    }

    void listsAndGetsSubscriptions()
    {
        auto reply = call("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"));
        QCOMPARE(reply.status, 200);
        const auto value = reply.json.value(QStringLiteral("value")).toArray();
        QCOMPARE(value.size(), 2);
        const auto first = value.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("subscriptionId")).toString(), kProduction);
        QCOMPARE(first.value(QStringLiteral("id")).toString(),
                 QStringLiteral("/subscriptions/") + kProduction);
        QCOMPARE(first.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Contoso Production"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("Enabled"));
        QCOMPARE(first.value(QStringLiteral("tenantId")).toString(), m_state->tenantId);
        QVERIFY(!reply.header("x-ms-ratelimit-remaining-subscription-reads").isEmpty());

        reply = call(
            "GET",
            QStringLiteral("/subscriptions/%1?api-version=2022-12-01").arg(kDevelopment.toUpper()));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Contoso Development"));

        reply =
            call("GET",
                 QStringLiteral(
                     "/subscriptions/00000000-0000-0000-0000-000000000000?api-version=2022-12-01"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("SubscriptionNotFound"));
    }

    void listsGetsAndCreatesResourceGroups()
    {
        auto reply =
            call("GET", QStringLiteral("/subscriptions/%1/resourcegroups?api-version=2021-04-01")
                            .arg(kProduction));
        QCOMPARE(reply.status, 200);
        QCOMPARE(names(reply),
                 (QStringList{QStringLiteral("rg-shared"), QStringLiteral("rg-payments")}));
        reply = call(
            "GET",
            QStringLiteral("/subscriptions/%1/resourceGroups/RG-PAYMENTS?api-version=2021-04-01")
                .arg(kProduction));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("location")).toString(),
                 QStringLiteral("westeurope"));
        QCOMPARE(reply.json.value(QStringLiteral("type")).toString(),
                 QStringLiteral("Microsoft.Resources/resourceGroups"));
        reply = call(
            "GET", QStringLiteral("/subscriptions/%1/resourcegroups/rg-none?api-version=2021-04-01")
                       .arg(kProduction));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("ResourceGroupNotFound"));

        reply =
            call("PUT",
                 QStringLiteral("/subscriptions/%1/resourcegroups/rg-new?api-version=2021-04-01")
                     .arg(kProduction),
                 "{\"location\": \"West Europe\"}");
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(QStringLiteral("location")).toString(),
                 QStringLiteral("westeurope"));
        reply =
            call("PUT",
                 QStringLiteral("/subscriptions/%1/resourcegroups/rg-new?api-version=2021-04-01")
                     .arg(kProduction),
                 "{\"location\": \"westeurope\"}");
        QCOMPARE(reply.status, 200);
        reply = call(
            "PUT",
            QStringLiteral("/subscriptions/%1/resourcegroups/bad%2Fname.?api-version=2021-04-01")
                .arg(kProduction),
            "{\"location\": \"westeurope\"}");
        QCOMPARE(reply.status, 404);
        reply =
            call("PUT",
                 QStringLiteral("/subscriptions/%1/resourcegroups/bad*name?api-version=2021-04-01")
                     .arg(kProduction),
                 "{\"location\": \"westeurope\"}");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("InvalidResourceGroup"));
    }

    void listsVaultsBySubscriptionAndResourceGroup()
    {
        auto reply = call(
            "GET",
            QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults?api-version=%2")
                .arg(kProduction, kApi));
        QCOMPARE(reply.status, 200);
        QCOMPARE(names(reply),
                 (QStringList{QStringLiteral("demo"), QStringLiteral("payments-kv"),
                              QStringLiteral("perimeter-kv"), QStringLiteral("private-kv"),
                              QStringLiteral("team-kv")}));
        QVERIFY(!reply.json.contains(QStringLiteral("nextLink")));
        reply = call("GET", QStringLiteral("/subscriptions/%1/resourceGroups/rg-payments/providers/"
                                           "microsoft.keyvault/VAULTS?api-version=%2")
                                .arg(kProduction, kApi));
        QCOMPARE(reply.status, 200);
        QCOMPARE(names(reply),
                 (QStringList{QStringLiteral("payments-kv"), QStringLiteral("perimeter-kv"),
                              QStringLiteral("private-kv")}));
        reply = call("GET", QStringLiteral("/subscriptions/%1/resourceGroups/rg-dev/providers/"
                                           "Microsoft.KeyVault/vaults?api-version=%2")
                                .arg(kDevelopment, kApi));
        QCOMPARE(names(reply), QStringList{QStringLiteral("dev-kv")});
        reply = call("GET", QStringLiteral("/subscriptions/%1/resourceGroups/rg-nope/providers/"
                                           "Microsoft.KeyVault/vaults?api-version=%2")
                                .arg(kDevelopment, kApi));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("ResourceGroupNotFound"));
    }

    void pagesVaultListsWithTopAndNextLink()
    {
        for (int i = 0; i < 7; ++i)
            QCOMPARE(
                call("PUT",
                     vaultPath(QStringLiteral("rg-shared"), QStringLiteral("page-kv-%1").arg(i)),
                     vaultBody())
                    .status,
                201);
        QString target =
            QStringLiteral(
                "/subscriptions/%1/providers/Microsoft.KeyVault/vaults?api-version=%2&$top=3")
                .arg(kProduction, kApi);
        QStringList seen;
        int pages = 0;
        while (!target.isEmpty()) {
            const auto reply = call("GET", target);
            QCOMPARE(reply.status, 200);
            const auto value = reply.json.value(QStringLiteral("value")).toArray();
            QVERIFY(value.size() <= 3);
            seen << names(reply);
            ++pages;
            const auto next = reply.json.value(QStringLiteral("nextLink")).toString();
            target.clear();
            if (!next.isEmpty()) {
                const QUrl url(next);
                QCOMPARE(url.scheme(), QStringLiteral("https"));
                QCOMPARE(url.host(), QStringLiteral("management.localhost"));
                QCOMPARE(url.port(), 8443);
                QVERIFY(QUrlQuery(url).hasQueryItem(QStringLiteral("api-version")));
                target =
                    url.path(QUrl::FullyEncoded) + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
            }
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 4); // 12 vaults, 3 per page
        QCOMPARE(seen.size(), 12);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 12);

        auto reply =
            call("GET",
                 QStringLiteral(
                     "/subscriptions/%1/providers/Microsoft.KeyVault/vaults?api-version=%2&$top=0")
                     .arg(kProduction, kApi));
        QCOMPARE(reply.status, 400);
        reply = call("GET", QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/"
                                           "vaults?api-version=%2&$skiptoken=!!!")
                                .arg(kProduction, kApi));
        QCOMPARE(reply.status, 400);
    }

    // Follows nextLink from target to the end; the field (name) of every item, and the page
    // count.
    QStringList listAll(QString target, int *pages = nullptr,
                        const QString &field = QStringLiteral("name"))
    {
        QStringList seen;
        int count = 0;
        while (!target.isEmpty() && count < 100) {
            const auto reply = call("GET", target);
            if (reply.status != 200)
                return {QStringLiteral("status %1").arg(reply.status)};
            for (const auto &item : reply.json.value(QStringLiteral("value")).toArray())
                seen << item.toObject().value(field).toString();
            ++count;
            const QUrl next(reply.json.value(QStringLiteral("nextLink")).toString());
            target = next.isEmpty() ? QString()
                                    : next.path(QUrl::FullyEncoded) + QLatin1Char('?') +
                                          next.query(QUrl::FullyEncoded);
        }
        if (pages)
            *pages = count;
        return seen;
    }

    void pagesSeekPastOtherSubscriptionsAndGroups()
    {
        // Vaults of another subscription and group sort between this list's own: each page
        // still holds only this list's vaults, in name order, each once.
        QStringList expected{QStringLiteral("demo"), QStringLiteral("payments-kv"),
                             QStringLiteral("perimeter-kv"), QStringLiteral("private-kv"),
                             QStringLiteral("team-kv")};
        for (const auto *name : {"aa-kv", "demo-b-kv", "m-kv", "zz-kv"})
            QCOMPARE(call("PUT",
                          vaultPath(QStringLiteral("rg-dev"), QLatin1String(name), kDevelopment),
                          vaultBody())
                         .status,
                     201);
        for (const auto *name : {"aa-p-kv", "demo-b-p-kv", "m-p-kv", "zz-p-kv"}) {
            QCOMPARE(call("PUT", vaultPath(QStringLiteral("rg-payments"), QLatin1String(name)),
                          vaultBody())
                         .status,
                     201);
            expected << QLatin1String(name);
        }
        expected.sort();
        int pages = 0;
        QCOMPARE(listAll(QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/"
                                        "vaults?api-version=%2&$top=2")
                             .arg(kProduction, kApi),
                         &pages),
                 expected);
        QCOMPARE(pages, 5);
        QCOMPARE(listAll(QStringLiteral("/subscriptions/%1/resourceGroups/rg-dev/providers/"
                                        "Microsoft.KeyVault/vaults?api-version=%2&$top=1")
                             .arg(kDevelopment, kApi),
                         &pages),
                 (QStringList{QStringLiteral("aa-kv"), QStringLiteral("demo-b-kv"),
                              QStringLiteral("dev-kv"), QStringLiteral("m-kv"),
                              QStringLiteral("zz-kv")}));
        QCOMPARE(pages, 5);
        // A deleted vault leaves every list; the lists still page.
        QCOMPARE(call("DELETE",
                      vaultPath(QStringLiteral("rg-dev"), QStringLiteral("m-kv"), kDevelopment))
                     .status,
                 200);
        QCOMPARE(listAll(QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/"
                                        "vaults?api-version=%2&$top=2")
                             .arg(kDevelopment, kApi)),
                 (QStringList{QStringLiteral("aa-kv"), QStringLiteral("demo-b-kv"),
                              QStringLiteral("dev-kv"), QStringLiteral("zz-kv")}));
    }

    void pagesSubscriptionsAndResourceGroupsInCreationOrder()
    {
        int pages = 0;
        QCOMPARE(listAll(QStringLiteral("/subscriptions?api-version=2022-12-01&$top=1"), &pages,
                         QStringLiteral("subscriptionId")),
                 (QStringList{kProduction, kDevelopment}));
        QCOMPARE(pages, 2);
        const auto first =
            call("GET", QStringLiteral("/subscriptions?api-version=2022-12-01&$top=1"));
        QCOMPARE(first.json.value(QStringLiteral("count"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 2);

        for (int i = 0; i < ResourceManagerService::kDefaultPageSize + 3; ++i)
            QCOMPARE(call("PUT",
                          QStringLiteral("/subscriptions/%1/resourcegroups/rg-bulk-%2?api-version="
                                         "2021-04-01")
                              .arg(kProduction)
                              .arg(ResourceManagerService::kDefaultPageSize + 3 - i),
                          "{\"location\": \"westeurope\"}")
                         .status,
                     201);
        QStringList expected{QStringLiteral("rg-shared"), QStringLiteral("rg-payments")};
        for (int i = 0; i < ResourceManagerService::kDefaultPageSize + 3; ++i)
            expected << QStringLiteral("rg-bulk-%1")
                            .arg(ResourceManagerService::kDefaultPageSize + 3 - i);
        // Without $top: pages of the default size; a group of another subscription made in
        // between is not in this list.
        QCOMPARE(
            call("PUT",
                 QStringLiteral("/subscriptions/%1/resourcegroups/rg-other?api-version=2021-04-01")
                     .arg(kDevelopment),
                 "{\"location\": \"westeurope\"}")
                .status,
            201);
        QCOMPARE(listAll(QStringLiteral("/subscriptions/%1/resourcegroups?api-version=2021-04-01")
                             .arg(kProduction),
                         &pages),
                 expected);
        QCOMPARE(pages, 2);
        QCOMPARE(listAll(QStringLiteral("/subscriptions/%1/resourcegroups?api-version=2021-04-01&"
                                        "$top=4")
                             .arg(kDevelopment)),
                 (QStringList{QStringLiteral("rg-dev"), QStringLiteral("rg-other")}));

        // A token is opaque, and a bad one is a clear 400, never a crash or a wrong page.
        const auto encoded = [](const char *text) {
            return QString::fromLatin1(QByteArray(text).toBase64(QByteArray::Base64UrlEncoding |
                                                                 QByteArray::OmitTrailingEquals));
        };
        for (const auto &token : {QStringLiteral("!!!"), encoded("-1"), encoded("two"),
                                  encoded("99999999999999999999")}) {
            for (const auto &path :
                 {QStringLiteral("/subscriptions?api-version=2022-12-01"),
                  QStringLiteral("/subscriptions/%1/resourcegroups?api-version=2021-04-01")
                      .arg(kProduction)}) {
                const auto reply = call("GET", path + QStringLiteral("&$skiptoken=") + token);
                QCOMPARE(reply.status, 400);
                QCOMPARE(reply.code(), QStringLiteral("InvalidSkipToken"));
            }
        }
        // Past the end: an empty last page.
        for (const auto *position : {"500", "9223372036854775800"}) {
            const auto beyond = call("GET", QStringLiteral("/subscriptions/%1/resourcegroups?"
                                                           "api-version=2021-04-01&$skiptoken=")
                                                    .arg(kProduction) +
                                                encoded(position));
            QCOMPARE(beyond.status, 200);
            QVERIFY(names(beyond).isEmpty());
            QVERIFY(!beyond.json.contains(QStringLiteral("nextLink")));
        }
    }

    void defaultPageSizeAppliesWithoutTop()
    {
        for (int i = 0; i < ResourceManagerService::kDefaultPageSize; ++i)
            QCOMPARE(
                call("PUT",
                     vaultPath(QStringLiteral("rg-shared"), QStringLiteral("bulk-kv-%1").arg(i)),
                     vaultBody())
                    .status,
                201);
        const auto reply = call(
            "GET",
            QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/vaults?api-version=%2")
                .arg(kProduction, kApi));
        QCOMPARE(reply.json.value(QStringLiteral("value")).toArray().size(),
                 ResourceManagerService::kDefaultPageSize);
        QVERIFY(reply.json.value(QStringLiteral("nextLink"))
                    .toString()
                    .contains(QStringLiteral("skiptoken")));
    }

    void listsVaultsThroughResourcesFilter()
    {
        // What azure-mgmt-keyvault's and @azure/arm-keyvault's vaults.list() send.
        auto reply =
            call("GET", QStringLiteral("/subscriptions/%1/"
                                       "resources?%24filter=resourceType%20eq%20%27Microsoft."
                                       "KeyVault%2Fvaults%27&api-version=2015-11-01")
                            .arg(kProduction));
        QCOMPARE(reply.status, 200);
        QCOMPARE(names(reply),
                 (QStringList{QStringLiteral("demo"), QStringLiteral("payments-kv"),
                              QStringLiteral("perimeter-kv"), QStringLiteral("private-kv"),
                              QStringLiteral("team-kv")}));
        const auto item = reply.json.value(QStringLiteral("value")).toArray().at(1).toObject();
        QCOMPARE(item.value(QStringLiteral("type")).toString(),
                 QStringLiteral("Microsoft.KeyVault/vaults"));
        QCOMPARE(item.value(QStringLiteral("id")).toString(),
                 QStringLiteral("/subscriptions/%1/resourceGroups/rg-payments/providers/"
                                "Microsoft.KeyVault/vaults/payments-kv")
                     .arg(kProduction));
        QCOMPARE(item.value(QStringLiteral("location")).toString(), QStringLiteral("westeurope"));

        reply = call("GET", QStringLiteral("/subscriptions/%1/"
                                           "resources?%24filter=resourceType%20eq%20%27Microsoft."
                                           "KeyVault%2Fvaults%27&%24top=2&api-version=2015-11-01")
                                .arg(kProduction));
        QCOMPARE(names(reply).size(), 2);
        const QUrl next(reply.json.value(QStringLiteral("nextLink")).toString());
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
                 QStringLiteral("resourceType eq 'Microsoft.KeyVault/vaults'"));
        reply = call("GET", next.path() + QLatin1Char('?') + next.query(QUrl::FullyEncoded));
        QCOMPARE(names(reply),
                 (QStringList{QStringLiteral("perimeter-kv"), QStringLiteral("private-kv")}));

        reply = call("GET", QStringLiteral("/subscriptions/%1/"
                                           "resources?%24filter=resourceType%20eq%20%27Microsoft."
                                           "Storage%2FstorageAccounts%27&api-version=2015-11-01")
                                .arg(kProduction));
        QCOMPARE(reply.status, 200);
        QVERIFY(names(reply).isEmpty());
        reply = call("GET",
                     QStringLiteral(
                         "/subscriptions/%1/"
                         "resources?%24filter=name%20eq%20%27x%27%20or%201&api-version=2015-11-01")
                         .arg(kProduction));
        QCOMPARE(reply.status, 400);
    }

    void getsVaultWithItsProperties()
    {
        const auto reply =
            call("GET", vaultPath(QStringLiteral("rg-payments"), QStringLiteral("PAYMENTS-KV")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("name")).toString(),
                 QStringLiteral("payments-kv"));
        QCOMPARE(reply.json.value(QStringLiteral("type")).toString(),
                 QStringLiteral("Microsoft.KeyVault/vaults"));
        QCOMPARE(reply.json.value(QStringLiteral("id")).toString(),
                 QStringLiteral("/subscriptions/%1/resourceGroups/rg-payments/providers/"
                                "Microsoft.KeyVault/vaults/payments-kv")
                     .arg(kProduction));
        const auto properties = reply.json.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("vaultUri")).toString(),
                 m_endpoints->vaultUri(QStringLiteral("payments-kv")));
        QCOMPARE(properties.value(QStringLiteral("tenantId")).toString(), m_state->tenantId);
        QCOMPARE(properties.value(QStringLiteral("sku"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("standard"));
        QCOMPARE(properties.value(QStringLiteral("publicNetworkAccess")).toString(),
                 QStringLiteral("Enabled"));
        QCOMPARE(properties.value(QStringLiteral("provisioningState")).toString(),
                 QStringLiteral("Succeeded"));
        const auto acls = properties.value(QStringLiteral("networkAcls")).toObject();
        QCOMPARE(acls.value(QStringLiteral("defaultAction")).toString(), QStringLiteral("Deny"));
        QCOMPARE(acls.value(QStringLiteral("bypass")).toString(), QStringLiteral("AzureServices"));
        QCOMPARE(ruleValues(reply), QStringList{QStringLiteral("198.51.100.0/24")});
        QVERIFY(properties.value(QStringLiteral("privateEndpointConnections")).isArray());
        QVERIFY(properties.contains(QStringLiteral("enableRbacAuthorization")));
        QVERIFY(properties.contains(QStringLiteral("enableSoftDelete")));
        QVERIFY(properties.contains(QStringLiteral("softDeleteRetentionInDays")));
        QVERIFY(properties.contains(QStringLiteral("accessPolicies")));
    }

    void answersMissingVaultsAndGroups()
    {
        auto reply =
            call("GET", vaultPath(QStringLiteral("rg-payments"), QStringLiteral("nope-kv")));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("ResourceNotFound"));
        QVERIFY(reply.message().contains(QStringLiteral("Microsoft.KeyVault/vaults/nope-kv")));
        // A vault is found only under its own resource group.
        reply = call("GET", vaultPath(QStringLiteral("rg-shared"), QStringLiteral("payments-kv")));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.code(), QStringLiteral("ResourceNotFound"));
        reply = call("GET", vaultPath(QStringLiteral("rg-missing"), QStringLiteral("payments-kv")));
        QCOMPARE(reply.code(), QStringLiteral("ResourceGroupNotFound"));
        reply = call("GET", vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv"),
                                      QStringLiteral("nope")));
        QCOMPARE(reply.code(), QStringLiteral("SubscriptionNotFound"));
    }

    void createsReplacesAndDeletesVaults()
    {
        const auto path = vaultPath(QStringLiteral("rg-shared"), QStringLiteral("New-Vault-01"));
        auto reply = call("PUT", path,
                          vaultBody({}, {{QStringLiteral("team"), QStringLiteral("a")}},
                                    QStringLiteral("West Europe")));
        QCOMPARE(reply.status, 201);
        QCOMPARE(m_changes, 1);
        QCOMPARE(reply.json.value(QStringLiteral("name")).toString(),
                 QStringLiteral("New-Vault-01"));
        QCOMPARE(reply.json.value(QStringLiteral("location")).toString(),
                 QStringLiteral("westeurope"));
        auto properties = reply.json.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("vaultUri")).toString(),
                 m_endpoints->vaultUri(QStringLiteral("New-Vault-01")));
        QCOMPARE(properties.value(QStringLiteral("networkAcls"))
                     .toObject()
                     .value(QStringLiteral("defaultAction"))
                     .toString(),
                 QStringLiteral("Allow"));
        QCOMPARE(properties.value(QStringLiteral("enableSoftDelete")).toBool(), true);
        QCOMPARE(properties.value(QStringLiteral("softDeleteRetentionInDays")).toInt(), 90);
        QVERIFY(m_state->vault(QStringLiteral("new-vault-01")));

        reply = call("GET", vaultPath(QStringLiteral("RG-SHARED"), QStringLiteral("new-vault-01")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("team"))
                     .toString(),
                 QStringLiteral("a"));

        // PUT replaces: tags and properties not sent go back to their defaults.
        reply =
            call("PUT", path,
                 vaultBody({{QStringLiteral("enableRbacAuthorization"), true},
                            {QStringLiteral("sku"),
                             QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                         {QStringLiteral("name"), QStringLiteral("Premium")}}}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QStringLiteral("tags")).toObject().isEmpty());
        properties = reply.json.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("enableRbacAuthorization")).toBool(), true);
        QCOMPARE(properties.value(QStringLiteral("sku"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("premium"));

        // Names are global: the same name elsewhere is taken.
        reply =
            call("PUT",
                 vaultPath(QStringLiteral("rg-dev"), QStringLiteral("new-vault-01"), kDevelopment),
                 vaultBody());
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.code(), QStringLiteral("VaultAlreadyExists"));
        reply = call("PUT", vaultPath(QStringLiteral("rg-shared"), QStringLiteral("new-vault-01")),
                     vaultBody({}, {}, QStringLiteral("northeurope")));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("InvalidResourceLocation"));

        reply = call("DELETE", path);
        QCOMPARE(reply.status, 200);
        QVERIFY(!m_state->vault(QStringLiteral("new-vault-01")));
        QCOMPARE(call("GET", path).status, 404);
        QCOMPARE(call("DELETE", path).status, 204);
        // The name is free again.
        QCOMPARE(
            call("PUT",
                 vaultPath(QStringLiteral("rg-dev"), QStringLiteral("new-vault-01"), kDevelopment),
                 vaultBody())
                .status,
            201);
    }

    void rejectsInvalidVaultNames_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *bad : {"ab", "1abc", "-abc", "abc-", "a--bc", "ab_cd",
                                "abcdefghijklmnopqrstuvwxy", "ab.cd", "ab%20cd", "caf%C3%A9"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsInvalidVaultNames()
    {
        QFETCH(QString, name);
        const auto reply = call("PUT", vaultPath(QStringLiteral("rg-shared"), name), vaultBody());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("VaultNameNotValid"));
        QCOMPARE(m_changes, 0);
    }

    void acceptsNamesAtTheLimits()
    {
        QCOMPARE(
            call("PUT", vaultPath(QStringLiteral("rg-shared"), QStringLiteral("a1b")), vaultBody())
                .status,
            201);
        QCOMPARE(
            call("PUT",
                 vaultPath(QStringLiteral("rg-shared"), QStringLiteral("abcdefghijklmnopqrstuvwx")),
                 vaultBody())
                .status,
            201);
        QCOMPARE(call("PUT", vaultPath(QStringLiteral("rg-shared"), QStringLiteral("a-b-c")),
                      vaultBody())
                     .status,
                 201);
    }

    void patchMergesPropertiesAndReplacesArrays()
    {
        const auto path = vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv"));
        auto reply = call("PATCH", path, "{\"tags\": {\"owner\": \"sec\"}}");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("owner"))
                     .toString(),
                 QStringLiteral("sec"));
        QCOMPARE(ruleValues(reply), QStringList{QStringLiteral("198.51.100.0/24")});

        reply =
            call("PATCH", path,
                 ipRulesPatch({QStringLiteral("198.51.100.0/24"), QStringLiteral("203.0.113.10")}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(ruleValues(reply), (QStringList{QStringLiteral("198.51.100.0/24"),
                                                 QStringLiteral("203.0.113.10/32")}));
        const auto acls = reply.json.value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("networkAcls"))
                              .toObject();
        QCOMPARE(acls.value(QStringLiteral("defaultAction")).toString(), QStringLiteral("Deny"));
        QCOMPARE(reply.json.value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("owner"))
                     .toString(),
                 QStringLiteral("sec"));
        QCOMPARE(m_changes, 2);

        // The array is replaced as sent, not merged.
        reply = call("PATCH", path, ipRulesPatch({QStringLiteral("203.0.113.10/32")}));
        QCOMPARE(ruleValues(reply), QStringList{QStringLiteral("203.0.113.10/32")});

        reply = call(
            "PATCH", path,
            "{\"properties\": {\"publicNetworkAccess\": \"disabled\", \"enabledForDeployment\": "
            "true, \"networkAcls\": {\"defaultAction\": \"allow\", \"bypass\": \"none\"}}}");
        QCOMPARE(reply.status, 200);
        const auto properties = reply.json.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("publicNetworkAccess")).toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(properties.value(QStringLiteral("enabledForDeployment")).toBool(), true);
        QCOMPARE(properties.value(QStringLiteral("networkAcls"))
                     .toObject()
                     .value(QStringLiteral("defaultAction"))
                     .toString(),
                 QStringLiteral("Allow"));
        QCOMPARE(properties.value(QStringLiteral("networkAcls"))
                     .toObject()
                     .value(QStringLiteral("bypass"))
                     .toString(),
                 QStringLiteral("None"));
        QCOMPARE(ruleValues(reply), QStringList{QStringLiteral("203.0.113.10/32")});

        QCOMPARE(
            call("PATCH", vaultPath(QStringLiteral("rg-payments"), QStringLiteral("nope-kv")), "{}")
                .status,
            404);
    }

    // Members of networkAcls the emulator does not know are kept, so a client that drops them
    // can be caught; null takes one away, as in a merge patch.
    void keepsUnknownNetworkMembers()
    {
        const auto path = vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv"));
        const auto acls = [](const Reply &reply) {
            return reply.json.value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("networkAcls"))
                .toObject();
        };
        auto reply = call("PATCH", path,
                          "{\"properties\": {\"networkAcls\": {\"futureSetting\": {\"level\": 3}, "
                          "\"virtualNetworkRules\": [{\"id\": \"/subscriptions/s/resourceGroups/n/"
                          "providers/Microsoft.Network/virtualNetworks/v/subnets/a\", "
                          "\"ignoreMissingVnetServiceEndpoint\": true}]}}}");
        QCOMPARE(reply.status, 200);
        QCOMPARE(acls(reply).value(QStringLiteral("futureSetting")).toObject(),
                 QJsonObject({{QStringLiteral("level"), 3}}));
        reply = call("PATCH", path, ipRulesPatch({QStringLiteral("203.0.113.10")}));
        QCOMPARE(acls(reply).value(QStringLiteral("futureSetting")).toObject(),
                 QJsonObject({{QStringLiteral("level"), 3}}));
        QCOMPARE(acls(reply)
                     .value(QStringLiteral("virtualNetworkRules"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ignoreMissingVnetServiceEndpoint")),
                 QJsonValue(true));
        reply =
            call("PATCH", path, "{\"properties\": {\"networkAcls\": {\"futureSetting\": null}}}");
        QVERIFY(!acls(reply).contains(QStringLiteral("futureSetting")));
    }

    void ruleChangesTakeEffectImmediatelyOnTheFirewall()
    {
        TokenClaims caller;
        caller.tenantId = m_state->tenantId;
        const QHostAddress nat(QStringLiteral("203.0.113.10"));
        QVERIFY(NetworkAccess::check(*m_state->vault(QStringLiteral("payments-kv")), nat, caller));
        QCOMPARE(call("PATCH",
                      vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv")),
                      ipRulesPatch({QStringLiteral("198.51.100.0/24"), nat.toString()}))
                     .status,
                 200);
        QVERIFY(!NetworkAccess::check(*m_state->vault(QStringLiteral("payments-kv")), nat, caller));
        QCOMPARE(call("PATCH",
                      vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv")),
                      ipRulesPatch({QStringLiteral("198.51.100.0/24")}))
                     .status,
                 200);
        QVERIFY(NetworkAccess::check(*m_state->vault(QStringLiteral("payments-kv")), nat, caller));
    }

    void validatesIpRules_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("10/8") << QStringList{QStringLiteral("10.0.0.0/8")}
                              << QStringLiteral(
                                     "10.0.0.0/8 belongs to forbidden range "
                                     "10.0.0.0\u201310.255.255.255 (private IP addresses)");
        QTest::newRow("10.x host")
            << QStringList{QStringLiteral("10.1.2.3")} << QStringLiteral("forbidden range");
        QTest::newRow("172.20/16") << QStringList{QStringLiteral("172.20.0.0/16")}
                                   << QStringLiteral("172.16.0.0\u2013172.31.255.255");
        QTest::newRow("192.168 /32")
            << QStringList{QStringLiteral("8.8.8.8"), QStringLiteral("192.168.1.1/32")}
            << QStringLiteral("ipRules[1].value");
        QTest::newRow("/33") << QStringList{QStringLiteral("1.2.3.4/33")}
                             << QStringLiteral("not a valid IPv4");
        QTest::newRow("3 octets") << QStringList{QStringLiteral("1.2.3")}
                                  << QStringLiteral("not a valid IPv4");
        QTest::newRow("leading zero")
            << QStringList{QStringLiteral("01.2.3.4")} << QStringLiteral("not a valid IPv4");
        QTest::newRow("ipv6") << QStringList{QStringLiteral("2001:db8::/32")}
                              << QStringLiteral("not a valid IPv4");
        QTest::newRow("spaces") << QStringList{QStringLiteral(" 1.2.3.4")}
                                << QStringLiteral("not a valid IPv4");
        QTest::newRow("empty") << QStringList{QString()} << QStringLiteral("not a valid IPv4");
        QTest::newRow("duplicate")
            << QStringList{QStringLiteral("1.2.3.4"), QStringLiteral("1.2.3.4/32")}
            << QStringLiteral("duplicates");
    }
    void validatesIpRules()
    {
        QFETCH(QStringList, rules);
        QFETCH(QString, messagePart);
        const auto path = vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv"));
        const auto reply = call("PATCH", path, ipRulesPatch(rules));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("BadRequest"));
        QVERIFY2(reply.message().contains(messagePart), qPrintable(reply.message()));
        QVERIFY(reply.message().startsWith(
            QStringLiteral("Invalid value found at properties.networkAcls.ipRules[")));
        // Nothing changed.
        QCOMPARE(ruleValues(call("GET", path)), QStringList{QStringLiteral("198.51.100.0/24")});
        QCOMPARE(m_changes, 0);
    }

    void acceptsPublicRangesUpToTheLimit()
    {
        const auto path = vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv"));
        QStringList rules;
        for (int i = 0; i < VaultResource::kMaxIpRules; ++i)
            rules << QStringLiteral("100.%1.%2.0/24").arg(i / 250).arg(i % 250);
        auto reply = call("PATCH", path, ipRulesPatch(rules));
        QCOMPARE(reply.status, 200);
        QCOMPARE(ruleValues(reply).size(), VaultResource::kMaxIpRules);
        rules << QStringLiteral("8.8.8.8");
        reply = call("PATCH", path, ipRulesPatch(rules));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.message().contains(QString::number(VaultResource::kMaxIpRules)));
        // Neighbours of the private ranges and /31, /32 are fine.
        reply =
            call("PATCH", path,
                 ipRulesPatch({QStringLiteral("11.0.0.0/8"), QStringLiteral("172.32.0.0/16"),
                               QStringLiteral("192.169.0.1"), QStringLiteral("203.0.113.10/31"),
                               QStringLiteral("203.0.113.20/32"), QStringLiteral("0.0.0.0/0")}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(ruleValues(reply).at(2), QStringLiteral("192.169.0.1/32"));
    }

    void validatesOtherNetworkFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("defaultAction")
            << QByteArray("{\"properties\": {\"networkAcls\": {\"defaultAction\": \"Maybe\"}}}")
            << "BadRequest";
        QTest::newRow("bypass")
            << QByteArray("{\"properties\": {\"networkAcls\": {\"bypass\": \"Everything\"}}}")
            << "BadRequest";
        QTest::newRow("ipRules not array")
            << QByteArray("{\"properties\": {\"networkAcls\": {\"ipRules\": \"1.2.3.4\"}}}")
            << "InvalidRequestContent";
        QTest::newRow("rule not object")
            << QByteArray("{\"properties\": {\"networkAcls\": {\"ipRules\": [\"1.2.3.4\"]}}}")
            << "InvalidRequestContent";
        QTest::newRow("vnet id") << QByteArray(
                                        "{\"properties\": {\"networkAcls\": "
                                        "{\"virtualNetworkRules\": [{\"id\": \"subnet1\"}]}}}")
                                 << "BadRequest";
        QTest::newRow("publicNetworkAccess")
            << QByteArray("{\"properties\": {\"publicNetworkAccess\": \"Sometimes\"}}")
            << "BadRequest";
        QTest::newRow("bool as string")
            << QByteArray("{\"properties\": {\"enableRbacAuthorization\": \"yes\"}}")
            << "InvalidRequestContent";
        QTest::newRow("retention")
            << QByteArray("{\"properties\": {\"softDeleteRetentionInDays\": 3}}") << "BadRequest";
        QTest::newRow("retention fraction")
            << QByteArray("{\"properties\": {\"softDeleteRetentionInDays\": 7.5}}")
            << "InvalidRequestContent";
        QTest::newRow("soft delete off")
            << QByteArray("{\"properties\": {\"enableSoftDelete\": false}}") << "BadRequest";
        QTest::newRow("sku")
            << QByteArray("{\"properties\": {\"sku\": {\"family\": \"A\", \"name\": \"gold\"}}}")
            << "BadRequest";
        QTest::newRow("tenant") << QByteArray("{\"properties\": {\"tenantId\": \"not-a-guid\"}}")
                                << "InvalidRequestContent";
        QTest::newRow("tags") << QByteArray("{\"tags\": {\"a\": 1}}") << "InvalidRequestContent";
        QTest::newRow("properties array")
            << QByteArray("{\"properties\": []}") << "InvalidRequestContent";
        QTest::newRow("access policy")
            << QByteArray("{\"properties\": {\"accessPolicies\": [{\"objectId\": \"x\"}]}}")
            << "BadRequest";
    }
    void validatesOtherNetworkFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const auto reply = call(
            "PATCH", vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv")), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), code);
        QCOMPARE(m_changes, 0);
    }

    void purgeProtectionCannotBeTurnedOff()
    {
        const auto path = vaultPath(QStringLiteral("rg-shared"), QStringLiteral("demo"));
        QCOMPARE(call("PATCH", path, "{\"properties\": {\"enablePurgeProtection\": true}}").status,
                 200);
        const auto reply =
            call("PATCH", path, "{\"properties\": {\"enablePurgeProtection\": false}}");
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.message().contains(QStringLiteral("enablePurgeProtection")));
    }

    void putValidatesItsBody()
    {
        const auto path = vaultPath(QStringLiteral("rg-shared"), QStringLiteral("body-kv"));
        auto reply = call("PUT", path, "{\"properties\": {}}");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.code(), QStringLiteral("LocationRequired"));
        reply = call("PUT", path, "{\"location\": \"westeurope\"}");
        QCOMPARE(reply.status, 400);
        reply = call(
            "PUT", path,
            "{\"location\": \"westeurope\", \"properties\": {\"sku\": {\"name\": \"standard\"}}}");
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.message().contains(QStringLiteral("tenantId")));
        reply = call(
            "PUT", path,
            vaultBody({{QStringLiteral("networkAcls"),
                        QJsonObject{{QStringLiteral("defaultAction"), QStringLiteral("Deny")},
                                    {QStringLiteral("ipRules"),
                                     QJsonArray{QJsonObject{{QStringLiteral("value"),
                                                             QStringLiteral("10.0.0.1")}}}}}}}));
        QCOMPARE(reply.status, 400);
        QVERIFY(!m_state->vault(QStringLiteral("body-kv")));
        QCOMPARE(m_changes, 0);
    }

    void rejectsMalformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed json")
            << QByteArray("{\"location\": ") << QByteArray("application/json") << 400
            << "InvalidRequestContent";
        QTest::newRow("array") << QByteArray("[1, 2]") << QByteArray("application/json") << 400
                               << "InvalidRequestContent";
        QTest::newRow("text/plain")
            << QByteArray("{}") << QByteArray("text/plain") << 415 << "UnsupportedMediaType";
        QTest::newRow("form") << QByteArray("a=b")
                              << QByteArray("application/x-www-form-urlencoded") << 415
                              << "UnsupportedMediaType";
        QTest::newRow("no content type")
            << QByteArray("{}") << QByteArray() << 415 << "UnsupportedMediaType";
        QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << 400
                               << "InvalidRequestContent";
        QTest::newRow("nul bytes")
            << QByteArray("{\"a\0\": 1}", 10) << QByteArray("application/json") << 400
            << "InvalidRequestContent";
    }
    void rejectsMalformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        for (const QByteArray method : {"PUT", "PATCH"}) {
            const auto reply = call(
                method, vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv")),
                body, contentType);
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.code(), code);
        }
        QCOMPARE(
            call("GET", vaultPath(QStringLiteral("rg-payments"), QStringLiteral("payments-kv")))
                .status,
            200);
    }

    void resistsPathTricks_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("dotdot")
            << QByteArray("GET")
            << QStringLiteral("/subscriptions/%1/resourceGroups/rg-shared/providers/"
                              "Microsoft.KeyVault/vaults/../../../rg-payments/providers/"
                              "Microsoft.KeyVault/vaults/payments-kv?api-version=2023-07-01")
                   .arg(kProduction)
            << 400;
        QTest::newRow("encoded dotdot")
            << QByteArray("GET")
            << QStringLiteral("/subscriptions/%1/resourceGroups/rg-shared/providers/"
                              "Microsoft.KeyVault/vaults/%2e%2e?api-version=2023-07-01")
                   .arg(kProduction)
            << 400;
        QTest::newRow("encoded slash")
            << QByteArray("PUT")
            << QStringLiteral("/subscriptions/%1/resourceGroups/rg-shared/providers/"
                              "Microsoft.KeyVault/vaults/a%2Fb?api-version=2023-07-01")
                   .arg(kProduction)
            << 404;
        QTest::newRow("control char")
            << QByteArray("GET")
            << QStringLiteral("/subscriptions/%1/resourceGroups/rg-shared%0A/providers/"
                              "Microsoft.KeyVault/vaults?api-version=2023-07-01")
                   .arg(kProduction)
            << 404; // QUrl keeps %0A encoded: no such group
        QTest::newRow("backslash")
            << QByteArray("GET")
            << QStringLiteral("/subscriptions/%1%5C..?api-version=2023-07-01").arg(kProduction)
            << 400;
        QTest::newRow("extra segment")
            << QByteArray("GET")
            << QStringLiteral("/subscriptions/%1/resourceGroups/rg-shared/providers/"
                              "Microsoft.KeyVault/vaults/demo/secrets?api-version=2023-07-01")
                   .arg(kProduction)
            << 404;
        QTest::newRow("other provider")
            << QByteArray("GET")
            << QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/"
                              "storageAccounts?api-version=2023-07-01")
                   .arg(kProduction)
            << 404;
        QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/?api-version=2023-07-01")
                              << 404;
        QTest::newRow("post on vault")
            << QByteArray("POST") << vaultPath(QStringLiteral("rg-shared"), QStringLiteral("demo"))
            << 405;
        QTest::newRow("delete subscriptions")
            << QByteArray("DELETE") << QStringLiteral("/subscriptions?api-version=2022-12-01")
            << 405;
        QTest::newRow("huge name")
            << QByteArray("PUT")
            << vaultPath(QStringLiteral("rg-shared"), QString(5000, QLatin1Char('a'))) << 400;
    }
    void resistsPathTricks()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(int, status);
        const auto reply = call(method, target, method == "PUT" ? vaultBody() : QByteArray());
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.code().isEmpty());
        QVERIFY(!reply.message().isEmpty());
        QCOMPARE(m_changes, 0);
    }

    void checksNameAvailability()
    {
        const auto path = QStringLiteral("/subscriptions/%1/providers/Microsoft.KeyVault/"
                                         "checkNameAvailability?api-version=%2")
                              .arg(kProduction, kApi);
        auto reply =
            call("POST", path, "{\"name\": \"fresh-kv\", \"type\": \"Microsoft.KeyVault/vaults\"}");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("nameAvailable")).toBool(), true);
        reply =
            call("POST", path, "{\"name\": \"DEV-KV\", \"type\": \"Microsoft.KeyVault/vaults\"}");
        QCOMPARE(reply.json.value(QStringLiteral("nameAvailable")).toBool(), false);
        QCOMPARE(reply.json.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("AlreadyExists"));
        reply = call("POST", path, "{\"name\": \"a\", \"type\": \"Microsoft.KeyVault/vaults\"}");
        QCOMPARE(reply.json.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("AccountNameInvalid"));
        reply = call("POST", path,
                     "{\"name\": \"fresh-kv\", \"type\": \"Microsoft.Storage/storageAccounts\"}");
        QCOMPARE(reply.status, 400);
    }

    void updatesAccessPoliciesByKind()
    {
        const auto base = QStringLiteral("/subscriptions/%1/resourceGroups/rg-dev/providers/"
                                         "Microsoft.KeyVault/vaults/dev-kv/accessPolicies/")
                              .arg(kDevelopment);
        auto policy = [&](const QString &object, const QStringList &secrets) {
            return QJsonDocument(
                       QJsonObject{
                           {QStringLiteral("properties"),
                            QJsonObject{
                                {QStringLiteral("accessPolicies"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("tenantId"), m_state->tenantId},
                                     {QStringLiteral("objectId"), object},
                                     {QStringLiteral("permissions"),
                                      QJsonObject{{QStringLiteral("secrets"),
                                                   QJsonArray::fromStringList(secrets)}}}}}}}}})
                .toJson(QJsonDocument::Compact);
        };
        auto secretsOf = [&](int index) {
            const auto vault =
                call("GET", QStringLiteral("/subscriptions/%1/resourceGroups/rg-dev/providers/"
                                           "Microsoft.KeyVault/vaults/dev-kv?api-version=%2")
                                .arg(kDevelopment, kApi));
            const auto policies = vault.json.value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("accessPolicies"))
                                      .toArray();
            // The entries the test adds ("obj-…") come after the seeded ones.
            QJsonArray added;
            for (const auto &p : policies) {
                if (p.toObject()
                        .value(QStringLiteral("objectId"))
                        .toString()
                        .startsWith(QLatin1String("obj-")))
                    added.append(p);
            }
            QStringList result;
            if (index >= added.size())
                return QStringList{QStringLiteral("<none>")};
            for (const auto &p : added.at(index)
                                     .toObject()
                                     .value(QStringLiteral("permissions"))
                                     .toObject()
                                     .value(QStringLiteral("secrets"))
                                     .toArray())
                result << p.toString();
            return result;
        };
        auto reply = call("PUT", base + QStringLiteral("add?api-version=") + kApi,
                          policy(QStringLiteral("obj-1"), {QStringLiteral("get")}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(secretsOf(0), QStringList{QStringLiteral("get")});
        QCOMPARE(
            call("PUT", base + QStringLiteral("add?api-version=") + kApi,
                 policy(QStringLiteral("obj-1"), {QStringLiteral("list"), QStringLiteral("get")}))
                .status,
            200);
        QCOMPARE(secretsOf(0), (QStringList{QStringLiteral("get"), QStringLiteral("list")}));
        QCOMPARE(call("PUT", base + QStringLiteral("replace?api-version=") + kApi,
                      policy(QStringLiteral("obj-1"), {QStringLiteral("set")}))
                     .status,
                 200);
        QCOMPARE(secretsOf(0), QStringList{QStringLiteral("set")});
        QCOMPARE(call("PUT", base + QStringLiteral("remove?api-version=") + kApi,
                      policy(QStringLiteral("obj-1"), {QStringLiteral("set")}))
                     .status,
                 200);
        QCOMPARE(secretsOf(0), QStringList{QStringLiteral("<none>")});
        QCOMPARE(call("PUT", base + QStringLiteral("merge?api-version=") + kApi,
                      policy(QStringLiteral("obj-1"), {}))
                     .status,
                 400);
        QCOMPARE(call("PUT", base + QStringLiteral("add?api-version=") + kApi,
                      "{\"properties\": {\"accessPolicies\": [{\"objectId\": \"x\"}]}}")
                     .status,
                 400);
    }

    void listsNoDeletedVaults()
    {
        const auto reply =
            call("GET",
                 QStringLiteral(
                     "/subscriptions/%1/providers/Microsoft.KeyVault/deletedVaults?api-version=%2")
                     .arg(kProduction, kApi));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QStringLiteral("value")).isArray());
    }

    void answersWithArmHeaders()
    {
        auto reply = call("GET", QStringLiteral("/subscriptions?api-version=2022-12-01"));
        QCOMPARE(QUuid::fromString(QString::fromLatin1(reply.header("x-ms-request-id"))).isNull(),
                 false);
        QVERIFY(!reply.header("x-ms-correlation-request-id").isEmpty());
        QVERIFY(reply.header("x-ms-ratelimit-remaining-subscription-reads").toInt() > 0);
        reply = call("PATCH", vaultPath(QStringLiteral("rg-shared"), QStringLiteral("demo")), "{}");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("x-ms-ratelimit-remaining-subscription-writes").toInt() > 0);
        // Errors carry them too.
        reply = call("GET", QStringLiteral("/subscriptions"));
        QVERIFY(!reply.header("x-ms-request-id").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArm)
#include "tst_arm.moc"
