#include "models/KeyListModel.h"

#include <QCoreApplication>

namespace kluis::core {

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

QCoro::Task<Result<CertificateItem>> certificateWithDetails(KeyVaultClient client,
                                                            CertificateItem listed, bool deleted)
{
    auto task =
        deleted ? client.getDeletedCertificate(listed.name) : client.getCertificate(listed.name);
    auto bundle = co_await task;
    if (!bundle)
        co_return bundle.error();
    listed.subject = bundle->subject;
    listed.cer = bundle->cer;
    listed.contentType = bundle->contentType;
    listed.policy = bundle->policy;
    co_return listed;
}

// What a column that needs the item's details shows until they come.
QString pendingText(PagedListModel::DetailState state)
{
    return state == PagedListModel::DetailState::Failed
               ? QCoreApplication::translate("kluis::core::KeyListModel", "—")
               : QCoreApplication::translate("kluis::core::KeyListModel", "…");
}

QString hexThumbprint(const QString &x5t)
{
    return QString::fromLatin1(
        QByteArray::fromBase64(x5t.toLatin1(), QByteArray::Base64UrlEncoding).toHex().toUpper());
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

CertificateListModel::CertificateListModel(QObject *parent)
    : ItemListModel(parent)
{}

CertificateListModel::PageSource CertificateListModel::certificates(const KeyVaultClient &client)
{
    return [client](QUrl next) { return client.listCertificates(std::move(next)); };
}

CertificateListModel::PageSource
CertificateListModel::deletedCertificates(const KeyVaultClient &client)
{
    return [client](QUrl next) { return client.listDeletedCertificates(std::move(next)); };
}

CertificateListModel::DetailSource
CertificateListModel::certificateDetails(const KeyVaultClient &client)
{
    return [client](CertificateItem item) {
        return certificateWithDetails(client, std::move(item), false);
    };
}

CertificateListModel::DetailSource
CertificateListModel::deletedCertificateDetails(const KeyVaultClient &client)
{
    return [client](CertificateItem item) {
        return certificateWithDetails(client, std::move(item), true);
    };
}

int CertificateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &certificate = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return certificate.name;
        case SubjectColumn:
            return detailState(index.row()) == DetailState::Known
                       ? certificate.subject
                       : pendingText(detailState(index.row()));
        case EnabledColumn:
            return enabledText(certificate.attributes.enabled);
        case ExpiresColumn:
            return dateText(certificate.attributes.expires);
        case UpdatedColumn:
            return dateText(certificate.attributes.updated);
        case TagsColumn:
            return tagsText(certificate.tags);
        case ThumbprintColumn:
            return hexThumbprint(certificate.x5t);
        case DeletedColumn:
            return dateText(certificate.deletedDate);
        case ScheduledPurgeColumn:
            return dateText(certificate.scheduledPurgeDate);
        default:
            return {};
        }
    }
    if (role == ManagedRole)
        return false;
    if (role == DetailRole)
        return certificate.subject;
    return commonRole(certificate, certificate.id, role);
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SubjectColumn:
        return tr("Subject");
    case EnabledColumn:
        return tr("Enabled");
    case ExpiresColumn:
        return tr("Expires");
    case UpdatedColumn:
        return tr("Updated");
    case TagsColumn:
        return tr("Tags");
    case ThumbprintColumn:
        return tr("Thumbprint");
    case DeletedColumn:
        return tr("Deleted");
    case ScheduledPurgeColumn:
        return tr("Purge date");
    default:
        return {};
    }
}

} // namespace kluis::core
