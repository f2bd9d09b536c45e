#include "accounts/AccountTreeModel.h"

#include "clients/ArmClient.h"
#include "net/HttpPipeline.h"
#include "net/PagingGuard.h"

#include <chrono>
#include <functional>

namespace kluis::core {

struct AccountTreeModel::Node
{
    NodeType type;
    Node *parent = nullptr;
    quint64 serial = 0;
    std::vector<std::unique_ptr<Node>> children;
    QString accountId;
    QString name;
    QString subscriptionId;
    QString resourceGroup;
    QUrl vaultUrl;
    bool loading = false;
    bool loaded = false;
    QString error;
};

AccountTreeModel::AccountTreeModel(AccountStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_connections(store)
{
    connect(store, &AccountStore::accountsChanged, this, &AccountTreeModel::rebuild);
    rebuild();
}

AccountTreeModel::~AccountTreeModel() = default;

std::unique_ptr<AccountTreeModel::Node> AccountTreeModel::makeNode(NodeType type, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->type = type;
    node->parent = parent;
    node->serial = m_nextSerial++;
    if (parent)
        node->accountId = parent->accountId;
    m_live.insert(node->serial, node.get());
    return node;
}

void AccountTreeModel::rebuild()
{
    beginResetModel();
    m_roots.clear();
    m_live.clear();
    auto favourites = makeNode(NodeType::FavouritesRoot, nullptr);
    favourites->name = tr("Favourites");
    favourites->loaded = true;
    m_favouritesRoot = favourites.get();
    m_roots.push_back(std::move(favourites));
    auto attached = makeNode(NodeType::AttachedRoot, nullptr);
    attached->name = tr("Attached vaults");
    attached->loaded = true;
    for (const auto &vault : std::as_const(m_attached)) {
        auto node = makeNode(NodeType::Vault, attached.get());
        node->name = vault.name;
        node->vaultUrl = vault.uri;
        node->subscriptionId = vault.subscriptionId;
        node->resourceGroup = vault.resourceGroup;
        node->loaded = true;
        attached->children.push_back(std::move(node));
    }
    m_attachedRoot = attached.get();
    m_roots.push_back(std::move(attached));
    QSet<QString> present;
    if (m_store) {
        for (const auto &account : m_store->accounts()) {
            auto node = makeNode(NodeType::Account, nullptr);
            node->accountId = account.id;
            node->name = account.name;
            present.insert(account.id);
            m_roots.push_back(std::move(node));
        }
    }
    for (auto it = m_located.begin(); it != m_located.end();) {
        if (present.contains(it->accountId))
            ++it;
        else
            it = m_located.erase(it);
    }
    m_searchedAccounts.intersect(present);
    // Connections of removed accounts go, which cancels their requests.
    m_connections.keepOnly(present);
    endResetModel();
    updateFavourites();
}

void AccountTreeModel::setAttachedVaults(const QList<VaultReference> &vaults,
                                         HttpPipeline *pipeline)
{
    m_attachedPipeline = pipeline;
    auto *root = m_attachedRoot;
    const auto rootIndex = indexOf(root);
    if (!root->children.empty()) {
        beginRemoveRows(rootIndex, 0, static_cast<int>(root->children.size()) - 1);
        for (const auto &child : root->children)
            m_live.remove(child->serial);
        root->children.clear();
        endRemoveRows();
    }
    m_attached = vaults;
    std::vector<std::unique_ptr<Node>> children;
    for (const auto &vault : vaults) {
        auto node = makeNode(NodeType::Vault, root);
        node->name = vault.name;
        node->vaultUrl = vault.uri;
        node->subscriptionId = vault.subscriptionId;
        node->resourceGroup = vault.resourceGroup;
        node->loaded = true;
        children.push_back(std::move(node));
    }
    append(root, std::move(children));
    updateFavourites();
}

void AccountTreeModel::setFavourites(const QSet<QString> &vaultUrls)
{
    const auto changed = (m_favourites - vaultUrls) + (vaultUrls - m_favourites);
    m_favourites = vaultUrls;
    for (const auto &url : changed)
        announceFavourite(url);
    updateFavourites();
}

bool AccountTreeModel::isFavourite(const QUrl &vaultUrl) const
{
    return m_favourites.contains(vaultUrl.toString());
}

void AccountTreeModel::setFavourite(const QModelIndex &index, bool favourite)
{
    const auto *node = nodeOf(index);
    if (node && node->type == NodeType::Vault)
        setFavourite(node->vaultUrl, favourite);
}

void AccountTreeModel::setFavourite(const QUrl &vaultUrl, bool favourite)
{
    const auto key = vaultUrl.toString();
    if (!vaultUrl.isValid() || favourite == m_favourites.contains(key))
        return;
    if (favourite)
        m_favourites.insert(key);
    else
        m_favourites.remove(key);
    announceFavourite(key);
    updateFavourites();
}

// Every row of this vault (attached, under an account, under "Favourites") changes its mark.
void AccountTreeModel::announceFavourite(const QString &vaultUrl)
{
    std::function<void(const Node *)> announce = [&](const Node *node) {
        if (node->type == NodeType::Vault && node->vaultUrl.toString() == vaultUrl) {
            const auto index = indexOf(node);
            Q_EMIT dataChanged(index, index, {FavouriteRole, Qt::DecorationRole});
        }
        for (const auto &child : node->children)
            announce(child.get());
    };
    for (const auto &root : m_roots)
        announce(root.get());
}

VaultReference AccountTreeModel::referenceFor(const QUrl &vaultUrl) const
{
    for (const auto &vault : m_attached) {
        if (vault.uri.matches(vaultUrl, QUrl::StripTrailingSlash))
            return vault;
    }
    if (const auto index = findVault(vaultUrl); index.isValid())
        return vault(index);
    if (const auto located = m_located.constFind(vaultUrl.toString()); located != m_located.cend())
        return located->vault;
    // Not loaded (yet): the name is the vault's host name's first label.
    return {vaultUrl.host().section(QLatin1Char('.'), 0, 0), vaultUrl, {}, {}};
}

// "Favourites" lists m_favourites, described as where else the vault is listed. Rows are kept
// where they can be, so that a selected favourite stays selected.
void AccountTreeModel::updateFavourites()
{
    auto *root = m_favouritesRoot;
    if (!root)
        return;
    const auto rootIndex = indexOf(root);
    for (auto row = static_cast<int>(root->children.size()) - 1; row >= 0; --row) {
        const auto &child = root->children[static_cast<size_t>(row)];
        if (m_favourites.contains(child->vaultUrl.toString()))
            continue;
        beginRemoveRows(rootIndex, row, row);
        m_live.remove(child->serial);
        root->children.erase(root->children.begin() + row);
        endRemoveRows();
    }
    auto urls = QStringList(m_favourites.cbegin(), m_favourites.cend());
    urls.sort();
    std::vector<std::unique_ptr<Node>> added;
    for (const auto &text : std::as_const(urls)) {
        const QUrl url(text);
        if (!url.isValid() || url.host().isEmpty())
            continue;
        const auto reference = referenceFor(url);
        const auto place = findVault(url);
        const auto accountId =
            place.isValid() ? nodeOf(place)->accountId : m_located.value(text).accountId;
        const auto existing =
            std::find_if(root->children.begin(), root->children.end(),
                         [&](const auto &child) { return child->vaultUrl.toString() == text; });
        if (existing == root->children.end()) {
            auto node = makeNode(NodeType::Vault, root);
            node->name = reference.name;
            node->vaultUrl = url;
            node->subscriptionId = reference.subscriptionId;
            node->resourceGroup = reference.resourceGroup;
            node->accountId = accountId;
            node->loaded = true;
            added.push_back(std::move(node));
            continue;
        }
        auto *node = existing->get();
        if (node->name == reference.name && node->subscriptionId == reference.subscriptionId &&
            node->resourceGroup == reference.resourceGroup && node->accountId == accountId)
            continue;
        node->name = reference.name;
        node->subscriptionId = reference.subscriptionId;
        node->resourceGroup = reference.resourceGroup;
        node->accountId = accountId;
        const auto index = indexOf(node);
        Q_EMIT dataChanged(index, index);
    }
    append(root, std::move(added));
}

AccountTreeModel::Node *AccountTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex AccountTreeModel::indexOf(const Node *node) const
{
    if (!node)
        return {};
    const auto &siblings = node->parent ? node->parent->children : m_roots;
    for (size_t row = 0; row < siblings.size(); ++row) {
        if (siblings[row].get() == node)
            return createIndex(static_cast<int>(row), 0, const_cast<Node *>(node));
    }
    return {};
}

AccountTreeModel::Node *AccountTreeModel::accountOf(Node *node) const
{
    // A favourite found under an account is reached through that account.
    if (node && node->parent && node->parent == m_favouritesRoot && !node->accountId.isEmpty())
        return nodeOf(accountIndex(node->accountId));
    while (node && node->parent)
        node = node->parent;
    return node && node->type == NodeType::Account ? node : nullptr;
}

QModelIndex AccountTreeModel::attachedRoot() const
{
    return indexOf(m_attachedRoot);
}

QModelIndex AccountTreeModel::favouritesRoot() const
{
    return indexOf(m_favouritesRoot);
}

bool AccountTreeModel::isFavouriteEntry(const QModelIndex &index) const
{
    const auto *node = nodeOf(index);
    return node && node->parent && node->parent == m_favouritesRoot;
}

QModelIndex AccountTreeModel::placeOf(const QUrl &vaultUrl, bool favourites) const
{
    if (const auto *found = findVault(m_attachedRoot, vaultUrl))
        return indexOf(found);
    if (const auto index = findVault(vaultUrl); index.isValid())
        return index;
    if (favourites) {
        if (const auto *found = findVault(m_favouritesRoot, vaultUrl))
            return indexOf(found);
    }
    return {};
}

QModelIndex AccountTreeModel::accountIndex(const QString &accountId) const
{
    for (const auto &root : m_roots) {
        if (root->type == NodeType::Account && root->accountId == accountId)
            return indexOf(root.get());
    }
    return {};
}

VaultReference AccountTreeModel::vault(const QModelIndex &index) const
{
    const auto *node = nodeOf(index);
    if (!node || node->type != NodeType::Vault)
        return {};
    return {node->name, node->vaultUrl, node->subscriptionId, node->resourceGroup};
}

HttpPipeline *AccountTreeModel::pipelineFor(const QModelIndex &index) const
{
    auto *node = nodeOf(index);
    auto *account = accountOf(node);
    if (!account)
        return node ? m_attachedPipeline.data() : nullptr;
    return m_connections.readyPipeline(account->accountId);
}

CloudProfile AccountTreeModel::cloudFor(const QModelIndex &index) const
{
    auto *account = accountOf(nodeOf(index));
    if (!account)
        return m_attachedPipeline ? m_attachedPipeline->cloud() : CloudProfile();
    return m_connections.cloud(account->accountId).value_or(CloudProfile());
}

const AccountTreeModel::Node *AccountTreeModel::findVault(const Node *node,
                                                          const QUrl &vaultUrl) const
{
    if (node->type == NodeType::Vault)
        return node->vaultUrl.matches(vaultUrl, QUrl::StripTrailingSlash) ? node : nullptr;
    for (const auto &child : node->children) {
        if (const auto *found = findVault(child.get(), vaultUrl))
            return found;
    }
    return nullptr;
}

QModelIndex AccountTreeModel::findVault(const QUrl &vaultUrl) const
{
    for (const auto &root : m_roots) {
        if (root->type != NodeType::Account)
            continue;
        if (const auto *found = findVault(root.get(), vaultUrl))
            return indexOf(found);
    }
    // A favourite located under an account stands for its place until that is loaded.
    if (m_favouritesRoot) {
        if (const auto *found = findVault(m_favouritesRoot, vaultUrl);
            found && !found->accountId.isEmpty())
            return indexOf(found);
    }
    return {};
}

QModelIndex AccountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const auto *node = nodeOf(parent);
    const auto &children = node ? node->children : m_roots;
    if (row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, 0, children[static_cast<size_t>(row)].get());
}

QModelIndex AccountTreeModel::parent(const QModelIndex &child) const
{
    const auto *node = nodeOf(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int AccountTreeModel::rowCount(const QModelIndex &parent) const
{
    const auto *node = nodeOf(parent);
    return static_cast<int>(node ? node->children.size() : m_roots.size());
}

int AccountTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool AccountTreeModel::hasChildren(const QModelIndex &parent) const
{
    const auto *node = nodeOf(parent);
    if (!node)
        return !m_roots.empty();
    if (node->type == NodeType::Vault)
        return false;
    return !node->loaded || !node->children.empty();
}

QVariant AccountTreeModel::data(const QModelIndex &index, int role) const
{
    const auto *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (node->loading)
            return tr("%1 (loading…)").arg(node->name);
        if (!node->error.isEmpty())
            return tr("%1 (failed)").arg(node->name);
        return node->name;
    case Qt::ToolTipRole:
        if (!node->error.isEmpty())
            return node->error;
        if (node->type == NodeType::Vault)
            return node->vaultUrl.toString();
        if (node->type == NodeType::Account && m_store) {
            if (const auto account = m_store->find(node->accountId))
                return tr("%1 (%2)").arg(account->who(), account->cloudFile.isEmpty()
                                                             ? account->cloudName
                                                             : account->cloudFile);
        }
        return {};
    case NodeTypeRole:
        return static_cast<int>(node->type);
    case AccountIdRole:
        return node->accountId;
    case SubscriptionIdRole:
        return node->subscriptionId;
    case ResourceGroupRole:
        return node->resourceGroup;
    case VaultUrlRole:
        return node->vaultUrl;
    case NameRole:
        return node->name;
    case FavouriteRole:
        return node->type == NodeType::Vault && m_favourites.contains(node->vaultUrl.toString());
    case LoadingRole:
        return node->loading;
    case ErrorRole:
        return node->error;
    default:
        return {};
    }
}

void AccountTreeModel::locate(const QUrl &vaultUrl)
{
    if (m_searching || !m_store || !m_favourites.contains(vaultUrl.toString()) ||
        placeOf(vaultUrl, false).isValid())
        return;
    search(vaultUrl);
}

QCoro::Task<> AccountTreeModel::search(QUrl vaultUrl)
{
    QPointer<AccountTreeModel> self(this);
    m_searching = true;
    QStringList accounts;
    for (const auto &account : m_store->accounts()) {
        if (!m_searchedAccounts.contains(account.id))
            accounts << account.id;
    }
    for (const auto &accountId : std::as_const(accounts)) {
        auto pipeline = co_await m_connections.connection(accountId);
        if (!self)
            co_return;
        if (!pipeline)
            continue;
        ArmClient arm(pipeline.value());
        auto vaults = co_await arm.listAllVaults();
        if (!self)
            co_return;
        if (!vaults || !m_store || !m_store->find(accountId))
            continue;
        m_searchedAccounts.insert(accountId);
        for (const auto &vault : vaults.value()) {
            const auto url = vault.properties.vaultUri.toString();
            if (!m_located.contains(url))
                m_located.insert(url, {{vault.name, vault.properties.vaultUri, vault.subscriptionId,
                                        vault.resourceGroup},
                                       accountId});
        }
        if (m_located.contains(vaultUrl.toString()))
            break;
    }
    m_searching = false;
    updateFavourites();
    if (m_located.contains(vaultUrl.toString()))
        Q_EMIT vaultLocated(vaultUrl);
}

bool AccountTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const auto *node = nodeOf(parent);
    return node && node->type != NodeType::Vault && !node->loaded && !node->loading;
}

void AccountTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto *node = nodeOf(parent);
    node->loading = true;
    node->error.clear();
    Q_EMIT dataChanged(parent, parent, {Qt::DisplayRole, LoadingRole, ErrorRole});
    load(node->serial);
}

void AccountTreeModel::append(Node *parent, std::vector<std::unique_ptr<Node>> children)
{
    if (children.empty())
        return;
    const auto first = static_cast<int>(parent->children.size());
    beginInsertRows(indexOf(parent), first, first + static_cast<int>(children.size()) - 1);
    for (auto &child : children)
        parent->children.push_back(std::move(child));
    endInsertRows();
}

QCoro::Task<> AccountTreeModel::load(quint64 serial)
{
    QPointer<AccountTreeModel> self(this);
    const auto alive = [&]() -> Node * { return self ? m_live.value(serial) : nullptr; };
    auto *node = alive();
    const auto type = node->type;
    const auto accountId = node->accountId;
    const auto subscriptionId = node->subscriptionId;
    const auto resourceGroup = node->resourceGroup;

    std::optional<AzureError> failure;
    auto pipeline = co_await m_connections.connection(accountId);
    if (!pipeline) {
        failure = pipeline.error();
    } else {
        // The tenant a user signed in to; subscriptions say which tenant they belong to.
        ArmClient arm(pipeline.value());
        QUrl next;
        PagingGuard guard;
        do {
            std::vector<std::unique_ptr<Node>> children;
            QUrl pageUrl;
            qsizetype pageItems = 0;
            if (type == NodeType::Account) {
                auto page = co_await arm.listSubscriptions(next);
                if (!(node = alive()))
                    co_return;
                if (!page) {
                    failure = page.error();
                    break;
                }
                for (const auto &subscription : page->items) {
                    auto child = makeNode(NodeType::Subscription, node);
                    child->name = subscription.displayName.isEmpty() ? subscription.subscriptionId
                                                                     : subscription.displayName;
                    child->subscriptionId = subscription.subscriptionId;
                    children.push_back(std::move(child));
                }
                next = page->nextLink;
                pageUrl = page->url;
                pageItems = page->items.size();
            } else if (type == NodeType::Subscription) {
                auto page = co_await arm.listResourceGroups(subscriptionId, next);
                if (!(node = alive()))
                    co_return;
                if (!page) {
                    failure = page.error();
                    break;
                }
                for (const auto &group : page->items) {
                    auto child = makeNode(NodeType::ResourceGroup, node);
                    child->name = group.name;
                    child->subscriptionId = subscriptionId;
                    child->resourceGroup = group.name;
                    children.push_back(std::move(child));
                }
                next = page->nextLink;
                pageUrl = page->url;
                pageItems = page->items.size();
            } else {
                auto page = co_await arm.listVaults(subscriptionId, resourceGroup, next);
                if (!(node = alive()))
                    co_return;
                if (!page) {
                    failure = page.error();
                    break;
                }
                for (const auto &vault : page->items) {
                    auto child = makeNode(NodeType::Vault, node);
                    child->name = vault.name;
                    child->subscriptionId = vault.subscriptionId;
                    child->resourceGroup = vault.resourceGroup;
                    child->vaultUrl = vault.properties.vaultUri;
                    child->loaded = true;
                    children.push_back(std::move(child));
                }
                next = page->nextLink;
                pageUrl = page->url;
                pageItems = page->items.size();
            }
            append(node, std::move(children));
            if (auto stop = guard.check(pageUrl, pageItems, next)) {
                failure = *stop;
                break;
            }
        } while (!next.isEmpty());
    }
    if (!(node = alive()))
        co_return;
    node->loading = false;
    node->loaded = !failure;
    if (type == NodeType::ResourceGroup)
        updateFavourites();
    node->error = failure ? failure->shortMessage() : QString();
    const auto index = indexOf(node);
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::ToolTipRole, LoadingRole, ErrorRole});
    Q_EMIT nodeLoaded(index);
}

} // namespace kluis::core
