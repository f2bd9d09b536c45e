#pragma once

#include "clients/KeyVaultClient.h"
#include "vault/SecretListPane.h"
#include "widgets/ClipboardGuard.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace kluis::ui {

class Command;
class CommandRunner;
class LifecycleCommands;
class ConnectionSession;
class VaultPane;

// Owns the secret actions, enables them from the current tab and selection, and starts one
// Command per trigger. Finished commands refresh the lists they changed.
class SecretActionController : public QObject
{
    Q_OBJECT

public:
    SecretActionController(ConnectionSession *session, VaultPane *pane, ClipboardGuard *clipboard,
                           QWidget *window);

    QAction *newSecret() const { return m_new; }
    QAction *editSecret() const { return m_edit; }
    QAction *deleteSecret() const { return m_delete; }
    QAction *copyValue() const { return m_copyValue; }
    // Shows or hides the value in the details panel (its Reveal button).
    QAction *revealValue() const { return m_reveal; }
    QAction *recoverSecret() const { return m_recover; }
    QAction *purgeSecret() const { return m_purge; }
    QAction *refresh() const { return m_refresh; }
    QAction *newVersion() const { return m_newVersion; }
    QAction *backupSecret() const { return m_backup; }
    QAction *restoreSecret() const { return m_restore; }
    bool isBusy() const;

    void updateActions();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void busyChanged(bool busy);

private:
    std::optional<core::KeyVaultClient> client() const;
    // The vault's client and the item selected in the list of `kind`, if any.
    struct Selection
    {
        core::KeyVaultClient client;
        core::SecretItem item;
    };
    std::optional<Selection> selection(SecretListPane::Kind kind) const;
    LifecycleCommands lifecycle(const core::KeyVaultClient &client) const;
    // Starts a command; its ending reloads the lists it changed.
    void run(Command *command, bool reloadSecrets, bool reloadDeleted, const QString &select = {});
    void reveal();

    QPointer<ConnectionSession> m_session;
    VaultPane *m_pane;
    QPointer<ClipboardGuard> m_clipboard;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_copyValue;
    QAction *m_reveal;
    QAction *m_recover;
    QAction *m_purge;
    QAction *m_refresh;
    QAction *m_newVersion;
    QAction *m_backup;
    QAction *m_restore;
    CommandRunner *m_runner;
};

} // namespace kluis::ui
