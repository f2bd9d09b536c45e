#include "navigator/VaultNavigator.h"

#include "accounts/AccountTreeModel.h"
#include "navigator/VaultNavigatorModel.h"
#include "session/AppSettings.h"

#include <QCursor>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace kluis::ui {

namespace {
// Favourites first, then by name as people read it.
class NavigatorProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftFavourite = left.data(VaultNavigatorModel::FavouriteRole).toBool();
        const bool rightFavourite = right.data(VaultNavigatorModel::FavouriteRole).toBool();
        if (leftFavourite != rightFavourite)
            return leftFavourite;
        return QString::localeAwareCompare(left.data(VaultNavigatorModel::NameRole).toString(),
                                           right.data(VaultNavigatorModel::NameRole).toString()) <
               0;
    }
};
// The account tree without its "Attached vaults" branch (those are in the list below it),
// filtered by name at any depth.
class AccountTreeProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto index = sourceModel()->index(row, 0, parent);
        if (index.data(core::AccountTreeModel::NodeTypeRole).toInt() ==
            int(core::AccountTreeModel::NodeType::AttachedRoot))
            return false;
        // Accounts stay visible so they can be opened while a filter is typed.
        if (!parent.isValid())
            return true;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftFavourite = left.data(core::AccountTreeModel::FavouriteRole).toBool();
        const bool rightFavourite = right.data(core::AccountTreeModel::FavouriteRole).toBool();
        if (leftFavourite != rightFavourite)
            return leftFavourite;
        return left.row() < right.row();
    }
};
} // namespace

VaultNavigator::VaultNavigator(QWidget *parent)
    : QWidget(parent)
    , m_model(new VaultNavigatorModel(this))
    , m_proxy(new NavigatorProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(VaultNavigatorModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0);

    m_filter->setPlaceholderText(tr("Filter vaults"));
    m_filter->setAccessibleName(tr("Filter vaults"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Vaults"));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VaultNavigator::currentVaultChanged);
    connect(m_view, &QListView::clicked, this, &VaultNavigator::onClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (m_switching || !index.isValid())
                    return;
                // The list took over: the tree's vault is no longer the current one.
                m_treeCurrent = false;
                const QScopedValueRollback guard(m_switching, true);
                if (m_tree->selectionModel())
                    m_tree->selectionModel()->clearCurrentIndex();
            });
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Accounts"));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->hide();

    auto *title = new QLabel(tr("Key vaults"), this);
    title->setBuddy(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_view, 1);
}

void VaultNavigator::setAccountTree(core::AccountTreeModel *model)
{
    m_accounts = model;
    const auto favourites = AppSettings::favouriteVaults();
    model->setFavourites(QSet<QString>(favourites.cbegin(), favourites.cend()));
    m_treeProxy = new AccountTreeProxy(this);
    m_treeProxy->setSourceModel(model);
    m_treeProxy->setFilterRole(core::AccountTreeModel::NameRole);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setDynamicSortFilter(true);
    m_treeProxy->sort(0);
    connect(m_filter, &QLineEdit::textChanged, m_treeProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_tree->setModel(m_treeProxy);
    const auto updateVisibility = [this] { m_tree->setVisible(m_treeProxy->rowCount() > 0); };
    connect(m_treeProxy, &QAbstractItemModel::modelReset, this, updateVisibility);
    connect(m_treeProxy, &QAbstractItemModel::rowsInserted, this, updateVisibility);
    connect(m_treeProxy, &QAbstractItemModel::rowsRemoved, this, updateVisibility);
    updateVisibility();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VaultNavigator::onTreeCurrentChanged);
}

void VaultNavigator::onTreeCurrentChanged(const QModelIndex &index)
{
    if (m_switching)
        return;
    const bool vault = index.data(core::AccountTreeModel::NodeTypeRole).toInt() ==
                       int(core::AccountTreeModel::NodeType::Vault);
    if (!vault)
        return;
    m_treeCurrent = true;
    {
        const QScopedValueRollback guard(m_switching, true);
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
    }
    Q_EMIT currentVaultChanged();
}

void VaultNavigator::setVaults(const QList<core::VaultReference> &vaults)
{
    const auto current = currentVault();
    m_model->setVaults(vaults);
    if (current)
        selectVault(current->uri);
}

bool VaultNavigator::selectVault(const QUrl &url)
{
    const auto index = m_proxy->mapFromSource(m_model->indexOf(url));
    if (!index.isValid() && m_accounts) {
        const auto inTree = m_treeProxy->mapFromSource(m_accounts->findVault(url));
        if (!inTree.isValid())
            return false;
        m_tree->setCurrentIndex(inTree);
        return true;
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

std::optional<core::VaultReference> VaultNavigator::currentVault() const
{
    if (m_treeCurrent && m_accounts) {
        const auto vault = m_accounts->vault(m_treeProxy->mapToSource(m_tree->currentIndex()));
        if (vault.uri.isValid())
            return vault;
        return std::nullopt;
    }
    const auto index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->vault(m_proxy->mapToSource(index));
}

bool VaultNavigator::isCurrentFavourite() const
{
    if (m_treeCurrent)
        return m_tree->currentIndex().data(core::AccountTreeModel::FavouriteRole).toBool();
    return m_view->currentIndex().data(VaultNavigatorModel::FavouriteRole).toBool();
}

void VaultNavigator::setCurrentFavourite(bool favourite)
{
    if (m_treeCurrent && m_accounts) {
        const auto index = m_treeProxy->mapToSource(m_tree->currentIndex());
        m_accounts->setFavourite(index, favourite);
        // Kept with the list's favourites, by URL.
        auto favourites = AppSettings::favouriteVaults();
        const auto url = m_accounts->vault(index).uri.toString();
        favourites.removeAll(url);
        if (favourite)
            favourites.append(url);
        AppSettings::setFavouriteVaults(favourites);
        return;
    }
    const auto index = m_view->currentIndex();
    if (index.isValid())
        m_model->setFavourite(m_proxy->mapToSource(index), favourite);
    m_view->scrollTo(m_view->currentIndex());
}

void VaultNavigator::onClicked(const QModelIndex &index)
{
    // A click on the star toggles the favourite mark.
    const auto rect = m_view->visualRect(index);
    const auto position = m_view->viewport()->mapFromGlobal(QCursor::pos());
    if (position.x() - rect.left() < 24)
        m_model->setFavourite(m_proxy->mapToSource(index),
                              !index.data(VaultNavigatorModel::FavouriteRole).toBool());
}

} // namespace kluis::ui
