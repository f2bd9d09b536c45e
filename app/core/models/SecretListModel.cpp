#include "models/SecretListModel.h"

#include <QLocale>
#include <QPointer>

namespace kluis::core {

SecretListModel::SecretListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SecretListModel::PageSource SecretListModel::secrets(const KeyVaultClient &client)
{
    return [client](QUrl next) { return client.listSecrets(std::move(next)); };
}

SecretListModel::PageSource SecretListModel::versions(const KeyVaultClient &client,
                                                      const QString &name)
{
    return [client, name](QUrl next) { return client.listSecretVersions(name, std::move(next)); };
}

SecretListModel::PageSource SecretListModel::deletedSecrets(const KeyVaultClient &client)
{
    return [client](QUrl next) { return client.listDeletedSecrets(std::move(next)); };
}

void SecretListModel::setSource(PageSource source)
{
    m_source = std::move(source);
    reload();
}

void SecretListModel::reload()
{
    beginResetModel();
    ++m_generation; // answers to earlier requests are dropped
    m_items.clear();
    m_next = QUrl();
    m_complete = !m_source;
    m_error.reset();
    const bool wasLoading = std::exchange(m_loading, false);
    endResetModel();
    // A view may already have asked for the first page while the reset was announced.
    if (wasLoading && !m_loading)
        Q_EMIT loadingChanged(false);
}

void SecretListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

SecretItem SecretListModel::item(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_items.at(index.row());
}

int SecretListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int SecretListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &secret = m_items.at(index.row());
    const auto date = [](const std::optional<QDateTime> &time) {
        return time ? QLocale().toString(time->toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return secret.version.isEmpty() ? secret.name : secret.version;
        case ContentTypeColumn:
            return secret.contentType;
        case EnabledColumn:
            return secret.attributes.enabled ? tr("Yes") : tr("No");
        case ExpiresColumn:
            return date(secret.attributes.expires);
        case UpdatedColumn:
            return date(secret.attributes.updated);
        default:
            return {};
        }
    case IdRole:
        return secret.id;
    case NameRole:
        return secret.name;
    case EnabledRole:
        return secret.attributes.enabled;
    case ExpiresRole:
        return secret.attributes.expires.value_or(QDateTime());
    case UpdatedRole:
        return secret.attributes.updated.value_or(QDateTime());
    default:
        return {};
    }
}

QVariant SecretListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ContentTypeColumn:
        return tr("Content type");
    case EnabledColumn:
        return tr("Enabled");
    case ExpiresColumn:
        return tr("Expires");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

bool SecretListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && !m_loading && !m_complete && !m_error;
}

void SecretListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    fetchPage(m_generation, m_next);
}

QCoro::Task<> SecretListModel::fetchPage(quint64 generation, QUrl next)
{
    QPointer<SecretListModel> guard(this);
    auto source = m_source;
    // An empty page with a nextLink is normal: keep going until rows or the end arrive.
    for (;;) {
        // A named task, not a temporary: GCC 12 mishandles temporaries in co_await expressions.
        auto task = source(next);
        auto page = co_await task;
        if (!guard || generation != m_generation)
            co_return;
        if (!page) {
            m_error = page.error();
            setLoading(false);
            Q_EMIT errorOccurred(page.error());
            co_return;
        }
        next = page->nextLink;
        if (!page->items.isEmpty()) {
            const auto first = static_cast<int>(m_items.size());
            beginInsertRows({}, first, first + static_cast<int>(page->items.size()) - 1);
            m_items.append(page->items);
            endInsertRows();
        }
        if (next.isEmpty() || !page->items.isEmpty())
            break;
    }
    m_next = next;
    m_complete = next.isEmpty();
    setLoading(false);
    if (m_complete)
        Q_EMIT completed();
}

} // namespace kluis::core
