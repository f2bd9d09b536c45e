#include "models/KeyListModel.h"

#include "models/ItemRoles.h"

#include <QCoreApplication>

namespace kluis::core {

using itemroles::commonRole;
using itemroles::pendingText;

namespace {
// Coroutines with every argument by value: the lambdas that call them may be gone by the time
// the answer comes.
QCoro::Task<Result<KeyItem>> keyWithDetails(KeyVaultClient client, KeyItem listed, bool deleted)
{
    auto task = deleted ? client.getDeletedKey(listed.name) : client.getKey(listed.name);
    auto bundle = co_await task;
    if (!bundle)
        co_return bundle.error();
    // The row keeps its list identity (no version) and takes what the bundle adds.
    listed.keyType = bundle->keyType;
    listed.keySize = bundle->keySize;
    listed.curve = bundle->curve;
    listed.keyOperations = bundle->keyOperations;
    listed.publicJwk = bundle->publicJwk;
    co_return listed;
}

} // namespace

KeyListModel::KeyListModel(QObject *parent)
    : ItemListModel(parent)
{}

KeyListModel::PageSource KeyListModel::keys(const KeyVaultClient &client)
{
    return [client](QUrl next) { return client.listKeys(std::move(next)); };
}

KeyListModel::PageSource KeyListModel::deletedKeys(const KeyVaultClient &client)
{
    return [client](QUrl next) { return client.listDeletedKeys(std::move(next)); };
}

KeyListModel::DetailSource KeyListModel::keyDetails(const KeyVaultClient &client)
{
    return [client](KeyItem item) { return keyWithDetails(client, std::move(item), false); };
}

KeyListModel::DetailSource KeyListModel::deletedKeyDetails(const KeyVaultClient &client)
{
    return [client](KeyItem item) { return keyWithDetails(client, std::move(item), true); };
}

int KeyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &key = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return key.name;
        case KeyTypeColumn:
            return key.keyType.isEmpty() ? pendingText(detailState(index.row()))
                                         : key.keyDescription();
        case OperationsColumn:
            return key.keyType.isEmpty() ? pendingText(detailState(index.row()))
                                         : key.keyOperations.join(QStringLiteral(", "));
        case EnabledColumn:
            return enabledText(key.attributes.enabled);
        case ExpiresColumn:
            return dateText(key.attributes.expires);
        case UpdatedColumn:
            return dateText(key.attributes.updated);
        case TagsColumn:
            return tagsText(key.tags);
        case DeletedColumn:
            return dateText(key.deletedDate);
        case ScheduledPurgeColumn:
            return dateText(key.scheduledPurgeDate);
        default:
            return {};
        }
    }
    if (role == ManagedRole)
        return key.managed;
    if (role == DetailRole) {
        // What the filter matches besides name and tags: "RSA 2048 sign verify ...".
        QStringList parts{key.keyDescription()};
        parts += key.keyOperations;
        parts.removeAll(QString());
        return parts.join(QLatin1Char(' '));
    }
    return commonRole(key, key.kid, role);
}

QVariant KeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KeyTypeColumn:
        return tr("Type");
    case OperationsColumn:
        return tr("Permitted operations");
    case EnabledColumn:
        return tr("Enabled");
    case ExpiresColumn:
        return tr("Expires");
    case UpdatedColumn:
        return tr("Updated");
    case TagsColumn:
        return tr("Tags");
    case DeletedColumn:
        return tr("Deleted");
    case ScheduledPurgeColumn:
        return tr("Purge date");
    default:
        return {};
    }
}

} // namespace kluis::core
