#include "dialogs/ImportCertificateDialog.h"

#include "clients/KeyVaultClient.h"
#include "dialogs/FormFooter.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kluis::ui {

ImportCertificateDialog::ImportCertificateDialog(QWidget *parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importCertificateDialog"));
    setWindowTitle(tr("Import certificate"));
    m_file->setAccessibleName(tr("Certificate file"));
    m_file->setPlaceholderText(tr("A .pfx or .pem file with the private key"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(127);
    m_password->setAccessibleName(tr("PFX password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the certificate file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Certificate file"), QString(),
                                       tr("Certificates (*.pfx *.p12 *.pem);;All files (*)"));
        dialog->setObjectName(QStringLiteral("importFileDialog"));
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
        dialog->open();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    setUpFormFooter(this, m_problem, m_buttons, tr("&Import"));

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_file, &QLineEdit::textChanged, this, &ImportCertificateDialog::fileChanged);
    connect(m_name, &QLineEdit::textChanged, this, &ImportCertificateDialog::validate);
    validate();
}

void ImportCertificateDialog::fileChanged()
{
    // The file's base name, made fit for Key Vault, until the user types a name.
    if (m_name->text().isEmpty() || !m_name->isModified()) {
        static const QRegularExpression unfit(QStringLiteral("[^0-9A-Za-z-]+"));
        QString suggestion = QFileInfo(fileName()).completeBaseName();
        suggestion.replace(unfit, QStringLiteral("-"));
        m_name->setText(suggestion.left(127));
    }
    m_password->setEnabled(isPfx());
    validate();
}

QString ImportCertificateDialog::fileName() const
{
    return m_file->text().trimmed();
}

QString ImportCertificateDialog::name() const
{
    return m_name->text();
}

QString ImportCertificateDialog::password() const
{
    return isPfx() ? m_password->text() : QString();
}

bool ImportCertificateDialog::isPfx() const
{
    const QString suffix = QFileInfo(fileName()).suffix().toLower();
    return suffix != QLatin1String("pem") && suffix != QLatin1String("crt");
}

QString ImportCertificateDialog::problem() const
{
    if (fileName().isEmpty())
        return tr("Choose a .pfx or .pem file.");
    if (!QFileInfo(fileName()).isFile())
        return tr("The file %1 does not exist.").arg(fileName());
    if (name().isEmpty())
        return tr("Enter a name.");
    if (!core::KeyVaultClient::isValidObjectName(name()))
        return tr("A name has 1 to 127 characters: letters, digits and dashes (-).");
    return {};
}

void ImportCertificateDialog::validate()
{
    const auto text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace kluis::ui
