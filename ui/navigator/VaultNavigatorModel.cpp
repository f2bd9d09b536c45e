#include "navigator/VaultNavigatorModel.h"

#include "session/AppSettings.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace kluis::ui {

namespace {
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
} // namespace

VaultNavigatorModel::VaultNavigatorModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_starFilled(starIcon(true))
    , m_starEmpty(starIcon(false))
{
    const auto favourites = AppSettings::favouriteVaults();
    m_favourites = QSet<QString>(favourites.cbegin(), favourites.cend());
}

void VaultNavigatorModel::setVaults(const QList<core::VaultReference> &vaults)
{
    beginResetModel();
    m_vaults = vaults;
    endResetModel();
}

core::VaultReference VaultNavigatorModel::vault(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_vaults.at(index.row());
}

QModelIndex VaultNavigatorModel::indexOf(const QUrl &url) const
{
    for (int row = 0; row < m_vaults.size(); ++row) {
        if (m_vaults.at(row).uri.matches(url, QUrl::StripTrailingSlash))
            return index(row);
    }
    return {};
}

void VaultNavigatorModel::setFavourite(const QModelIndex &index, bool favourite)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return;
    const auto key = m_vaults.at(index.row()).uri.toString();
    if (favourite)
        m_favourites.insert(key);
    else
        m_favourites.remove(key);
    auto list = QStringList(m_favourites.cbegin(), m_favourites.cend());
    list.sort();
    AppSettings::setFavouriteVaults(list);
    Q_EMIT dataChanged(index, index);
}

int VaultNavigatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_vaults.size());
}

QVariant VaultNavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &vault = m_vaults.at(index.row());
    const bool favourite = m_favourites.contains(vault.uri.toString());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return vault.name;
    case Qt::DecorationRole:
        return favourite ? m_starFilled : m_starEmpty;
    case Qt::ToolTipRole:
        if (vault.subscriptionId.isEmpty())
            return tr("%1\nAttached by URL").arg(vault.uri.toString());
        return tr("%1\nSubscription: %2\nResource group: %3")
            .arg(vault.uri.toString(), vault.subscriptionId, vault.resourceGroup);
    case Qt::AccessibleDescriptionRole:
        return favourite ? tr("Favourite") : QString();
    case UrlRole:
        return vault.uri;
    case FavouriteRole:
        return favourite;
    default:
        return {};
    }
}

} // namespace kluis::ui
