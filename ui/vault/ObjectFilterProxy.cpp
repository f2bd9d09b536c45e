#include "vault/ObjectFilterProxy.h"

#include "models/PagedListModel.h"
#include "vault/ExpiryMarks.h"

namespace kluis::ui {

using core::PagedListModel;

ObjectFilterProxy::ObjectFilterProxy(QObject *parent)
    : TextFilterProxy(parent)
{}

bool ObjectFilterProxy::acceptsItem(int row) const
{
    const QModelIndex index = itemModel()->index(row, 0);
    if (matches(index.data(PagedListModel::NameRole).toString()) ||
        matches(index.data(PagedListModel::DetailRole).toString()))
        return true;
    const QVariantMap tags = index.data(PagedListModel::TagsRole).toMap();
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (matches(it.key()) || matches(it.value().toString()))
            return true;
    }
    return false;
}

void ObjectFilterProxy::setColumnSortRole(int column, int role)
{
    m_sortRoles.insert(column, role);
}

bool ObjectFilterProxy::sortsBefore(const QModelIndex &left, const QModelIndex &right) const
{
    const int role = m_sortRoles.value(left.column(), Qt::DisplayRole);
    const QVariant l = left.data(role);
    const QVariant r = right.data(role);
    if (role == PagedListModel::ExpiresRole)
        return expiresBefore(l.toDateTime(), r.toDateTime());
    if (l.userType() == QMetaType::QDateTime || r.userType() == QMetaType::QDateTime)
        return l.toDateTime() < r.toDateTime();
    if (l.userType() == QMetaType::Bool)
        return l.toBool() < r.toBool();
    return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
}

} // namespace kluis::ui
