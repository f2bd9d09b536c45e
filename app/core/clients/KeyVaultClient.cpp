#include "clients/KeyVaultClient.h"

#include "cloud/CloudProfile.h"
#include "common/SecureMemory.h"
#include "net/HttpPipeline.h"
#include "net/PagingGuard.h"
#include "net/TypedPage.h"

#include <QCoreApplication>
#include <QCoroTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace kluis::core {

namespace {
HttpRequest vaultRequest(QByteArray method, QUrl url, QJsonObject body = {})
{
    HttpRequest request;
    request.method = std::move(method);
    request.url = std::move(url);
    request.auth = HttpRequest::Auth::Challenge;
    if (!body.isEmpty())
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

QCoro::Task<Result<QJsonObject>> callJson(KeyVaultClient::Route pipeline, HttpRequest request)
{
    if (!pipeline)
        co_return AzureError::cancelled();
    request.owner = pipeline.owner;
    auto response = co_await pipeline->send(std::move(request));
    if (!response)
        co_return response.error();
    if (response->body.isEmpty())
        co_return QJsonObject{};
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(response->body, &parseError);
    // The raw answer may hold a secret value or a key; what is needed is parsed out now.
    wipe(response.value().body);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        auto error = AzureError::parse(QCoreApplication::translate(
            "KeyVaultClient", "The vault's answer is not a JSON object."));
        error.requestId = QString::fromLatin1(response->requestId());
        co_return error;
    }
    co_return document.object();
}

template<typename T>
QCoro::Task<Result<ItemPage<T>>> typedPage(KeyVaultClient::Route pipeline, QUrl url, QUrl origin)
{
    if (!pipeline)
        co_return AzureError::cancelled();
    auto request = vaultRequest("GET", std::move(url));
    request.owner = pipeline.owner;
    // Named first: GCC 12 mishandles temporaries inside co_await.
    auto page = core::typedPage<T>(pipeline.pipeline, std::move(request), std::move(origin));
    co_return co_await page;
}

Result<QString> checkedName(const QString &name)
{
    if (!KeyVaultClient::isValidObjectName(name))
        return AzureError::usage(
            QCoreApplication::translate(
                "KeyVaultClient",
                "\"%1\" is not a valid object name: 1-127 letters, digits and dashes.")
                .arg(name));
    return name;
}

// One call whose answer is a T; `name`, unless null, must be a valid object name.
template<typename T>
QCoro::Task<Result<T>> objectCall(KeyVaultClient::Route pipeline, QString name, HttpRequest request)
{
    if (!name.isNull()) {
        const auto checked = checkedName(name);
        if (!checked)
            co_return checked.error();
    }
    auto json = co_await callJson(pipeline, std::move(request));
    if (!json)
        co_return json.error();
    co_return T::fromJson(json.value());
}

QCoro::Task<Status> statusCall(KeyVaultClient::Route pipeline, QString name, HttpRequest request)
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    auto json = co_await callJson(pipeline, std::move(request));
    if (!json)
        co_return json.error();
    co_return Done{};
}

QCoro::Task<Result<QByteArray>> backupCall(KeyVaultClient::Route pipeline, QString name,
                                           HttpRequest request)
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    request.idempotent = true; // reads only
    auto json = co_await callJson(pipeline, std::move(request));
    if (!json)
        co_return json.error();
    const auto value = json->value(QStringLiteral("value")).toString();
    if (value.isEmpty())
        co_return AzureError::parse(QCoreApplication::translate(
            "KeyVaultClient", "The vault sent a backup without a value."));
    co_return value.toLatin1();
}

template<typename T>
QCoro::Task<Result<ItemPage<T>>> namedPage(KeyVaultClient::Route pipeline, QString name, QUrl url,
                                           QUrl origin)
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    co_return co_await typedPage<T>(pipeline, std::move(url), std::move(origin));
}

HttpRequest writeRequest(QByteArray method, QUrl url, QJsonObject body = {})
{
    auto request = vaultRequest(std::move(method), std::move(url), std::move(body));
    // Makes something new, or answers differently the second time: never replay blindly.
    request.idempotent = false;
    return request;
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

KeyVaultClient::KeyVaultClient(HttpPipeline *pipeline, QUrl vaultUrl, QString apiVersion)
    : m_pipeline(pipeline)
    , m_vault(std::move(vaultUrl))
    , m_apiVersion(std::move(apiVersion))
{}

KeyVaultClient::Route::operator bool() const
{
    return pipeline && (!owned || owner);
}

HttpPipeline *KeyVaultClient::Route::operator->() const
{
    return pipeline.data();
}

HttpPipeline *KeyVaultClient::pipeline() const
{
    return m_pipeline.data();
}

QString KeyVaultClient::listingKey() const
{
    if (!m_pipeline)
        return {};
    return QString::number(m_pipeline->serial()) + QLatin1Char(' ') + m_vault.toString();
}

KeyVaultClient KeyVaultClient::withOwner(QObject *owner) const
{
    auto copy = *this;
    copy.m_owner = owner;
    copy.m_owned = owner != nullptr;
    return copy;
}

bool KeyVaultClient::isValidObjectName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-zA-Z-]{1,127}$"));
    return pattern.match(name).hasMatch();
}

Result<QUrl> KeyVaultClient::vaultUrlFor(const QString &uriOrName, const CloudProfile &cloud)
{
    static const QRegularExpression vaultName(QStringLiteral("^[a-zA-Z0-9-]{3,24}$"));
    if (vaultName.match(uriOrName).hasMatch()) {
        if (cloud.vaultSuffix.isEmpty())
            return AzureError::usage(QCoreApplication::translate(
                                         "KeyVaultClient",
                                         "The cloud %1 has no vault DNS suffix; give the vault's "
                                         "URI.")
                                         .arg(cloud.name));
        return cloud.vaultUrl(uriOrName);
    }
    QUrl url(uriOrName, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return AzureError::usage(
            QCoreApplication::translate("KeyVaultClient",
                                        "\"%1\" is neither a vault name nor an https vault URI.")
                .arg(uriOrName));
    url.setPath(QStringLiteral("/"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl KeyVaultClient::url(const QString &path) const
{
    QUrl result = m_vault;
    result.setPath(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api-version"), m_apiVersion);
    result.setQuery(query);
    return result;
}

QUrl KeyVaultClient::objectUrl(ObjectKind kind, const QString &name, const QString &suffix) const
{
    QString path = QLatin1Char('/') + collectionOf(kind) + QLatin1Char('/') + name;
    if (!suffix.isEmpty())
        path += QLatin1Char('/') + suffix;
    return url(path);
}

QUrl KeyVaultClient::deletedUrl(ObjectKind kind, const QString &name, const QString &suffix) const
{
    QString path = QStringLiteral("/deleted") + collectionOf(kind) + QLatin1Char('/') + name;
    if (!suffix.isEmpty())
        path += QLatin1Char('/') + suffix;
    return url(path);
}

HttpRequest KeyVaultClient::deleteRequest(ObjectKind kind, const QString &name) const
{
    // A replay would answer 404 for a delete that worked.
    return writeRequest("DELETE", objectUrl(kind, name));
}

HttpRequest KeyVaultClient::getDeletedRequest(ObjectKind kind, const QString &name) const
{
    return vaultRequest("GET", deletedUrl(kind, name));
}

HttpRequest KeyVaultClient::recoverRequest(ObjectKind kind, const QString &name) const
{
    return vaultRequest("POST", deletedUrl(kind, name, QStringLiteral("recover")));
}

HttpRequest KeyVaultClient::purgeRequest(ObjectKind kind, const QString &name) const
{
    return writeRequest("DELETE", deletedUrl(kind, name));
}

HttpRequest KeyVaultClient::backupRequest(ObjectKind kind, const QString &name) const
{
    auto request = vaultRequest("POST", objectUrl(kind, name, QStringLiteral("backup")));
    request.idempotent = true; // reads only
    return request;
}

HttpRequest KeyVaultClient::restoreRequest(ObjectKind kind, const QByteArray &backup) const
{
    QJsonObject body;
    body.insert(QStringLiteral("value"), QString::fromLatin1(backup));
    return vaultRequest(
        "POST", url(QLatin1Char('/') + collectionOf(kind) + QStringLiteral("/restore")), body);
}

QCoro::Task<Status> KeyVaultClient::deleteObject(ObjectKind kind, QString name) const
{
    return statusCall(route(), name, deleteRequest(kind, name));
}

QCoro::Task<Status> KeyVaultClient::recoverObject(ObjectKind kind, QString name) const
{
    return statusCall(route(), name, recoverRequest(kind, name));
}

QCoro::Task<Status> KeyVaultClient::purgeObject(ObjectKind kind, QString name) const
{
    return statusCall(route(), name, purgeRequest(kind, name));
}

QCoro::Task<Result<QByteArray>> KeyVaultClient::backupObject(ObjectKind kind, QString name) const
{
    return backupCall(route(), name, backupRequest(kind, name));
}

QCoro::Task<Result<QString>> KeyVaultClient::restoreObject(ObjectKind kind, QByteArray backup) const
{
    auto json = co_await callJson(route(), restoreRequest(kind, backup));
    if (!json)
        co_return json.error();
    // Every kind's answer names the object in "id" (keys in key.kid as well).
    const auto id = json->contains(QStringLiteral("key"))
                        ? KeyItem::fromJson(json.value()).kid
                        : QUrl(json->value(QStringLiteral("id")).toString());
    co_return ObjectId::parse(id).name;
}

template<typename Item> QCoro::Task<Result<Item>> KeyVaultClient::deleteItem(QString name) const
{
    return objectCall<Item>(route(), name, deleteRequest(Item::kind, name));
}

template<typename Item> QCoro::Task<Result<Item>> KeyVaultClient::getDeleted(QString name) const
{
    return objectCall<Item>(route(), name, getDeletedRequest(Item::kind, name));
}

template<typename Item> QCoro::Task<Result<Item>> KeyVaultClient::recoverItem(QString name) const
{
    return objectCall<Item>(route(), name, recoverRequest(Item::kind, name));
}

template<typename Item>
QCoro::Task<Result<Item>> KeyVaultClient::restoreItem(QByteArray backup) const
{
    return objectCall<Item>(route(), QString(), restoreRequest(Item::kind, backup));
}

template<typename Item> QCoro::Task<Result<ItemPage<Item>>> KeyVaultClient::list(QUrl next) const
{
    return typedPage<Item>(
        route(), next.isEmpty() ? url(QLatin1Char('/') + collectionOf(Item::kind)) : next, m_vault);
}

template<typename Item>
QCoro::Task<Result<ItemPage<Item>>> KeyVaultClient::listVersions(QString name, QUrl next) const
{
    if (!next.isEmpty())
        return typedPage<Item>(route(), next, m_vault);
    return namedPage<Item>(route(), name, objectUrl(Item::kind, name, QStringLiteral("versions")),
                           m_vault);
}

template<typename Item>
QCoro::Task<Result<ItemPage<Item>>> KeyVaultClient::listDeleted(QUrl next) const
{
    return typedPage<Item>(
        route(), next.isEmpty() ? url(QStringLiteral("/deleted") + collectionOf(Item::kind)) : next,
        m_vault);
}

// What every item type has: the life cycle and the lists.
template QCoro::Task<Result<SecretItem>> KeyVaultClient::deleteItem<SecretItem>(QString) const;
template QCoro::Task<Result<SecretItem>> KeyVaultClient::getDeleted<SecretItem>(QString) const;
template QCoro::Task<Result<SecretItem>> KeyVaultClient::recoverItem<SecretItem>(QString) const;
template QCoro::Task<Result<SecretItem>> KeyVaultClient::restoreItem<SecretItem>(QByteArray) const;
template QCoro::Task<Result<ItemPage<SecretItem>>> KeyVaultClient::list<SecretItem>(QUrl) const;
template QCoro::Task<Result<ItemPage<SecretItem>>>
    KeyVaultClient::listVersions<SecretItem>(QString, QUrl) const;
template QCoro::Task<Result<ItemPage<SecretItem>>>
    KeyVaultClient::listDeleted<SecretItem>(QUrl) const;
template QCoro::Task<Result<KeyItem>> KeyVaultClient::deleteItem<KeyItem>(QString) const;
template QCoro::Task<Result<KeyItem>> KeyVaultClient::getDeleted<KeyItem>(QString) const;
template QCoro::Task<Result<KeyItem>> KeyVaultClient::recoverItem<KeyItem>(QString) const;
template QCoro::Task<Result<KeyItem>> KeyVaultClient::restoreItem<KeyItem>(QByteArray) const;
template QCoro::Task<Result<ItemPage<KeyItem>>> KeyVaultClient::list<KeyItem>(QUrl) const;
template QCoro::Task<Result<ItemPage<KeyItem>>> KeyVaultClient::listVersions<KeyItem>(QString,
                                                                                      QUrl) const;
template QCoro::Task<Result<ItemPage<KeyItem>>> KeyVaultClient::listDeleted<KeyItem>(QUrl) const;
template QCoro::Task<Result<CertificateItem>>
    KeyVaultClient::deleteItem<CertificateItem>(QString) const;
template QCoro::Task<Result<CertificateItem>>
    KeyVaultClient::getDeleted<CertificateItem>(QString) const;
template QCoro::Task<Result<CertificateItem>>
    KeyVaultClient::recoverItem<CertificateItem>(QString) const;
template QCoro::Task<Result<CertificateItem>>
    KeyVaultClient::restoreItem<CertificateItem>(QByteArray) const;
template QCoro::Task<Result<ItemPage<CertificateItem>>>
    KeyVaultClient::list<CertificateItem>(QUrl) const;
template QCoro::Task<Result<ItemPage<CertificateItem>>>
    KeyVaultClient::listVersions<CertificateItem>(QString, QUrl) const;
template QCoro::Task<Result<ItemPage<CertificateItem>>>
    KeyVaultClient::listDeleted<CertificateItem>(QUrl) const;

QCoro::Task<bool> KeyVaultClient::isIn(ObjectKind kind, QString name, ObjectState state) const
{
    if (state != ObjectState::Live) {
        auto deleted = co_await callJson(route(), getDeletedRequest(kind, name));
        co_return deleted.ok() == (state == ObjectState::Deleted);
    }
    // One version's metadata: a secret's value is never read to learn that it exists.
    QUrl versions = objectUrl(kind, name, QStringLiteral("versions"));
    QUrlQuery query(versions);
    query.addQueryItem(QStringLiteral("maxresults"), QStringLiteral("1"));
    versions.setQuery(query);
    const auto pipeline = route();
    if (!pipeline)
        co_return false;
    auto request = vaultRequest("GET", versions);
    request.owner = pipeline.owner;
    auto page = co_await pipeline->getPage(std::move(request), m_vault);
    co_return page.ok() && !page->items.isEmpty();
}

QCoro::Task<bool> KeyVaultClient::waitUntil(ObjectKind kind, QString name, ObjectState state,
                                            std::chrono::milliseconds timeout) const
{
    using namespace std::chrono_literals;
    // Copies: the client may be a temporary while this coroutine sleeps.
    const KeyVaultClient self = *this;
    QElapsedTimer clock;
    clock.start();
    while (true) {
        auto probe = self.isIn(kind, name, state);
        if (co_await probe)
            co_return true;
        if (clock.elapsed() >= timeout.count() || !self.route())
            co_return false;
        co_await QCoro::sleepFor(250ms);
    }
}

namespace {
// Runs `call`, then waits (quietly giving up) until the vault shows `state`.
QCoro::Task<Status> callThenWait(KeyVaultClient client, QCoro::Task<Status> call, ObjectKind kind,
                                 QString name, ObjectState state)
{
    auto result = co_await call;
    if (!result)
        co_return result.error();
    auto wait = client.waitUntil(kind, name, state);
    co_await wait;
    co_return Done{};
}
} // namespace

QCoro::Task<Status> KeyVaultClient::deleteAndWait(ObjectKind kind, QString name) const
{
    return callThenWait(*this, deleteObject(kind, name), kind, name, ObjectState::Deleted);
}

QCoro::Task<Status> KeyVaultClient::recoverAndWait(ObjectKind kind, QString name) const
{
    return callThenWait(*this, recoverObject(kind, name), kind, name, ObjectState::Live);
}

QCoro::Task<Status> KeyVaultClient::purgeAndWait(ObjectKind kind, QString name) const
{
    return callThenWait(*this, purgeObject(kind, name), kind, name, ObjectState::Purged);
}

QCoro::Task<Result<QList<SecretItem>>> KeyVaultClient::listAllSecrets() const
{
    const auto pipeline = route();
    const auto origin = m_vault;
    QUrl next = url(QStringLiteral("/secrets"));
    QList<SecretItem> all;
    PagingGuard guard;
    while (!next.isEmpty()) {
        auto page = co_await typedPage<SecretItem>(pipeline, next, origin);
        if (!page)
            co_return page.error();
        if (auto stop = guard.check(page->url, page->items.size(), page->nextLink))
            co_return *stop;
        all.append(page->items);
        next = page->nextLink;
    }
    co_return all;
}

QCoro::Task<Result<SecretBundle>> KeyVaultClient::getSecret(QString name, QString version) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    // "latest" is asked as /secrets/NAME/ (trailing slash), as the SDKs do.
    auto json = co_await callJson(
        route(),
        vaultRequest("GET", url(QStringLiteral("/secrets/") + name + QLatin1Char('/') + version)));
    if (!json)
        co_return json.error();
    co_return SecretBundle::fromJson(json.value());
}

QCoro::Task<Result<SecretBundle>>
KeyVaultClient::setSecret(QString name, QString value, QString contentType,
                          QMap<QString, QString> tags,
                          std::optional<ObjectAttributes> attributes) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    QJsonObject body{{QStringLiteral("value"), value}};
    if (!contentType.isEmpty())
        body.insert(QStringLiteral("contentType"), contentType);
    if (!tags.isEmpty())
        body.insert(QStringLiteral("tags"), tagsToJson(tags));
    if (attributes)
        body.insert(QStringLiteral("attributes"), attributes->toJson());
    auto request = vaultRequest("PUT", url(QStringLiteral("/secrets/") + name), body);
    request.idempotent = false; // each PUT makes a new version: never replay blindly
    auto json = co_await callJson(route(), std::move(request));
    if (!json)
        co_return json.error();
    co_return SecretBundle::fromJson(json.value());
}

QCoro::Task<Result<SecretItem>> KeyVaultClient::updateSecret(QString name, QString version,
                                                             SecretUpdate update) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    auto json = co_await callJson(
        route(),
        vaultRequest("PATCH", url(QStringLiteral("/secrets/") + name + QLatin1Char('/') + version),
                     update.toJson()));
    if (!json)
        co_return json.error();
    co_return SecretItem::fromJson(json.value());
}

QCoro::Task<Result<KeyItem>> KeyVaultClient::getKey(QString name, QString version) const
{
    return objectCall<KeyItem>(
        route(), name,
        vaultRequest("GET", url(QStringLiteral("/keys/") + name + QLatin1Char('/') + version)));
}

QCoro::Task<Result<KeyItem>> KeyVaultClient::createKey(QString name, KeyCreateOptions options) const
{
    return objectCall<KeyItem>(
        route(), name,
        writeRequest("POST", url(QStringLiteral("/keys/") + name + QStringLiteral("/create")),
                     options.toJson()));
}

QCoro::Task<Result<KeyItem>> KeyVaultClient::importKey(QString name, QJsonObject jwk, bool hsm,
                                                       bool enabled,
                                                       QMap<QString, QString> tags) const
{
    QJsonObject body;
    body.insert(QStringLiteral("key"), jwk);
    body.insert(QStringLiteral("Hsm"), hsm);
    body.insert(QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), enabled}});
    if (!tags.isEmpty())
        body.insert(QStringLiteral("tags"), tagsToJson(tags));
    return objectCall<KeyItem>(route(), name,
                               writeRequest("PUT", url(QStringLiteral("/keys/") + name), body));
}

QCoro::Task<Result<KeyItem>> KeyVaultClient::updateKey(QString name, QString version,
                                                       KeyUpdate update) const
{
    return objectCall<KeyItem>(
        route(), name,
        vaultRequest("PATCH", url(QStringLiteral("/keys/") + name + QLatin1Char('/') + version),
                     update.toJson()));
}

QCoro::Task<Result<KeyItem>> KeyVaultClient::rotateKey(QString name) const
{
    return objectCall<KeyItem>(
        route(), name,
        writeRequest("POST", url(QStringLiteral("/keys/") + name + QStringLiteral("/rotate"))));
}

QCoro::Task<Result<SignResult>> KeyVaultClient::sign(QString name, QString version,
                                                     QString algorithm, QByteArray digest) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    QJsonObject body;
    body.insert(QStringLiteral("alg"), algorithm);
    body.insert(QStringLiteral("value"), base64Url(digest));
    auto request = vaultRequest(
        "POST",
        url(QStringLiteral("/keys/") + name + QLatin1Char('/') + version + QStringLiteral("/sign")),
        body);
    request.idempotent = true; // signing again is harmless
    auto json = co_await callJson(route(), std::move(request));
    if (!json)
        co_return json.error();
    SignResult result;
    result.kid = QUrl(json->value(QStringLiteral("kid")).toString());
    result.signature = QByteArray::fromBase64(
        json->value(QStringLiteral("value")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    if (result.signature.isEmpty())
        co_return AzureError::parse(QCoreApplication::translate(
            "KeyVaultClient", "The vault sent a signature without a value."));
    co_return result;
}

QCoro::Task<Result<bool>> KeyVaultClient::verify(QString name, QString version, QString algorithm,
                                                 QByteArray digest, QByteArray signature) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    QJsonObject body;
    body.insert(QStringLiteral("alg"), algorithm);
    body.insert(QStringLiteral("digest"), base64Url(digest));
    body.insert(QStringLiteral("value"), base64Url(signature));
    auto request = vaultRequest("POST",
                                url(QStringLiteral("/keys/") + name + QLatin1Char('/') + version +
                                    QStringLiteral("/verify")),
                                body);
    request.idempotent = true;
    auto json = co_await callJson(route(), std::move(request));
    if (!json)
        co_return json.error();
    co_return json->value(QStringLiteral("value")).toBool();
}

QCoro::Task<Result<CertificateItem>> KeyVaultClient::getCertificate(QString name,
                                                                    QString version) const
{
    return objectCall<CertificateItem>(route(), name,
                                       vaultRequest("GET", url(QStringLiteral("/certificates/") +
                                                               name + QLatin1Char('/') + version)));
}

QCoro::Task<Result<CertificateOperation>>
KeyVaultClient::createCertificate(QString name, CertificatePolicy policy, bool enabled,
                                  QMap<QString, QString> tags) const
{
    QJsonObject body;
    body.insert(QStringLiteral("policy"), policy.toJson());
    body.insert(QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), enabled}});
    if (!tags.isEmpty())
        body.insert(QStringLiteral("tags"), tagsToJson(tags));
    return objectCall<CertificateOperation>(
        route(), name,
        writeRequest("POST",
                     url(QStringLiteral("/certificates/") + name + QStringLiteral("/create")),
                     body));
}

QCoro::Task<Result<CertificateOperation>>
KeyVaultClient::getCertificateOperation(QString name) const
{
    return objectCall<CertificateOperation>(
        route(), name,
        vaultRequest("GET",
                     url(QStringLiteral("/certificates/") + name + QStringLiteral("/pending"))));
}

QCoro::Task<Result<CertificateItem>> KeyVaultClient::createCertificateAndWait(
    QString name, CertificatePolicy policy, bool enabled, QMap<QString, QString> tags,
    std::chrono::milliseconds interval, std::chrono::milliseconds timeout) const
{
    // Copies: the client may be a temporary while this coroutine sleeps.
    const KeyVaultClient self = *this;
    // Named tasks: GCC 12 mishandles temporaries inside co_await expressions.
    auto create = self.createCertificate(name, std::move(policy), enabled, std::move(tags));
    auto started = co_await create;
    if (!started)
        co_return started.error();
    auto operation = started.value();
    QElapsedTimer clock;
    clock.start();
    while (!operation.isDone()) {
        if (clock.elapsed() > timeout.count())
            co_return AzureError::parse(
                QCoreApplication::translate("KeyVaultClient",
                                            "The certificate %1 is still being created; look "
                                            "again later.")
                    .arg(name));
        co_await QCoro::sleepFor(interval);
        auto poll = self.getCertificateOperation(name);
        auto polled = co_await poll;
        if (!polled)
            co_return polled.error();
        operation = polled.value();
    }
    if (!operation.isCompleted()) {
        auto error =
            AzureError::parse(QCoreApplication::translate(
                                  "KeyVaultClient", "Creating the certificate %1 ended as %2: %3")
                                  .arg(name, operation.status,
                                       operation.errorMessage.isEmpty() ? operation.statusDetails
                                                                        : operation.errorMessage));
        error.code = operation.errorCode;
        co_return error;
    }
    auto fetch = self.getCertificate(name);
    co_return co_await fetch;
}

QCoro::Task<Result<CertificateItem>>
KeyVaultClient::importCertificate(QString name, CertificateImport import) const
{
    return objectCall<CertificateItem>(
        route(), name,
        writeRequest("POST",
                     url(QStringLiteral("/certificates/") + name + QStringLiteral("/import")),
                     import.toJson()));
}

QCoro::Task<Result<CertificatePolicy>> KeyVaultClient::getCertificatePolicy(QString name) const
{
    return objectCall<CertificatePolicy>(
        route(), name,
        vaultRequest("GET",
                     url(QStringLiteral("/certificates/") + name + QStringLiteral("/policy"))));
}

QCoro::Task<Result<KeyRotationPolicy>> KeyVaultClient::getKeyRotationPolicy(QString name) const
{
    return objectCall<KeyRotationPolicy>(
        route(), name,
        vaultRequest("GET",
                     url(QStringLiteral("/keys/") + name + QStringLiteral("/rotationpolicy"))));
}

QCoro::Task<Result<CertificateItem>>
KeyVaultClient::updateCertificate(QString name, QString version, CertificateUpdate update) const
{
    return objectCall<CertificateItem>(
        route(), name,
        vaultRequest("PATCH",
                     url(QStringLiteral("/certificates/") + name + QLatin1Char('/') + version),
                     update.toJson()));
}

QCoro::Task<Result<CertificateExport>> KeyVaultClient::exportCertificate(QString name,
                                                                         QString version) const
{
    const KeyVaultClient self = *this;
    auto fetch = self.getSecret(name, version);
    auto secret = co_await fetch;
    if (!secret)
        co_return secret.error();
    CertificateExport result;
    result.contentType = secret->item.contentType;
    if (result.contentType == QLatin1String("application/x-pem-file")) {
        result.content = secret->value.toUtf8();
        result.hasPrivateKey = result.content.contains("PRIVATE KEY-----");
    } else {
        result.content = QByteArray::fromBase64(secret->value.toLatin1());
        // A PFX is a PKCS#12 SEQUENCE; a bare DER certificate means no exportable key.
        auto fetchCertificate = self.getCertificate(name, version);
        const auto cer = co_await fetchCertificate;
        result.hasPrivateKey = !cer || cer->cer != result.content;
    }
    co_return result;
}

} // namespace kluis::core
