#include "access/GrantRoleDialog.h"

#include "access/KeyVaultRoles.h"
#include "dialogs/FormFooter.h"
#include "widgets/AccessibleValueLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace kluis::ui {

GrantRoleDialog::GrantRoleDialog(const QString &vaultName, const QString &principalId,
                                 const QString &roleName, QWidget *parent)
    : QDialog(parent)
    , m_principal(new QLineEdit(principalId, this))
    , m_role(new QComboBox(this))
    , m_allows(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_vaultName(vaultName)
{
    setObjectName(QStringLiteral("grantRoleDialog"));
    setWindowTitle(tr("Grant a role on %1").arg(vaultName));
    m_principal->setAccessibleName(tr("Principal object ID"));
    m_principal->setPlaceholderText(tr("The object ID of a user, group or application"));
    m_role->setAccessibleName(tr("Role"));
    for (const auto &role : core::KeyVaultRoles::builtIn())
        m_role->addItem(role.name, role.name);
    if (const int index = m_role->findData(roleName); index >= 0)
        m_role->setCurrentIndex(index);
    m_allows->setWordWrap(true);
    m_allows->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    setAccessibleValueLabel(m_summary, tr("What will be done"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Principal object ID:"), m_principal);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Allows:"), m_allows);
    setUpFormFooter(this, m_problem, m_buttons, tr("&Grant"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_principal, &QLineEdit::textChanged, this, &GrantRoleDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &GrantRoleDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

QString GrantRoleDialog::principalId() const
{
    return m_principal->text().trimmed();
}

QString GrantRoleDialog::roleName() const
{
    return m_role->currentData().toString();
}

void GrantRoleDialog::validate()
{
    const auto role = core::KeyVaultRoles::byName(roleName());
    QStringList allows;
    if (role) {
        for (const auto &action : role->dataActions)
            allows << action.mid(QStringLiteral("Microsoft.KeyVault/vaults/").size());
    }
    m_allows->setText(allows.join(QStringLiteral(", ")));
    const bool valid = !QUuid::fromString(principalId()).isNull();
    const QString problem =
        principalId().isEmpty() ? tr("Enter the principal's object ID.")
        : valid                 ? QString()
                : tr("An object ID looks like 00000000-0000-0000-0000-000000000000.");
    m_summary->setText(valid ? tr("%1 will get the role \"%2\" on the vault %3. Role changes "
                                  "take a few minutes to reach the vault.")
                                   .arg(principalId(), roleName(), m_vaultName)
                             : QString());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace kluis::ui
