#include "models/PagedListModel.h"

#include <QLocale>

namespace kluis::core {

PagedListModel::PagedListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PagedListModel::reload()
{
    beginResetModel();
    ++m_generation; // answers to earlier requests are dropped
    clearItems();
    m_next = QUrl();
    m_guard = PagingGuard();
    m_complete = !hasSource();
    m_error.reset();
    const bool wasLoading = std::exchange(m_loading, false);
    endResetModel();
    // A view may already have asked for the first page while the reset was announced.
    if (wasLoading && !m_loading)
        Q_EMIT loadingChanged(false);
}

void PagedListModel::restoreAndRefresh(const std::function<void()> &fill)
{
    beginResetModel();
    ++m_generation;
    clearItems();
    fill();
    m_next = QUrl();
    m_guard = PagingGuard();
    m_complete = false;
    m_error.reset();
    m_loading = false;
    endResetModel();
    setLoading(true);
    startRefresh(m_generation);
}

void PagedListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(itemCount());
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasSource() && !m_loading && !m_complete && !m_error;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    startFetch(m_generation, m_next);
}

void PagedListModel::pageFailed(const AzureError &error)
{
    m_error = error;
    setLoading(false);
    Q_EMIT errorOccurred(error);
}

void PagedListModel::pageLoaded(const QUrl &next)
{
    m_next = next;
    m_complete = next.isEmpty();
    setLoading(false);
    if (m_complete)
        Q_EMIT completed();
}

QString PagedListModel::dateText(const std::optional<QDateTime> &time)
{
    return time ? QLocale().toString(time->toLocalTime(), QLocale::ShortFormat) : QString();
}

QString PagedListModel::tagsText(const QMap<QString, QString> &tags)
{
    QStringList parts;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        parts.append(QString(it.key() + QLatin1Char('=') + it.value()));
    return parts.join(QStringLiteral(", "));
}

QVariantMap PagedListModel::tagsMap(const QMap<QString, QString> &tags)
{
    QVariantMap map;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

QString PagedListModel::enabledText(bool enabled)
{
    return enabled ? tr("Yes") : tr("No");
}

} // namespace kluis::core
