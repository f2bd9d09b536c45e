#pragma once

#include <QDateTime>
#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kluis::ui {

struct KeyForm
{
    QString name;
    QString keyType = QStringLiteral("RSA"); // RSA, RSA-HSM, EC, EC-HSM
    int keySize = 2048;                      // RSA only
    QString curve;                           // EC only: P-256, P-384, P-521
    QStringList operations;                  // sign, verify, encrypt, …
    bool enabled = true;
    std::optional<QDateTime> expires;
};

// Create an RSA or EC key: size or curve, permitted operations, enabled and expiry. The name
// follows Key Vault's rules before anything is sent.
class KeyCreateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyCreateDialog(QWidget *parent);

    KeyForm form() const;
    QString problem() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *sizeCombo() const { return m_size; }

private:
    void updateChoices();
    void validate();

    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_size;
    QCheckBox *m_hsm;
    QList<QCheckBox *> m_operations;
    QCheckBox *m_enabled;
    QCheckBox *m_hasExpires;
    QDateTimeEdit *m_expires;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace kluis::ui
