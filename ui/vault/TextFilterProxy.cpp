#include "vault/TextFilterProxy.h"

#include "models/PagedListModel.h"
#include "models/SecretListModel.h"
#include "vault/ExpiryMarks.h"
#include "widgets/ThemeIcon.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace kluis::ui {

using core::PagedListModel;
// Every list model answers these roles with the same numbers.
static_assert(int(core::SecretListModel::EnabledRole) == int(PagedListModel::EnabledRole));
static_assert(int(core::SecretListModel::ExpiresRole) == int(PagedListModel::ExpiresRole));

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

void TextFilterProxy::setExpiryWarningDays(int days)
{
    if (days == m_warningDays)
        return;
    m_warningDays = days;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant TextFilterProxy::data(const QModelIndex &index, int role) const
{
    const bool words = role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole;
    const bool looks = role == Qt::FontRole || role == Qt::ForegroundRole ||
                       (role == Qt::DecorationRole && index.column() == 0);
    if (!words && !looks)
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex item = mapToItemModel(index);
    const QVariant enabled = item.data(PagedListModel::EnabledRole);
    const auto mark = ExpiryMark::of(item.data(PagedListModel::ExpiresRole).toDateTime(),
                                     !enabled.isValid() || enabled.toBool(),
                                     QDateTime::currentDateTimeUtc(), m_warningDays, words);
    QVariant base = QSortFilterProxyModel::data(index, role);
    using State = ExpiryMark::State;
    switch (role) {
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (mark.text.isEmpty())
            return base;
        return base.toString().isEmpty() ? mark.text : base.toString() + u'\n' + mark.text;
    case Qt::FontRole: {
        if (mark.state != State::Expired)
            return base;
        QFont font = base.isValid() ? base.value<QFont>() : QFont();
        font.setStrikeOut(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (mark.disabled)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (index.column() != m_expiresColumn)
            return base;
        if (mark.state == State::Expired)
            return QColor(0xb0, 0x20, 0x20);
        if (mark.state == State::ExpiresSoon)
            return QColor(0x9a, 0x5b, 0x00);
        return base;
    case Qt::DecorationRole:
        if (mark.state == State::Expired)
            return themeIcon(QStringLiteral("dialog-error"));
        if (mark.state == State::ExpiresSoon)
            return themeIcon(QStringLiteral("dialog-warning"));
        return base;
    default:
        return base;
    }
}

} // namespace kluis::ui
