#pragma once

#include "models/ItemListModel.h"

namespace kluis::core {

// Secrets of one vault (or the versions of one secret, or the deleted secrets), loaded page
// by page through canFetchMore/fetchMore. Holds list items only, never a secret value.
class SecretListModel : public ItemListModel<SecretItem>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ContentTypeColumn,
        EnabledColumn,
        ExpiresColumn,
        UpdatedColumn,
        ColumnCount
    };

    explicit SecretListModel(QObject *parent = nullptr);

    static PageSource versions(const KeyVaultClient &client, const QString &name);

    // setSource, reload, isLoading, isComplete, lastError, item, canFetchMore and fetchMore
    // come from ItemListModel/PagedListModel.

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QUrl itemId(const SecretItem &item) const override { return item.id; }
};

} // namespace kluis::core
