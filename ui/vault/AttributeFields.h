#pragma once

#include "clients/KeyVaultTypes.h"

#include <QCoreApplication>

class QFormLayout;
class QLabel;
class QWidget;

namespace kluis::ui {

// The fields the details of every kind show alike: the head (name, version, enabled), and for
// secrets and keys the dates with the recovery level and the purge date.
class AttributeFields
{
    Q_DECLARE_TR_FUNCTIONS(kluis::ui::AttributeFields)

public:
    void addHead(QWidget *owner, QFormLayout *form);
    void addDates(QWidget *owner, QFormLayout *form);
    // `present` false clears the fields (nothing selected).
    void showHead(bool present, const QString &name, const QString &version,
                  const core::ObjectAttributes &attributes);
    void showDates(const core::ObjectAttributes &attributes, bool deleted,
                   const std::optional<QDateTime> &scheduledPurgeDate);

private:
    QLabel *m_name = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_enabled = nullptr;
    QLabel *m_notBefore = nullptr;
    QLabel *m_expires = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_recovery = nullptr;
    QLabel *m_deletedOn = nullptr;
};

} // namespace kluis::ui
