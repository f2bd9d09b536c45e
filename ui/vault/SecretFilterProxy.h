#pragma once

#include "vault/TextFilterProxy.h"

#include <QCollator>

namespace kluis::ui {

// Sorts SecretListModel on its raw roles (names as people read them, dates as dates) and
// filters on names, content types and tag names and values.
class SecretFilterProxy : public TextFilterProxy
{
    Q_OBJECT

public:
    explicit SecretFilterProxy(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // One collator for every comparison: building one per call dominated sorting 100,000 rows.
    QCollator m_collator;
};

} // namespace kluis::ui
