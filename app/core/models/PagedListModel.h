#pragma once

#include "clients/KeyVaultClient.h"

#include <QAbstractTableModel>
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
    void pageFailed(const AzureError &error);
    void pageLoaded(const QUrl &next);

private:
    void setLoading(bool loading);

    QUrl m_next;
    bool m_loading = false;
    bool m_complete = true;
    std::optional<AzureError> m_error;
    quint64 m_generation = 0;
};

// The rows of one kind of list item; T is SecretItem, KeyItem, CertificateItem, ...
template<typename T> class ItemListModel : public PagedListModel
{
public:
    // Gives the page after `next` (an empty URL asks for the first page).
    using PageSource = std::function<QCoro::Task<Result<ItemPage<T>>>(QUrl next)>;
    // Fills in what list items lack (a key's type, a certificate's subject) for one row.
    using DetailSource = std::function<QCoro::Task<Result<T>>(T item)>;

    // Empties the model; rows come with fetchMore. With `details`, every row loaded is
    // completed by its own request afterwards (rows stay as listed when it fails).
    void setSource(PageSource source, DetailSource details = {})
    {
        m_source = std::move(source);
        m_details = std::move(details);
        reload();
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

    bool hasSource() const override { return bool(m_source); }
    void clearItems() override { m_items.clear(); }
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
                beginInsertRows({}, first, first + static_cast<int>(page->items.size()) - 1);
                m_items.append(page->items);
                endInsertRows();
                if (m_details) {
                    for (auto row = first; row < m_items.size(); ++row)
                        fetchDetails(generation, row, m_items.at(row));
                }
            }
            if (next.isEmpty() || !page->items.isEmpty())
                break;
        }
        pageLoaded(next);
    }
    QCoro::Task<> fetchDetails(quint64 generation, qsizetype row, T listed)
    {
        QPointer<PagedListModel> guard(this);
        auto details = m_details;
        auto task = details(listed);
        auto detailed = co_await task;
        if (!guard || generation != this->generation() || row >= m_items.size() || !detailed)
            co_return;
        replaceItem(row, std::move(detailed).value());
    }

    PageSource m_source;
    DetailSource m_details;
};

} // namespace kluis::core
