#include "commands/ObjectActionController.h"

#include "clients/CertificateDownload.h"
#include "commands/CommandRunner.h"
#include "commands/LifecycleCommands.h"
#include "commands/ObjectCommands.h"
#include "session/ConnectionSession.h"
#include "vault/CertificateDetailsPanel.h"
#include "vault/ObjectListPane.h"
#include "vault/ObjectPanes.h"
#include "vault/VaultPane.h"
#include "widgets/ThemeIcon.h"

#include <QAction>

namespace kluis::ui {

using Kind = VaultPane::ObjectKind;
using core::KeyVaultClient;
using core::Result;
using core::Status;

namespace {

template<typename Call> QCoro::Task<Status> justCall(Call call)
{
    auto task = call();
    auto result = co_await task;
    if (!result)
        co_return result.error();
    co_return core::Done{};
}

} // namespace

ObjectActionController::ObjectActionController(ConnectionSession *session, VaultPane *vaultPane,
                                               QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_pane(vaultPane)
    , m_window(window)
    , m_new(makeAction(QString(), "document-new", this, QKeySequence::New))
    , m_delete(makeAction(QString(), "edit-delete", this, QKeySequence::Delete))
    , m_recover(makeAction(QString(), "edit-undo", this, QKeySequence(Qt::CTRL | Qt::Key_R)))
    , m_purge(makeAction(QString(), "edit-delete-shred", this,
                         QKeySequence(Qt::SHIFT | Qt::Key_Delete)))
    , m_backup(makeAction(QString(), "document-save", this))
    , m_restore(makeAction(QString(), "document-open", this))
    , m_testKey(
          makeAction(tr("&Test key"), "security-high", this, QKeySequence(Qt::CTRL | Qt::Key_T)))
    , m_rotate(makeAction(tr("R&otate key (new version)…"), "object-rotate-right", this))
    , m_toggleEnabled(makeAction(tr("Disab&le key"), "object-locked", this))
    , m_import(makeAction(tr("&Import certificate…"), "document-import", this,
                          QKeySequence(Qt::CTRL | Qt::Key_I)))
    , m_downloadCer(makeAction(tr("Download as .&cer…"), "document-save", this))
    , m_downloadPem(makeAction(tr("Download as .p&em…"), "document-save", this))
    , m_exportPfx(makeAction(tr("Export with private key (.p&fx)…"), "document-export", this))
    , m_exportPem(makeAction(tr("Export with private key (.pe&m)…"), "document-export", this))
    , m_viewPolicy(makeAction(tr("&View policy"), "document-properties", this))
    , m_runner(new CommandRunner(vaultPane, this))
{
    connect(m_runner, &CommandRunner::statusMessage, this, &ObjectActionController::statusMessage);
    connect(m_runner, &CommandRunner::busyChanged, this, &ObjectActionController::busyChanged);
    m_testKey->setToolTip(tr("Sign a sample in the vault and verify the signature locally"));

    connect(m_new, &QAction::triggered, this, &ObjectActionController::createNew);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const auto c = current())
            run(lifecycle(c->client).remove(c->name), true, true);
    });
    connect(m_recover, &QAction::triggered, this, [this] {
        if (const auto c = current())
            run(lifecycle(c->client).recover(c->name), true, true);
    });
    connect(m_purge, &QAction::triggered, this, [this] {
        if (const auto c = current())
            run(lifecycle(c->client).purge(c->name), false, true);
    });
    connect(m_backup, &QAction::triggered, this, [this] {
        if (const auto c = current())
            run(lifecycle(c->client).backup(c->name), false, false);
    });
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
    connect(m_downloadCer, &QAction::triggered, this,
            [this] { saveCertificate(core::CertificateFileFormat::Cer); });
    connect(m_downloadPem, &QAction::triggered, this,
            [this] { saveCertificate(core::CertificateFileFormat::Pem); });
    connect(m_exportPfx, &QAction::triggered, this,
            [this] { saveCertificate(core::CertificateFileFormat::PfxWithKey); });
    connect(m_exportPem, &QAction::triggered, this,
            [this] { saveCertificate(core::CertificateFileFormat::PemWithKey); });
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
    if (!m_session || !m_pane->vault())
        return std::nullopt;
    return m_pane->client();
}

std::optional<ObjectActionController::Current> ObjectActionController::current() const
{
    const auto c = client();
    const QString name = currentName();
    if (!c || name.isEmpty())
        return std::nullopt;
    return Current{*c, name};
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

void ObjectActionController::restore()
{
    if (const auto c = client())
        run(lifecycle(*c).restore(), true, false);
}

LifecycleCommands ObjectActionController::lifecycle(const KeyVaultClient &client) const
{
    return LifecycleCommands(client, m_pane->currentKind(), m_window);
}

void ObjectActionController::saveCertificate(core::CertificateFileFormat format)
{
    const auto c = client();
    const QString name = currentName();
    if (!c || name.isEmpty())
        return;
    QString title = tr("Download certificate");
    QString suffix = QStringLiteral(".pem");
    QString filter;
    switch (format) {
    case core::CertificateFileFormat::Cer:
        suffix = QStringLiteral(".cer");
        filter = tr("DER certificates (*.cer *.der);;All files (*)");
        break;
    case core::CertificateFileFormat::Pem:
        filter = tr("PEM certificates (*.pem *.crt);;All files (*)");
        break;
    case core::CertificateFileFormat::PfxWithKey:
        title = tr("Export certificate with private key");
        suffix = QStringLiteral(".pfx");
        filter = tr("PKCS #12 files (*.pfx *.p12);;All files (*)");
        break;
    case core::CertificateFileFormat::PemWithKey:
        title = tr("Export certificate with private key");
        filter = tr("PEM files (*.pem);;All files (*)");
        break;
    }
    auto fetch = [c = *c, name, format](QString password) {
        return core::certificateFile(c, name, format, password);
    };
    run(new SaveToFileCommand(title, name + suffix, filter, fetch,
                              tr("Saved %1 to %2.").arg(name, QStringLiteral("%1")), m_window,
                              format == core::CertificateFileFormat::PfxWithKey),
        false, false);
}

} // namespace kluis::ui
