#include "VaultReferenceModel.h"

namespace kluis::core {

VaultReferenceModel::VaultReferenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VaultReferenceModel::setVaults(const QList<VaultReference> &vaults)
{
    beginResetModel();
    m_vaults = vaults;
    endResetModel();
}

VaultReference VaultReferenceModel::vault(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_vaults.size() ? m_vaults.at(index.row())
                                                            : VaultReference{};
}

int VaultReferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_vaults.size());
}

int VaultReferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultReferenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_vaults.size() || role != Qt::DisplayRole)
        return {};
    const auto &vault = m_vaults.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return vault.name;
    case UriColumn:
        return vault.uri.toString();
    case SubscriptionColumn:
        return vault.subscriptionId;
    case ResourceGroupColumn:
        return vault.resourceGroup;
    default:
        return {};
    }
}

QVariant VaultReferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UriColumn:
        return tr("Vault URI");
    case SubscriptionColumn:
        return tr("Subscription");
    case ResourceGroupColumn:
        return tr("Resource group");
    default:
        return {};
    }
}

} // namespace kluis::core
