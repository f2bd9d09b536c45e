#pragma once

#include "clients/KeyVaultClient.h"

#include <QCoreApplication>

class QWidget;

namespace kluis::ui {

class Command;

// The commands every kind of object shares (delete, recover, purge, back up, restore), made once
// with the wording of the kind. The vault calls and the wait until the vault shows the change
// are the core's (KeyVaultClient's life cycle); these only ask and report.
class LifecycleCommands
{
    Q_DECLARE_TR_FUNCTIONS(kluis::ui::LifecycleCommands)

public:
    LifecycleCommands(core::KeyVaultClient client, core::ObjectKind kind, QWidget *parent);

    // Asks first (a question naming the item).
    Command *remove(const QString &name) const;
    Command *recover(const QString &name) const;
    // Cannot be undone: the user types the name first.
    Command *purge(const QString &name) const;
    // Asks for a file, then saves the service's backup of the item (all versions, encrypted by
    // the service) to it.
    Command *backup(const QString &name) const;
    // Asks for a backup file and hands it to the vault, which makes the item again.
    Command *restore() const;

private:
    enum class Step
    {
        Delete,
        Recover,
        Purge,
    };
    Command *operation(Step step, const QString &name) const;

    core::KeyVaultClient m_client;
    core::ObjectKind m_kind;
    QWidget *m_parent;
};

} // namespace kluis::ui
