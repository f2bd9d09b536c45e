#pragma once

#include "vault/TextFilterProxy.h"

#include <QCollator>

namespace kluis::core {
class SecretListModel;
}

namespace kluis::ui {

// Sorts SecretListModel on its raw roles (names as people read them, dates as dates) and
// filters on names, content types and tag names and values.
class SecretFilterProxy : public TextFilterProxy
{
    Q_OBJECT

public:
    explicit SecretFilterProxy(QObject *parent = nullptr);

protected:
    bool acceptsItem(int row) const override;
    bool sortsBefore(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The item model as SecretListModel, cast once rather than per row compared or tested.
    const core::SecretListModel *secrets() const;

    mutable const QAbstractItemModel *m_castFrom = nullptr;
    mutable const core::SecretListModel *m_secrets = nullptr;
    // One collator for every comparison: building one per call dominated sorting 100,000 rows.
    QCollator m_collator;
};

} // namespace kluis::ui
