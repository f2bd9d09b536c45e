#include "commands/Command.h"

#include "access/MissingPermission.h"

#include <QMessageBox>
#include <QPushButton>

namespace kluis::ui {

Command::Command(QWidget *parentWidget)
    : QObject(parentWidget)
    , m_parentWidget(parentWidget)
{}

Command::~Command() = default;

void Command::start()
{
    m_running = true;
    Q_EMIT runningChanged(true);
    doStart();
}

void Command::cancel()
{
    doCancel();
    abort();
}

void Command::done(const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished(message);
    end();
}

void Command::abort()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT canceled();
    end();
}

void Command::fail(const core::AzureError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT failed(error);
    end();
}

namespace {
Command::AccessOffer &accessOffer()
{
    static Command::AccessOffer offer;
    return offer;
}
} // namespace

void Command::setAccessOffer(AccessOffer offer)
{
    accessOffer() = std::move(offer);
}

void Command::failWithMessage(const QString &title, const core::AzureError &error)
{
    if (m_parentWidget && error.kind != core::AzureError::Kind::Cancelled) {
        auto *box = new QMessageBox(QMessageBox::Warning, title, error.shortMessage(),
                                    QMessageBox::Ok, m_parentWidget);
        box->setObjectName(QStringLiteral("commandError"));
        box->setDetailedText(error.detailedMessage());
        // A refused request says what was missing and which role would grant it.
        if (const auto missing = core::MissingPermission::from(error);
            missing && !missing->suggestedRole.isEmpty())
            box->setInformativeText(
                missing->byRbac
                    ? tr("Missing: %1. The least-privileged built-in role that grants it is "
                         "\"%2\"; ask for it at the vault's scope (role changes take a few "
                         "minutes to apply).")
                          .arg(missing->action, missing->suggestedRole)
                    : tr("Missing the access policy permission %1 (on Azure RBAC the role "
                         "\"%2\" grants the same); ask the vault's owner for it.")
                          .arg(missing->policyPermission, missing->suggestedRole));
        if (const auto missing = core::MissingPermission::from(error);
            missing && missing->byRbac && !missing->suggestedRole.isEmpty() && accessOffer()) {
            auto *grant = box->addButton(tr("&Grant access…"), QMessageBox::ActionRole);
            grant->setObjectName(QStringLiteral("grantAccess"));
            // The box closes on any button; the offer opens the access window after it.
            connect(grant, &QAbstractButton::clicked, box,
                    [role = missing->suggestedRole] { accessOffer()(role); });
        }
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    fail(error);
}

void Command::beginWork()
{
    if (m_busy || m_ended)
        return;
    m_busy = true;
    Q_EMIT busyChanged(true);
}

void Command::end()
{
    if (m_busy) {
        m_busy = false;
        Q_EMIT busyChanged(false);
    }
    m_running = false;
    Q_EMIT runningChanged(false);
    deleteLater();
}

} // namespace kluis::ui
