#pragma once

#include "cloud/CloudProfile.h"

#include <QAbstractTableModel>

namespace kluis::core {

// Vaults known by reference (from a cloud profile, or attached by URL): name, URI,
// subscription and resource group.
class VaultReferenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UriColumn,
        SubscriptionColumn,
        ResourceGroupColumn,
        ColumnCount
    };

    explicit VaultReferenceModel(QObject *parent = nullptr);

    void setVaults(const QList<VaultReference> &vaults);
    VaultReference vault(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<VaultReference> m_vaults;
};

} // namespace kluis::core
