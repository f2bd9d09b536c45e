#pragma once

#include "models/ItemListModel.h"

namespace kluis::core {

// One version of a secret, key or certificate, as the versions list shows it.
struct VersionItem
{
    QUrl id; // with the version
    QString name;
    QString version;
    QString detail; // a secret's content type, a certificate's thumbprint (hex)
    ObjectAttributes attributes;
    QMap<QString, QString> tags;

    static VersionItem from(const SecretItem &item);
    static VersionItem from(const KeyItem &item);
    static VersionItem from(const CertificateItem &item);
};

// The versions of one object, loaded page by page when showVersions is called.
class VersionListModel : public ItemListModel<VersionItem>
{
    Q_OBJECT

public:
    enum Column
    {
        VersionColumn,
        EnabledColumn,
        DetailColumn, // content type (secrets), thumbprint (certificates); empty for keys
        CreatedColumn,
        UpdatedColumn,
        ExpiresColumn,
        TagsColumn,
        ColumnCount
    };
    explicit VersionListModel(QObject *parent = nullptr);

    // Item: SecretItem, KeyItem or CertificateItem.
    template<typename Item> void showVersions(const KeyVaultClient &client, const QString &name);
    void clear(); // no object, no rows

    // Whose versions are shown: none after clear().
    std::optional<ObjectKind> objectKind() const { return m_kind; }
    QString objectName() const { return m_name; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QUrl itemId(const VersionItem &item) const override { return item.id; }

private:
    void show(std::optional<ObjectKind> kind, const QString &name, PageSource source);

    std::optional<ObjectKind> m_kind;
    QString m_name;
};

} // namespace kluis::core
