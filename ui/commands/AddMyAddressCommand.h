#pragma once

#include "cloud/CloudProfile.h"
#include "commands/Command.h"
#include "diagnostics/FirewallRuleEditor.h"

#include <QCoro/QCoroTask>

#include <chrono>

namespace kluis::ui {

// Adds this machine's public address to a vault's firewall, for good or (asking how long first)
// for a while, after a confirmation that names both. The change itself, its journal and its
// planned removal are FirewallRuleEditor's; this command asks, runs it and reports.
class AddMyAddressCommand : public Command
{
    Q_OBJECT
public:
    enum class Duration
    {
        Permanent,
        Ask, // 1, 8 or 24 hours
    };
    AddMyAddressCommand(core::FirewallRuleEditor *editor, core::VaultReference vault,
                        QString address, Duration duration, QWidget *parent);

Q_SIGNALS:
    // What the editor did (a rule added, or why none was: already allowed, refused), and one
    // line that says so; finished() follows with the same line.
    void outcomeReady(const core::FirewallRuleEditor::Outcome &outcome, const QString &message);
    // The work starts (after the questions): one line for the status.
    void progress(const QString &message);

protected:
    void doStart() override;

private:
    void chooseDuration();
    void confirm(std::chrono::seconds duration);
    QCoro::Task<> add(std::chrono::seconds duration);
    QString outcomeMessage(const core::FirewallRuleEditor::Outcome &outcome) const;

    QPointer<core::FirewallRuleEditor> m_editor;
    core::VaultReference m_vault;
    QString m_address;
    Duration m_duration;
};

} // namespace kluis::ui
