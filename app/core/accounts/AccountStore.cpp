#include "accounts/AccountStore.h"

#include "auth/AzureCliCredential.h"

#include "auth/ClientCertificateCredential.h"
#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "common/KeychainStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace kluis::core {

namespace {
constexpr std::pair<StoredAccount::Kind, const char *> kindNames[] = {
    {StoredAccount::Kind::DeviceCode, "deviceCode"},
    {StoredAccount::Kind::Browser, "browser"},
    {StoredAccount::Kind::ClientSecret, "clientSecret"},
    {StoredAccount::Kind::ClientCertificate, "clientCertificate"},
    {StoredAccount::Kind::Environment, "environment"},
    {StoredAccount::Kind::AzureCli, "azureCli"},
};
} // namespace

QString StoredAccount::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<StoredAccount::Kind> StoredAccount::kindFromName(const QString &name)
{
    for (const auto &[k, text] : kindNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString StoredAccount::who() const
{
    switch (kind) {
    case Kind::DeviceCode:
    case Kind::Browser:
        return username.isEmpty() ? objectId : username;
    case Kind::ClientSecret:
    case Kind::ClientCertificate:
        return QCoreApplication::translate("kluis::core::StoredAccount", "client %1").arg(clientId);
    case Kind::Environment:
        return QCoreApplication::translate("kluis::core::StoredAccount",
                                           "the AZURE_* environment variables");
    case Kind::AzureCli:
        return QCoreApplication::translate("kluis::core::StoredAccount", "the Azure CLI's sign-in");
    }
    return {};
}

AccountStore::AccountStore(QSettings *settings, std::shared_ptr<KeychainStore> keychain,
                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(std::move(keychain))
{
    load();
}

AccountStore::~AccountStore() = default;

void AccountStore::load()
{
    m_accounts.clear();
    const int count = m_settings->beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const auto value = [this](const char *key) {
            return m_settings->value(QLatin1String(key)).toString();
        };
        const auto kind = StoredAccount::kindFromName(value("kind"));
        if (!kind || value("id").isEmpty())
            continue; // written by a newer Kluis
        StoredAccount account;
        account.id = value("id");
        account.name = value("name");
        account.kind = *kind;
        account.cloudName = value("cloud");
        account.cloudFile = value("cloudFile");
        account.tenantId = value("tenantId");
        account.clientId = value("clientId");
        account.username = value("username");
        account.objectId = value("objectId");
        account.homeTenantId = value("homeTenantId");
        account.certificateFile = value("certificateFile");
        m_accounts.append(account);
    }
    m_settings->endArray();
}

void AccountStore::save()
{
    m_settings->remove(QStringLiteral("accounts"));
    m_settings->beginWriteArray(QStringLiteral("accounts"), static_cast<int>(m_accounts.size()));
    for (int i = 0; i < m_accounts.size(); ++i) {
        m_settings->setArrayIndex(i);
        const auto &account = m_accounts.at(i);
        const auto put = [this](const char *key, const QString &text) {
            if (!text.isEmpty())
                m_settings->setValue(QLatin1String(key), text);
        };
        put("id", account.id);
        put("name", account.name);
        put("kind", StoredAccount::kindName(account.kind));
        put("cloud", account.cloudName);
        put("cloudFile", account.cloudFile);
        put("tenantId", account.tenantId);
        put("clientId", account.clientId);
        put("username", account.username);
        put("objectId", account.objectId);
        put("homeTenantId", account.homeTenantId);
        put("certificateFile", account.certificateFile);
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT accountsChanged();
}

std::optional<StoredAccount> AccountStore::find(const QString &idOrName) const
{
    for (const auto &account : m_accounts) {
        if (account.id == idOrName)
            return account;
    }
    for (const auto &account : m_accounts) {
        if (account.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

Result<CloudProfile> AccountStore::cloudFor(const StoredAccount &account) const
{
    if (!account.cloudFile.isEmpty()) {
        QString error;
        auto cloud = CloudProfile::fromFile(account.cloudFile, &error);
        if (!cloud)
            return AzureError::usage(error);
        // A cloud file's test clients and their secrets are no business of a stored account.
        cloud->clients.clear();
        return *cloud;
    }
    const auto name =
        account.cloudName.isEmpty() ? QStringLiteral("AzureCloud") : account.cloudName;
    auto cloud = CloudProfile::builtIn(name);
    if (!cloud)
        return AzureError::usage(tr("Unknown cloud %1.").arg(name));
    return *cloud;
}

QString AccountStore::refreshTokenKey(const StoredAccount &account)
{
    return KeychainStore::keyFor(account.username.isEmpty() ? account.objectId : account.username,
                                 account.tenantId, account.clientId);
}

QString AccountStore::clientSecretKey(const StoredAccount &account)
{
    return QStringLiteral("client-secret/%1").arg(account.id);
}

StoredAccount AccountStore::keep(StoredAccount account)
{
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (account.name.isEmpty())
        account.name = account.who();
    // Two accounts may not share a name: kluisctl --account picks by it.
    auto base = account.name;
    for (int n = 2;
         std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                     [&](const auto &other) {
                         return other.id != account.id &&
                                other.name.compare(account.name, Qt::CaseInsensitive) == 0;
                     });
         ++n)
        account.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    const auto same = std::find_if(m_accounts.begin(), m_accounts.end(),
                                   [&](const auto &other) { return other.id == account.id; });
    if (same != m_accounts.end())
        *same = account;
    else
        m_accounts.append(account);
    save();
    return account;
}

Result<std::shared_ptr<UserCredential>>
AccountStore::newUserCredential(const StoredAccount &account, const CredentialOptions &options)
{
    auto cloud = cloudFor(account);
    if (!cloud)
        return cloud.error();
    const auto clientId = account.clientId.isEmpty() ? cloud->publicClientId : account.clientId;
    const auto tenant = account.tenantId.isEmpty() ? cloud->tenantId : account.tenantId;
    if (clientId.isEmpty())
        return AzureError::usage(tr("Choose the application (client) id to sign in with."));
    if (tenant.isEmpty())
        return AzureError::usage(tr("Choose the tenant to sign in to."));
    std::shared_ptr<UserCredential> credential;
    switch (account.kind) {
    case StoredAccount::Kind::DeviceCode:
        credential = std::make_shared<DeviceCodeCredential>(*cloud, tenant, clientId);
        break;
    case StoredAccount::Kind::Browser:
        credential = std::make_shared<InteractiveBrowserCredential>(*cloud, tenant, clientId,
                                                                    options.browserOpener);
        break;
    default:
        return AzureError::usage(tr("This account does not sign in as a user."));
    }
    credential->setKeychainStore(m_keychain);
    credential->setInteractionAllowed(options.interactionAllowed);
    if (!account.username.isEmpty() || !account.objectId.isEmpty())
        credential->setAccount({account.username, account.objectId, account.homeTenantId});
    return credential;
}

StoredAccount AccountStore::addUser(StoredAccount draft, const UserCredential &credential)
{
    draft.tenantId = credential.tenantId();
    draft.clientId = credential.clientId();
    draft.username = credential.account().username;
    draft.objectId = credential.account().objectId;
    draft.homeTenantId = credential.account().homeTenantId;
    // Signing in again as someone already known replaces that entry.
    for (const auto &other : std::as_const(m_accounts)) {
        if (other.isUser() && refreshTokenKey(other) == refreshTokenKey(draft) &&
            other.cloudName == draft.cloudName && other.cloudFile == draft.cloudFile) {
            draft.id = other.id;
            if (draft.name.isEmpty())
                draft.name = other.name;
        }
    }
    return keep(draft);
}

QCoro::Task<Result<StoredAccount>> AccountStore::addClientSecret(StoredAccount draft,
                                                                 QString secret)
{
    draft.kind = StoredAccount::Kind::ClientSecret;
    if (draft.clientId.isEmpty() || secret.isEmpty())
        co_return AzureError::usage(tr("A service principal needs its client id and secret."));
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto stored = co_await m_keychain->write(clientSecretKey(draft), secret.toUtf8());
    if (!stored)
        co_return stored.error();
    co_return keep(draft);
}

StoredAccount AccountStore::add(StoredAccount draft)
{
    return keep(std::move(draft));
}

QCoro::Task<Status> AccountStore::remove(QString id)
{
    const auto account = find(id);
    if (!account)
        co_return Done{};
    if (account->isUser()) {
        auto removed = co_await m_keychain->remove(refreshTokenKey(*account));
        if (!removed)
            co_return removed.error();
    } else if (account->kind == StoredAccount::Kind::ClientSecret) {
        auto removed = co_await m_keychain->remove(clientSecretKey(*account));
        if (!removed)
            co_return removed.error();
    }
    m_accounts.removeIf([&](const auto &other) { return other.id == account->id; });
    save();
    co_return Done{};
}

QCoro::Task<Result<std::shared_ptr<TokenCredential>>>
AccountStore::credentialFor(StoredAccount account, CredentialOptions options)
{
    auto cloud = cloudFor(account);
    if (!cloud)
        co_return cloud.error();
    const auto tenant = account.tenantId.isEmpty() ? cloud->tenantId : account.tenantId;
    switch (account.kind) {
    case StoredAccount::Kind::DeviceCode:
    case StoredAccount::Kind::Browser: {
        auto credential = newUserCredential(account, options);
        if (!credential)
            co_return credential.error();
        co_return std::shared_ptr<TokenCredential>(credential.value());
    }
    case StoredAccount::Kind::ClientSecret: {
        auto secret = co_await m_keychain->read(clientSecretKey(account));
        if (!secret)
            co_return secret.error();
        if (secret->isEmpty())
            co_return AzureError::auth(
                tr("The keychain holds no secret for %1; add the account again.").arg(account.name),
                QStringLiteral("CredentialUnavailable"));
        co_return std::shared_ptr<TokenCredential>(std::make_shared<ClientSecretCredential>(
            *cloud, tenant, account.clientId, QString::fromUtf8(secret.value())));
    }
    case StoredAccount::Kind::ClientCertificate: {
        auto credential = ClientCertificateCredential::fromPemFile(*cloud, tenant, account.clientId,
                                                                   account.certificateFile);
        if (!credential)
            co_return credential.error();
        co_return std::shared_ptr<TokenCredential>(credential.value());
    }
    case StoredAccount::Kind::Environment:
        co_return credentialFromEnvironment(*cloud);
    case StoredAccount::Kind::AzureCli:
        co_return std::shared_ptr<TokenCredential>(
            std::make_shared<AzureCliCredential>(account.tenantId));
    }
    co_return AzureError::usage(tr("Unknown kind of account."));
}

} // namespace kluis::core
