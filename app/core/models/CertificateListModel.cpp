#include "models/CertificateListModel.h"

#include "models/ItemRoles.h"

#include <QCoreApplication>

namespace kluis::core {

using itemroles::commonRole;
using itemroles::pendingText;

namespace {
// Every argument by value: the lambdas that call it may be gone by the time the answer comes.
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

QString hexThumbprint(const QString &x5t)
{
    return QString::fromLatin1(
        QByteArray::fromBase64(x5t.toLatin1(), QByteArray::Base64UrlEncoding).toHex().toUpper());
}
} // namespace

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
