#include "vault/TextFilterProxy.h"

namespace kluis::ui {

class TextFilterProxy::SortStage : public QSortFilterProxyModel
{
public:
    explicit SortStage(const TextFilterProxy *owner)
        : QSortFilterProxyModel(nullptr)
        , m_owner(owner)
    {
        setDynamicSortFilter(true);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return m_owner->sortsBefore(left, right);
    }

private:
    const TextFilterProxy *m_owner;
};

TextFilterProxy::TextFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_sorter(new SortStage(this))
{
    m_sorter->setParent(this);
    setDynamicSortFilter(true);
}

TextFilterProxy::~TextFilterProxy() = default;

void TextFilterProxy::setItemModel(QAbstractItemModel *model)
{
    if (auto *old = itemModel())
        disconnect(old, nullptr, this, nullptr);
    forgetRejected();
    m_sorter->setSourceModel(model);
    setSourceModel(m_sorter);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &TextFilterProxy::forgetRejected);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TextFilterProxy::forgetRejected);
    connect(model, &QAbstractItemModel::rowsMoved, this, &TextFilterProxy::forgetRejected);
    connect(model, &QAbstractItemModel::modelReset, this, &TextFilterProxy::forgetRejected);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TextFilterProxy::forgetRejected);
}

void TextFilterProxy::forgetRejected()
{
    m_rejected.clear();
}

QAbstractItemModel *TextFilterProxy::itemModel() const
{
    return m_sorter->sourceModel();
}

QModelIndex TextFilterProxy::mapToItemModel(const QModelIndex &index) const
{
    return m_sorter->mapToSource(mapToSource(index));
}

QModelIndex TextFilterProxy::mapFromItemModel(const QModelIndex &index) const
{
    return mapFromSource(m_sorter->mapFromSource(index));
}

void TextFilterProxy::setFilterText(const QString &text)
{
    const QString next = text.trimmed();
    const int rows = itemModel() ? itemModel()->rowCount() : 0;
    m_narrowing = !m_text.isEmpty() && next.contains(m_text, Qt::CaseInsensitive) &&
                  m_rejected.size() == rows;
    if (!m_narrowing)
        m_rejected = QBitArray(rows);
    m_text = next;
    m_matcher = QStringMatcher(m_text, Qt::CaseInsensitive);
    invalidateRowsFilter();
    m_narrowing = false;
}

void TextFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sorter->sort(column, order);
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty() || sourceParent.isValid())
        return true;
    const QModelIndex item = m_sorter->mapToSource(m_sorter->index(sourceRow, 0));
    if (!item.isValid())
        return true;
    const int row = item.row();
    const bool known = row < m_rejected.size();
    if (m_narrowing && known && m_rejected.testBit(row))
        return false;
    const bool accepted = acceptsItem(row);
    if (known)
        m_rejected.setBit(row, !accepted);
    return accepted;
}

} // namespace kluis::ui
