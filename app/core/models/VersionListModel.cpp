#include "models/VersionListModel.h"

#include "models/ItemRoles.h"

namespace kluis::core {

using namespace itemroles;

namespace {
constexpr std::array columns{Shown::Version, Shown::Enabled, Shown::Own, Shown::Created,
                             Shown::Updated, Shown::Expires, Shown::Tags};
static_assert(columns.size() == VersionListModel::ColumnCount);

template<typename T>
QCoro::Task<Result<ItemPage<VersionItem>>> versionPage(QCoro::Task<Result<ItemPage<T>>> task)
{
    auto page = co_await task;
    if (!page)
        co_return page.error();
    ItemPage<VersionItem> result;
    result.nextLink = page->nextLink;
    result.url = page->url;
    for (const auto &item : page->items)
        result.items.append(VersionItem::from(item));
    co_return result;
}
} // namespace

VersionItem VersionItem::from(const SecretItem &item)
{
    return {item.id, item.name, item.version, item.contentType, item.attributes, item.tags};
}

VersionItem VersionItem::from(const KeyItem &item)
{
    return {item.kid, item.name, item.version, item.keyDescription(), item.attributes, item.tags};
}

VersionItem VersionItem::from(const CertificateItem &item)
{
    return {item.id,
            item.name,
            item.version,
            QString::fromLatin1(
                QByteArray::fromBase64(item.x5t.toLatin1(), QByteArray::Base64UrlEncoding)
                    .toHex()
                    .toUpper()),
            item.attributes,
            item.tags};
}

VersionListModel::VersionListModel(QObject *parent)
    : ItemListModel(parent)
{}

void VersionListModel::showSecretVersions(const KeyVaultClient &client, const QString &name)
{
    show(ObjectKind::Secret, name, [client, name](QUrl next) {
        return versionPage(client.listSecretVersions(name, std::move(next)));
    });
}

void VersionListModel::showKeyVersions(const KeyVaultClient &client, const QString &name)
{
    show(ObjectKind::Key, name, [client, name](QUrl next) {
        return versionPage(client.listKeyVersions(name, std::move(next)));
    });
}

void VersionListModel::showCertificateVersions(const KeyVaultClient &client, const QString &name)
{
    show(ObjectKind::Certificate, name, [client, name](QUrl next) {
        return versionPage(client.listCertificateVersions(name, std::move(next)));
    });
}

void VersionListModel::clear()
{
    show(ObjectKind::None, QString(), {});
}

void VersionListModel::show(ObjectKind kind, const QString &name, PageSource source)
{
    const bool headerChanged = kind != m_kind;
    m_kind = kind;
    m_name = name;
    setSource(std::move(source));
    if (headerChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, DetailColumn, DetailColumn);
}

int VersionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &item = m_items.at(index.row());
    if (role == DetailRole || (role == Qt::DisplayRole && index.column() == DetailColumn))
        return item.detail;
    if (role == Qt::DisplayRole)
        return shownText(item, columns.at(std::size_t(index.column())));
    return commonRole(item, item.id, role);
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header(columns, section, orientation, role, [this](int) {
        switch (m_kind) {
        case ObjectKind::Secret:
            return tr("Content type");
        case ObjectKind::Certificate:
            return tr("Thumbprint");
        case ObjectKind::Key:
        case ObjectKind::None:
            break;
        }
        return QString();
    });
}

} // namespace kluis::core
