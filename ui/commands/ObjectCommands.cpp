#include "commands/ObjectCommands.h"

#include "certificates/CertificateInfo.h"
#include "common/SecretFile.h"
#include "common/SecureMemory.h"
#include "dialogs/CertificateCreateDialog.h"
#include "dialogs/ConfirmByNameDialog.h"
#include "dialogs/ImportCertificateDialog.h"
#include "dialogs/KeyCreateDialog.h"
#include "keys/JwkSignature.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace kluis::ui {

namespace {
QMessageBox *information(QWidget *parent, const QString &objectName, const QString &title,
                         const QString &text, const QString &details = {})
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}
} // namespace

ObjectOperationCommand::ObjectOperationCommand(Spec spec, QWidget *parent)
    : Command(parent)
    , m_spec(std::move(spec))
{}

void ObjectOperationCommand::doStart()
{
    switch (m_spec.confirmation) {
    case Confirmation::None:
        run();
        return;
    case Confirmation::Question: {
        auto *box = new QMessageBox(QMessageBox::Question, m_spec.title, m_spec.question,
                                    QMessageBox::Cancel, parentWidget());
        box->setObjectName(m_spec.confirmObjectName);
        box->setTextFormat(Qt::PlainText);
        auto *yes = box->addButton(m_spec.confirmButton, QMessageBox::AcceptRole);
        yes->setObjectName(QStringLiteral("confirm"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, yes] {
            if (box->clickedButton() == yes)
                run();
            else
                abort();
        });
        box->open();
        return;
    }
    case Confirmation::TypeName: {
        auto *dialog = new ConfirmByNameDialog(m_spec.title, m_spec.question, m_spec.name,
                                               m_spec.confirmButton, parentWidget());
        dialog->setObjectName(m_spec.confirmObjectName);
        openDialog(dialog, [this] { run(); });
        return;
    }
    }
}

QCoro::Task<> ObjectOperationCommand::run()
{
    QPointer<ObjectOperationCommand> guard(this);
    beginWork();
    auto operation = m_spec.operation;
    auto task = operation();
    auto result = co_await task;
    if (!guard || !succeeded(result, m_spec.title))
        co_return;
    done(m_spec.doneMessage);
}

SaveToFileCommand::SaveToFileCommand(QString title, QString suggestedName, QString filter,
                                     Fetch fetch, QString doneMessage, QWidget *parent,
                                     bool askPassword)
    : Command(parent)
    , m_title(std::move(title))
    , m_askPassword(askPassword)
    , m_suggestedName(std::move(suggestedName))
    , m_filter(std::move(filter))
    , m_fetch(std::move(fetch))
    , m_doneMessage(std::move(doneMessage))
{}

SaveToFileCommand::~SaveToFileCommand()
{
    core::wipe(m_password);
}

void SaveToFileCommand::doStart()
{
    if (!m_askPassword) {
        askFile();
        return;
    }
    auto *prompt = new QInputDialog(parentWidget());
    prompt->setObjectName(QStringLiteral("filePassword"));
    prompt->setWindowTitle(m_title);
    prompt->setLabelText(tr("Password for the file (it protects the private key):"));
    prompt->setTextEchoMode(QLineEdit::Password);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QInputDialog::textValueSelected, this, [this](const QString &password) {
        m_password = password;
        askFile();
    });
    connect(prompt, &QDialog::rejected, this, &Command::cancel);
    prompt->open();
}

void SaveToFileCommand::askFile()
{
    m_dialog = new QFileDialog(parentWidget(), m_title, m_suggestedName, m_filter);
    m_dialog->setObjectName(QStringLiteral("saveFileDialog"));
    m_dialog->setOption(QFileDialog::DontUseNativeDialog);
    m_dialog->setAcceptMode(QFileDialog::AcceptSave);
    m_dialog->selectFile(m_suggestedName);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_fileName = file;
        run();
    });
    connect(m_dialog, &QDialog::rejected, this, &Command::cancel);
    m_dialog->open();
}

QCoro::Task<> SaveToFileCommand::run()
{
    QPointer<SaveToFileCommand> guard(this);
    beginWork();
    auto fetch = m_fetch;
    auto task = fetch(m_password);
    auto data = co_await task;
    if (!guard) {
        if (data)
            core::wipe(data.value());
        co_return;
    }
    core::wipe(m_password);
    if (!data) {
        failWithMessage(m_title, data.error());
        co_return;
    }
    QString why;
    const bool written = core::SecretFile::write(m_fileName, *data, &why);
    core::wipe(data.value()); // a private key or a backup: on disk now, or nowhere
    if (!written) {
        failWithMessage(m_title,
                        core::AzureError::usage(tr("Could not write %1: %2").arg(m_fileName, why)));
        co_return;
    }
    done(m_doneMessage.arg(m_fileName));
}

LoadFromFileCommand::LoadFromFileCommand(QString title, QString filter, Upload upload,
                                         QWidget *parent)
    : Command(parent)
    , m_title(std::move(title))
    , m_filter(std::move(filter))
    , m_upload(std::move(upload))
{}

void LoadFromFileCommand::doStart()
{
    m_dialog = new QFileDialog(parentWidget(), m_title, QString(), m_filter);
    m_dialog->setObjectName(QStringLiteral("openFileDialog"));
    m_dialog->setOption(QFileDialog::DontUseNativeDialog);
    m_dialog->setFileMode(QFileDialog::ExistingFile);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { run(file); });
    connect(m_dialog, &QDialog::rejected, this, &Command::cancel);
    m_dialog->open();
}

QCoro::Task<> LoadFromFileCommand::run(QString fileName)
{
    QPointer<LoadFromFileCommand> guard(this);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        failWithMessage(
            m_title,
            core::AzureError::usage(tr("Could not read %1: %2").arg(fileName, file.errorString())));
        co_return;
    }
    const QByteArray data = file.readAll();
    beginWork();
    auto upload = m_upload;
    auto task = upload(data);
    auto result = co_await task;
    if (!guard || !succeeded(result, m_title))
        co_return;
    m_name = *result;
    done(tr("Restored %1 from %2.").arg(m_name, fileName));
}

void NewKeyCommand::doStart()
{
    m_dialog = new KeyCreateDialog(parentWidget());
    openDialog(m_dialog, [this] { create(); });
}

QCoro::Task<> NewKeyCommand::create()
{
    QPointer<NewKeyCommand> guard(this);
    const KeyForm form = m_dialog->form();
    core::KeyCreateOptions options;
    options.keyType = form.keyType;
    options.keySize = form.keySize;
    if (!form.curve.isEmpty())
        options.curve = form.curve;
    options.keyOperations = form.operations;
    options.enabled = form.enabled;
    options.expires = form.expires;
    beginWork();
    auto created = co_await m_client.createKey(form.name, options);
    if (!guard || !succeeded(created, tr("New key")))
        co_return;
    m_name = form.name;
    done(tr("Created the key %1 (%2).").arg(form.name, created->keyDescription()));
}

QCoro::Task<> TestKeyCommand::run()
{
    QPointer<TestKeyCommand> guard(this);
    beginWork();
    auto key = co_await m_client.getKey(m_name);
    if (!guard || !succeeded(key, tr("Test key")))
        co_return;
    const QString algorithm = core::JwkSignature::defaultAlgorithm(key->publicJwk);
    if (algorithm.isEmpty()) {
        report(false, tr("The key %1 (%2) cannot sign.").arg(m_name, key->keyType), {});
        co_return;
    }
    const QByteArray sample =
        QStringLiteral("Kluis key test %1 %2")
            .arg(m_name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .toUtf8();
    const QByteArray digest = core::JwkSignature::digest(algorithm, sample);
    auto signature = co_await m_client.sign(m_name, key->version, algorithm, digest);
    if (!guard || !succeeded(signature, tr("Test key")))
        co_return;
    const auto verified =
        core::JwkSignature::verify(key->publicJwk, algorithm, digest, signature->signature);
    const QString details =
        tr("Key: %1\nVersion: %2\nAlgorithm: %3\nSample: %4\nDigest: %5\nSignature: %6 bytes")
            .arg(key->keyDescription(), key->version, algorithm, QString::fromUtf8(sample),
                 QString::fromLatin1(digest.toHex()))
            .arg(signature->signature.size());
    if (verified.ok())
        report(true,
               tr("The vault signed a sample with %1 (%2) and the signature verifies locally "
                  "with the key's public part.")
                   .arg(m_name, algorithm),
               details);
    else
        report(false,
               tr("The vault signed a sample with %1 (%2), but the signature does NOT verify "
                  "locally: %3")
                   .arg(m_name, algorithm, verified.error().message),
               details);
}

void TestKeyCommand::report(bool verified, const QString &summary, const QString &details)
{
    Q_EMIT tested(verified, summary);
    auto *box = information(parentWidget(), QStringLiteral("keyTestResult"), tr("Test key"),
                            summary, details);
    if (!verified)
        box->setIcon(QMessageBox::Warning);
    box->open();
    if (verified)
        done(tr("Key %1: signature verified.").arg(m_name));
    else
        fail(core::AzureError::usage(summary));
}

void NewCertificateCommand::doStart()
{
    m_dialog = new CertificateCreateDialog(parentWidget());
    openDialog(m_dialog, [this] { create(); });
}

QCoro::Task<> NewCertificateCommand::create()
{
    QPointer<NewCertificateCommand> guard(this);
    const CertificateForm form = m_dialog->form();
    core::CertificatePolicy policy;
    policy.subject = form.subject;
    policy.dnsNames = form.dnsNames;
    policy.validityMonths = form.validityMonths;
    policy.keyType = form.keyType;
    policy.keySize = form.keySize;
    policy.curve = form.curve;
    policy.exportable = form.exportable;
    policy.contentType = form.contentType;
    policy.issuer = QStringLiteral("Self");
    beginWork();
    auto created = co_await m_client.createCertificateAndWait(form.name, policy);
    if (!guard || !succeeded(created, tr("New certificate")))
        co_return;
    m_name = form.name;
    done(tr("Created the certificate %1.").arg(form.name));
}

void ImportCertificateCommand::doStart()
{
    m_dialog = new ImportCertificateDialog(parentWidget());
    openDialog(m_dialog, [this] { importFile(); });
}

QCoro::Task<> ImportCertificateCommand::importFile()
{
    QPointer<ImportCertificateCommand> guard(this);
    const QString fileName = m_dialog->fileName();
    const QString name = m_dialog->name();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        failWithMessage(
            tr("Import certificate"),
            core::AzureError::usage(tr("Could not read %1: %2").arg(fileName, file.errorString())));
        co_return;
    }
    core::CertificateImport request;
    request.content = file.readAll();
    request.password = m_dialog->password();
    beginWork();
    auto imported = co_await m_client.importCertificate(name, request);
    core::wipe(request.password);
    core::wipe(request.content); // the private key, PFX or PEM
    if (!guard || !succeeded(imported, tr("Import certificate")))
        co_return;
    m_name = name;
    done(tr("Imported the certificate %1.").arg(name));
}

QCoro::Task<> ViewPolicyCommand::run()
{
    QPointer<ViewPolicyCommand> guard(this);
    beginWork();
    auto policy = co_await m_client.getCertificatePolicy(m_name);
    if (!guard || !succeeded(policy, tr("Certificate policy")))
        co_return;
    const QString key = policy->curve.isEmpty()
                            ? tr("%1 %2 bits").arg(policy->keyType).arg(policy->keySize)
                            : tr("%1 %2").arg(policy->keyType, policy->curve);
    const QString none = tr("—");
    const QString text =
        tr("Issuer: %1\nSubject: %2\nDNS names: %3\nValidity: %n month(s)\nKey: %4\n"
           "Private key exportable: %5\nReuse key on renewal: %6\nFormat in the vault: %7\n"
           "Key usage: %8\nExtended key usage: %9",
           nullptr, policy->validityMonths)
            .arg(policy->issuer, policy->subject,
                 policy->dnsNames.isEmpty() ? none : policy->dnsNames.join(QStringLiteral(", ")),
                 key, policy->exportable ? tr("yes") : tr("no"),
                 policy->reuseKey ? tr("yes") : tr("no"), policy->contentType,
                 policy->keyUsage.isEmpty() ? none : policy->keyUsage.join(QStringLiteral(", ")),
                 policy->ekus.isEmpty() ? none : policy->ekus.join(QStringLiteral(", ")));
    information(parentWidget(), QStringLiteral("certificatePolicy"), tr("Policy of %1").arg(m_name),
                text)
        ->open();
    done();
}

} // namespace kluis::ui
