#pragma once

#include "models/PagedListModel.h"

namespace kluis::core {

// Keys of one vault, or its deleted keys, loaded page by page. Lists carry no key type: with
// the details source each row is completed by a GET of its key (public parts only).
class KeyListModel : public ItemListModel<KeyItem>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KeyTypeColumn, // "RSA 2048", "EC P-256"
        EnabledColumn,
        ExpiresColumn,
        UpdatedColumn,
        TagsColumn,
        DeletedColumn,        // deleted keys only
        ScheduledPurgeColumn, // deleted keys only
        ColumnCount
    };

    explicit KeyListModel(QObject *parent = nullptr);

    static PageSource keys(const KeyVaultClient &client);
    static PageSource deletedKeys(const KeyVaultClient &client);
    static DetailSource keyDetails(const KeyVaultClient &client);
    static DetailSource deletedKeyDetails(const KeyVaultClient &client);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

// Certificates of one vault, or its deleted certificates, loaded page by page. Lists carry no
// subject: with the details source each row is completed by a GET of its certificate.
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

    static PageSource certificates(const KeyVaultClient &client);
    static PageSource deletedCertificates(const KeyVaultClient &client);
    static DetailSource certificateDetails(const KeyVaultClient &client);
    static DetailSource deletedCertificateDetails(const KeyVaultClient &client);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace kluis::core
