#pragma once

#include "clients/KeyVaultClient.h"
#include "commands/Command.h"
#include "commands/CreateCommand.h"
#include "commands/ItemCommand.h"
#include "dialogs/SecretEditDialog.h"
#include "widgets/ClipboardGuard.h"

#include <QCoro/QCoroTask>

namespace kluis::ui {

// Fetches a secret's value for the details panel; the value travels in valueReady() only.
class RevealSecretCommand : public ItemCommand
{
    Q_OBJECT
public:
    RevealSecretCommand(core::KeyVaultClient client, QString name, QString version,
                        QWidget *parent);
Q_SIGNALS:
    void valueReady(const QString &value);

private:
    QCoro::Task<> run() override;
    QString m_version;
};

// Fetches a secret's value and hands it to the ClipboardGuard.
class CopySecretValueCommand : public ItemCommand
{
    Q_OBJECT
public:
    CopySecretValueCommand(core::KeyVaultClient client, QString name, QString version,
                           ClipboardGuard *clipboard, QWidget *parent);

private:
    QCoro::Task<> run() override;
    QString m_version;
    QPointer<ClipboardGuard> m_clipboard;
};

// New secret: the dialog, then create. A name held by a deleted secret (409
// ObjectIsDeletedButRecoverable) offers to recover that secret instead.
class NewSecretCommand : public CreateCommand
{
    Q_OBJECT
public:
    using CreateCommand::CreateCommand;
    SecretEditDialog *dialog() const { return m_dialog; }

protected:
    void doStart() override;

private:
    QCoro::Task<> create(SecretForm form);
    QCoro::Task<> recover(QString name);
    void offerRecovery(const QString &name, const core::AzureError &error);
    QPointer<SecretEditDialog> m_dialog;
};

// Edit: attributes, content type and tags in place; a new value makes a new version.
class EditSecretCommand : public Command
{
    Q_OBJECT
public:
    EditSecretCommand(core::KeyVaultClient client, core::SecretItem item, QWidget *parent);

protected:
    void doStart() override;

private:
    QCoro::Task<> save(SecretForm form);
    core::KeyVaultClient m_client;
    core::SecretItem m_item;
};

// Sets the attributes the create call cannot carry (enabled, activation, expiry) on a new
// version. Shared by create and edit.
QCoro::Task<core::Status> applyAttributes(core::KeyVaultClient client, QString name,
                                          QString version, SecretForm form);

} // namespace kluis::ui
