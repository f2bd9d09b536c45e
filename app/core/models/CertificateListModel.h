#pragma once

#include "models/ItemListModel.h"

namespace kluis::core {

// Certificates of one vault, or its deleted certificates, loaded page by page. Lists carry no
// subject: with the details source the rows passed to requestDetails are completed by a GET of
// their certificate (which also brings its DER for the details panel).
class CertificateListModel : public ItemListModel<CertificateItem>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SubjectColumn,
        EnabledColumn,
        ExpiresColumn,
        UpdatedColumn,
        TagsColumn,
        ThumbprintColumn,     // x5t, hex
        DeletedColumn,        // deleted certificates only
        ScheduledPurgeColumn, // deleted certificates only
        ColumnCount
    };

    explicit CertificateListModel(QObject *parent = nullptr);

    static DetailSource certificateDetails(const KeyVaultClient &client);
    static DetailSource deletedCertificateDetails(const KeyVaultClient &client);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QUrl itemId(const CertificateItem &item) const override { return item.id; }
};

} // namespace kluis::core
