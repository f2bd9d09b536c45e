#pragma once

#include "clients/KeyVaultClient.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>

namespace kluis::core {

// Secrets of one vault (or the versions of one secret, or the deleted secrets), loaded page
// by page through canFetchMore/fetchMore. Holds list items only, never a secret value.
class SecretListModel : public QAbstractTableModel
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
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QUrl
        NameRole,                  // QString, for sorting and filtering
        EnabledRole,               // bool
        ExpiresRole,               // QDateTime, invalid when none
        UpdatedRole,               // QDateTime
    };

    // Gives the page after `next` (an empty URL asks for the first page).
    using PageSource = std::function<QCoro::Task<Result<ItemPage<SecretItem>>>(QUrl next)>;

    explicit SecretListModel(QObject *parent = nullptr);

    static PageSource secrets(const KeyVaultClient &client);
    static PageSource versions(const KeyVaultClient &client, const QString &name);
    static PageSource deletedSecrets(const KeyVaultClient &client);

    // Empties the model; rows come with fetchMore.
    void setSource(PageSource source);
    // Starts again from the first page (also after an error).
    void reload();

    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }
    const std::optional<AzureError> &lastError() const { return m_error; }
    SecretItem item(const QModelIndex &index) const;
    // Every row's item, without copying (filters and sorting over 100,000 rows).
    const QList<SecretItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // False while a page is loading, after the last page, and after an error (reload() then).
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const kluis::core::AzureError &error);
    void completed();

private:
    QCoro::Task<> fetchPage(quint64 generation, QUrl next);
    void setLoading(bool loading);

    PageSource m_source;
    QList<SecretItem> m_items;
    QUrl m_next;
    bool m_loading = false;
    bool m_complete = true;
    std::optional<AzureError> m_error;
    quint64 m_generation = 0;
};

} // namespace kluis::core
