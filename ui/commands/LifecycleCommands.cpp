#include "commands/LifecycleCommands.h"

#include "clients/BackupFile.h"
#include "commands/ObjectCommands.h"

namespace kluis::ui {

using core::ObjectKind;

namespace {
// What each command says, per kind (translated where it is shown).
struct Wording
{
    const char *deleteTitle;
    const char *deleteQuestion;
    const char *deleted;
    const char *recoverTitle;
    const char *recovered;
    const char *purgeTitle;
    const char *purgeQuestion;
    const char *purged;
    const char *backupTitle;
    const char *restoreTitle;
};

const Wording secretWording{
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Delete secret"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands",
                      "Delete the secret %1 with all its versions?\n\nIf the vault keeps deleted "
                      "secrets, you can recover it from the Deleted tab."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Deleted the secret %1."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Recover secret"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Recovered the secret %1."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Purge secret"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands",
                      "Purging removes the deleted secret %1 and all its versions for good. This "
                      "cannot be undone."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Purged the secret %1."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Back up secret"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Restore secret"),
};

const Wording keyWording{
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Delete key"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands",
                      "Delete the key %1 with all its versions?\n\nIf the vault keeps deleted "
                      "objects, you can recover it from the Deleted tab."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Deleted the key %1."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Recover key"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Recovered the key %1."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Purge key"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands",
                      "Purging removes the deleted key %1 and all its versions for good. Whatever "
                      "it encrypted can no longer be decrypted. This cannot be undone."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Purged the key %1."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Back up key"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Restore key"),
};

const Wording certificateWording{
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Delete certificate"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands",
                      "Delete the certificate %1 with all its versions, its key and its secret?\n\n"
                      "If the vault keeps deleted objects, you can recover it from the Deleted "
                      "tab."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Deleted the certificate %1."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Recover certificate"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Recovered the certificate %1."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Purge certificate"),
    QT_TRANSLATE_NOOP(
        "kluis::ui::LifecycleCommands",
        "Purging removes the deleted certificate %1, its key and its secret for good. "
        "This cannot be undone."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Purged the certificate %1."),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Back up certificate"),
    QT_TRANSLATE_NOOP("kluis::ui::LifecycleCommands", "Restore certificate"),
};

const Wording &wordingOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret:
        return secretWording;
    case ObjectKind::Key:
        return keyWording;
    case ObjectKind::Certificate:
        break;
    }
    return certificateWording;
}

QCoro::Task<core::Result<QByteArray>> backupBytes(core::KeyVaultClient client, ObjectKind kind,
                                                  QString name)
{
    auto blob = co_await client.backupObject(kind, name);
    if (!blob)
        co_return blob.error();
    co_return core::backupfile::toFile(*blob);
}
} // namespace

LifecycleCommands::LifecycleCommands(core::KeyVaultClient client, ObjectKind kind, QWidget *parent)
    : m_client(std::move(client))
    , m_kind(kind)
    , m_parent(parent)
{}

Command *LifecycleCommands::remove(const QString &name) const
{
    return operation(Step::Delete, name);
}

Command *LifecycleCommands::recover(const QString &name) const
{
    return operation(Step::Recover, name);
}

Command *LifecycleCommands::purge(const QString &name) const
{
    return operation(Step::Purge, name);
}

Command *LifecycleCommands::operation(Step step, const QString &name) const
{
    using Confirmation = ObjectOperationCommand::Confirmation;
    const auto &wording = wordingOf(m_kind);
    ObjectOperationCommand::Spec spec;
    spec.name = name;
    switch (step) {
    case Step::Delete:
        spec.title = tr(wording.deleteTitle);
        spec.confirmation = Confirmation::Question;
        spec.confirmObjectName = QStringLiteral("confirmDelete");
        spec.question = tr(wording.deleteQuestion).arg(name);
        spec.confirmButton = tr("&Delete");
        spec.doneMessage = tr(wording.deleted).arg(name);
        break;
    case Step::Recover:
        spec.title = tr(wording.recoverTitle);
        spec.doneMessage = tr(wording.recovered).arg(name);
        break;
    case Step::Purge:
        spec.title = tr(wording.purgeTitle);
        spec.confirmation = Confirmation::TypeName;
        spec.confirmObjectName = QStringLiteral("confirmPurge");
        spec.question = tr(wording.purgeQuestion).arg(name);
        spec.confirmButton = tr("&Purge");
        spec.doneMessage = tr(wording.purged).arg(name);
        break;
    }
    spec.operation = [client = m_client, kind = m_kind, name, step] {
        if (step == Step::Delete)
            return client.deleteAndWait(kind, name);
        if (step == Step::Recover)
            return client.recoverAndWait(kind, name);
        return client.purgeAndWait(kind, name);
    };
    return new ObjectOperationCommand(spec, m_parent);
}

Command *LifecycleCommands::backup(const QString &name) const
{
    auto fetch = [client = m_client, kind = m_kind, name](QString) {
        return backupBytes(client, kind, name);
    };
    return new SaveToFileCommand(
        tr(wordingOf(m_kind).backupTitle), name + QStringLiteral(".keyvault-backup"),
        tr("Key Vault backups (*.keyvault-backup);;All files (*)"), fetch,
        tr("Saved the backup of %1 to %2.").arg(name, QStringLiteral("%1")), m_parent);
}

Command *LifecycleCommands::restore() const
{
    auto upload = [client = m_client, kind = m_kind](QByteArray file) {
        return client.restoreObject(kind, core::backupfile::fromFile(file));
    };
    return new LoadFromFileCommand(tr(wordingOf(m_kind).restoreTitle),
                                   tr("Key Vault backups (*.keyvault-backup);;All files (*)"),
                                   upload, m_parent);
}

} // namespace kluis::ui
