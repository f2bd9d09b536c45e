#include "commands/SecretActionController.h"

#include "commands/CommandRunner.h"
#include "commands/LifecycleCommands.h"
#include "commands/SecretCommands.h"
#include "session/ConnectionSession.h"
#include "vault/SecretDetailsPanel.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"
#include "widgets/ThemeIcon.h"

#include <QAction>
#include <QPushButton>
#include <QTabWidget>

namespace kluis::ui {

SecretActionController::SecretActionController(ConnectionSession *session, VaultPane *vaultPane,
                                               ClipboardGuard *clipboard, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_pane(vaultPane)
    , m_clipboard(clipboard)
    , m_window(window)
    , m_new(makeAction(tr("&New secret…"), "document-new", this, QKeySequence::New))
    , m_edit(makeAction(tr("&Edit secret…"), "document-edit", this,
                        QKeySequence(Qt::CTRL | Qt::Key_E)))
    , m_delete(makeAction(tr("&Delete secret…"), "edit-delete", this, QKeySequence::Delete))
    , m_copyValue(makeAction(tr("&Copy value"), "edit-copy", this, QKeySequence::Copy))
    , m_reveal(makeAction(tr("Reveal v&alue"), "view-visible", this))
    , m_recover(
          makeAction(tr("&Recover secret"), "edit-undo", this, QKeySequence(Qt::CTRL | Qt::Key_R)))
    , m_purge(makeAction(tr("&Purge secret…"), "edit-delete-shred", this,
                         QKeySequence(Qt::SHIFT | Qt::Key_Delete)))
    , m_refresh(makeAction(tr("&Refresh"), "view-refresh", this, QKeySequence::Refresh))
    , m_newVersion(makeAction(tr("New ver&sion…"), "document-edit", this))
    , m_backup(makeAction(tr("&Back up secret…"), "document-save", this))
    , m_restore(makeAction(tr("Res&tore secret from backup…"), "document-open", this))
    , m_runner(new CommandRunner(vaultPane, this))
{
    connect(m_runner, &CommandRunner::statusMessage, this, &SecretActionController::statusMessage);
    connect(m_runner, &CommandRunner::busyChanged, this, &SecretActionController::busyChanged);
    m_copyValue->setToolTip(tr("Copy the value to the clipboard; it is cleared again after the "
                               "time set in the settings"));

    connect(m_new, &QAction::triggered, this, [this] {
        if (const auto c = client())
            run(new NewSecretCommand(*c, m_window), true, true);
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const auto s = selection(SecretListPane::Kind::Secrets))
            run(new EditSecretCommand(s->client, s->item, m_window), true, false, s->item.name);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const auto s = selection(SecretListPane::Kind::Secrets))
            run(lifecycle(s->client).remove(s->item.name), true, true);
    });
    connect(m_copyValue, &QAction::triggered, this, [this] {
        if (const auto s = selection(SecretListPane::Kind::Secrets))
            run(new CopySecretValueCommand(s->client, s->item.name, s->item.version, m_clipboard,
                                           m_window),
                false, false);
    });
    m_reveal->setToolTip(tr("Show or hide the value in the details"));
    connect(m_reveal, &QAction::triggered, this, [this] {
        auto *button = m_pane->details()->revealButton();
        if (button->isEnabled())
            button->toggle();
    });
    connect(m_recover, &QAction::triggered, this, [this] {
        if (const auto s = selection(SecretListPane::Kind::Deleted))
            run(lifecycle(s->client).recover(s->item.name), true, true);
    });
    connect(m_purge, &QAction::triggered, this, [this] {
        if (const auto s = selection(SecretListPane::Kind::Deleted))
            run(lifecycle(s->client).purge(s->item.name), false, true);
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (auto *pane = m_pane->currentListPane())
            pane->reload();
    });
    m_newVersion->setToolTip(tr("Give the secret a new value; the old one stays as a version"));
    connect(m_newVersion, &QAction::triggered, this, [this] {
        if (const auto s = selection(SecretListPane::Kind::Secrets))
            run(new EditSecretCommand(s->client, s->item, m_window), true, false, s->item.name);
    });
    connect(m_backup, &QAction::triggered, this, [this] {
        if (const auto s = selection(SecretListPane::Kind::Secrets))
            run(lifecycle(s->client).backup(s->item.name), false, false);
    });
    connect(m_restore, &QAction::triggered, this, [this] {
        if (const auto c = client())
            run(lifecycle(*c).restore(), true, false);
    });
    connect(m_pane->details(), &SecretDetailsPanel::versionsRequested, this, [this] {
        if (const auto s = selection(SecretListPane::Kind::Secrets))
            m_pane->details()->showVersions(
                core::SecretListModel::versions(s->client, s->item.name));
    });
    connect(m_pane, &VaultPane::currentItemChanged, this, &SecretActionController::updateActions);
    connect(m_pane, &VaultPane::itemActivated, m_edit, &QAction::trigger);
    connect(m_pane->details(), &SecretDetailsPanel::revealRequested, this,
            &SecretActionController::reveal);
    m_pane->details()->setCopyValueAction(m_copyValue);
    updateActions();
}

std::optional<SecretActionController::Selection>
SecretActionController::selection(SecretListPane::Kind kind) const
{
    auto *pane = m_pane->currentPane();
    const auto item = pane ? pane->currentItem() : std::nullopt;
    const auto c = client();
    if (!item || !c || pane->kind() != kind)
        return std::nullopt;
    return Selection{*c, *item};
}

std::optional<core::KeyVaultClient> SecretActionController::client() const
{
    if (!m_session || !m_pane->vault())
        return std::nullopt;
    return m_pane->client();
}

void SecretActionController::updateActions()
{
    auto *pane = m_pane->currentPane();
    const bool connected = client().has_value();
    const bool selected = pane && pane->currentItem().has_value();
    const bool secrets = pane && pane->kind() == SecretListPane::Kind::Secrets;
    // Keys and certificates have their own actions on the same shortcuts.
    m_new->setEnabled(connected && pane);
    m_edit->setEnabled(connected && selected && secrets);
    m_delete->setEnabled(connected && selected && secrets);
    m_copyValue->setEnabled(connected && selected && secrets);
    m_reveal->setEnabled(connected && selected && secrets);
    m_recover->setEnabled(connected && selected && !secrets);
    m_purge->setEnabled(connected && selected && !secrets);
    m_refresh->setEnabled(connected);
    m_newVersion->setEnabled(connected && selected && secrets);
    m_backup->setEnabled(connected && selected && secrets);
    m_restore->setEnabled(connected);
}

LifecycleCommands SecretActionController::lifecycle(const core::KeyVaultClient &client) const
{
    return LifecycleCommands(client, core::ObjectKind::Secret, m_window);
}

bool SecretActionController::isBusy() const
{
    return m_runner->isBusy();
}

void SecretActionController::run(Command *command, bool reloadSecrets, bool reloadDeleted,
                                 const QString &select)
{
    m_runner->run(command,
                  [reloadSecrets, reloadDeleted, select](VaultPane *pane, Command *finished) {
                      if (reloadSecrets) {
                          pane->secretsPane()->reload();
                          const auto name = select.isEmpty() ? finished->affectedName() : select;
                          if (!name.isEmpty())
                              pane->secretsPane()->selectWhenListed(name);
                      }
                      if (reloadDeleted)
                          pane->deletedPane()->reload();
                  });
}

void SecretActionController::reveal()
{
    auto *pane = m_pane->currentPane();
    const auto item = pane ? pane->currentItem() : std::nullopt;
    const auto c = client();
    auto *details = m_pane->details();
    if (!item || !c) {
        details->hideValue();
        return;
    }
    auto *command = new RevealSecretCommand(*c, item->name, item->version, m_window);
    const QUrl id = item->id;
    connect(command, &RevealSecretCommand::valueReady, details,
            [this, details, id](const QString &value) {
                auto *current = m_pane->currentPane();
                const auto now = current ? current->currentItem() : std::nullopt;
                if (now && now->id == id)
                    details->showValue(value);
            });
    connect(command, &Command::failed, details, &SecretDetailsPanel::hideValue);
    connect(command, &Command::canceled, details, &SecretDetailsPanel::hideValue);
    run(command, false, false);
}

} // namespace kluis::ui
