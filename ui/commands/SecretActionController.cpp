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
    , m_new(new QAction(tr("&New secret…"), this))
    , m_edit(new QAction(tr("&Edit secret…"), this))
    , m_delete(new QAction(tr("&Delete secret…"), this))
    , m_copyValue(new QAction(tr("&Copy value"), this))
    , m_reveal(new QAction(tr("Reveal v&alue"), this))
    , m_recover(new QAction(tr("&Recover secret"), this))
    , m_purge(new QAction(tr("&Purge secret…"), this))
    , m_refresh(new QAction(tr("&Refresh"), this))
    , m_newVersion(new QAction(tr("New ver&sion…"), this))
    , m_backup(new QAction(tr("&Back up secret…"), this))
    , m_restore(new QAction(tr("Res&tore secret from backup…"), this))
    , m_runner(new CommandRunner(vaultPane, this))
{
    connect(m_runner, &CommandRunner::statusMessage, this, &SecretActionController::statusMessage);
    connect(m_runner, &CommandRunner::busyChanged, this, &SecretActionController::busyChanged);
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_delete->setShortcut(QKeySequence::Delete);
    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyValue->setToolTip(tr("Copy the value to the clipboard; it is cleared again after the "
                               "time set in the settings"));
    m_recover->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_purge->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_refresh->setShortcut(QKeySequence::Refresh);
    // Icons from the desktop theme (bundled ones where it has none).
    m_new->setIcon(themeIcon(QStringLiteral("document-new")));
    m_edit->setIcon(themeIcon(QStringLiteral("document-edit")));
    m_delete->setIcon(themeIcon(QStringLiteral("edit-delete")));
    m_copyValue->setIcon(themeIcon(QStringLiteral("edit-copy")));
    m_reveal->setIcon(themeIcon(QStringLiteral("view-visible")));
    m_recover->setIcon(themeIcon(QStringLiteral("edit-undo")));
    m_purge->setIcon(themeIcon(QStringLiteral("edit-delete-shred")));
    m_refresh->setIcon(themeIcon(QStringLiteral("view-refresh")));
    m_newVersion->setIcon(themeIcon(QStringLiteral("document-edit")));
    m_backup->setIcon(themeIcon(QStringLiteral("document-save")));
    m_restore->setIcon(themeIcon(QStringLiteral("document-open")));

    connect(m_new, &QAction::triggered, this, [this] {
        if (const auto c = client())
            run(new NewSecretCommand(*c, m_window), true, true);
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        auto *pane = m_pane->currentPane();
        const auto item = pane ? pane->currentItem() : std::nullopt;
        const auto c = client();
        if (item && c && pane->kind() == SecretListPane::Kind::Secrets)
            run(new EditSecretCommand(*c, *item, m_window), true, false, item->name);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        auto *pane = m_pane->currentPane();
        const auto item = pane ? pane->currentItem() : std::nullopt;
        const auto c = client();
        if (item && c && pane->kind() == SecretListPane::Kind::Secrets)
            run(lifecycle(*c).remove(item->name), true, true);
    });
    connect(m_copyValue, &QAction::triggered, this, [this] {
        auto *pane = m_pane->currentPane();
        const auto item = pane ? pane->currentItem() : std::nullopt;
        const auto c = client();
        if (item && c && pane->kind() == SecretListPane::Kind::Secrets)
            run(new CopySecretValueCommand(*c, item->name, item->version, m_clipboard, m_window),
                false, false);
    });
    m_reveal->setToolTip(tr("Show or hide the value in the details"));
    connect(m_reveal, &QAction::triggered, this, [this] {
        auto *button = m_pane->details()->revealButton();
        if (button->isEnabled())
            button->toggle();
    });
    connect(m_recover, &QAction::triggered, this, [this] {
        auto *pane = m_pane->currentPane();
        const auto item = pane ? pane->currentItem() : std::nullopt;
        const auto c = client();
        if (item && c && pane->kind() == SecretListPane::Kind::Deleted)
            run(lifecycle(*c).recover(item->name), true, true);
    });
    connect(m_purge, &QAction::triggered, this, [this] {
        auto *pane = m_pane->currentPane();
        const auto item = pane ? pane->currentItem() : std::nullopt;
        const auto c = client();
        if (item && c && pane->kind() == SecretListPane::Kind::Deleted)
            run(lifecycle(*c).purge(item->name), false, true);
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (auto *pane = m_pane->currentListPane())
            pane->reload();
    });
    m_newVersion->setToolTip(tr("Give the secret a new value; the old one stays as a version"));
    connect(m_newVersion, &QAction::triggered, this, [this] {
        auto *pane = m_pane->currentPane();
        const auto item = pane ? pane->currentItem() : std::nullopt;
        const auto c = client();
        if (item && c && pane->kind() == SecretListPane::Kind::Secrets)
            run(new EditSecretCommand(*c, *item, m_window), true, false, item->name);
    });
    connect(m_backup, &QAction::triggered, this, [this] {
        auto *pane = m_pane->currentPane();
        const auto item = pane ? pane->currentItem() : std::nullopt;
        const auto c = client();
        if (item && c && pane->kind() == SecretListPane::Kind::Secrets)
            run(lifecycle(*c).backup(item->name), false, false);
    });
    connect(m_restore, &QAction::triggered, this, [this] {
        if (const auto c = client())
            run(lifecycle(*c).restore(), true, false);
    });
    connect(m_pane->details(), &SecretDetailsPanel::versionsRequested, this, [this] {
        auto *pane = m_pane->currentPane();
        const auto item = pane ? pane->currentItem() : std::nullopt;
        const auto c = client();
        if (item && c && pane->kind() == SecretListPane::Kind::Secrets)
            m_pane->details()->showVersions(core::SecretListModel::versions(*c, item->name));
    });
    connect(m_pane, &VaultPane::currentItemChanged, this, &SecretActionController::updateActions);
    connect(m_pane, &VaultPane::itemActivated, m_edit, &QAction::trigger);
    connect(m_pane->details(), &SecretDetailsPanel::revealRequested, this,
            &SecretActionController::reveal);
    m_pane->details()->setCopyValueAction(m_copyValue);
    updateActions();
}

std::optional<core::KeyVaultClient> SecretActionController::client() const
{
    if (!m_session || !m_pane->vault() || !m_session->canReach(m_pane->vault()->uri))
        return std::nullopt;
    return m_session->vaultClient(m_pane->vault()->uri);
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
