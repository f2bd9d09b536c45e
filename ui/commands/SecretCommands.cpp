#include "commands/SecretCommands.h"

#include "common/SecureMemory.h"
#include "widgets/ClipboardGuard.h"

#include <QMessageBox>
#include <QPushButton>

namespace kluis::ui {

namespace {
QMessageBox *question(QWidget *parent, const QString &objectName, const QString &title,
                      const QString &text, const QString &yesText)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);
    auto *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

bool isDeletedButRecoverable(const core::AzureError &error)
{
    const auto code = QStringLiteral("ObjectIsDeletedButRecoverable");
    return error.isConflict() && (error.innerCode == code || error.code == code);
}
} // namespace

QCoro::Task<core::Status> applyAttributes(core::KeyVaultClient client, QString name,
                                          QString version, SecretForm form)
{
    if (form.enabled && !form.notBefore && !form.expires)
        co_return core::Done{};
    core::SecretUpdate update;
    update.enabled = form.enabled;
    update.notBefore = form.notBefore;
    update.expires = form.expires;
    auto result = co_await client.updateSecret(name, version, update);
    if (!result)
        co_return result.error();
    co_return core::Done{};
}

RevealSecretCommand::RevealSecretCommand(core::KeyVaultClient client, QString name, QString version,
                                         QWidget *parent)
    : ItemCommand(std::move(client), std::move(name), parent)
    , m_version(std::move(version))
{}

QCoro::Task<> RevealSecretCommand::run()
{
    QPointer<RevealSecretCommand> guard(this);
    beginWork();
    auto secret = co_await m_client.getSecret(m_name, m_version);
    if (!guard || !succeeded(secret, tr("Reveal secret")))
        co_return;
    Q_EMIT valueReady(secret->value);
    done();
}

CopySecretValueCommand::CopySecretValueCommand(core::KeyVaultClient client, QString name,
                                               QString version, ClipboardGuard *clipboard,
                                               QWidget *parent)
    : ItemCommand(std::move(client), std::move(name), parent)
    , m_version(std::move(version))
    , m_clipboard(clipboard)
{}

QCoro::Task<> CopySecretValueCommand::run()
{
    QPointer<CopySecretValueCommand> guard(this);
    beginWork();
    auto secret = co_await m_client.getSecret(m_name, m_version);
    if (!guard || !succeeded(secret, tr("Copy secret value")))
        co_return;
    if (!m_clipboard) {
        abort();
        co_return;
    }
    m_clipboard->copySecret(secret->value);
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->timeout()).count();
    done(seconds > 0 ? tr("Copied the value of %1; the clipboard is cleared in %n s.", nullptr,
                          static_cast<int>(seconds))
                           .arg(m_name)
                     : tr("Copied the value of %1.").arg(m_name));
}

void NewSecretCommand::doStart()
{
    m_dialog = new SecretEditDialog(parentWidget());
    openDialog(m_dialog, [this] { create(m_dialog->form()); });
}

QCoro::Task<> NewSecretCommand::create(SecretForm form)
{
    QPointer<NewSecretCommand> guard(this);
    beginWork();
    auto created = co_await m_client.setSecret(form.name, form.value.value_or(QString()),
                                               form.contentType, form.tags);
    if (form.value)
        core::wipe(*form.value);
    if (!guard)
        co_return;
    if (!created) {
        if (isDeletedButRecoverable(created.error()))
            offerRecovery(form.name, created.error());
        else
            failWithMessage(tr("New secret"), created.error());
        co_return;
    }
    auto attributes = co_await applyAttributes(m_client, form.name, created->item.version, form);
    if (!guard || !succeeded(attributes, tr("New secret")))
        co_return;
    m_name = form.name;
    done(tr("Created the secret %1.").arg(form.name));
}

void NewSecretCommand::offerRecovery(const QString &name, const core::AzureError &error)
{
    auto *box = question(parentWidget(), QStringLiteral("offerRecovery"), tr("New secret"),
                         tr("A deleted secret named %1 still exists and can be recovered. "
                            "Recover it instead?")
                             .arg(name),
                         tr("&Recover"));
    connect(box, &QMessageBox::finished, this, [this, box, name, error] {
        if (box->clickedButton() == box->findChild<QPushButton *>(QStringLiteral("confirm")))
            recover(name);
        else
            fail(error);
    });
    box->open();
}

QCoro::Task<> NewSecretCommand::recover(QString name)
{
    QPointer<NewSecretCommand> guard(this);
    beginWork();
    auto recovered = co_await m_client.recoverAndWait(core::ObjectKind::Secret, name);
    if (!guard || !succeeded(recovered, tr("Recover secret")))
        co_return;
    m_name = name;
    done(tr("Recovered the secret %1.").arg(name));
}

EditSecretCommand::EditSecretCommand(core::KeyVaultClient client, core::SecretItem item,
                                     QWidget *parent)
    : Command(parent)
    , m_client(std::move(client))
    , m_item(std::move(item))
{}

void EditSecretCommand::doStart()
{
    auto *dialog = new SecretEditDialog(m_item, parentWidget());
    openDialog(dialog, [this, dialog] { save(dialog->form()); });
}

QCoro::Task<> EditSecretCommand::save(SecretForm form)
{
    QPointer<EditSecretCommand> guard(this);
    beginWork();
    if (form.value) {
        auto created =
            co_await m_client.setSecret(form.name, *form.value, form.contentType, form.tags);
        core::wipe(*form.value);
        if (!guard || !succeeded(created, tr("Edit secret")))
            co_return;
        auto attributes =
            co_await applyAttributes(m_client, form.name, created->item.version, form);
        if (!guard || !succeeded(attributes, tr("Edit secret")))
            co_return;
        done(tr("Saved a new version of %1.").arg(form.name));
        co_return;
    }
    core::SecretUpdate update;
    update.enabled = form.enabled;
    update.contentType = form.contentType;
    update.notBefore = form.notBefore;
    update.expires = form.expires;
    update.tags = form.tags;
    auto updated = co_await m_client.updateSecret(form.name, m_item.version, update);
    if (!guard || !succeeded(updated, tr("Edit secret")))
        co_return;
    done(tr("Saved %1.").arg(form.name));
}

} // namespace kluis::ui
