#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kluis::ui {

// Import a certificate with its private key: a .pfx (with its password) or a .pem holding the
// key and the certificate(s), under a name that follows Key Vault's rules.
class ImportCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportCertificateDialog(QWidget *parent);

    QString fileName() const;
    QString name() const;
    QString password() const;
    bool isPfx() const;
    QString problem() const;

    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void fileChanged();
    void validate();

    QLineEdit *m_file;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace kluis::ui
