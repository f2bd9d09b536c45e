#include "vault/VaultPane.h"

#include "diagnostics/DiagnosisPane.h"
#include "vault/CertificateDetailsPanel.h"
#include "vault/KeyDetailsPanel.h"
#include "vault/ListErrorPanel.h"
#include "vault/ObjectListPane.h"
#include "vault/ObjectPanes.h"
#include "vault/SecretDetailsPanel.h"
#include "vault/SecretListPane.h"
#include "widgets/AccessibleValueLabel.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
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
    , m_keys(makeKeyListPane(false, this))
    , m_certificates(makeCertificateListPane(false, this))
    , m_deletedKeys(makeKeyListPane(true, this))
    , m_deletedCertificates(makeCertificateListPane(true, this))
    , m_deletedPage(new QWidget(this))
    , m_deletedKind(new QComboBox(this))
    , m_deletedStack(new QStackedWidget(this))
    , m_detailsStack(new QStackedWidget(this))
    , m_details(new SecretDetailsPanel(this))
    , m_keyDetails(new KeyDetailsPanel(this))
    , m_certificateDetails(new CertificateDetailsPanel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    setNavigatorEmpty(true);

    auto font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    setAccessibleValueLabel(m_title, tr("Vault"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->setAccessibleName(tr("Vault contents"));
    // The order of the items matches ObjectKind.
    m_deletedKind->addItem(tr("Secrets"));
    m_deletedKind->addItem(tr("Keys"));
    m_deletedKind->addItem(tr("Certificates"));
    m_deletedKind->setAccessibleName(tr("Kind of deleted objects"));
    m_deletedStack->addWidget(m_deleted);
    m_deletedStack->addWidget(m_deletedKeys);
    m_deletedStack->addWidget(m_deletedCertificates);
    auto *kindLabel = new QLabel(tr("Sho&w:"), m_deletedPage);
    kindLabel->setBuddy(m_deletedKind);
    auto *kindRow = new QHBoxLayout;
    kindRow->setContentsMargins(4, 4, 4, 0);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_deletedKind);
    kindRow->addStretch();
    auto *deletedLayout = new QVBoxLayout(m_deletedPage);
    deletedLayout->setContentsMargins(0, 0, 0, 0);
    deletedLayout->addLayout(kindRow);
    deletedLayout->addWidget(m_deletedStack, 1);
    connect(m_deletedKind, &QComboBox::currentIndexChanged, m_deletedStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_deletedKind, &QComboBox::currentIndexChanged, this, &VaultPane::updateDetails);

    m_tabs->addTab(m_secrets, tr("&Secrets"));
    m_tabs->addTab(m_keys, tr("Ke&ys"));
    m_tabs->addTab(m_certificates, tr("Cer&tificates"));
    m_tabs->addTab(m_deletedPage, tr("De&leted"));
    m_detailsStack->addWidget(m_details);
    m_detailsStack->addWidget(m_keyDetails);
    m_detailsStack->addWidget(m_certificateDetails);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detailsStack);
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

    for (auto *pane : allLists()) {
        connect(pane, &ListPaneBase::currentItemChanged, this, &VaultPane::updateDetails);
        connect(pane, &ListPaneBase::itemActivated, this, &VaultPane::itemActivated);
        connect(pane, &ListPaneBase::showingErrorChanged, this, &VaultPane::updateDetails);
        connect(pane, &ListPaneBase::loadingChanged, this,
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
    // Everything still being read for the vault shown before is aborted, not left to finish.
    delete m_vaultScope;
    m_vaultScope = new QObject(this);
    m_handedClient = client;
    if (client)
        client = client->withOwner(m_vaultScope);
    m_client = client;
    m_certificateDetails->clearCache();
    m_secrets->setClient(client);
    m_deleted->setClient(client);
    for (auto *pane : {m_keys, m_certificates, m_deletedKeys, m_deletedCertificates})
        pane->setClient(client);
    updateDetails();
}

void VaultPane::setNavigatorEmpty(bool empty)
{
    m_placeholder->setText(empty ? tr("No vaults yet? Use File → Add account…, File → Attach "
                                      "local emulator… or File → Attach vault by URL…")
                                 : tr("Choose a vault on the left."));
}

QString VaultPane::placeholderText() const
{
    return m_placeholder->text();
}

QList<ListPaneBase *> VaultPane::allLists() const
{
    return {m_secrets, m_deleted, m_keys, m_certificates, m_deletedKeys, m_deletedCertificates};
}

ListPaneBase *VaultPane::currentListPane() const
{
    if (!m_vault)
        return nullptr;
    if (m_tabs->currentWidget() == m_deletedPage)
        return qobject_cast<ListPaneBase *>(m_deletedStack->currentWidget());
    return qobject_cast<ListPaneBase *>(m_tabs->currentWidget());
}

SecretListPane *VaultPane::currentPane() const
{
    return qobject_cast<SecretListPane *>(currentListPane());
}

ObjectListPane *VaultPane::currentObjectPane() const
{
    return qobject_cast<ObjectListPane *>(currentListPane());
}

VaultPane::ObjectKind VaultPane::currentKind() const
{
    const auto *pane = currentListPane();
    if (pane == m_keys || pane == m_deletedKeys)
        return ObjectKind::Key;
    if (pane == m_certificates || pane == m_deletedCertificates)
        return ObjectKind::Certificate;
    return ObjectKind::Secret;
}

bool VaultPane::isShowingDeleted() const
{
    return m_tabs->currentWidget() == m_deletedPage;
}

void VaultPane::showDeleted(ObjectKind kind)
{
    m_deletedKind->setCurrentIndex(static_cast<int>(kind));
    m_tabs->setCurrentWidget(m_deletedPage);
}

bool VaultPane::isLoading() const
{
    const auto lists = allLists();
    return std::any_of(lists.cbegin(), lists.cend(),
                       [](const ListPaneBase *pane) { return pane->isLoading(); });
}

void VaultPane::reloadAll()
{
    for (auto *pane : allLists())
        pane->reload();
}

void VaultPane::setExpiryWarningDays(int days)
{
    for (auto *pane : allLists())
        pane->setExpiryWarningDays(days);
}

void VaultPane::diagnose(ListPaneBase *pane, bool automatic)
{
    // Unasked, only the tab in view is diagnosed: both tabs fail for the same reason.
    if (!m_diagnostics || !m_vault || (automatic && pane != currentListPane()))
        return;
    auto *panel = pane->errorPanel();
    auto *diagnosis = new DiagnosisPane(m_diagnostics, *m_vault, panel->error(), panel);
    connect(diagnosis, &DiagnosisPane::retryRequested, this, &VaultPane::reloadAll);
    panel->showDiagnosis(diagnosis);
    diagnosis->start();
}

void VaultPane::updateDetails()
{
    // A failed listing's diagnosis takes the whole pane, so the cause, the address and the
    // fixes are seen without scrolling; there is no item to show details of anyway.
    const auto *list = currentListPane();
    m_detailsStack->setVisible(!list || !list->isShowingError());
    const bool deleted = isShowingDeleted();
    switch (currentKind()) {
    case ObjectKind::Secret: {
        auto *pane = currentPane();
        m_details->setItem(pane ? pane->currentItem() : std::nullopt, deleted);
        m_detailsStack->setCurrentWidget(m_details);
        break;
    }
    case ObjectKind::Key:
        m_keyDetails->setItem(currentKey(currentObjectPane()), deleted, m_client);
        m_detailsStack->setCurrentWidget(m_keyDetails);
        break;
    case ObjectKind::Certificate:
        m_certificateDetails->setItem(currentCertificate(currentObjectPane()), deleted, m_client);
        m_detailsStack->setCurrentWidget(m_certificateDetails);
        break;
    }
    Q_EMIT currentItemChanged();
}

} // namespace kluis::ui
