#include "commands/ConnectionCommands.h"

#include "dialogs/SettingsDialog.h"
#include "session/ConnectionSession.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace kluis::ui {

AttachCloudFileCommand::AttachCloudFileCommand(ConnectionSession *session, QWidget *parent)
    : Command(parent)
    , m_session(session)
{}

void AttachCloudFileCommand::doStart()
{
    auto *dialog = new QFileDialog(parentWidget(), tr("Attach local emulator"), QString(),
                                   tr("Cloud files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("attachEmulatorDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AttachCloudFileCommand::attach);
    connect(dialog, &QDialog::rejected, this, &Command::cancel);
    dialog->open();
}

void AttachCloudFileCommand::attach(const QString &path)
{
    QString error;
    if (!m_session || !m_session->attachCloudFile(path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Attach local emulator"), error,
                                    QMessageBox::Ok, parentWidget());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        fail(core::AzureError::usage(error));
        return;
    }
    done(tr("Attached %1.").arg(m_session->cloud().displayName));
}

AttachVaultCommand::AttachVaultCommand(ConnectionSession *session, QWidget *parent)
    : Command(parent)
    , m_session(session)
{}

void AttachVaultCommand::doStart()
{
    auto *dialog = new QInputDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("attachVaultDialog"));
    dialog->setWindowTitle(tr("Attach vault by URL"));
    dialog->setLabelText(tr("Vault URI or name (for example https://contoso.vault.azure.net/):"));
    dialog->setOkButtonText(tr("&Attach"));
    dialog->resize(520, dialog->sizeHint().height());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        QString error;
        if (!m_session || !m_session->attachVault(text, &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Attach vault by URL"), error,
                                        QMessageBox::Ok, parentWidget());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            fail(core::AzureError::usage(error));
            return;
        }
        done(tr("Attached %1.").arg(text.trimmed()));
    });
    connect(dialog, &QDialog::rejected, this, &Command::cancel);
    dialog->open();
}

EditSettingsCommand::EditSettingsCommand(QWidget *parent)
    : Command(parent)
{}

void EditSettingsCommand::doStart()
{
    auto *dialog = new SettingsDialog(parentWidget());
    openDialog(dialog, [this] { done(tr("Settings saved.")); });
}

} // namespace kluis::ui
