#include "navigator/VaultNavigator.h"

#include "navigator/VaultNavigatorModel.h"

#include <QCursor>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
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
} // namespace

VaultNavigator::VaultNavigator(QWidget *parent)
    : QWidget(parent)
    , m_model(new VaultNavigatorModel(this))
    , m_proxy(new NavigatorProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
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

    auto *title = new QLabel(tr("Key vaults"), this);
    title->setBuddy(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
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
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

std::optional<core::VaultReference> VaultNavigator::currentVault() const
{
    const auto index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->vault(m_proxy->mapToSource(index));
}

bool VaultNavigator::isCurrentFavourite() const
{
    return m_view->currentIndex().data(VaultNavigatorModel::FavouriteRole).toBool();
}

void VaultNavigator::setCurrentFavourite(bool favourite)
{
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
