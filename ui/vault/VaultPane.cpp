#include "vault/VaultPane.h"

#include "diagnostics/DiagnosisPane.h"
#include "vault/ListErrorPanel.h"
#include "vault/SecretDetailsPanel.h"
#include "vault/SecretListPane.h"

#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kluis::ui {

VaultPane::VaultPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_secrets(new SecretListPane(SecretListPane::Kind::Secrets, this))
    , m_deleted(new SecretListPane(SecretListPane::Kind::Deleted, this))
    , m_details(new SecretDetailsPanel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Choose a vault on the left.\n\nNo vaults yet? Use File → Attach "
                              "local emulator… or File → Attach vault by URL…"));

    auto font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Vault"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->setAccessibleName(tr("Vault contents"));
    m_tabs->addTab(m_secrets, tr("&Secrets"));
    m_tabs->addTab(m_deleted, tr("De&leted"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *vaultPage = new QWidget(this);
    auto *vaultLayout = new QVBoxLayout(vaultPage);
    vaultLayout->setContentsMargins(0, 0, 0, 0);
    vaultLayout->addWidget(m_title);
    vaultLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(vaultPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (auto *pane : {m_secrets, m_deleted}) {
        connect(pane, &SecretListPane::currentItemChanged, this, &VaultPane::updateDetails);
        connect(pane, &SecretListPane::itemActivated, this, &VaultPane::itemActivated);
        connect(pane, &SecretListPane::loadingChanged, this,
                [this] { Q_EMIT loadingChanged(isLoading()); });
        connect(pane->errorPanel(), &ListErrorPanel::diagnoseRequested, this,
                [this, pane](bool automatic) { diagnose(pane, automatic); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &VaultPane::updateDetails);
}

void VaultPane::setVault(const std::optional<core::VaultReference> &vault,
                         std::optional<core::KeyVaultClient> client)
{
    m_vault = vault;
    m_stack->setCurrentIndex(vault ? 1 : 0);
    m_title->setText(vault ? tr("%1 — %2").arg(vault->name, vault->uri.toString()) : QString());
    m_secrets->setClient(client);
    m_deleted->setClient(client);
    updateDetails();
}

SecretListPane *VaultPane::currentPane() const
{
    if (!m_vault)
        return nullptr;
    return m_tabs->currentWidget() == m_deleted ? m_deleted : m_secrets;
}

bool VaultPane::isLoading() const
{
    return m_secrets->isLoading() || m_deleted->isLoading();
}

void VaultPane::reloadAll()
{
    m_secrets->reload();
    m_deleted->reload();
}

void VaultPane::diagnose(SecretListPane *pane, bool automatic)
{
    // Unasked, only the tab in view is diagnosed: both tabs fail for the same reason.
    if (!m_diagnostics || !m_vault || (automatic && pane != currentPane()))
        return;
    auto *panel = pane->errorPanel();
    auto *diagnosis = new DiagnosisPane(m_diagnostics, *m_vault, panel->error(), panel);
    connect(diagnosis, &DiagnosisPane::retryRequested, this, &VaultPane::reloadAll);
    panel->showDiagnosis(diagnosis);
    diagnosis->start();
}

void VaultPane::updateDetails()
{
    auto *pane = currentPane();
    m_details->setItem(pane ? pane->currentItem() : std::nullopt,
                       pane && pane->kind() == SecretListPane::Kind::Deleted);
    Q_EMIT currentItemChanged();
}

} // namespace kluis::ui
