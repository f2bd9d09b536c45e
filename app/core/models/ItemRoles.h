#pragma once

#include "models/PagedListModel.h"

#include <QCoreApplication>

// What the list models of every kind answer alike: roles, and the columns they share.
namespace kluis::core::itemroles {

// A column every kind's list may show; Own marks one the model fills itself.
enum class Shown
{
    Own,
    Name,
    Version,
    Enabled,
    Created,
    Expires,
    Updated,
    Tags,
    Deleted,
    ScheduledPurge,
};

QString headerOf(Shown column);

template<typename T> QVariant shownText(const T &item, Shown column)
{
    switch (column) {
    case Shown::Name:
        return item.name;
    case Shown::Version:
        return item.version;
    case Shown::Enabled:
        return PagedListModel::enabledText(item.attributes.enabled);
    case Shown::Created:
        return PagedListModel::dateText(item.attributes.created);
    case Shown::Expires:
        return PagedListModel::dateText(item.attributes.expires);
    case Shown::Updated:
        return PagedListModel::dateText(item.attributes.updated);
    case Shown::Tags:
        return PagedListModel::tagsText(item.tags);
    case Shown::Deleted:
        if constexpr (requires { item.deletedDate; })
            return PagedListModel::dateText(item.deletedDate);
        break;
    case Shown::ScheduledPurge:
        if constexpr (requires { item.scheduledPurgeDate; })
            return PagedListModel::dateText(item.scheduledPurgeDate);
        break;
    case Shown::Own:
        break;
    }
    return {};
}

// The header of `section` in a model whose columns are `columns`: a shared column's own header,
// or the one `own` gives.
template<typename Columns, typename Own>
QVariant header(const Columns &columns, int section, Qt::Orientation orientation, int role, Own own)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(columns.size()))
        return {};
    const Shown shown = columns[std::size_t(section)];
    return shown == Shown::Own ? QVariant(own(section)) : QVariant(headerOf(shown));
}

// What a column that needs the item's details shows until they come.
inline QString pendingText(PagedListModel::DetailState state)
{
    return state == PagedListModel::DetailState::Failed
               ? QCoreApplication::translate("kluis::core::KeyListModel", "—")
               : QCoreApplication::translate("kluis::core::KeyListModel", "…");
}

// Roles every item kind answers the same way.
template<typename T> QVariant commonRole(const T &item, const QUrl &id, int role)
{
    switch (role) {
    case PagedListModel::IdRole:
        return id;
    case PagedListModel::NameRole:
        return item.name;
    case PagedListModel::EnabledRole:
        return item.attributes.enabled;
    case PagedListModel::ExpiresRole:
        return item.attributes.expires.value_or(QDateTime());
    case PagedListModel::UpdatedRole:
        return item.attributes.updated.value_or(QDateTime());
    case PagedListModel::TagsRole:
        return PagedListModel::tagsMap(item.tags);
    case PagedListModel::DeletedRole:
        if constexpr (requires { item.deletedDate; })
            return item.deletedDate.value_or(QDateTime());
        return {};
    case PagedListModel::ScheduledPurgeRole:
        if constexpr (requires { item.scheduledPurgeDate; })
            return item.scheduledPurgeDate.value_or(QDateTime());
        return {};
    case PagedListModel::VersionRole:
        return item.version;
    default:
        return {};
    }
}

} // namespace kluis::core::itemroles
