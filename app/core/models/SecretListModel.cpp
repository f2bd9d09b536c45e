#include "models/SecretListModel.h"

#include "models/ItemRoles.h"

namespace kluis::core {

using namespace itemroles;

namespace {
constexpr std::array columns{Shown::Own, Shown::Own, Shown::Enabled, Shown::Expires,
                             Shown::Updated};
static_assert(columns.size() == SecretListModel::ColumnCount);
} // namespace

SecretListModel::SecretListModel(QObject *parent)
    : ItemListModel(parent)
{}

SecretListModel::PageSource SecretListModel::versions(const KeyVaultClient &client,
                                                      const QString &name)
{
    return [client, name](QUrl next) {
        return client.listVersions<SecretItem>(name, std::move(next));
    };
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
    if (role != Qt::DisplayRole)
        return commonRole(secret, secret.id, role);
    if (index.column() == NameColumn) // a list of versions shows each version
        return secret.version.isEmpty() ? secret.name : secret.version;
    if (index.column() == ContentTypeColumn)
        return secret.contentType;
    return shownText(secret, columns.at(std::size_t(index.column())));
}

QVariant SecretListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(columns, section, orientation, role,
                  [](int own) { return own == NameColumn ? tr("Name") : tr("Content type"); });
}

} // namespace kluis::core
