#include "commands/BackupCommands.h"

#include "common/SecretFile.h"

#include <QFile>
#include <QFileDialog>

namespace kluis::ui {

namespace {
QFileDialog *backupFileDialog(QWidget *parent, const QString &title, bool save)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("backupFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setNameFilters({QFileDialog::tr("Key Vault backups (*.keyvaultbackup *.blob)"),
                            QFileDialog::tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("keyvaultbackup"));
    return dialog;
}
} // namespace

BackupSecretCommand::BackupSecretCommand(core::KeyVaultClient client, QString name, QWidget *parent)
    : Command(parent)
    , m_client(std::move(client))
    , m_name(std::move(name))
{}

void BackupSecretCommand::doStart()
{
    m_dialog = backupFileDialog(parentWidget(), tr("Back up %1").arg(m_name), true);
    m_dialog->selectFile(m_name + QStringLiteral(".keyvaultbackup"));
    connect(m_dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { save(path); });
    connect(m_dialog, &QDialog::rejected, this, &Command::cancel);
    m_dialog->open();
}

QCoro::Task<> BackupSecretCommand::save(QString path)
{
    QPointer<BackupSecretCommand> guard(this);
    beginWork();
    auto blob = co_await m_client.backupSecret(m_name);
    if (!guard)
        co_return;
    if (!blob) {
        failWithMessage(tr("Back up secret"), blob.error());
        co_return;
    }
    QString why;
    if (!core::SecretFile::write(path, blob.value(), &why)) {
        failWithMessage(tr("Back up secret"),
                        core::AzureError::usage(tr("Could not write %1: %2").arg(path, why)));
        co_return;
    }
    done(tr("Backed up %1 to %2.").arg(m_name, path));
}

RestoreSecretCommand::RestoreSecretCommand(core::KeyVaultClient client, QWidget *parent)
    : Command(parent)
    , m_client(std::move(client))
{}

void RestoreSecretCommand::doStart()
{
    m_dialog = backupFileDialog(parentWidget(), tr("Restore a secret from a backup"), false);
    connect(m_dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { restore(path); });
    connect(m_dialog, &QDialog::rejected, this, &Command::cancel);
    m_dialog->open();
}

QCoro::Task<> RestoreSecretCommand::restore(QString path)
{
    QPointer<RestoreSecretCommand> guard(this);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWithMessage(
            tr("Restore secret"),
            core::AzureError::usage(tr("Could not read %1: %2").arg(path, file.errorString())));
        co_return;
    }
    const auto blob = file.readAll();
    beginWork();
    auto restored = co_await m_client.restoreSecret(blob);
    if (!guard)
        co_return;
    if (!restored) {
        failWithMessage(tr("Restore secret"), restored.error());
        co_return;
    }
    m_name = restored->name;
    done(tr("Restored the secret %1.").arg(m_name));
}

} // namespace kluis::ui
