#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace kluis::ui {

// A list's filter box and sortable columns over one model of vault objects, in two stages: an
// inner proxy sorts the model, and this proxy filters the sorted rows without sorting them
// again. A keystroke, or clearing the filter, then only tests rows; it never re-sorts 100,000
// of them. Subclasses say what a row is matched against and how two rows compare, both on the
// model's own rows.
class TextFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TextFilterProxy(QObject *parent = nullptr);
    ~TextFilterProxy() override;

    // The model of vault objects (sourceModel() is the inner sorting stage).
    void setItemModel(QAbstractItemModel *model);
    QAbstractItemModel *itemModel() const;
    QModelIndex mapToItemModel(const QModelIndex &index) const;
    QModelIndex mapFromItemModel(const QModelIndex &index) const;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    // Sorts the inner stage; this stage keeps its order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Rows show their expiry and state (ExpiryMark): the warning period in days, and the
    // column whose text is coloured by it.
    void setExpiryWarningDays(int days);
    int expiryWarningDays() const { return m_warningDays; }
    void setExpiresColumn(int column) { m_expiresColumn = column; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool matches(const QString &text) const { return m_matcher.indexIn(text) >= 0; }
    // Whether the item model's row matches filterText(), which is not empty.
    virtual bool acceptsItem(int row) const = 0;
    // Whether `left` sorts before `right`; both are indexes of the item model.
    virtual bool sortsBefore(const QModelIndex &left, const QModelIndex &right) const = 0;

    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    class SortStage;

    void forgetRejected();

    SortStage *m_sorter;
    QString m_text;
    QStringMatcher m_matcher;
    // The item model's rows the current text rejects. A longer text that contains the current
    // one can only reject more, so while typing on, those rows need no new test. Valid while
    // the item model keeps its rows where they were when they were tested.
    mutable QBitArray m_rejected;
    bool m_narrowing = false;
    int m_warningDays = 30;
    int m_expiresColumn = -1;
};

} // namespace kluis::ui
