#pragma once

#include "accounts/AccountConnections.h"

#include "accounts/AccountStore.h"
#include "common/AzureError.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

namespace kluis::core {

class HttpPipeline;

// The navigator's tree: "Favourites" (every favourite vault, wherever it is listed), "Attached
// vaults" (the window's own connection: the emulator's, attached by URL), then each stored
// account → its subscriptions → resource groups → vaults, loaded lazily through Resource
// Manager (canFetchMore/fetchMore per node). Each account gets its own HttpPipeline and
// credential, built without user interaction (from the keychain).
class AccountTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType
    {
        Account,
        Subscription,
        ResourceGroup,
        Vault,
        AttachedRoot,
        FavouritesRoot,
    };
    enum Role
    {
        NodeTypeRole = Qt::UserRole + 1, // int (NodeType)
        AccountIdRole,                   // QString
        SubscriptionIdRole,              // QString
        ResourceGroupRole,               // QString
        VaultUrlRole,                    // QUrl (vaults)
        NameRole,                        // QString
        FavouriteRole,                   // bool (vaults)
        LoadingRole,                     // bool
        ErrorRole,                       // QString: why the node's children did not load
    };

    explicit AccountTreeModel(AccountStore *store, QObject *parent = nullptr);
    ~AccountTreeModel() override;

    // Vaults attached by URL, shown under "Attached vaults" and served by `pipeline`.
    void setAttachedVaults(const QList<VaultReference> &vaults, HttpPipeline *pipeline);
    // Favourites are kept by vault URL (QUrl::toString()); each is listed under "Favourites".
    void setFavourites(const QSet<QString> &vaultUrls);
    QSet<QString> favourites() const { return m_favourites; }
    bool isFavourite(const QUrl &vaultUrl) const;
    void setFavourite(const QModelIndex &index, bool favourite);
    void setFavourite(const QUrl &vaultUrl, bool favourite);

    // The vault a row stands for (empty name for other rows).
    VaultReference vault(const QModelIndex &index) const;
    // The pipeline that reaches the vault (or the account) of `index`; null before it is ready.
    HttpPipeline *pipelineFor(const QModelIndex &index) const;
    CloudProfile cloudFor(const QModelIndex &index) const;
    // The first loaded vault row with this URL under an account (or its favourite entry once
    // locate() found the account), or an invalid index.
    QModelIndex findVault(const QUrl &vaultUrl) const;
    // Where the vault is listed: attached, else under an account, else (when `favourites`)
    // under "Favourites"; or an invalid index.
    QModelIndex placeOf(const QUrl &vaultUrl, bool favourites = true) const;
    // Looks for a favourite that no loaded branch lists among the vaults of each stored
    // account (a restart forgets where it was found: favourites are kept as URLs only); when
    // found, its favourite entry is reached through that account and vaultLocated() is emitted.
    void locate(const QUrl &vaultUrl);
    bool isFavouriteEntry(const QModelIndex &index) const;
    QModelIndex attachedRoot() const;
    QModelIndex favouritesRoot() const;
    QModelIndex accountIndex(const QString &accountId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A node finished loading its children (or failed: see ErrorRole).
    void nodeLoaded(const QModelIndex &index);
    void vaultLocated(const QUrl &vaultUrl);

private:
    struct Node;

    void rebuild();
    void updateFavourites();
    void announceFavourite(const QString &vaultUrl);
    VaultReference referenceFor(const QUrl &vaultUrl) const;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Node *accountOf(Node *node) const;
    const Node *findVault(const Node *node, const QUrl &vaultUrl) const;
    void append(Node *parent, std::vector<std::unique_ptr<Node>> children);
    QCoro::Task<> load(quint64 serial);
    QCoro::Task<> search(QUrl vaultUrl);
    std::unique_ptr<Node> makeNode(NodeType type, Node *parent);

    QPointer<AccountStore> m_store;
    std::vector<std::unique_ptr<Node>> m_roots;
    Node *m_favouritesRoot = nullptr;
    Node *m_attachedRoot = nullptr;
    QHash<quint64, Node *> m_live;
    quint64 m_nextSerial = 1;
    AccountConnections m_connections;
    QList<VaultReference> m_attached;
    QPointer<HttpPipeline> m_attachedPipeline;
    QSet<QString> m_favourites;
    // Vaults seen by locate(), by URL: where they are and which account reaches them.
    struct Located
    {
        VaultReference vault;
        QString accountId;
    };
    QHash<QString, Located> m_located;
    QSet<QString> m_searchedAccounts;
    bool m_searching = false;
};

} // namespace kluis::core
