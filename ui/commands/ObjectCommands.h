#pragma once

#include "clients/KeyVaultClient.h"
#include "commands/Command.h"
#include "commands/CreateCommand.h"
#include "commands/ItemCommand.h"
#include "dialogs/CertificateCreateDialog.h"
#include "dialogs/ImportCertificateDialog.h"
#include "dialogs/KeyCreateDialog.h"

#include <QCoro/QCoroTask>
#include <QFileDialog>

#include <functional>

namespace kluis::ui {

// One vault call on a key or certificate (delete, recover, purge, rotate, enable, …) behind
// the confirmation it needs: none, a question that names the item, or typing the name.
class ObjectOperationCommand : public Command
{
    Q_OBJECT
public:
    enum class Confirmation
    {
        None,
        Question,
        TypeName,
    };
    using Operation = std::function<QCoro::Task<core::Status>()>;
    struct Spec
    {
        QString title; // also the title of an error box
        QString name;  // the item, selected in the list afterwards
        Confirmation confirmation = Confirmation::None;
        QString confirmObjectName; // "confirmDelete", "confirmPurge", for tests
        QString question;
        QString confirmButton;
        Operation operation;
        QString doneMessage;
    };

    ObjectOperationCommand(Spec spec, QWidget *parent);
    QString affectedName() const override { return m_spec.name; }

protected:
    void doStart() override;

private:
    QCoro::Task<> run();
    Spec m_spec;
};

// Fetches something (a backup, a certificate, an export) and writes it to a file the user
// picks; the dialogs come first, so nothing is fetched when the user cancels. With
// askPassword, a password for the file is asked first and handed to `fetch`.
class SaveToFileCommand : public Command
{
    Q_OBJECT
public:
    using Fetch = std::function<QCoro::Task<core::Result<QByteArray>>(QString password)>;
    SaveToFileCommand(QString title, QString suggestedName, QString filter, Fetch fetch,
                      QString doneMessage, QWidget *parent, bool askPassword = false);
    ~SaveToFileCommand() override;
    QFileDialog *fileDialog() const { return m_dialog; }
    QString fileName() const { return m_fileName; }

protected:
    void doStart() override;

private:
    void askFile();
    QCoro::Task<> run();
    QString m_title;
    bool m_askPassword;
    QString m_password;
    QString m_suggestedName;
    QString m_filter;
    Fetch m_fetch;
    QString m_doneMessage;
    QPointer<QFileDialog> m_dialog;
    QString m_fileName;
};

// Reads a file the user picks and hands its bytes to the vault (restore from a backup).
class LoadFromFileCommand : public Command
{
    Q_OBJECT
public:
    using Upload = std::function<QCoro::Task<core::Result<QString>>(QByteArray)>;
    // `upload` answers the name of what it made.
    LoadFromFileCommand(QString title, QString filter, Upload upload, QWidget *parent);
    QFileDialog *fileDialog() const { return m_dialog; }
    QString affectedName() const override { return m_name; }

protected:
    void doStart() override;

private:
    QCoro::Task<> run(QString fileName);
    QString m_title;
    QString m_filter;
    Upload m_upload;
    QPointer<QFileDialog> m_dialog;
    QString m_name;
};

class NewKeyCommand : public CreateCommand
{
    Q_OBJECT
public:
    using CreateCommand::CreateCommand;
    KeyCreateDialog *dialog() const { return m_dialog; }

protected:
    void doStart() override;

private:
    QCoro::Task<> create();
    QPointer<KeyCreateDialog> m_dialog;
};

// Signs a sample digest in the vault with the key and verifies the signature here with
// OpenSSL against the key's public JWK; the result is shown and reported by tested().
class TestKeyCommand : public ItemCommand
{
    Q_OBJECT
public:
    using ItemCommand::ItemCommand;

Q_SIGNALS:
    void tested(bool verified, const QString &summary);

private:
    QCoro::Task<> run() override;
    void report(bool verified, const QString &summary, const QString &details);
};

class NewCertificateCommand : public CreateCommand
{
    Q_OBJECT
public:
    using CreateCommand::CreateCommand;
    CertificateCreateDialog *dialog() const { return m_dialog; }

protected:
    void doStart() override;

private:
    QCoro::Task<> create();
    QPointer<CertificateCreateDialog> m_dialog;
};

class ImportCertificateCommand : public CreateCommand
{
    Q_OBJECT
public:
    using CreateCommand::CreateCommand;
    ImportCertificateDialog *dialog() const { return m_dialog; }

protected:
    void doStart() override;

private:
    QCoro::Task<> importFile();
    QPointer<ImportCertificateDialog> m_dialog;
};

// Shows a certificate's policy (issuer, subject, names, key, validity, lifetime actions).
class ViewPolicyCommand : public ItemCommand
{
    Q_OBJECT
public:
    using ItemCommand::ItemCommand;

private:
    QCoro::Task<> run() override;
};

} // namespace kluis::ui
