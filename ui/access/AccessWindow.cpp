#include "access/AccessWindow.h"

#include "access/GrantRoleDialog.h"
#include "access/KeyVaultRoles.h"
#include "net/HttpPipeline.h"
#include "widgets/AccessibleValueLabel.h"
#include "widgets/RememberedGeometry.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kluis::ui {

namespace {

QTableWidget *table(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *view = new QTableWidget(0, int(headers.size()), parent);
    view->setHorizontalHeaderLabels(headers);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString shortAction(const QString &action)
{
    return action.mid(QStringLiteral("Microsoft.KeyVault/vaults/").size());
}

} // namespace

AccessWindow::AccessWindow(QWidget *parent)
    : QDialog(parent)
    , m_model(new QLabel(this))
    , m_assignments(table(this,
                          {tr("Role"), tr("Principal"), tr("Type"), tr("Scope"), tr("Inherited")},
                          tr("Role assignments")))
    , m_policies(table(this, {tr("Principal"), tr("Keys"), tr("Secrets"), tr("Certificates")},
                       tr("Access policies")))
    , m_mine(new QPlainTextEdit(this))
    , m_grant(new QPushButton(tr("&Grant a role…"), this))
    , m_revoke(new QPushButton(tr("Re&voke"), this))
    , m_reload(new QPushButton(tr("&Refresh"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accessWindow"));
    setWindowTitle(tr("Vault access"));
    setWindowFlag(Qt::Window);
    resize(900, 600);
    new RememberedGeometry(this, QStringLiteral("accessWindow"));

    m_model->setWordWrap(true);
    setAccessibleValueLabel(m_model, tr("Permission model"));
    m_mine->setReadOnly(true);
    m_mine->setAccessibleName(tr("What I may do"));
    m_mine->setMaximumBlockCount(200);
    m_status->setWordWrap(true);
    setAccessibleValueLabel(m_status, tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_revoke->setToolTip(tr("Remove the chosen role assignment (only one made on this vault)"));

    auto *assignmentsBox = new QGroupBox(tr("Role assignments"), this);
    auto *assignmentsLayout = new QVBoxLayout(assignmentsBox);
    assignmentsLayout->addWidget(m_assignments);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_grant);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    assignmentsLayout->addLayout(buttons);
    auto *policiesBox = new QGroupBox(tr("Access policies"), this);
    auto *policiesLayout = new QVBoxLayout(policiesBox);
    policiesLayout->addWidget(m_policies);
    auto *mineBox = new QGroupBox(tr("What I may do here"), this);
    auto *mineLayout = new QVBoxLayout(mineBox);
    mineLayout->addWidget(m_mine);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_model);
    layout->addWidget(assignmentsBox, 3);
    layout->addWidget(policiesBox, 2);
    layout->addWidget(mineBox, 2);
    layout->addWidget(m_status);

    connect(m_reload, &QPushButton::clicked, this, &AccessWindow::reload);
    connect(m_grant, &QPushButton::clicked, this, [this] { chooseGrant({}, {}); });
    connect(m_revoke, &QPushButton::clicked, this, &AccessWindow::confirmRevoke);
    connect(m_assignments, &QTableWidget::itemSelectionChanged, this, &AccessWindow::updateButtons);
    updateButtons();
}

void AccessWindow::setVault(const core::VaultReference &vault, core::HttpPipeline *pipeline)
{
    const bool same = m_vault && m_vault->uri == vault.uri && m_pipeline == pipeline;
    m_vault = vault;
    m_pipeline = pipeline;
    setWindowTitle(tr("Access to %1").arg(vault.name));
    if (!same) {
        m_resource.reset();
        m_view.reset();
        m_assignments->setRowCount(0);
        m_policies->setRowCount(0);
        m_mine->clear();
    }
    reload();
}

void AccessWindow::reload()
{
    if (!m_vault || !m_pipeline)
        return;
    load();
}

QCoro::Task<> AccessWindow::load()
{
    QPointer<AccessWindow> self(this);
    const int generation = ++m_generation;
    m_loading = true;
    updateButtons();
    m_status->setText(tr("Reading who may do what in %1…").arg(m_vault->name));
    if (!m_resource) {
        auto found = co_await core::VaultAccess::findVault(
            m_pipeline, m_vault->uri, m_vault->subscriptionId, m_vault->resourceGroup);
        if (!self || generation != m_generation)
            co_return;
        if (!found) {
            m_loading = false;
            m_status->setText(tr("Resource Manager did not show the vault: %1")
                                  .arg(found.error().shortMessage()));
            updateButtons();
            co_return;
        }
        m_resource = found.value();
    }
    auto view = co_await core::VaultAccess::load(m_pipeline, *m_resource);
    if (!self || generation != m_generation)
        co_return;
    m_loading = false;
    if (!view) {
        m_status->setText(
            tr("The vault's access could not be read: %1").arg(view.error().shortMessage()));
        updateButtons();
        co_return;
    }
    display(view.value());
    Q_EMIT loaded();
}

void AccessWindow::display(const core::VaultAccessView &view)
{
    m_view = view;
    m_model->setText(view.rbac
                         ? tr("%1 decides by Azure RBAC: role assignments at the vault and above "
                              "it grant what may be done.")
                               .arg(view.vault)
                         : tr("%1 decides by access policies: only the entries below grant data "
                              "access; role assignments manage the vault itself.")
                               .arg(view.vault));
    m_assignments->setRowCount(0);
    for (const auto &a : view.roleAssignments) {
        const int row = m_assignments->rowCount();
        m_assignments->insertRow(row);
        m_assignments->setItem(row, 0, cell(a.roleName));
        m_assignments->setItem(row, 1, cell(a.principalName));
        m_assignments->setItem(row, 2, cell(a.principalType));
        m_assignments->setItem(row, 3, cell(a.scope));
        m_assignments->setItem(row, 4, cell(a.inherited ? tr("Inherited") : tr("This vault")));
        m_assignments->item(row, 0)->setData(Qt::UserRole, a.principalId);
        m_assignments->item(row, 1)->setToolTip(a.principalId);
    }
    m_assignments->resizeColumnsToContents();
    m_policies->setRowCount(0);
    for (const auto &entry : view.accessPolicies) {
        const int row = m_policies->rowCount();
        m_policies->insertRow(row);
        m_policies->setItem(row, 0, cell(core::VaultAccess::nameOf(view, entry.objectId)));
        m_policies->item(row, 0)->setToolTip(entry.objectId);
        m_policies->setItem(
            row, 1,
            cell(entry.permissions.value(QStringLiteral("keys")).join(QStringLiteral(", "))));
        m_policies->setItem(
            row, 2,
            cell(entry.permissions.value(QStringLiteral("secrets")).join(QStringLiteral(", "))));
        m_policies->setItem(row, 3,
                            cell(entry.permissions.value(QStringLiteral("certificates"))
                                     .join(QStringLiteral(", "))));
    }
    QStringList mine;
    for (const auto &action : view.myDataActions)
        mine << shortAction(action);
    m_mine->setPlainText(mine.isEmpty() ? tr("Nothing on the data plane: no secret, key or "
                                             "certificate can be read or changed.")
                                        : mine.join(QLatin1Char('\n')));
    QString status = view.canAssignRoles
                         ? tr("You may assign roles here.")
                         : tr("You may not assign roles here (that takes Owner or User Access "
                              "Administrator).");
    if (view.assignmentsError)
        status +=
            QLatin1Char(' ') +
            tr("Role assignments could not be read: %1").arg(view.assignmentsError->shortMessage());
    m_status->setText(status);
    updateButtons();
}

void AccessWindow::updateButtons()
{
    const bool ready = !m_loading && m_view.has_value();
    m_grant->setEnabled(ready && m_view->canAssignRoles);
    const int row = m_assignments->currentRow();
    const bool own = ready && row >= 0 && row < m_view->roleAssignments.size() &&
                     !m_view->roleAssignments.at(row).inherited &&
                     m_assignments->selectionModel()->hasSelection();
    m_revoke->setEnabled(own && m_view->canAssignRoles);
    m_reload->setEnabled(!m_loading && m_vault.has_value());
}

void AccessWindow::offerGrant(const QString &principalId, const QString &roleName)
{
    if (m_view && m_view->canAssignRoles) {
        chooseGrant(principalId, roleName);
        return;
    }
    // Said here, where the reader already looks: who could do it, and how.
    m_status->setText(
        tr("You may not assign roles on this vault. Ask an administrator to grant \"%1\" to %2, "
           "for instance with: kluisctl access grant --vault %3 --principal %2 --role \"%1\"")
            .arg(roleName, principalId.isEmpty() && m_view ? m_view->myObjectId : principalId,
                 m_vault ? m_vault->name : QString()));
}

void AccessWindow::chooseGrant(const QString &principalId, const QString &roleName)
{
    if (!m_view || !m_resource)
        return;
    auto *dialog = new GrantRoleDialog(
        m_view->vault, principalId.isEmpty() ? m_view->myObjectId : principalId,
        roleName.isEmpty() ? QStringLiteral("Key Vault Secrets User") : roleName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { runGrant(dialog->principalId(), dialog->roleName()); });
    dialog->open();
}

QCoro::Task<> AccessWindow::runGrant(QString principalId, QString roleName)
{
    QPointer<AccessWindow> self(this);
    m_loading = true;
    updateButtons();
    m_status->setText(tr("Granting \"%1\" to %2…").arg(roleName, principalId));
    auto granted =
        co_await core::VaultAccess::grant(m_pipeline, *m_resource, principalId, roleName);
    if (!self)
        co_return;
    m_loading = false;
    if (!granted) {
        m_status->setText(tr("The role was not granted: %1").arg(granted.error().shortMessage()));
        updateButtons();
        co_return;
    }
    co_await load();
    if (!self)
        co_return;
    m_status->setText(tr("Granted \"%1\" to %2. Role changes take a few minutes to reach the "
                         "vault; Kluis reads the vault again now, and Refresh does it later.")
                          .arg(roleName, principalId));
    Q_EMIT accessChanged();
}

void AccessWindow::confirmRevoke()
{
    const int row = m_assignments->currentRow();
    if (!m_view || row < 0 || row >= m_view->roleAssignments.size())
        return;
    const auto assignment = m_view->roleAssignments.at(row);
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Revoke a role"),
                        tr("Remove the role \"%1\" from %2 on %3?")
                            .arg(assignment.roleName, assignment.principalName, m_view->vault),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRevoke"));
    auto *revoke = box->addButton(tr("Re&voke"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, revoke, assignment](QAbstractButton *button) {
                if (button == revoke)
                    runRevoke(assignment.principalId, assignment.roleName);
            });
    box->open();
}

QCoro::Task<> AccessWindow::runRevoke(QString principalId, QString roleName)
{
    QPointer<AccessWindow> self(this);
    m_loading = true;
    updateButtons();
    m_status->setText(tr("Revoking \"%1\" from %2…").arg(roleName, principalId));
    auto revoked =
        co_await core::VaultAccess::revoke(m_pipeline, *m_resource, principalId, roleName);
    if (!self)
        co_return;
    m_loading = false;
    if (!revoked) {
        m_status->setText(tr("The role was not revoked: %1").arg(revoked.error().shortMessage()));
        updateButtons();
        co_return;
    }
    co_await load();
    if (!self)
        co_return;
    m_status->setText(tr("Revoked \"%1\" from %2.").arg(roleName, principalId));
    Q_EMIT accessChanged();
}

} // namespace kluis::ui
