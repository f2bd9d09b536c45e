#include "session/ConnectionSession.h"

#include "accounts/AccountStore.h"
#include "accounts/AccountTreeModel.h"
#include "auth/ClientSecretCredential.h"
#include "common/KeychainStore.h"
#include "net/HttpPipeline.h"
#include "session/AppSettings.h"

#include <QSet>
#include <QSettings>

#include <functional>

namespace kluis::ui {

ConnectionSession::ConnectionSession(QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(this))
    , m_accounts(new core::AccountStore(m_settings, std::make_shared<core::KeychainStore>(), this))
    , m_accountTree(new core::AccountTreeModel(m_accounts, this))
{
    loadAttachedVaults();
}

ConnectionSession::~ConnectionSession() = default;

bool ConnectionSession::attachCloudFile(const QString &path, QString *error)
{
    auto profile = core::CloudProfile::fromFile(path, error);
    if (!profile)
        return false;
    const auto client = std::find_if(profile->clients.cbegin(), profile->clients.cend(),
                                     [](const core::CloudClient &c) { return c.dataAccess; });
    if (client == profile->clients.cend()) {
        *error = tr("The cloud file %1 offers no client with data access.").arg(path);
        return false;
    }
    setCloud(*profile);
    m_pipeline->setCredential(std::make_shared<core::ClientSecretCredential>(
        m_cloud, m_cloud.tenantId, client->clientId, client->clientSecret));
    // The secret lives on in the credential only.
    m_cloud.clients.clear();
    Q_EMIT connectionChanged();
    return true;
}

void ConnectionSession::setCloud(const core::CloudProfile &cloud)
{
    delete m_pipeline;
    m_cloud = cloud;
    m_pipeline = new core::HttpPipeline(m_cloud, this);
    loadAttachedVaults();
    Q_EMIT connectionChanged();
    Q_EMIT vaultsChanged();
}

void ConnectionSession::loadAttachedVaults()
{
    m_attached.clear();
    for (const auto &text : AppSettings::attachedVaults.value()) {
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty())
            continue;
        m_attached.append({url.host().section(QLatin1Char('.'), 0, 0), url, {}, {}});
    }
}

bool ConnectionSession::attachVault(const QString &uriOrName, QString *error)
{
    const auto cloud = m_pipeline ? m_cloud : core::CloudProfile::builtIn().constFirst();
    auto url = core::KeyVaultClient::vaultUrlFor(uriOrName.trimmed(), cloud);
    if (!url) {
        *error = url.error().shortMessage();
        return false;
    }
    if (!m_pipeline)
        setCloud(cloud);
    auto attached = AppSettings::attachedVaults.value();
    const auto text = url->toString();
    if (!attached.contains(text)) {
        attached.append(text);
        AppSettings::attachedVaults.set(attached);
    }
    loadAttachedVaults();
    Q_EMIT vaultsChanged();
    return true;
}

void ConnectionSession::detachVault(const QUrl &vaultUrl)
{
    auto attached = AppSettings::attachedVaults.value();
    attached.removeAll(vaultUrl.toString());
    AppSettings::attachedVaults.set(attached);
    loadAttachedVaults();
    Q_EMIT vaultsChanged();
}

QString ConnectionSession::accountDescription() const
{
    if (!m_pipeline || !m_pipeline->credential())
        return tr("Not signed in");
    return m_pipeline->credential()->description();
}

QList<core::VaultReference> ConnectionSession::vaults() const
{
    auto all = m_cloud.vaults;
    for (const auto &vault : m_attached) {
        const bool known = std::any_of(all.cbegin(), all.cend(), [&](const auto &v) {
            return v.uri.matches(vault.uri, QUrl::StripTrailingSlash);
        });
        if (!known)
            all.append(vault);
    }
    return all;
}

bool ConnectionSession::isAttached(const QUrl &vaultUrl) const
{
    return std::any_of(m_attached.cbegin(), m_attached.cend(), [&](const auto &v) {
        return v.uri.matches(vaultUrl, QUrl::StripTrailingSlash);
    });
}

bool ConnectionSession::canReach(const QUrl &vaultUrl) const
{
    return connectionFor(vaultUrl).has_value();
}

QList<core::NamedVault> ConnectionSession::reachableVaults() const
{
    using Tree = core::AccountTreeModel;
    struct Found
    {
        core::VaultReference vault;
        core::HttpPipeline *pipeline;
        QString account;
    };
    QList<Found> found;
    if (m_pipeline) {
        for (const auto &vault : vaults())
            found.append({vault, m_pipeline, {}});
    }
    // Each account's vaults through that account: the same vault under two accounts is two
    // entries, each read with its own rights.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_accountTree->rowCount(parent); ++row) {
            const auto index = m_accountTree->index(row, 0, parent);
            const auto type = Tree::NodeType(index.data(Tree::NodeTypeRole).toInt());
            if (type == Tree::NodeType::AttachedRoot || type == Tree::NodeType::FavouritesRoot)
                continue; // the window's own vaults, above
            if (type != Tree::NodeType::Vault) {
                walk(index);
                continue;
            }
            if (auto *pipeline = m_accountTree->pipelineFor(index)) {
                const auto id = index.data(Tree::AccountIdRole).toString();
                const auto account = m_accounts->find(id);
                found.append({m_accountTree->vault(index), pipeline, account ? account->name : id});
            }
        }
    };
    walk({});
    QHash<QString, int> nameCount;
    for (const auto &entry : std::as_const(found))
        ++nameCount[entry.vault.name];
    QList<core::NamedVault> out;
    QSet<QString> seen;
    for (const auto &entry : std::as_const(found)) {
        const QString key = QString::number(quintptr(entry.pipeline)) + QLatin1Char(' ') +
                            entry.vault.uri.adjusted(QUrl::StripTrailingSlash).toString().toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        // A name under more than one account says whose view it is.
        const auto label = nameCount.value(entry.vault.name) > 1 && !entry.account.isEmpty()
                               ? tr("%1 (%2)").arg(entry.vault.name, entry.account)
                               : entry.vault.name;
        out.append({label, core::KeyVaultClient(entry.pipeline, entry.vault.uri)});
    }
    return out;
}

std::optional<ConnectionSession::VaultConnection>
ConnectionSession::connectionFor(const QUrl &vaultUrl, const QModelIndex &place) const
{
    const bool listsIt = place.isValid() && place.model() == m_accountTree &&
                         place.data(core::AccountTreeModel::VaultUrlRole)
                             .toUrl()
                             .matches(vaultUrl, QUrl::StripTrailingSlash);
    const auto index = listsIt ? place : m_accountTree->findVault(vaultUrl);
    auto *pipeline = m_accountTree->pipelineFor(index);
    if (!pipeline)
        pipeline = m_pipeline;
    if (!pipeline)
        return std::nullopt;
    VaultConnection connection{core::KeyVaultClient(pipeline, vaultUrl), accountDescription(),
                               m_cloud.displayName};
    if (index.isValid()) {
        const auto id = index.data(core::AccountTreeModel::AccountIdRole).toString();
        if (const auto account = m_accounts->find(id))
            connection.accountDescription = account->name;
        connection.cloudName = m_accountTree->cloudFor(index).displayName;
    }
    return connection;
}

} // namespace kluis::ui
