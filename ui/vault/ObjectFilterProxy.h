#pragma once

#include "vault/TextFilterProxy.h"

#include <QHash>

namespace kluis::ui {

// Sorts a key, certificate or version list (core::PagedListModel's roles) on raw values (names
// as people read them, dates as dates) and filters on the name, the detail (key type, subject)
// and tag names and values.
class ObjectFilterProxy : public TextFilterProxy
{
    Q_OBJECT

public:
    explicit ObjectFilterProxy(QObject *parent = nullptr);

    // Sorts `column` on `role` (a raw date or bool) instead of the display text.
    void setColumnSortRole(int column, int role);

protected:
    bool acceptsItem(int row) const override;
    bool sortsBefore(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QHash<int, int> m_sortRoles;
};

} // namespace kluis::ui
