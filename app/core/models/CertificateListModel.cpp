#include "models/CertificateListModel.h"

#include "models/ItemRoles.h"

#include <QCoreApplication>

namespace kluis::core {

using namespace itemroles;

namespace {
constexpr std::array columns{Shown::Name,    Shown::Own,     Shown::Enabled,
                             Shown::Expires, Shown::Updated, Shown::Tags,
                             Shown::Own,     Shown::Deleted, Shown::ScheduledPurge};
static_assert(columns.size() == CertificateListModel::ColumnCount);

// Every argument by value: the lambdas that call it may be gone by the time the answer comes.
QCoro::Task<Result<CertificateItem>> certificateWithDetails(KeyVaultClient client,
                                                            CertificateItem listed, bool deleted)
{
    auto task = deleted ? client.getDeleted<CertificateItem>(listed.name)
                        : client.getCertificate(listed.name);
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
        if (index.column() == SubjectColumn)
            return detailState(index.row()) == DetailState::Known
                       ? certificate.subject
                       : pendingText(detailState(index.row()));
        if (index.column() == ThumbprintColumn)
            return hexThumbprint(certificate.x5t);
        return shownText(certificate, columns.at(std::size_t(index.column())));
    }
    if (role == ManagedRole)
        return false;
    if (role == DetailRole)
        return certificate.subject;
    return commonRole(certificate, certificate.id, role);
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(columns, section, orientation, role,
                  [](int own) { return own == SubjectColumn ? tr("Subject") : tr("Thumbprint"); });
}

} // namespace kluis::core
