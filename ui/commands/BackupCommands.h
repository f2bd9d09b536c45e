#pragma once

#include "clients/KeyVaultClient.h"
#include "commands/Command.h"

#include <QCoro/QCoroTask>

#include <QFileDialog>

namespace kluis::ui {

// Backup: asks where to save, then writes the service's opaque backup blob of the secret (all
// its versions, encrypted by the service) to that file.
class BackupSecretCommand : public Command
{
    Q_OBJECT
public:
    BackupSecretCommand(core::KeyVaultClient client, QString name, QWidget *parent);
    QFileDialog *dialog() const { return m_dialog; }
    QString affectedName() const override { return m_name; }

protected:
    void doStart() override;

private:
    QCoro::Task<> save(QString path);
    core::KeyVaultClient m_client;
    QString m_name;
    QPointer<QFileDialog> m_dialog;
};

// Restore: asks for a backup file and hands it to the vault, which makes the secret again (with
// its versions). The vault refuses when a secret of that name exists.
class RestoreSecretCommand : public Command
{
    Q_OBJECT
public:
    RestoreSecretCommand(core::KeyVaultClient client, QWidget *parent);
    QFileDialog *dialog() const { return m_dialog; }
    QString affectedName() const override { return m_name; }

protected:
    void doStart() override;

private:
    QCoro::Task<> restore(QString path);
    core::KeyVaultClient m_client;
    QString m_name;
    QPointer<QFileDialog> m_dialog;
};

} // namespace kluis::ui
