#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace kluis::ui {

class Command;
class VaultPane;

// Starts the commands of one action controller and reports on them: their messages for the
// status bar, whether any is still working, and (through `refresh`) the lists to reload once a
// command finished, when the user still looks at the vault it changed.
class CommandRunner : public QObject
{
    Q_OBJECT

public:
    // Called with the pane (still showing the command's vault) and the finished command.
    using Refresh = std::function<void(VaultPane *pane, Command *command)>;

    CommandRunner(VaultPane *pane, QObject *parent);

    void run(Command *command, Refresh refresh = {});
    bool isBusy() const { return m_running > 0; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void busyChanged(bool busy);

private:
    QPointer<VaultPane> m_pane;
    int m_running = 0;
};

} // namespace kluis::ui
