#pragma once

#include "clients/KeyVaultClient.h"
#include "net/PagingGuard.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>

namespace kluis::core {

// What every list of vault objects shares: pages loaded one after another through
// canFetchMore/fetchMore, a loading state and the last error. ItemListModel<T> (ItemListModel.h)
// holds the rows.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Roles the key, certificate and version models share (SecretListModel has its own).
    enum CommonRole
    {
        IdRole = Qt::UserRole + 1, // QUrl
        NameRole,                  // QString, for sorting and filtering
        EnabledRole,               // bool
        ExpiresRole,               // QDateTime, invalid when none
        UpdatedRole,               // QDateTime
        TagsRole,                  // QVariantMap
        ManagedRole,               // bool: backs a certificate
        DeletedRole,               // QDateTime, deleted items only
        ScheduledPurgeRole,        // QDateTime, deleted items only
        VersionRole,               // QString
        DetailRole,                // QString: key type, subject, content type
    };

    // Starts again from the first page (also after an error).
    void reload();
    // Pages that come within this time of each other are inserted together.
    static constexpr int BatchMilliseconds = 150;

    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }
    const std::optional<AzureError> &lastError() const { return m_error; }

    // What list items lack (a key's type and operations, a certificate's subject) comes from a
    // request per item, asked for only for the rows given here (the ones on screen).
    enum class DetailState
    {
        Unknown, // not asked for yet, or on its way
        Known,   // filled in (or the list needs no details)
        Failed,
    };
    // Replaces the rows still waiting for their details with `rows`; each item is asked for
    // once per listing, at most MaxDetailRequests at a time. Answers for an earlier listing or
    // source are dropped.
    virtual void requestDetails(const QList<int> &rows) { Q_UNUSED(rows) }
    virtual DetailState detailState(int row) const
    {
        Q_UNUSED(row)
        return DetailState::Known;
    }
    static constexpr int MaxDetailRequests = 4;

    int rowCount(const QModelIndex &parent = {}) const override;
    // False while a page is loading, after the last page, and after an error (reload() then).
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Shared cell texts.
    static QString dateText(const std::optional<QDateTime> &time);
    static QString tagsText(const QMap<QString, QString> &tags); // "a=1, b=2"
    static QString enabledText(bool enabled);
    static QVariantMap tagsMap(const QMap<QString, QString> &tags);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const kluis::core::AzureError &error);
    void completed();

protected:
    explicit PagedListModel(QObject *parent = nullptr);

    virtual bool hasSource() const = 0;
    virtual void clearItems() = 0;
    virtual qsizetype itemCount() const = 0;
    // Loads the page at `next` (empty: the first) and ends with pageFailed or pageLoaded.
    virtual void startFetch(quint64 generation, QUrl next) = 0;
    // Lists again from the first page into the rows shown, and ends like startFetch.
    virtual void startRefresh(quint64 generation) = 0;

    quint64 generation() const { return m_generation; }
    // This listing's PagingGuard: an error when `next` must not be followed.
    std::optional<AzureError> checkPage(const QUrl &url, qsizetype items, const QUrl &next)
    {
        return m_guard.check(url, items, next);
    }
    void pageFailed(const AzureError &error);
    void pageLoaded(const QUrl &next);
    // Like reload(), but `fill` puts rows listed earlier in at once; they are then refreshed.
    void restoreAndRefresh(const std::function<void()> &fill);

private:
    void setLoading(bool loading);

    QUrl m_next;
    bool m_loading = false;
    bool m_complete = true;
    std::optional<AzureError> m_error;
    quint64 m_generation = 0;
    PagingGuard m_guard;
};

} // namespace kluis::core
