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

template<typename Item>
void VersionListModel::showVersions(const KeyVaultClient &client, const QString &name)
{
    show(Item::kind, name, [client, name](QUrl next) {
        return versionPage(client.listVersions<Item>(name, std::move(next)));
    });
}

template void VersionListModel::showVersions<SecretItem>(const KeyVaultClient &, const QString &);
template void VersionListModel::showVersions<KeyItem>(const KeyVaultClient &, const QString &);
template void VersionListModel::showVersions<CertificateItem>(const KeyVaultClient &,
                                                              const QString &);

void VersionListModel::clear()
{
    show(std::nullopt, QString(), {});
}

void VersionListModel::show(std::optional<ObjectKind> kind, const QString &name, PageSource source)
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
        if (m_kind == ObjectKind::Secret)
            return tr("Content type");
        if (m_kind == ObjectKind::Certificate)
            return tr("Thumbprint");
        return QString();
    });
}

} // namespace kluis::core
