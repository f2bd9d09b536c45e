#include "vault/SecretFilterProxy.h"

#include "models/SecretListModel.h"
#include "vault/ExpiryMarks.h"

namespace kluis::ui {

using core::SecretListModel;

SecretFilterProxy::SecretFilterProxy(QObject *parent)
    : TextFilterProxy(parent)
{}

const SecretListModel *SecretFilterProxy::secrets() const
{
    if (m_castFrom != itemModel()) {
        m_castFrom = itemModel();
        m_secrets = qobject_cast<const SecretListModel *>(m_castFrom);
    }
    return m_secrets;
}

bool SecretFilterProxy::acceptsItem(int row) const
{
    const auto *model = secrets();
    if (!model || row < 0 || row >= model->items().size())
        return true;
    // By reference: copying the item per row per keystroke was most of a filter update.
    const auto &item = model->items().at(row);
    if (matches(item.name) || matches(item.contentType))
        return true;
    for (auto it = item.tags.cbegin(); it != item.tags.cend(); ++it) {
        if (matches(it.key()) || matches(it.value()))
            return true;
    }
    return false;
}

bool SecretFilterProxy::sortsBefore(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case SecretListModel::EnabledColumn:
        return left.data(SecretListModel::EnabledRole).toBool() <
               right.data(SecretListModel::EnabledRole).toBool();
    case SecretListModel::ExpiresColumn:
        return expiresBefore(left.data(SecretListModel::ExpiresRole).toDateTime(),
                             right.data(SecretListModel::ExpiresRole).toDateTime());
    case SecretListModel::UpdatedColumn:
        return left.data(SecretListModel::UpdatedRole).toDateTime() <
               right.data(SecretListModel::UpdatedRole).toDateTime();
    case SecretListModel::NameColumn:
        if (const auto *model = secrets()) {
            const auto &items = model->items();
            return m_collator.compare(items.at(left.row()).name, items.at(right.row()).name) < 0;
        }
        return m_collator.compare(left.data(SecretListModel::NameRole).toString(),
                                  right.data(SecretListModel::NameRole).toString()) < 0;
    default:
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    }
}

} // namespace kluis::ui
