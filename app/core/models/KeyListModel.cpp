#include "models/KeyListModel.h"

#include "models/ItemRoles.h"

#include <QCoreApplication>

namespace kluis::core {

using namespace itemroles;

namespace {
constexpr std::array columns{Shown::Name,    Shown::Own,     Shown::Own,
                             Shown::Enabled, Shown::Expires, Shown::Updated,
                             Shown::Tags,    Shown::Deleted, Shown::ScheduledPurge};
static_assert(columns.size() == KeyListModel::ColumnCount);

// Coroutines with every argument by value: the lambdas that call them may be gone by the time
// the answer comes.
QCoro::Task<Result<KeyItem>> keyWithDetails(KeyVaultClient client, KeyItem listed, bool deleted)
{
    auto task = deleted ? client.getDeleted<KeyItem>(listed.name) : client.getKey(listed.name);
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
        // The type and operations come with the key's details.
        if (key.keyType.isEmpty() &&
            (index.column() == KeyTypeColumn || index.column() == OperationsColumn))
            return pendingText(detailState(index.row()));
        if (index.column() == KeyTypeColumn)
            return key.keyDescription();
        if (index.column() == OperationsColumn)
            return key.keyOperations.join(QStringLiteral(", "));
        return shownText(key, columns.at(std::size_t(index.column())));
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
    return header(columns, section, orientation, role, [](int own) {
        return own == KeyTypeColumn ? tr("Type") : tr("Permitted operations");
    });
}

} // namespace kluis::core
