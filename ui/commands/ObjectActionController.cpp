#include "commands/ObjectActionController.h"

#include "certificates/CertificateInfo.h"
#include "certificates/Pkcs12.h"
#include "commands/CommandRunner.h"
#include "commands/ObjectCommands.h"
#include "session/ConnectionSession.h"
#include "vault/CertificateDetailsPanel.h"
#include "vault/ObjectListPane.h"
#include "vault/ObjectPanes.h"
#include "vault/VaultPane.h"
#include "widgets/ThemeIcon.h"

#include <QAction>
#include <QCoreApplication>
#include <QCoro/QCoroTimer>

#include <algorithm>
#include <cctype>

namespace kluis::ui {

using Kind = VaultPane::ObjectKind;
using core::KeyVaultClient;
using core::Result;
using core::Status;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kluis::ui::ObjectActionController", text);
}

// Key Vault deletes, recovers and purges in the background: the call returns before the
// object has moved. Poll (as the Azure SDKs' pollers do) so the lists reloaded afterwards show
// the new state. Callables are taken by value: they live in the coroutine frame.
template<typename Call, typename Probe>
QCoro::Task<Status> callAndWait(Call call, Probe probe, bool present)
{
    using namespace std::chrono_literals;
    auto task = call();
    auto result = co_await task;
    if (!result)
        co_return result.error();
    for (int attempt = 0; attempt < 60; ++attempt) {
        auto probeTask = probe();
        auto found = co_await probeTask;
        if (found.ok() == present)
            break;
        co_await QCoro::sleepFor(250ms);
    }
    co_return core::Done{};
}

template<typename Call> QCoro::Task<Status> justCall(Call call)
{
    auto task = call();
    auto result = co_await task;
    if (!result)
        co_return result.error();
    co_return core::Done{};
}

// Backups are saved as the binary blob (as the Azure CLI writes them) and sent back as the
// base64url text the service expects.
template<typename Call> QCoro::Task<Result<QByteArray>> backupBytes(Call call)
{
    auto task = call();
    auto blob = co_await task;
    if (!blob)
        co_return blob.error();
    const auto decoded = QByteArray::fromBase64Encoding(*blob, QByteArray::Base64UrlEncoding);
    co_return decoded ? *decoded : *blob;
}

QByteArray backupText(const QByteArray &file)
{
    const QByteArray trimmed = file.trimmed();
    // A file that already is base64url text (from another tool) goes as it is.
    const bool text =
        !trimmed.isEmpty() && std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
        });
    return text ? trimmed
                : file.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QCoro::Task<Result<QString>> restoreKey(KeyVaultClient client, QByteArray file)
{
    auto restored = co_await client.restoreKey(backupText(file));
    if (!restored)
        co_return restored.error();
    co_return restored->name;
}

QCoro::Task<Result<QString>> restoreCertificate(KeyVaultClient client, QByteArray file)
{
    auto restored = co_await client.restoreCertificate(backupText(file));
    if (!restored)
        co_return restored.error();
    co_return restored->name;
}

enum CertificateFormat
{
    CerFormat,
    PemFormat,
    PfxWithKey,
    PemWithKey,
};

QCoro::Task<Result<QByteArray>> certificateFile(KeyVaultClient client, QString name, bool pem)
{
    auto certificate = co_await client.getCertificate(name);
    if (!certificate)
        co_return certificate.error();
    if (certificate->cer.isEmpty())
        co_return core::AzureError::parse(tr("The vault sent the certificate without its data."));
    if (!pem)
        co_return certificate->cer;
    auto info = core::CertificateInfo::fromDer(certificate->cer);
    if (!info)
        co_return info.error();
    co_return info->toPem();
}

QCoro::Task<Result<QByteArray>> certificateWithKey(KeyVaultClient client, QString name, bool pfx,
                                                   QString password)
{
    auto exported = co_await client.exportCertificate(name);
    if (!exported)
        co_return exported.error();
    if (!exported->hasPrivateKey)
        co_return core::AzureError::usage(
            tr("The private key of %1 is not exportable (its policy says so).").arg(name));
    const bool vaultHasPem = exported->contentType == QLatin1String("application/x-pem-file");
    if (pfx) {
        if (vaultHasPem)
            co_return core::pkcs12::fromPem(exported->content, password);
        co_return core::pkcs12::withPassword(exported->content, QString(), password);
    }
    if (vaultHasPem)
        co_return exported->content;
    co_return core::pkcs12::toPem(exported->content, QString());
}

} // namespace

ObjectActionController::ObjectActionController(ConnectionSession *session, VaultPane *vaultPane,
                                               QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_pane(vaultPane)
    , m_window(window)
    , m_new(new QAction(this))
    , m_delete(new QAction(this))
    , m_recover(new QAction(this))
    , m_purge(new QAction(this))
    , m_backup(new QAction(this))
    , m_restore(new QAction(this))
    , m_testKey(new QAction(tr("&Test key"), this))
    , m_rotate(new QAction(tr("R&otate key (new version)…"), this))
    , m_toggleEnabled(new QAction(tr("Disab&le key"), this))
    , m_import(new QAction(tr("&Import certificate…"), this))
    , m_downloadCer(new QAction(tr("Download as .&cer…"), this))
    , m_downloadPem(new QAction(tr("Download as .p&em…"), this))
    , m_exportPfx(new QAction(tr("Export with private key (.p&fx)…"), this))
    , m_exportPem(new QAction(tr("Export with private key (.pe&m)…"), this))
    , m_viewPolicy(new QAction(tr("&View policy"), this))
    , m_runner(new CommandRunner(vaultPane, this))
{
    connect(m_runner, &CommandRunner::statusMessage, this, &ObjectActionController::statusMessage);
    connect(m_runner, &CommandRunner::busyChanged, this, &ObjectActionController::busyChanged);
    m_new->setShortcut(QKeySequence::New);
    m_delete->setShortcut(QKeySequence::Delete);
    m_recover->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_purge->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_testKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    // Icons from the desktop theme (bundled ones where it has none).
    m_new->setIcon(themeIcon(QStringLiteral("document-new")));
    m_delete->setIcon(themeIcon(QStringLiteral("edit-delete")));
    m_recover->setIcon(themeIcon(QStringLiteral("edit-undo")));
    m_purge->setIcon(themeIcon(QStringLiteral("edit-delete-shred")));
    m_backup->setIcon(themeIcon(QStringLiteral("document-save")));
    m_restore->setIcon(themeIcon(QStringLiteral("document-open")));
    m_testKey->setIcon(themeIcon(QStringLiteral("security-high")));
    m_rotate->setIcon(themeIcon(QStringLiteral("object-rotate-right")));
    m_toggleEnabled->setIcon(themeIcon(QStringLiteral("object-locked")));
    m_import->setIcon(themeIcon(QStringLiteral("document-import")));
    m_downloadCer->setIcon(themeIcon(QStringLiteral("document-save")));
    m_downloadPem->setIcon(themeIcon(QStringLiteral("document-save")));
    m_exportPfx->setIcon(themeIcon(QStringLiteral("document-export")));
    m_exportPem->setIcon(themeIcon(QStringLiteral("document-export")));
    m_viewPolicy->setIcon(themeIcon(QStringLiteral("document-properties")));
    m_testKey->setToolTip(tr("Sign a sample in the vault and verify the signature locally"));

    connect(m_new, &QAction::triggered, this, &ObjectActionController::createNew);
    connect(m_delete, &QAction::triggered, this, &ObjectActionController::deleteCurrent);
    connect(m_recover, &QAction::triggered, this, &ObjectActionController::recoverCurrent);
    connect(m_purge, &QAction::triggered, this, &ObjectActionController::purgeCurrent);
    connect(m_backup, &QAction::triggered, this, &ObjectActionController::backupCurrent);
    connect(m_restore, &QAction::triggered, this, &ObjectActionController::restore);
    connect(m_testKey, &QAction::triggered, this, [this] {
        if (const auto c = client(); c && !currentName().isEmpty())
            run(new TestKeyCommand(*c, currentName(), m_window), false, false);
    });
    connect(m_rotate, &QAction::triggered, this, [this] {
        const auto c = client();
        const QString name = currentName();
        if (!c || name.isEmpty())
            return;
        ObjectOperationCommand::Spec spec;
        spec.title = tr("Rotate key");
        spec.name = name;
        spec.confirmation = ObjectOperationCommand::Confirmation::Question;
        spec.confirmObjectName = QStringLiteral("confirmRotate");
        spec.question = tr("Make a new version of the key %1? The new version becomes the "
                           "current one; older versions stay.")
                            .arg(name);
        spec.confirmButton = tr("R&otate");
        spec.operation = [c = *c, name] {
            return justCall([c, name] { return c.rotateKey(name); });
        };
        spec.doneMessage = tr("Made a new version of the key %1.").arg(name);
        run(new ObjectOperationCommand(spec, m_window), true, false);
    });
    connect(m_toggleEnabled, &QAction::triggered, this, [this] {
        const auto c = client();
        const auto key = currentKey(m_pane->currentObjectPane());
        if (!c || !key)
            return;
        const bool enable = !key->attributes.enabled;
        ObjectOperationCommand::Spec spec;
        spec.title = enable ? tr("Enable key") : tr("Disable key");
        spec.name = key->name;
        core::KeyUpdate update;
        update.enabled = enable;
        spec.operation = [c = *c, name = key->name, version = key->version, update] {
            return justCall(
                [c, name, version, update] { return c.updateKey(name, version, update); });
        };
        spec.doneMessage = enable ? tr("Enabled the key %1.").arg(key->name)
                                  : tr("Disabled the key %1.").arg(key->name);
        run(new ObjectOperationCommand(spec, m_window), true, false);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        if (const auto c = client())
            run(new ImportCertificateCommand(*c, m_window), true, false);
    });
    connect(m_downloadCer, &QAction::triggered, this, [this] { saveCertificate(CerFormat); });
    connect(m_downloadPem, &QAction::triggered, this, [this] { saveCertificate(PemFormat); });
    connect(m_exportPfx, &QAction::triggered, this, [this] { saveCertificate(PfxWithKey); });
    connect(m_exportPem, &QAction::triggered, this, [this] { saveCertificate(PemWithKey); });
    connect(m_viewPolicy, &QAction::triggered, this, [this] {
        if (const auto c = client(); c && !currentName().isEmpty())
            run(new ViewPolicyCommand(*c, currentName(), m_window), false, false);
    });
    connect(m_pane, &VaultPane::currentItemChanged, this, &ObjectActionController::updateActions);
    updateActions();
}

QList<QAction *> ObjectActionController::keyActions() const
{
    return {m_testKey, m_rotate, m_toggleEnabled};
}

QList<QAction *> ObjectActionController::certificateActions() const
{
    return {m_import, m_downloadCer, m_downloadPem, m_exportPfx, m_exportPem, m_viewPolicy};
}

std::optional<KeyVaultClient> ObjectActionController::client() const
{
    if (!m_session || !m_session->isConnected() || !m_pane->vault())
        return std::nullopt;
    return m_session->vaultClient(m_pane->vault()->uri);
}

QString ObjectActionController::currentName() const
{
    auto *pane = m_pane->currentObjectPane();
    if (m_pane->currentKind() == Kind::Key) {
        const auto key = currentKey(pane);
        return key ? key->name : QString();
    }
    const auto certificate = currentCertificate(pane);
    return certificate ? certificate->name : QString();
}

void ObjectActionController::updateActions()
{
    const bool connected = client().has_value();
    auto *pane = m_pane->currentObjectPane();
    const bool keys = pane && m_pane->currentKind() == Kind::Key;
    const bool certificates = pane && m_pane->currentKind() == Kind::Certificate;
    const bool deleted = m_pane->isShowingDeleted();
    const bool selected = !currentName().isEmpty();
    const bool live = connected && pane && !deleted;

    m_new->setText(certificates ? tr("&New certificate…") : tr("&New key…"));
    m_delete->setText(certificates ? tr("&Delete certificate…") : tr("&Delete key…"));
    m_recover->setText(certificates ? tr("&Recover certificate") : tr("&Recover key"));
    m_purge->setText(certificates ? tr("&Purge certificate…") : tr("&Purge key…"));
    m_backup->setText(certificates ? tr("&Back up certificate…") : tr("&Back up key…"));
    m_restore->setText(certificates ? tr("Re&store certificate…") : tr("Re&store key…"));

    m_new->setEnabled(live);
    m_delete->setEnabled(live && selected);
    m_backup->setEnabled(live && selected);
    m_restore->setEnabled(live);
    m_recover->setEnabled(connected && pane && deleted && selected);
    m_purge->setEnabled(connected && pane && deleted && selected);
    const auto key = keys ? currentKey(pane) : std::nullopt;
    m_testKey->setEnabled(live && keys && selected);
    m_rotate->setEnabled(live && keys && selected);
    m_toggleEnabled->setEnabled(live && keys && selected);
    m_toggleEnabled->setText(key && !key->attributes.enabled ? tr("Enab&le key")
                                                             : tr("Disab&le key"));
    m_import->setEnabled(live && certificates);
    for (auto *action : {m_downloadCer, m_downloadPem, m_exportPfx, m_exportPem, m_viewPolicy})
        action->setEnabled(live && certificates && selected);
}

bool ObjectActionController::isBusy() const
{
    return m_runner->isBusy();
}

void ObjectActionController::run(Command *command, bool reloadList, bool reloadDeleted)
{
    m_last = command;
    const Kind kind = m_pane->currentKind();
    m_runner->run(command, [kind, reloadList, reloadDeleted](VaultPane *pane, Command *finished) {
        const bool keys = kind == Kind::Key;
        if (!keys)
            pane->certificateDetails()->clearCache();
        auto *list = keys ? pane->keysPane() : pane->certificatesPane();
        auto *deletedList = keys ? pane->deletedKeysPane() : pane->deletedCertificatesPane();
        if (reloadList) {
            list->reload();
            if (!finished->affectedName().isEmpty())
                list->selectWhenListed(finished->affectedName());
        }
        if (reloadDeleted)
            deletedList->reload();
    });
}

void ObjectActionController::createNew()
{
    const auto c = client();
    if (!c)
        return;
    if (m_pane->currentKind() == Kind::Certificate)
        run(new NewCertificateCommand(*c, m_window), true, true);
    else
        run(new NewKeyCommand(*c, m_window), true, true);
}

void ObjectActionController::deleteCurrent()
{
    const auto c = client();
    const QString name = currentName();
    if (!c || name.isEmpty())
        return;
    const bool certificate = m_pane->currentKind() == Kind::Certificate;
    ObjectOperationCommand::Spec spec;
    spec.name = name;
    spec.confirmation = ObjectOperationCommand::Confirmation::Question;
    spec.confirmObjectName = QStringLiteral("confirmDelete");
    spec.confirmButton = tr("&Delete");
    if (certificate) {
        spec.title = tr("Delete certificate");
        spec.question = tr("Delete the certificate %1 with all its versions, its key and its "
                           "secret?\n\nIf the vault keeps deleted objects, you can recover it "
                           "from the Deleted tab.")
                            .arg(name);
        spec.operation = [c = *c, name] {
            return callAndWait([c, name] { return c.deleteCertificate(name); },
                               [c, name] { return c.getDeletedCertificate(name); }, true);
        };
        spec.doneMessage = tr("Deleted the certificate %1.").arg(name);
    } else {
        spec.title = tr("Delete key");
        spec.question = tr("Delete the key %1 with all its versions?\n\nIf the vault keeps "
                           "deleted objects, you can recover it from the Deleted tab.")
                            .arg(name);
        spec.operation = [c = *c, name] {
            return callAndWait([c, name] { return c.deleteKey(name); },
                               [c, name] { return c.getDeletedKey(name); }, true);
        };
        spec.doneMessage = tr("Deleted the key %1.").arg(name);
    }
    run(new ObjectOperationCommand(spec, m_window), true, true);
}

void ObjectActionController::recoverCurrent()
{
    const auto c = client();
    const QString name = currentName();
    if (!c || name.isEmpty())
        return;
    ObjectOperationCommand::Spec spec;
    spec.name = name;
    if (m_pane->currentKind() == Kind::Certificate) {
        spec.title = tr("Recover certificate");
        spec.operation = [c = *c, name] {
            return callAndWait([c, name] { return c.recoverDeletedCertificate(name); },
                               [c, name] { return c.getCertificate(name); }, true);
        };
        spec.doneMessage = tr("Recovered the certificate %1.").arg(name);
    } else {
        spec.title = tr("Recover key");
        spec.operation = [c = *c, name] {
            return callAndWait([c, name] { return c.recoverDeletedKey(name); },
                               [c, name] { return c.getKey(name); }, true);
        };
        spec.doneMessage = tr("Recovered the key %1.").arg(name);
    }
    run(new ObjectOperationCommand(spec, m_window), true, true);
}

void ObjectActionController::purgeCurrent()
{
    const auto c = client();
    const QString name = currentName();
    if (!c || name.isEmpty())
        return;
    ObjectOperationCommand::Spec spec;
    spec.name = name;
    spec.confirmation = ObjectOperationCommand::Confirmation::TypeName;
    spec.confirmObjectName = QStringLiteral("confirmPurge");
    spec.confirmButton = tr("&Purge");
    if (m_pane->currentKind() == Kind::Certificate) {
        spec.title = tr("Purge certificate");
        spec.question = tr("Purging removes the deleted certificate %1, its key and its secret "
                           "for good. This cannot be undone.")
                            .arg(name);
        spec.operation = [c = *c, name] {
            return callAndWait([c, name] { return c.purgeDeletedCertificate(name); },
                               [c, name] { return c.getDeletedCertificate(name); }, false);
        };
        spec.doneMessage = tr("Purged the certificate %1.").arg(name);
    } else {
        spec.title = tr("Purge key");
        spec.question = tr("Purging removes the deleted key %1 and all its versions for good. "
                           "Whatever it encrypted can no longer be decrypted. This cannot be "
                           "undone.")
                            .arg(name);
        spec.operation = [c = *c, name] {
            return callAndWait([c, name] { return c.purgeDeletedKey(name); },
                               [c, name] { return c.getDeletedKey(name); }, false);
        };
        spec.doneMessage = tr("Purged the key %1.").arg(name);
    }
    run(new ObjectOperationCommand(spec, m_window), false, true);
}

void ObjectActionController::backupCurrent()
{
    const auto c = client();
    const QString name = currentName();
    if (!c || name.isEmpty())
        return;
    const bool certificate = m_pane->currentKind() == Kind::Certificate;
    SaveToFileCommand::Fetch fetch;
    if (certificate)
        fetch = [c = *c, name](QString) {
            return backupBytes([c, name] { return c.backupCertificate(name); });
        };
    else
        fetch = [c = *c, name](QString) {
            return backupBytes([c, name] { return c.backupKey(name); });
        };
    run(new SaveToFileCommand(certificate ? tr("Back up certificate") : tr("Back up key"),
                              name + QStringLiteral(".keyvault-backup"),
                              tr("Key Vault backups (*.keyvault-backup);;All files (*)"), fetch,
                              tr("Saved the backup of %1 to %2.").arg(name, QStringLiteral("%1")),
                              m_window),
        false, false);
}

void ObjectActionController::restore()
{
    const auto c = client();
    if (!c)
        return;
    const bool certificate = m_pane->currentKind() == Kind::Certificate;
    LoadFromFileCommand::Upload upload;
    if (certificate)
        upload = [c = *c](QByteArray file) { return restoreCertificate(c, file); };
    else
        upload = [c = *c](QByteArray file) { return restoreKey(c, file); };
    run(new LoadFromFileCommand(certificate ? tr("Restore certificate") : tr("Restore key"),
                                tr("Key Vault backups (*.keyvault-backup);;All files (*)"), upload,
                                m_window),
        true, false);
}

void ObjectActionController::saveCertificate(int format)
{
    const auto c = client();
    const QString name = currentName();
    if (!c || name.isEmpty())
        return;
    QString title;
    QString suffix;
    QString filter;
    SaveToFileCommand::Fetch fetch;
    switch (format) {
    case CerFormat:
        title = tr("Download certificate");
        suffix = QStringLiteral(".cer");
        filter = tr("DER certificates (*.cer *.der);;All files (*)");
        fetch = [c = *c, name](QString) { return certificateFile(c, name, false); };
        break;
    case PemFormat:
        title = tr("Download certificate");
        suffix = QStringLiteral(".pem");
        filter = tr("PEM certificates (*.pem *.crt);;All files (*)");
        fetch = [c = *c, name](QString) { return certificateFile(c, name, true); };
        break;
    case PfxWithKey:
        title = tr("Export certificate with private key");
        suffix = QStringLiteral(".pfx");
        filter = tr("PKCS #12 files (*.pfx *.p12);;All files (*)");
        fetch = [c = *c, name](QString password) {
            return certificateWithKey(c, name, true, password);
        };
        break;
    default:
        title = tr("Export certificate with private key");
        suffix = QStringLiteral(".pem");
        filter = tr("PEM files (*.pem);;All files (*)");
        fetch = [c = *c, name](QString password) {
            return certificateWithKey(c, name, false, password);
        };
        break;
    }
    run(new SaveToFileCommand(title, name + suffix, filter, fetch,
                              tr("Saved %1 to %2.").arg(name, QStringLiteral("%1")), m_window,
                              format == PfxWithKey),
        false, false);
}

} // namespace kluis::ui
