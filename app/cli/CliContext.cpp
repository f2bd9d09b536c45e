#include "CliContext.h"

#include "access/MissingPermission.h"
#include "common/EnumNames.h"

#include "auth/ClientSecretCredential.h"
#include "clients/ArmClient.h"
#include "common/SecretFile.h"

#include <QJsonDocument>

#include <cstdio>

using namespace kluis::core;

namespace kluis::cli {

namespace {

constexpr EnumNames<AzureError::Kind, 6> kindNames{{
    {AzureError::Kind::Http, "http"},
    {AzureError::Kind::Transport, "transport"},
    {AzureError::Kind::Auth, "auth"},
    {AzureError::Kind::Parse, "parse"},
    {AzureError::Kind::Cancelled, "cancelled"},
    {AzureError::Kind::Usage, "usage"},
}};

QString kindName(AzureError::Kind kind)
{
    return QString::fromLatin1(nameOf(kindNames, kind));
}

QJsonValue jsonTime(const std::optional<QDateTime> &value)
{
    return value ? QJsonValue(value->toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject attributesJson(const ObjectAttributes &attributes)
{
    return {{QStringLiteral("enabled"), attributes.enabled},
            {QStringLiteral("notBefore"), jsonTime(attributes.notBefore)},
            {QStringLiteral("expires"), jsonTime(attributes.expires)},
            {QStringLiteral("created"), jsonTime(attributes.created)},
            {QStringLiteral("updated"), jsonTime(attributes.updated)},
            {QStringLiteral("recoveryLevel"), attributes.recoveryLevel}};
}

template<typename T> void insertDeleted(QJsonObject &object, const T &item)
{
    if (item.recoveryId.isEmpty())
        return;
    object.insert(QStringLiteral("recoveryId"), item.recoveryId.toString());
    object.insert(QStringLiteral("deletedDate"), jsonTime(item.deletedDate));
    object.insert(QStringLiteral("scheduledPurgeDate"), jsonTime(item.scheduledPurgeDate));
}

// What every kind prints alike: name, identifier, version, attributes, tags, and when deleted,
// the deleted fields.
template<typename T> QJsonObject itemJson(const T &item, const QUrl &id)
{
    QJsonObject object{{QStringLiteral("name"), item.name},
                       {QStringLiteral("id"), id.toString()},
                       {QStringLiteral("version"), item.version},
                       {QStringLiteral("attributes"), attributesJson(item.attributes)},
                       {QStringLiteral("tags"), tagsToJson(item.tags)}};
    insertDeleted(object, item);
    return object;
}

} // namespace

int exitCodeFor(const AzureError &error)
{
    switch (error.kind) {
    case AzureError::Kind::Usage:
        return Usage;
    case AzureError::Kind::Auth:
        return Authentication;
    case AzureError::Kind::Transport:
        return NetworkOrFirewall;
    case AzureError::Kind::Parse:
    case AzureError::Kind::Cancelled:
        return Failed;
    case AzureError::Kind::Http:
        break;
    }
    if (error.httpStatus == 401)
        return Authentication;
    if (error.isFirewall() || error.httpStatus == 429 || error.httpStatus >= 500)
        return NetworkOrFirewall;
    if (error.httpStatus == 403 || error.httpStatus == 404)
        return NotFoundOrForbidden;
    return Failed;
}

int exitCodeFor(DiagnosisCause cause)
{
    switch (cause) {
    case DiagnosisCause::Ok:
        return Ok;
    case DiagnosisCause::AuthFailed:
    case DiagnosisCause::TenantMismatch:
        return Authentication;
    case DiagnosisCause::PermissionDenied:
        return NotFoundOrForbidden;
    default:
        return NetworkOrFirewall;
    }
}

QJsonObject secretJson(const SecretItem &item)
{
    auto object = itemJson(item, item.id);
    object.insert(QStringLiteral("contentType"), item.contentType);
    object.insert(QStringLiteral("managed"), item.managed);
    return object;
}

QJsonObject keyJson(const KeyItem &item)
{
    auto object = itemJson(item, item.kid);
    object.insert(QStringLiteral("keyType"), item.keyType);
    object.insert(QStringLiteral("managed"), item.managed);
    // Bundles (show, create-key) only: list items carry no key material.
    if (!item.publicJwk.isEmpty()) {
        object.insert(QStringLiteral("keySize"), item.keySize);
        object.insert(QStringLiteral("curve"), item.curve);
        object.insert(QStringLiteral("keyOperations"),
                      QJsonArray::fromStringList(item.keyOperations));
        object.insert(QStringLiteral("publicJwk"), item.publicJwk);
    }
    return object;
}

QJsonObject certificateJson(const CertificateItem &item)
{
    auto object = itemJson(item, item.id);
    object.insert(QStringLiteral("x5t"), item.x5t);
    // Bundles (show, create-certificate, import-certificate) only.
    if (!item.cer.isEmpty()) {
        object.insert(QStringLiteral("subject"), item.subject);
        object.insert(QStringLiteral("contentType"), item.contentType);
        object.insert(QStringLiteral("keyId"), item.kid.toString());
        object.insert(QStringLiteral("secretId"), item.sid.toString());
    }
    if (item.policy) {
        const auto &p = *item.policy;
        object.insert(
            QStringLiteral("policy"),
            QJsonObject{{QStringLiteral("subject"), p.subject},
                        {QStringLiteral("dnsNames"), QJsonArray::fromStringList(p.dnsNames)},
                        {QStringLiteral("validityMonths"), p.validityMonths},
                        {QStringLiteral("keyType"), p.keyType},
                        {QStringLiteral("keySize"), p.keySize},
                        {QStringLiteral("curve"), p.curve},
                        {QStringLiteral("exportable"), p.exportable},
                        {QStringLiteral("contentType"), p.contentType},
                        {QStringLiteral("issuer"), p.issuer}});
    }
    return object;
}

QJsonObject vaultJson(const VaultResource &vault)
{
    const auto &p = vault.properties;
    QJsonArray ipRules;
    for (const auto &rule : p.networkAcls.ipRules)
        ipRules.append(rule);
    return {{QStringLiteral("name"), vault.name},
            {QStringLiteral("id"), vault.id},
            {QStringLiteral("location"), vault.location},
            {QStringLiteral("subscriptionId"), vault.subscriptionId},
            {QStringLiteral("resourceGroup"), vault.resourceGroup},
            {QStringLiteral("vaultUri"), p.vaultUri.toString()},
            {QStringLiteral("publicNetworkAccess"), p.publicNetworkAccess},
            {QStringLiteral("networkAcls"),
             QJsonObject{{QStringLiteral("defaultAction"), p.networkAcls.defaultAction},
                         {QStringLiteral("bypass"), p.networkAcls.bypass},
                         {QStringLiteral("ipRules"), ipRules}}},
            {QStringLiteral("enableRbacAuthorization"), p.enableRbacAuthorization}};
}

QString isoTime(const std::optional<QDateTime> &value)
{
    return value ? value->toUTC().toString(Qt::ISODate) : QString();
}

void JsonArrayWriter::append(const QJsonObject &element)
{
    // Qt's own layout of an element at one level of indentation: a one-element array is
    // "[\n" + element + "\n]\n".
    const auto text = QJsonDocument(QJsonArray{element}).toJson(QJsonDocument::Indented);
    std::fputs(m_open ? ",\n" : "[\n", stdout);
    std::fwrite(text.constData() + 2, 1, static_cast<size_t>(text.size() - 5), stdout);
    m_open = true;
}

void JsonArrayWriter::finish()
{
    std::fputs(m_open ? "\n]\n" : "[\n]\n", stdout);
}

Context::Context(QCommandLineParser &parser, CloudProfile cloud, bool json, AccountStore *accounts,
                 std::optional<StoredAccount> account)
    : m_parser(parser)
    , m_cloud(std::move(cloud))
    , m_json(json)
    , m_pipeline(m_cloud)
    , m_accounts(accounts)
    , m_account(std::move(account))
{}

void Context::print(const QString &text) const
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void Context::printJson(const QJsonValue &value) const
{
    const auto text = value.isArray()
                          ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                          : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
}

int Context::fail(const AzureError &error) const
{
    const auto missing = MissingPermission::from(error);
    if (m_json) {
        QJsonObject object{{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("kind"), kindName(error.kind)},
                                        {QStringLiteral("status"), error.httpStatus},
                                        {QStringLiteral("code"), error.code},
                                        {QStringLiteral("innerCode"), error.innerCode},
                                        {QStringLiteral("message"), error.shortMessage()},
                                        {QStringLiteral("detail"), error.message},
                                        {QStringLiteral("requestId"), error.requestId},
                                        {QStringLiteral("clientAddress"), error.clientAddress},
                                        {QStringLiteral("exitCode"), exitCodeFor(error)}}}};
        if (missing) {
            auto inner = object.value(QStringLiteral("error")).toObject();
            inner.insert(QStringLiteral("missingPermission"), missing->toJson());
            object.insert(QStringLiteral("error"), inner);
        }
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stderr);
        std::fputc('\n', stderr);
    } else {
        std::fprintf(stderr, "kluisctl: %s\n", qUtf8Printable(error.detailedMessage()));
        // What was missing and the least change that fixes it, in one line.
        if (missing && missing->byRbac && !missing->suggestedRole.isEmpty())
            std::fprintf(stderr,
                         "kluisctl: missing %s; the least-privileged built-in role that grants "
                         "it is \"%s\" (kluisctl access grant --vault V --principal ID --role "
                         "\"%s\"; role changes take a few minutes to apply)\n",
                         qUtf8Printable(missing->action), qUtf8Printable(missing->suggestedRole),
                         qUtf8Printable(missing->suggestedRole));
        else if (missing && !missing->policyPermission.isEmpty())
            std::fprintf(stderr,
                         "kluisctl: missing the access policy permission %s (on Azure RBAC: "
                         "\"%s\")\n",
                         qUtf8Printable(missing->policyPermission),
                         qUtf8Printable(missing->suggestedRole));
    }
    return exitCodeFor(error);
}

int Context::usage(const QString &message) const
{
    return fail(AzureError::usage(message));
}

Result<KeyVaultClient> Context::vault()
{
    const auto uriOrName = m_parser.value(QStringLiteral("vault"));
    if (uriOrName.isEmpty())
        return AzureError::usage(QStringLiteral("This command needs --vault URI|NAME."));
    auto url = KeyVaultClient::vaultUrlFor(uriOrName, m_cloud);
    if (!url)
        return url.error();
    if (!signIn())
        return m_signInError;
    return KeyVaultClient(&m_pipeline, url.value(), m_parser.value(QStringLiteral("api-version")));
}

QCoro::Task<Result<KeyVaultClient>> Context::vaultAs(QString uriOrName, QString accountName)
{
    if (accountName.isEmpty()) {
        auto own = KeyVaultClient::vaultUrlFor(uriOrName, m_cloud);
        if (!own)
            co_return own.error();
        if (!signIn())
            co_return m_signInError;
        co_return KeyVaultClient(&m_pipeline, own.value(),
                                 m_parser.value(QStringLiteral("api-version")));
    }
    const auto account = m_accounts->find(accountName);
    if (!account)
        co_return AzureError::usage(
            QStringLiteral("No stored account \"%1\" (see accounts list).").arg(accountName));
    auto cloud = m_accounts->cloudFor(*account);
    if (!cloud)
        co_return cloud.error();
    auto url = KeyVaultClient::vaultUrlFor(uriOrName, cloud.value());
    if (!url)
        co_return url.error();
    auto credentialTask = m_accounts->credentialFor(*account);
    auto credential = co_await credentialTask;
    if (!credential)
        co_return credential.error();
    auto &pipeline = m_accountPipelines.emplace_back(std::make_unique<HttpPipeline>(cloud.value()));
    pipeline->setCredential(credential.value());
    co_return KeyVaultClient(pipeline.get(), url.value(),
                             m_parser.value(QStringLiteral("api-version")));
}

QCoro::Task<Result<QList<VaultResource>>> Context::allVaultResources()
{
    if (!signIn())
        co_return m_signInError;
    ArmClient arm(&m_pipeline, m_cloud.tenantId);
    auto task = arm.listAllVaults();
    co_return co_await task;
}

QCoro::Task<Result<QList<NamedVault>>> Context::vaults()
{
    QList<NamedVault> out;
    const auto named = m_parser.values(QStringLiteral("vault"));
    if (!named.isEmpty()) {
        for (const auto &uriOrName : named) {
            auto url = KeyVaultClient::vaultUrlFor(uriOrName, m_cloud);
            if (!url)
                co_return url.error();
            if (!signIn())
                co_return m_signInError;
            out.append({url->host().section(QLatin1Char('.'), 0, 0),
                        KeyVaultClient(&m_pipeline, url.value(),
                                       m_parser.value(QStringLiteral("api-version")))});
        }
        co_return out;
    }
    auto task = allVaultResources();
    auto all = co_await task;
    if (!all)
        co_return all.error();
    for (const auto &vault : all.value())
        out.append({vault.name, KeyVaultClient(&m_pipeline, vault.properties.vaultUri,
                                               m_parser.value(QStringLiteral("api-version")))});
    co_return out;
}

bool Context::signIn()
{
    if (m_pipeline.credential())
        return true;
    auto credential = credentialFromEnvironment(m_cloud);
    if (!credential) {
        m_signInError = credential.error();
        return false;
    }
    m_pipeline.setCredential(credential.value());
    return true;
}

QString Context::kind() const
{
    const auto value = m_parser.value(QStringLiteral("kind"));
    return value.isEmpty() ? QStringLiteral("secret") : value;
}

QMap<QString, QString> Context::tags() const
{
    QMap<QString, QString> out;
    for (const auto &tag : m_parser.values(QStringLiteral("tag"))) {
        const auto at = tag.indexOf(QLatin1Char('='));
        out.insert(at < 0 ? tag : tag.left(at), at < 0 ? QString() : tag.mid(at + 1));
    }
    return out;
}

bool Context::writeFile(const QString &path, const QByteArray &data, AzureError *error) const
{
    QString why;
    if (SecretFile::write(path, data, &why))
        return true;
    *error = AzureError::usage(QStringLiteral("Cannot write %1: %2").arg(path, why));
    return false;
}

} // namespace kluis::cli
