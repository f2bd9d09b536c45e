#pragma once

#include "crossvault/ObjectSummary.h"

#include <QAbstractTableModel>

namespace kluis::ui {

// The matches of a search across vaults, in the order they came.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VaultColumn,
        KindColumn,
        NameColumn,
        ContentTypeColumn,
        TagsColumn,
        ExpiresColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void append(const QList<core::ObjectSummary> &matches);
    void clear();
    const core::ObjectSummary &summary(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(core::ObjectKind kind);

private:
    QList<core::ObjectSummary> m_rows;
};

} // namespace kluis::ui
