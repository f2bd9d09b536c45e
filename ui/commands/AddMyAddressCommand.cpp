#include "commands/AddMyAddressCommand.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <array>

namespace kluis::ui {

using namespace std::chrono_literals;

AddMyAddressCommand::AddMyAddressCommand(core::FirewallRuleEditor *editor,
                                         core::VaultReference vault, QString address,
                                         Duration duration, QWidget *parent)
    : Command(parent)
    , m_editor(editor)
    , m_vault(std::move(vault))
    , m_address(std::move(address))
    , m_duration(duration)
{}

void AddMyAddressCommand::doStart()
{
    if (m_duration == Duration::Ask)
        chooseDuration();
    else
        confirm(0s);
}

void AddMyAddressCommand::chooseDuration()
{
    auto *dialog = new QInputDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("temporaryRuleDialog"));
    dialog->setWindowTitle(tr("Add my address temporarily"));
    dialog->setLabelText(tr("Let %1 into %2 for:").arg(m_address, m_vault.name));
    const QStringList choices{tr("1 hour"), tr("8 hours"), tr("24 hours")};
    dialog->setComboBoxItems(choices);
    dialog->setComboBoxEditable(false);
    openDialog(dialog, [this, dialog, choices] {
        const std::array hours{1, 8, 24};
        const auto index = std::max<qsizetype>(0, choices.indexOf(dialog->textValue()));
        confirm(std::chrono::hours(hours.at(static_cast<size_t>(index))));
    });
}

void AddMyAddressCommand::confirm(std::chrono::seconds duration)
{
    const auto hours = std::chrono::duration_cast<std::chrono::hours>(duration).count();
    const auto text =
        duration.count() > 0
            ? tr("Add %1 to the firewall of the vault %2 for %n hour(s)?\n\nKluis changes the "
                 "vault's network rules through Azure Resource Manager and removes the rule "
                 "again when the time is up, when Kluis quits, or at its next start.",
                 nullptr, static_cast<int>(hours))
                  .arg(m_address, m_vault.name)
            : tr("Add %1 to the firewall of the vault %2?\n\nKluis changes the vault's network "
                 "rules through Azure Resource Manager. Everyone who reaches the vault from "
                 "this address still needs permission to use it.")
                  .arg(m_address, m_vault.name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Add to the vault's firewall"), text,
                                QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("confirmAddIpRule"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto *yes = box->addButton(tr("Add %1").arg(m_address), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, yes, duration] {
        if (box->clickedButton() == yes)
            add(duration);
        else
            abort();
    });
    box->open();
}

QCoro::Task<> AddMyAddressCommand::add(std::chrono::seconds duration)
{
    const QPointer<AddMyAddressCommand> guard(this);
    if (!m_editor) {
        abort();
        co_return;
    }
    beginWork();
    Q_EMIT progress(tr("Changing the firewall of %1…").arg(m_vault.name));
    auto target = m_editor->target(m_vault.subscriptionId, m_vault.resourceGroup, m_vault.name);
    if (!target.isComplete()) {
        auto found = co_await m_editor->findVault(m_vault.uri);
        if (!guard)
            co_return;
        if (!found) {
            fail(found.error());
            co_return;
        }
        target = found.value();
    }
    auto outcome = co_await m_editor->addAddress(target, m_address, duration);
    if (!guard)
        co_return;
    if (!outcome) {
        fail(outcome.error());
        co_return;
    }
    const auto message = outcomeMessage(*outcome);
    Q_EMIT outcomeReady(*outcome, message);
    if (guard)
        done(message);
}

QString AddMyAddressCommand::outcomeMessage(const core::FirewallRuleEditor::Outcome &outcome) const
{
    if (!outcome.added)
        return outcome.check.reason;
    if (!outcome.verification.isEmpty())
        return outcome.verification;
    if (outcome.temporary)
        return tr("Added %1 until %2. Rule changes can take a few minutes to apply; the list is "
                  "retried now.")
            .arg(outcome.check.rule, QLocale().toString(outcome.temporary->expires.toLocalTime(),
                                                        QLocale::ShortFormat));
    return tr("Added %1. Rule changes can take a few minutes to apply; the list is retried now.")
        .arg(outcome.check.rule);
}

} // namespace kluis::ui
