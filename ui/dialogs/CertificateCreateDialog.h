#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kluis::ui {

struct CertificateForm
{
    QString name;
    QString subject;      // "CN=app.example.com"
    QStringList dnsNames; // subject alternative names
    int validityMonths = 12;
    QString keyType = QStringLiteral("RSA"); // RSA or EC
    int keySize = 2048;
    QString curve; // EC only
    bool exportable = true;
    QString contentType = QStringLiteral("application/x-pkcs12");
};

// Create a certificate with a self-signed policy: name, subject, DNS names, validity, key type,
// whether the private key may be exported and in which format the vault keeps it.
class CertificateCreateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CertificateCreateDialog(QWidget *parent);

    CertificateForm form() const;
    QString problem() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QLineEdit *namesEdit() const { return m_dnsNames; }
    QComboBox *keyCombo() const { return m_key; }
    QComboBox *formatCombo() const { return m_format; }

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_subject;
    QLineEdit *m_dnsNames;
    QSpinBox *m_validity;
    QComboBox *m_key;
    QCheckBox *m_exportable;
    QComboBox *m_format;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_subjectEdited = false;
};

} // namespace kluis::ui
