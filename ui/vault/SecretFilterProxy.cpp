#include "vault/SecretFilterProxy.h"

#include "models/SecretListModel.h"

namespace kluis::ui {

using core::SecretListModel;

SecretFilterProxy::SecretFilterProxy(QObject *parent)
    : TextFilterProxy(parent)
{}

bool SecretFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (filterText().isEmpty())
        return true;
    const auto *model = qobject_cast<const SecretListModel *>(sourceModel());
    if (!model)
        return true;
    const auto item = model->item(model->index(sourceRow, 0, sourceParent));
    if (matches(item.name) || matches(item.contentType))
        return true;
    for (auto it = item.tags.cbegin(); it != item.tags.cend(); ++it) {
        if (matches(it.key()) || matches(it.value()))
            return true;
    }
    return false;
}

bool SecretFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case SecretListModel::EnabledColumn:
        return left.data(SecretListModel::EnabledRole).toBool() <
               right.data(SecretListModel::EnabledRole).toBool();
    case SecretListModel::ExpiresColumn:
        return left.data(SecretListModel::ExpiresRole).toDateTime() <
               right.data(SecretListModel::ExpiresRole).toDateTime();
    case SecretListModel::UpdatedColumn:
        return left.data(SecretListModel::UpdatedRole).toDateTime() <
               right.data(SecretListModel::UpdatedRole).toDateTime();
    case SecretListModel::NameColumn:
        return QString::localeAwareCompare(left.data(SecretListModel::NameRole).toString(),
                                           right.data(SecretListModel::NameRole).toString()) < 0;
    default:
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    }
}

} // namespace kluis::ui
