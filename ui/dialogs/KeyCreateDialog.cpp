#include "dialogs/KeyCreateDialog.h"

#include "clients/KeyVaultClient.h"
#include "dialogs/FormFooter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kluis::ui {

namespace {
const QStringList rsaOperations = {QStringLiteral("sign"),    QStringLiteral("verify"),
                                   QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                   QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
const QStringList ecOperations = {QStringLiteral("sign"), QStringLiteral("verify")};
} // namespace

KeyCreateDialog::KeyCreateDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_hsm(new QCheckBox(tr("Protected by an &HSM"), this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
    , m_hasExpires(new QCheckBox(tr("Expiration date"), this))
    , m_expires(new QDateTimeEdit(QDateTime::currentDateTime().addYears(2), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("keyCreateDialog"));
    setWindowTitle(tr("New key"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(127);
    m_type->setAccessibleName(tr("Key type"));
    m_type->addItem(tr("RSA"), QStringLiteral("RSA"));
    m_type->addItem(tr("Elliptic curve (EC)"), QStringLiteral("EC"));
    m_size->setAccessibleName(tr("Key size or curve"));
    m_hsm->setAccessibleName(tr("Protected by an HSM"));
    m_enabled->setChecked(true);
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expires->setEnabled(false);
    m_expires->setAccessibleName(tr("Expiration date"));
    connect(m_hasExpires, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);

    auto *operations = new QGridLayout;
    for (const auto &operation : rsaOperations) {
        auto *box = new QCheckBox(operation, this);
        box->setObjectName(operation);
        box->setAccessibleName(tr("Permit %1").arg(operation));
        box->setChecked(true);
        operations->addWidget(box, int(m_operations.size()) / 3, int(m_operations.size()) % 3);
        m_operations.append(box);
        connect(box, &QCheckBox::toggled, this, &KeyCreateDialog::validate);
    }
    auto *expiresRow = new QHBoxLayout;
    expiresRow->addWidget(m_hasExpires);
    expiresRow->addWidget(m_expires, 1);

    setUpFormFooter(this, m_problem, m_buttons, tr("&Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Size or curve:"), m_size);
    form->addRow(QString(), m_hsm);
    auto *operationsLabel = new QLabel(tr("Permitted operations:"), this);
    form->addRow(operationsLabel, operations);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), expiresRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &KeyCreateDialog::updateChoices);
    connect(m_name, &QLineEdit::textChanged, this, &KeyCreateDialog::validate);
    updateChoices();
}

void KeyCreateDialog::updateChoices()
{
    const bool ec = m_type->currentData().toString() == QLatin1String("EC");
    m_size->clear();
    if (ec) {
        for (const auto &curve : {"P-256", "P-384", "P-521"})
            m_size->addItem(QLatin1String(curve), QLatin1String(curve));
    } else {
        for (const int bits : {2048, 3072, 4096})
            m_size->addItem(tr("%1 bits").arg(bits), bits);
    }
    for (auto *box : m_operations) {
        const bool fits = (ec ? ecOperations : rsaOperations).contains(box->objectName());
        box->setEnabled(fits);
        box->setVisible(fits);
    }
    validate();
}

QString KeyCreateDialog::problem() const
{
    const auto name = m_name->text();
    if (name.isEmpty())
        return tr("Enter a name.");
    if (!core::KeyVaultClient::isValidObjectName(name))
        return tr("A name has 1 to 127 characters: letters, digits and dashes (-).");
    if (form().operations.isEmpty())
        return tr("Permit at least one operation.");
    return {};
}

void KeyCreateDialog::validate()
{
    const auto text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

KeyForm KeyCreateDialog::form() const
{
    KeyForm form;
    form.name = m_name->text();
    const bool ec = m_type->currentData().toString() == QLatin1String("EC");
    form.keyType = (ec ? QStringLiteral("EC") : QStringLiteral("RSA")) +
                   (m_hsm->isChecked() ? QStringLiteral("-HSM") : QString());
    if (ec)
        form.curve = m_size->currentData().toString();
    else
        form.keySize = m_size->currentData().toInt();
    for (const auto *box : m_operations) {
        if (box->isEnabled() && box->isChecked())
            form.operations.append(box->objectName());
    }
    form.enabled = m_enabled->isChecked();
    if (m_hasExpires->isChecked())
        form.expires = m_expires->dateTime().toUTC();
    return form;
}

} // namespace kluis::ui
