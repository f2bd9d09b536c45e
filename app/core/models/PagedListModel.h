#pragma once

#include "clients/KeyVaultClient.h"
#include "net/PagingGuard.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

namespace kluis::core {

// What every list of vault objects shares: pages loaded one after another through
// canFetchMore/fetchMore, a loading state and the last error. ItemListModel<T> holds the rows.
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

    quint64 generation() const { return m_generation; }
    // This listing's PagingGuard: an error when `next` must not be followed.
    std::optional<AzureError> checkPage(const QUrl &url, qsizetype items, const QUrl &next)
    {
        return m_guard.check(url, items, next);
    }
    void pageFailed(const AzureError &error);
    void pageLoaded(const QUrl &next);

private:
    void setLoading(bool loading);

    QUrl m_next;
    bool m_loading = false;
    bool m_complete = true;
    std::optional<AzureError> m_error;
    quint64 m_generation = 0;
    PagingGuard m_guard;
};

// The rows of one kind of list item; T is SecretItem, KeyItem, CertificateItem, ...
template<typename T> class ItemListModel : public PagedListModel
{
public:
    // Gives the page after `next` (an empty URL asks for the first page).
    using PageSource = std::function<QCoro::Task<Result<ItemPage<T>>>(QUrl next)>;
    // Fills in what list items lack (a key's type, a certificate's subject) for one row.
    using DetailSource = std::function<QCoro::Task<Result<T>>(T item)>;

    // Empties the model; rows come with fetchMore. With `details`, the rows passed to
    // requestDetails are completed by a request each (rows stay as listed when it fails).
    void setSource(PageSource source, DetailSource details = {})
    {
        m_source = std::move(source);
        m_details = std::move(details);
        m_detailCache.clear();
        reload();
    }

    void requestDetails(const QList<int> &rows) override
    {
        if (!m_details)
            return;
        m_detailQueue.clear();
        for (const int row : rows) {
            if (row >= 0 && row < m_items.size() &&
                !m_detailStates.contains(detailId(m_items.at(row))))
                m_detailQueue.append(row);
        }
        startDetailRequests();
    }
    DetailState detailState(int row) const override
    {
        if (!m_details || row < 0 || row >= m_items.size())
            return DetailState::Known;
        const auto state = m_detailStates.constFind(detailId(m_items.at(row)));
        return state == m_detailStates.cend() ? DetailState::Unknown : state.value();
    }
    T item(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        return m_items.at(index.row());
    }
    const QList<T> &items() const { return m_items; }

protected:
    using PagedListModel::PagedListModel;

    // Identifies an item across listings of the same source (for the details cache).
    virtual QUrl detailId(const T &item) const
    {
        Q_UNUSED(item)
        return {};
    }

    bool hasSource() const override { return bool(m_source); }
    void clearItems() override
    {
        m_items.clear();
        m_detailQueue.clear();
        m_detailStates.clear();
        m_detailsInFlight = 0; // answers still on their way belong to the old generation
    }
    qsizetype itemCount() const override { return m_items.size(); }
    void startFetch(quint64 generation, QUrl next) override { fetchPage(generation, next); }
    // A row at `row` replaced (e.g. by details fetched later).
    void replaceItem(qsizetype row, T value)
    {
        m_items[row] = std::move(value);
        Q_EMIT dataChanged(index(static_cast<int>(row), 0),
                           index(static_cast<int>(row), columnCount() - 1));
    }

    QList<T> m_items;

private:
    QCoro::Task<> fetchPage(quint64 generation, QUrl next)
    {
        QPointer<PagedListModel> guard(this);
        auto source = m_source;
        // An empty page with a nextLink is normal: keep going until rows or the end arrive.
        for (;;) {
            // A named task, not a temporary: GCC 12 mishandles temporaries in co_await.
            auto task = source(next);
            auto page = co_await task;
            if (!guard || generation != this->generation())
                co_return;
            if (!page) {
                pageFailed(page.error());
                co_return;
            }
            next = page->nextLink;
            if (!page->items.isEmpty()) {
                const auto first = static_cast<int>(m_items.size());
                if (m_details)
                    takeCachedDetails(page.value().items);
                beginInsertRows({}, first, first + static_cast<int>(page->items.size()) - 1);
                m_items.append(page->items);
                endInsertRows();
            }
            // The rows read stay; a next link that leads nowhere ends the listing.
            if (auto stop = checkPage(page->url, page->items.size(), next)) {
                pageFailed(*stop);
                co_return;
            }
            if (next.isEmpty() || !page->items.isEmpty())
                break;
        }
        pageLoaded(next);
    }
    // An item unchanged since its details came (same `updated`) takes them from the cache: a
    // reload after an action asks again only for what changed.
    void takeCachedDetails(QList<T> &items)
    {
        for (auto &item : items) {
            const QUrl id = detailId(item);
            const auto cached = m_detailCache.constFind(id);
            if (id.isEmpty() || cached == m_detailCache.cend() ||
                cached->attributes.updated != item.attributes.updated)
                continue;
            item = cached.value();
            m_detailStates.insert(id, DetailState::Known);
        }
    }
    void startDetailRequests()
    {
        while (m_detailsInFlight < MaxDetailRequests && !m_detailQueue.isEmpty()) {
            const int row = m_detailQueue.takeFirst();
            const QUrl id = detailId(m_items.at(row));
            if (m_detailStates.contains(id))
                continue;
            // Unknown while on its way: asked for once.
            m_detailStates.insert(id, DetailState::Unknown);
            ++m_detailsInFlight;
            fetchDetails(generation(), row, m_items.at(row));
        }
    }
    QCoro::Task<> fetchDetails(quint64 generation, qsizetype row, T listed)
    {
        QPointer<PagedListModel> guard(this);
        auto details = m_details;
        auto task = details(listed);
        auto detailed = co_await task;
        // Rows are only appended within one generation: `row` still holds the same item.
        if (!guard || generation != this->generation())
            co_return;
        --m_detailsInFlight;
        const QUrl id = detailId(listed);
        if (detailed) {
            m_detailStates.insert(id, DetailState::Known);
            m_detailCache.insert(id, detailed.value());
            replaceItem(row, std::move(detailed).value());
        } else {
            m_detailStates.insert(id, DetailState::Failed);
            Q_EMIT dataChanged(index(static_cast<int>(row), 0),
                               index(static_cast<int>(row), columnCount() - 1));
        }
        startDetailRequests();
    }

    PageSource m_source;
    DetailSource m_details;
    QList<int> m_detailQueue;
    QHash<QUrl, DetailState> m_detailStates; // this listing's
    QHash<QUrl, T> m_detailCache;            // this source's, by item id
    int m_detailsInFlight = 0;
};

} // namespace kluis::core
