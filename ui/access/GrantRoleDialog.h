#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kluis::ui {

// Which principal gets which built-in Key Vault role on the vault: the principal's object id
// and the role (narrowest first), with what the role allows and, above the button, the
// sentence of what OK will do: the dialog is the confirmation.
class GrantRoleDialog : public QDialog
{
    Q_OBJECT

public:
    GrantRoleDialog(const QString &vaultName, const QString &principalId, const QString &roleName,
                    QWidget *parent = nullptr);

    QString principalId() const;
    QString roleName() const;
    QLineEdit *principalEdit() const { return m_principal; }
    QComboBox *roleCombo() const { return m_role; }

private:
    void validate();

    QLineEdit *m_principal;
    QComboBox *m_role;
    QLabel *m_allows;
    QLabel *m_summary;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_vaultName;
};

} // namespace kluis::ui
