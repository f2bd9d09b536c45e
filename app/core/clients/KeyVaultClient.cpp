#include "clients/KeyVaultClient.h"

#include "cloud/CloudProfile.h"
#include "net/HttpPipeline.h"

#include <QCoreApplication>
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

QCoro::Task<Result<QJsonObject>> callJson(QPointer<HttpPipeline> pipeline, HttpRequest request)
{
    if (!pipeline)
        co_return AzureError::cancelled();
    auto response = co_await pipeline->send(std::move(request));
    if (!response)
        co_return response.error();
    if (response->body.isEmpty())
        co_return QJsonObject{};
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(response->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        auto error = AzureError::parse(QCoreApplication::translate(
            "KeyVaultClient", "The vault's answer is not a JSON object."));
        error.requestId = QString::fromLatin1(response->requestId());
        co_return error;
    }
    co_return document.object();
}

template<typename T>
QCoro::Task<Result<ItemPage<T>>> typedPage(QPointer<HttpPipeline> pipeline, QUrl url, QUrl origin)
{
    if (!pipeline)
        co_return AzureError::cancelled();
    auto page = co_await pipeline->getPage(vaultRequest("GET", url), origin);
    if (!page)
        co_return page.error();
    ItemPage<T> result;
    result.nextLink = page->nextLink;
    for (const auto &value : page->items)
        result.items.append(T::fromJson(value.toObject()));
    co_return result;
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
} // namespace

KeyVaultClient::KeyVaultClient(HttpPipeline *pipeline, QUrl vaultUrl, QString apiVersion)
    : m_pipeline(pipeline)
    , m_vault(std::move(vaultUrl))
    , m_apiVersion(std::move(apiVersion))
{}

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

QCoro::Task<Result<ItemPage<SecretItem>>> KeyVaultClient::listSecrets(QUrl next) const
{
    return typedPage<SecretItem>(m_pipeline,
                                 next.isEmpty() ? url(QStringLiteral("/secrets")) : next, m_vault);
}

QCoro::Task<Result<ItemPage<SecretItem>>> KeyVaultClient::listSecretVersions(QString name,
                                                                             QUrl next) const
{
    if (next.isEmpty()) {
        const auto checked = checkedName(name);
        if (!checked)
            co_return checked.error();
        next = url(QStringLiteral("/secrets/") + name + QStringLiteral("/versions"));
    }
    co_return co_await typedPage<SecretItem>(m_pipeline, next, m_vault);
}

QCoro::Task<Result<ItemPage<SecretItem>>> KeyVaultClient::listDeletedSecrets(QUrl next) const
{
    return typedPage<SecretItem>(
        m_pipeline, next.isEmpty() ? url(QStringLiteral("/deletedsecrets")) : next, m_vault);
}

QCoro::Task<Result<ItemPage<KeyItem>>> KeyVaultClient::listKeys(QUrl next) const
{
    return typedPage<KeyItem>(m_pipeline, next.isEmpty() ? url(QStringLiteral("/keys")) : next,
                              m_vault);
}

QCoro::Task<Result<ItemPage<CertificateItem>>> KeyVaultClient::listCertificates(QUrl next) const
{
    return typedPage<CertificateItem>(
        m_pipeline, next.isEmpty() ? url(QStringLiteral("/certificates")) : next, m_vault);
}

QCoro::Task<Result<QList<SecretItem>>> KeyVaultClient::listAllSecrets() const
{
    const auto pipeline = m_pipeline;
    const auto origin = m_vault;
    QUrl next = url(QStringLiteral("/secrets"));
    QList<SecretItem> all;
    while (!next.isEmpty()) {
        auto page = co_await typedPage<SecretItem>(pipeline, next, origin);
        if (!page)
            co_return page.error();
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
        m_pipeline,
        vaultRequest("GET", url(QStringLiteral("/secrets/") + name + QLatin1Char('/') + version)));
    if (!json)
        co_return json.error();
    co_return SecretBundle::fromJson(json.value());
}

QCoro::Task<Result<SecretBundle>> KeyVaultClient::setSecret(QString name, QString value,
                                                            QString contentType,
                                                            QMap<QString, QString> tags) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    QJsonObject body{{QStringLiteral("value"), value}};
    if (!contentType.isEmpty())
        body.insert(QStringLiteral("contentType"), contentType);
    if (!tags.isEmpty())
        body.insert(QStringLiteral("tags"), tagsToJson(tags));
    auto request = vaultRequest("PUT", url(QStringLiteral("/secrets/") + name), body);
    request.idempotent = false; // each PUT makes a new version: never replay blindly
    auto json = co_await callJson(m_pipeline, std::move(request));
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
        m_pipeline,
        vaultRequest("PATCH", url(QStringLiteral("/secrets/") + name + QLatin1Char('/') + version),
                     update.toJson()));
    if (!json)
        co_return json.error();
    co_return SecretItem::fromJson(json.value());
}

QCoro::Task<Result<SecretItem>> KeyVaultClient::deleteSecret(QString name) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    auto request = vaultRequest("DELETE", url(QStringLiteral("/secrets/") + name));
    request.idempotent = false; // a replay would answer 404 for a delete that worked
    auto json = co_await callJson(m_pipeline, std::move(request));
    if (!json)
        co_return json.error();
    co_return SecretItem::fromJson(json.value());
}

QCoro::Task<Result<SecretItem>> KeyVaultClient::getDeletedSecret(QString name) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    auto json = co_await callJson(
        m_pipeline, vaultRequest("GET", url(QStringLiteral("/deletedsecrets/") + name)));
    if (!json)
        co_return json.error();
    co_return SecretItem::fromJson(json.value());
}

QCoro::Task<Result<SecretItem>> KeyVaultClient::recoverDeletedSecret(QString name) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    auto json =
        co_await callJson(m_pipeline, vaultRequest("POST", url(QStringLiteral("/deletedsecrets/") +
                                                               name + QStringLiteral("/recover"))));
    if (!json)
        co_return json.error();
    co_return SecretItem::fromJson(json.value());
}

QCoro::Task<Status> KeyVaultClient::purgeDeletedSecret(QString name) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    auto request = vaultRequest("DELETE", url(QStringLiteral("/deletedsecrets/") + name));
    request.idempotent = false;
    auto json = co_await callJson(m_pipeline, std::move(request));
    if (!json)
        co_return json.error();
    co_return Done{};
}

QCoro::Task<Result<QByteArray>> KeyVaultClient::backupSecret(QString name) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    auto request =
        vaultRequest("POST", url(QStringLiteral("/secrets/") + name + QStringLiteral("/backup")));
    request.idempotent = true; // reads only
    auto json = co_await callJson(m_pipeline, std::move(request));
    if (!json)
        co_return json.error();
    const auto value = json->value(QStringLiteral("value")).toString();
    if (value.isEmpty())
        co_return AzureError::parse(QCoreApplication::translate(
            "KeyVaultClient", "The vault sent a backup without a value."));
    co_return value.toLatin1();
}

QCoro::Task<Result<SecretItem>> KeyVaultClient::restoreSecret(QByteArray backup) const
{
    // Built outside the co_await: GCC 12 miscompiles initializer lists inside one.
    QJsonObject body;
    body.insert(QStringLiteral("value"), QString::fromLatin1(backup));
    auto request = vaultRequest("POST", url(QStringLiteral("/secrets/restore")), body);
    auto json = co_await callJson(m_pipeline, std::move(request));
    if (!json)
        co_return json.error();
    co_return SecretItem::fromJson(json.value());
}

QCoro::Task<Result<KeyItem>> KeyVaultClient::getKey(QString name, QString version) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    auto json = co_await callJson(
        m_pipeline,
        vaultRequest("GET", url(QStringLiteral("/keys/") + name + QLatin1Char('/') + version)));
    if (!json)
        co_return json.error();
    co_return KeyItem::fromJson(json.value());
}

QCoro::Task<Result<CertificateItem>> KeyVaultClient::getCertificate(QString name,
                                                                    QString version) const
{
    const auto checked = checkedName(name);
    if (!checked)
        co_return checked.error();
    auto json =
        co_await callJson(m_pipeline, vaultRequest("GET", url(QStringLiteral("/certificates/") +
                                                              name + QLatin1Char('/') + version)));
    if (!json)
        co_return json.error();
    co_return CertificateItem::fromJson(json.value());
}

} // namespace kluis::core
