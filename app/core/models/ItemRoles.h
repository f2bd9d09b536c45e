#pragma once

#include "models/PagedListModel.h"

#include <QCoreApplication>

// What the key and certificate list models answer alike.
namespace kluis::core::itemroles {

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
        return item.deletedDate.value_or(QDateTime());
    case PagedListModel::ScheduledPurgeRole:
        return item.scheduledPurgeDate.value_or(QDateTime());
    case PagedListModel::VersionRole:
        return item.version;
    default:
        return {};
    }
}

} // namespace kluis::core::itemroles
