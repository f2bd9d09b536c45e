#include "dialogs/CertificateCreateDialog.h"

#include "clients/KeyVaultClient.h"
#include "dialogs/FormFooter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kluis::ui {

CertificateCreateDialog::CertificateCreateDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_dnsNames(new QLineEdit(this))
    , m_validity(new QSpinBox(this))
    , m_key(new QComboBox(this))
    , m_exportable(new QCheckBox(tr("Private key &exportable"), this))
    , m_format(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("certificateCreateDialog"));
    setWindowTitle(tr("New self-signed certificate"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(127);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("CN=app.example.com"));
    m_dnsNames->setAccessibleName(tr("DNS names"));
    m_dnsNames->setPlaceholderText(tr("app.example.com, www.example.com"));
    m_validity->setAccessibleName(tr("Validity in months"));
    m_validity->setRange(1, 120);
    m_validity->setValue(12);
    m_validity->setSuffix(tr(" months"));
    m_key->setAccessibleName(tr("Key type"));
    m_key->addItem(tr("RSA 2048 bits"), QStringLiteral("RSA:2048"));
    m_key->addItem(tr("RSA 3072 bits"), QStringLiteral("RSA:3072"));
    m_key->addItem(tr("RSA 4096 bits"), QStringLiteral("RSA:4096"));
    m_key->addItem(tr("EC P-256"), QStringLiteral("EC:P-256"));
    m_key->addItem(tr("EC P-384"), QStringLiteral("EC:P-384"));
    m_key->addItem(tr("EC P-521"), QStringLiteral("EC:P-521"));
    m_exportable->setAccessibleName(tr("Private key exportable"));
    m_exportable->setChecked(true);
    m_format->setAccessibleName(tr("Format in the vault"));
    m_format->addItem(tr("PKCS #12 (.pfx)"), QStringLiteral("application/x-pkcs12"));
    m_format->addItem(tr("PEM"), QStringLiteral("application/x-pem-file"));

    setUpFormFooter(this, m_problem, m_buttons, tr("&Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&DNS names:"), m_dnsNames);
    form->addRow(tr("&Validity:"), m_validity);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(QString(), m_exportable);
    form->addRow(tr("&Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    // The subject follows the name until the user types one of their own.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_subjectEdited) {
            const QSignalBlocker blocker(m_subject);
            m_subject->setText(name.isEmpty() ? QString() : QStringLiteral("CN=") + name);
        }
        validate();
    });
    connect(m_subject, &QLineEdit::textEdited, this, [this] { m_subjectEdited = true; });
    connect(m_subject, &QLineEdit::textChanged, this, &CertificateCreateDialog::validate);
    connect(m_dnsNames, &QLineEdit::textChanged, this, &CertificateCreateDialog::validate);
    validate();
}

QString CertificateCreateDialog::problem() const
{
    static const QRegularExpression dnsPattern(
        QStringLiteral("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    const auto name = m_name->text();
    if (name.isEmpty())
        return tr("Enter a name.");
    if (!core::KeyVaultClient::isValidObjectName(name))
        return tr("A name has 1 to 127 characters: letters, digits and dashes (-).");
    const auto subject = m_subject->text().trimmed();
    if (subject.isEmpty())
        return tr("Enter a subject, for example CN=app.example.com.");
    if (!subject.contains(QLatin1Char('=')))
        return tr("A subject is a distinguished name such as CN=app.example.com.");
    for (const auto &dns : form().dnsNames) {
        if (!dnsPattern.match(dns).hasMatch())
            return tr("“%1” is not a DNS name.").arg(dns);
    }
    return {};
}

void CertificateCreateDialog::validate()
{
    const auto text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

CertificateForm CertificateCreateDialog::form() const
{
    CertificateForm form;
    form.name = m_name->text();
    form.subject = m_subject->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    form.dnsNames = m_dnsNames->text().split(separators, Qt::SkipEmptyParts);
    form.validityMonths = m_validity->value();
    const QStringList key = m_key->currentData().toString().split(QLatin1Char(':'));
    form.keyType = key.value(0);
    if (form.keyType == QLatin1String("EC")) {
        form.curve = key.value(1);
        form.keySize = 0;
    } else {
        form.keySize = key.value(1).toInt();
    }
    form.exportable = m_exportable->isChecked();
    form.contentType = m_format->currentData().toString();
    return form;
}

} // namespace kluis::ui
