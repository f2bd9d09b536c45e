#include "models/SecretListModel.h"

#include <QLocale>

namespace kluis::core {

SecretListModel::SecretListModel(QObject *parent)
    : ItemListModel(parent)
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

} // namespace kluis::core
