#pragma once

#include "models/PagedListModel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

namespace kluis::core {

// The rows of one kind of list item; T is SecretItem, KeyItem, CertificateItem, ...
//
// Pages are gathered and inserted together until BatchMilliseconds have passed (the first rows
// of a listing at once): a view repaints after every insertion, and a repaint for every page of
// a fast service made the window list ten times slower than kluisctl.
template<typename T> class ItemListModel : public PagedListModel
{
public:
    // Gives the page after `next` (an empty URL asks for the first page).
    using PageSource = std::function<QCoro::Task<Result<ItemPage<T>>>(QUrl next)>;
    // Fills in what list items lack (a key's type, a certificate's subject) for one row.
    using DetailSource = std::function<QCoro::Task<Result<T>>(T item)>;

    // The vault's live or deleted items of this kind (T names its ObjectKind), page by page.
    static PageSource live(const KeyVaultClient &client)
    {
        return [client](QUrl next) { return client.list<T>(std::move(next)); };
    }
    static PageSource deleted(const KeyVaultClient &client)
    {
        return [client](QUrl next) { return client.listDeleted<T>(std::move(next)); };
    }

    // Listings remembered per model (one per vault), in memory only.
    static constexpr int RememberedListings = 8;

    // Empties the model; rows come with fetchMore. With `details`, the rows passed to
    // requestDetails are completed by a request each (rows stay as listed when it fails).
    // With a `memoryKey` (the vault's address), a complete listing is remembered when the model
    // turns to another source and shown again at once when it comes back to that key; its rows
    // are then refreshed in place (kept, updated, added, removed), so a selection and the
    // scroll position stay.
    void setSource(PageSource source, DetailSource details = {}, const QString &memoryKey = {})
    {
        // A shallow copy: the reset below lets go of the model's own.
        const bool keep = !m_memoryKey.isEmpty() && isComplete() && !isLoading() && !lastError();
        const QString previousKey = m_memoryKey;
        QList<T> previous = keep ? m_items : QList<T>();

        m_source = std::move(source);
        m_details = std::move(details);
        m_detailCache.clear();
        m_memoryKey = m_source ? memoryKey : QString();
        const auto remembered = m_memory.find(m_memoryKey);
        if (!m_memoryKey.isEmpty() && remembered != m_memory.end()) {
            QList<T> rows = std::move(remembered.value());
            m_memory.erase(remembered);
            m_memoryOrder.removeOne(m_memoryKey);
            restoreAndRefresh([this, &rows] { m_items = std::move(rows); });
        } else {
            reload();
        }
        if (keep)
            remember(previousKey, std::move(previous));
    }
    // Every remembered listing dropped (after signing out, say).
    void forgetListings()
    {
        m_memory.clear();
        m_memoryOrder.clear();
    }
    bool remembers(const QString &memoryKey) const { return m_memory.contains(memoryKey); }

    void requestDetails(const QList<int> &rows) override
    {
        if (!m_details)
            return;
        m_detailQueue.clear();
        for (const int row : rows) {
            if (row >= 0 && row < m_items.size() &&
                !m_detailStates.contains(itemId(m_items.at(row))))
                m_detailQueue.append(row);
        }
        startDetailRequests();
    }
    DetailState detailState(int row) const override
    {
        if (!m_details || row < 0 || row >= m_items.size())
            return DetailState::Known;
        const auto state = m_detailStates.constFind(itemId(m_items.at(row)));
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

    // Identifies an item across listings of the same source.
    virtual QUrl itemId(const T &item) const = 0;

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
    void startRefresh(quint64 generation) override { refresh(generation); }
    // A row at `row` replaced (e.g. by details fetched later).
    void replaceItem(qsizetype row, T value)
    {
        m_items[row] = std::move(value);
        Q_EMIT dataChanged(index(static_cast<int>(row), 0),
                           index(static_cast<int>(row), columnCount() - 1));
    }

    QList<T> m_items;

private:
    using Take = std::function<void(QList<T>)>;

    // Follows pages from `next`, handing their rows to `take` in batches: the first rows of a
    // listing alone, then every BatchMilliseconds. With `toTheEnd` it goes on to the last page,
    // otherwise it stops after a batch. Returns the next link to follow (empty at the end), or
    // nothing when the listing failed (pageFailed was called) or was dropped.
    QCoro::Task<std::optional<QUrl>> walkPages(quint64 generation, QUrl next, bool toTheEnd,
                                               Take take)
    {
        QPointer<PagedListModel> guard(this);
        auto source = m_source;
        QElapsedTimer gathering;
        gathering.start();
        QList<T> batch;
        // An empty page with a nextLink is normal: keep going until rows or the end arrive.
        for (;;) {
            // A named task, not a temporary: GCC 12 mishandles temporaries in co_await.
            auto task = source(next);
            auto page = co_await task;
            if (!guard || generation != this->generation())
                co_return std::nullopt;
            if (!page) {
                take(std::move(batch));
                pageFailed(page.error());
                co_return std::nullopt;
            }
            next = page->nextLink;
            const auto items = page->items.size();
            batch.append(std::move(page.value().items));
            // The rows read stay; a next link that leads nowhere ends the listing.
            if (auto stop = checkPage(page->url, items, next)) {
                take(std::move(batch));
                pageFailed(*stop);
                co_return std::nullopt;
            }
            if (next.isEmpty())
                break;
            const bool due = m_items.isEmpty() || gathering.elapsed() >= BatchMilliseconds;
            if (!batch.isEmpty() && due) {
                if (!toTheEnd)
                    break;
                take(std::exchange(batch, {}));
                gathering.restart();
            }
        }
        take(std::move(batch));
        co_return next;
    }

    QCoro::Task<> fetchPage(quint64 generation, QUrl next)
    {
        QPointer<PagedListModel> guard(this);
        // A copy (QUrl is shared): clang-tidy 14 counts the coroutine frame's own copy of a
        // moved parameter as a use after the move.
        auto task = walkPages(generation, next, false,
                              [this](QList<T> rows) { appendRows(std::move(rows)); });
        const auto following = co_await task;
        if (guard && following)
            pageLoaded(*following);
    }

    // Lists the source again into the rows shown: an unchanged item (same `updated`) keeps its
    // row and its details, a changed one is replaced in place, new ones are added, and the rows
    // the listing no longer has are removed at the end.
    QCoro::Task<> refresh(quint64 generation)
    {
        QPointer<PagedListModel> guard(this);
        auto rowOf = std::make_shared<QHash<QUrl, qsizetype>>();
        rowOf->reserve(m_items.size());
        for (qsizetype row = 0; row < m_items.size(); ++row)
            rowOf->insert(itemId(m_items.at(row)), row);
        auto seen = std::make_shared<std::vector<bool>>(m_items.size(), false);
        auto task = walkPages(generation, QUrl(), true, [this, rowOf, seen](QList<T> rows) {
            mergeRows(std::move(rows), *rowOf, *seen);
        });
        const auto following = co_await task;
        if (!guard || !following)
            co_return;
        removeUnseen(*seen);
        pageLoaded(*following);
    }

    void mergeRows(QList<T> rows, const QHash<QUrl, qsizetype> &rowOf, std::vector<bool> &seen)
    {
        QList<T> added;
        for (auto &item : rows) {
            const QUrl id = itemId(item);
            const auto found = rowOf.constFind(id);
            if (found == rowOf.cend()) {
                added.append(std::move(item));
                continue;
            }
            const qsizetype row = found.value();
            seen[row] = true;
            if (m_items.at(row).attributes.updated == item.attributes.updated)
                continue;
            m_detailStates.remove(id);
            replaceItem(row, std::move(item));
        }
        appendRows(std::move(added));
        seen.resize(m_items.size(), true);
    }

    void removeUnseen(const std::vector<bool> &seen)
    {
        // From the end, one contiguous run at a time, so the rows before keep their numbers.
        auto last = static_cast<qsizetype>(seen.size()) - 1;
        while (last >= 0) {
            if (seen[last]) {
                --last;
                continue;
            }
            qsizetype first = last;
            while (first > 0 && !seen[first - 1])
                --first;
            beginRemoveRows({}, static_cast<int>(first), static_cast<int>(last));
            m_items.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
    }

    void appendRows(QList<T> rows)
    {
        if (rows.isEmpty())
            return;
        if (m_details)
            takeCachedDetails(rows);
        const auto first = static_cast<int>(m_items.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_items.append(std::move(rows));
        endInsertRows();
    }

    void remember(const QString &key, QList<T> rows)
    {
        m_memory.insert(key, std::move(rows));
        m_memoryOrder.removeOne(key);
        m_memoryOrder.append(key);
        while (m_memoryOrder.size() > RememberedListings)
            m_memory.remove(m_memoryOrder.takeFirst());
    }

    // An item unchanged since its details came (same `updated`) takes them from the cache: a
    // reload after an action asks again only for what changed.
    void takeCachedDetails(QList<T> &items)
    {
        for (auto &item : items) {
            const QUrl id = itemId(item);
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
            const QUrl id = itemId(m_items.at(row));
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
        if (!guard || generation != this->generation())
            co_return;
        --m_detailsInFlight;
        const QUrl id = itemId(listed);
        // A refresh may have removed rows meanwhile: `row` must still hold the same item.
        const bool sameRow = row < m_items.size() && itemId(m_items.at(row)) == id;
        if (detailed) {
            m_detailStates.insert(id, DetailState::Known);
            m_detailCache.insert(id, detailed.value());
            if (sameRow)
                replaceItem(row, std::move(detailed).value());
        } else {
            m_detailStates.insert(id, DetailState::Failed);
            if (sameRow)
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
    QString m_memoryKey;
    QHash<QString, QList<T>> m_memory; // remembered complete listings, by memory key
    QStringList m_memoryOrder;         // least recently left first
};

} // namespace kluis::core
