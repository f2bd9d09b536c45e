#include "navigator/VaultNavigator.h"

#include "accounts/AccountTreeModel.h"
#include "session/AppSettings.h"

#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace kluis::ui {

using core::AccountTreeModel;
using NodeType = core::AccountTreeModel::NodeType;

namespace {

NodeType nodeType(const QModelIndex &index)
{
    return NodeType(index.data(AccountTreeModel::NodeTypeRole).toInt());
}

QIcon starIcon(bool filled)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const double radius = (i % 2 == 0) ? 15.0 : 6.5;
        const double angle = -M_PI / 2 + i * M_PI / 5;
        star << QPointF(16 + radius * std::cos(angle), 17 + radius * std::sin(angle));
    }
    painter.setPen(QPen(QColor(0xb0, 0x80, 0x00), 2));
    painter.setBrush(filled ? QColor(0xf0, 0xb4, 0x00) : QColor(Qt::transparent));
    painter.drawPolygon(star);
    return QIcon(pixmap);
}

// The tree as the navigator shows it: the quick filter matches vault names only (their groups
// stay visible around a match, accounts always, so they can be opened); empty groups are
// hidden; favourites first among their siblings, then by name as people read it; each vault
// with its star.
class NavigatorProxy : public QSortFilterProxyModel
{
public:
    explicit NavigatorProxy(QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_starFilled(starIcon(true))
        , m_starEmpty(starIcon(false))
    {}

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto source = mapToSource(index);
        const auto type = nodeType(source);
        if (type == NodeType::Vault) {
            const bool favourite = source.data(AccountTreeModel::FavouriteRole).toBool();
            switch (role) {
            case Qt::DecorationRole:
                return favourite ? m_starFilled : m_starEmpty;
            case Qt::AccessibleDescriptionRole:
                return favourite ? VaultNavigator::tr("Favourite") : QString();
            case Qt::ToolTipRole: {
                const auto url = source.data(AccountTreeModel::VaultUrlRole).toUrl().toString();
                const auto subscription =
                    source.data(AccountTreeModel::SubscriptionIdRole).toString();
                if (subscription.isEmpty())
                    return url;
                return VaultNavigator::tr("%1\nSubscription: %2\nResource group: %3")
                    .arg(url, subscription,
                         source.data(AccountTreeModel::ResourceGroupRole).toString());
            }
            default:
                break;
            }
        } else if (role == Qt::FontRole &&
                   (type == NodeType::FavouritesRoot || type == NodeType::AttachedRoot)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto index = sourceModel()->index(row, 0, parent);
        const bool unfiltered = filterRegularExpression().pattern().isEmpty();
        switch (nodeType(index)) {
        case NodeType::FavouritesRoot:
        case NodeType::AttachedRoot:
            return false; // shown through their vaults
        case NodeType::Account:
            return true;
        case NodeType::Subscription:
        case NodeType::ResourceGroup:
            return unfiltered;
        case NodeType::Vault:
            return unfiltered || QSortFilterProxyModel::filterAcceptsRow(row, parent);
        }
        return true;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (!left.parent().isValid())
            return left.row() < right.row();
        const bool leftFavourite = left.data(AccountTreeModel::FavouriteRole).toBool();
        const bool rightFavourite = right.data(AccountTreeModel::FavouriteRole).toBool();
        if (leftFavourite != rightFavourite)
            return leftFavourite;
        return QString::localeAwareCompare(left.data(AccountTreeModel::NameRole).toString(),
                                           right.data(AccountTreeModel::NameRole).toString()) < 0;
    }

private:
    QIcon m_starFilled;
    QIcon m_starEmpty;
};

} // namespace

VaultNavigator::VaultNavigator(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_filter->setPlaceholderText(tr("Filter vaults"));
    m_filter->setAccessibleName(tr("Filter vaults"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &VaultNavigator::onFilterChanged);

    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Vaults"));
    m_tree->setAccessibleDescription(tr("Favourites, attached vaults and the vaults of each "
                                        "account. Click a vault's star to pin it to Favourites."));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree, &QTreeView::clicked, this, &VaultNavigator::onClicked);

    auto *title = new QLabel(tr("Key vaults"), this);
    title->setBuddy(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
}

void VaultNavigator::setAccountTree(core::AccountTreeModel *model)
{
    m_accounts = model;
    const auto favourites = AppSettings::favouriteVaults.value();
    model->setFavourites(QSet<QString>(favourites.cbegin(), favourites.cend()));
    model->setAttachedVaults(m_vaults, nullptr);
    m_proxy = new NavigatorProxy(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(AccountTreeModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    // Newer Qt re-sorts only when the sort role changes: a pin moves the vault up.
    m_proxy->setSortRole(AccountTreeModel::FavouriteRole);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0);
    // Before the view's selection model hears of it: when the current row goes (a favourite
    // unpinned, a filter typed), the row the selection falls back to is not a choice.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_removing = true; });
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_removing = true; });
    m_tree->setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_removing = false;
        restoreSelection();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_removing = false;
        expandGroups();
        restoreSelection();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            expandGroups();
        else if (!m_filter->text().isEmpty())
            expandMatches(parent);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VaultNavigator::onCurrentChanged);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &VaultNavigator::contentChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &VaultNavigator::contentChanged);
    // Found through its account: opened again, through that account.
    connect(model, &AccountTreeModel::vaultLocated, this, [this](const QUrl &url) {
        if (!m_current || !m_current->uri.matches(url, QUrl::StripTrailingSlash))
            return;
        if (const auto place = m_accounts->findVault(url); place.isValid())
            m_current = m_accounts->vault(place);
        Q_EMIT currentVaultChanged();
    });
    expandGroups();
}

void VaultNavigator::setVaults(const QList<core::VaultReference> &vaults)
{
    m_vaults = vaults;
    if (!m_accounts)
        return;
    m_accounts->setAttachedVaults(vaults, nullptr);
    // A vault listed nowhere any more is no longer the current one.
    if (m_current && !m_accounts->placeOf(m_current->uri).isValid())
        m_current.reset();
    restoreSelection();
}

bool VaultNavigator::selectVault(const QUrl &url)
{
    if (!m_accounts)
        return false;
    const auto index = m_proxy->mapFromSource(m_accounts->placeOf(url));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

std::optional<core::VaultReference> VaultNavigator::currentVault() const
{
    return m_current;
}

bool VaultNavigator::isCurrentFavourite() const
{
    return m_current && m_accounts && m_accounts->isFavourite(m_current->uri);
}

bool VaultNavigator::isEmpty() const
{
    if (!m_accounts)
        return m_vaults.isEmpty();
    // Top level: the Favourites and Attached groups (holding vaults) and the accounts.
    for (int row = 0; row < m_accounts->rowCount(); ++row) {
        const auto index = m_accounts->index(row, 0);
        if (nodeType(index) == NodeType::Account || m_accounts->rowCount(index) > 0)
            return false;
    }
    return true;
}

void VaultNavigator::setCurrentFavourite(bool favourite)
{
    if (!m_current || !m_accounts || favourite == isCurrentFavourite())
        return;
    m_accounts->setFavourite(m_current->uri, favourite);
    saveFavourites();
    if (m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
}

void VaultNavigator::onCurrentChanged(const QModelIndex &index)
{
    if (m_switching || m_removing || nodeType(index) != NodeType::Vault)
        return;
    const auto place = m_proxy->mapToSource(index);
    const auto vault = m_accounts->vault(place);
    if (!vault.uri.isValid())
        return;
    // The same vault chosen in another place through the same account (its favourite entry)
    // is already open; through another account it is another connection.
    const auto accountOf = [](const QModelIndex &at) {
        return at.data(AccountTreeModel::AccountIdRole).toString();
    };
    const bool same = m_current && m_current->uri.matches(vault.uri, QUrl::StripTrailingSlash) &&
                      accountOf(m_currentPlace) == accountOf(place);
    m_current = vault;
    m_currentPlace = place;
    if (!same)
        Q_EMIT currentVaultChanged();
    // A favourite from an account whose branch is not loaded: find which account reaches it.
    if (!m_accounts->findVault(vault.uri).isValid() &&
        !m_accounts->placeOf(vault.uri, false).isValid())
        m_accounts->locate(vault.uri);
}

// The tree shows the current vault selected where it is listed, or nothing selected.
void VaultNavigator::restoreSelection()
{
    if (!m_accounts)
        return;
    const QScopedValueRollback guard(m_switching, true);
    const auto current = m_tree->currentIndex();
    if (m_current && nodeType(current) == NodeType::Vault &&
        current.data(AccountTreeModel::VaultUrlRole)
            .toUrl()
            .matches(m_current->uri, QUrl::StripTrailingSlash))
        return;
    const auto place =
        m_current ? m_proxy->mapFromSource(m_accounts->placeOf(m_current->uri)) : QModelIndex();
    if (place.isValid()) {
        m_tree->setCurrentIndex(place);
        return;
    }
    m_tree->selectionModel()->clearCurrentIndex();
    m_tree->clearSelection();
}

void VaultNavigator::onClicked(const QModelIndex &index)
{
    if (nodeType(index) != NodeType::Vault)
        return;
    // A click on the star toggles the favourite mark.
    const auto rect = m_tree->visualRect(index);
    const int starEnd = rect.left() + m_tree->iconSize().width() + 8;
    if (m_pressPosition.x() < rect.left() || m_pressPosition.x() > starEnd)
        return;
    m_accounts->setFavourite(m_proxy->mapToSource(index),
                             !index.data(AccountTreeModel::FavouriteRole).toBool());
    saveFavourites();
}

bool VaultNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::MouseButtonPress)
        m_pressPosition = static_cast<QMouseEvent *>(event)->position().toPoint();
    return QWidget::eventFilter(watched, event);
}

void VaultNavigator::onFilterChanged(const QString &text)
{
    if (!m_proxy)
        return;
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty())
        expandMatches({});
    expandGroups();
    restoreSelection();
}

void VaultNavigator::expandGroups()
{
    if (!m_proxy)
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const auto index = m_proxy->index(row, 0);
        const auto type = nodeType(index);
        if (type == NodeType::FavouritesRoot || type == NodeType::AttachedRoot)
            m_tree->expand(index);
    }
}

// While filtering, every loaded branch that holds a match is opened, so the match shows.
void VaultNavigator::expandMatches(const QModelIndex &parent)
{
    if (parent.isValid() && m_proxy->rowCount(parent) > 0)
        m_tree->expand(parent);
    for (int row = 0; row < m_proxy->rowCount(parent); ++row)
        expandMatches(m_proxy->index(row, 0, parent));
}

void VaultNavigator::saveFavourites()
{
    const auto favourites = m_accounts->favourites();
    auto list = QStringList(favourites.cbegin(), favourites.cend());
    list.sort();
    AppSettings::favouriteVaults.set(list);
    Q_EMIT favouritesChanged();
}

} // namespace kluis::ui
