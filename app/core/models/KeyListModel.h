#pragma once

#include "models/ItemListModel.h"

namespace kluis::core {

// Keys of one vault, or its deleted keys, loaded page by page. Lists carry no key type and no
// permitted operations: with the details source the rows passed to requestDetails are completed
// by a GET of their key (public parts only); "…" stands in until then.
class KeyListModel : public ItemListModel<KeyItem>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KeyTypeColumn,    // "RSA 2048", "EC P-256"
        OperationsColumn, // "sign, verify", in the order the vault gives them
        EnabledColumn,
        ExpiresColumn,
        UpdatedColumn,
        TagsColumn,
        DeletedColumn,        // deleted keys only
        ScheduledPurgeColumn, // deleted keys only
        ColumnCount
    };

    explicit KeyListModel(QObject *parent = nullptr);

    static DetailSource keyDetails(const KeyVaultClient &client);
    static DetailSource deletedKeyDetails(const KeyVaultClient &client);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QUrl itemId(const KeyItem &item) const override { return item.kid; }
};

} // namespace kluis::core
