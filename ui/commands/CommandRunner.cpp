#include "commands/CommandRunner.h"

#include "commands/Command.h"
#include "vault/VaultPane.h"

namespace kluis::ui {

CommandRunner::CommandRunner(VaultPane *pane, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
{}

void CommandRunner::run(Command *command, Refresh refresh)
{
    std::optional<core::VaultReference> vault;
    if (m_pane)
        vault = m_pane->vault();
    connect(command, &Command::finished, this,
            [this, command, vault, refresh = std::move(refresh)](const QString &message) {
                if (!message.isEmpty())
                    Q_EMIT statusMessage(message);
                // Only when the user still looks at the vault the command changed.
                if (!refresh || !m_pane || !vault || !m_pane->vault() ||
                    m_pane->vault()->uri != vault->uri)
                    return;
                refresh(m_pane, command);
            });
    connect(command, &Command::failed, this,
            [this](const core::AzureError &error) { Q_EMIT statusMessage(error.shortMessage()); });
    connect(command, &Command::busyChanged, this, [this](bool busy) {
        m_running += busy ? 1 : -1;
        Q_EMIT busyChanged(m_running > 0);
    });
    command->start();
}

} // namespace kluis::ui
