#include "dialogs/SettingsDialog.h"

#include "session/AppSettings.h"
#include "session/LanguageSwitcher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kluis::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_clipboardTimeout(new QSpinBox(this))
    , m_expiryWarning(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_clientId(new QLineEdit(this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_caFile(new QLineEdit(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_clipboardTimeout->setObjectName(QStringLiteral("clipboardTimeout"));
    m_clipboardTimeout->setRange(0, 3600);
    m_clipboardTimeout->setSuffix(tr(" s"));
    m_clipboardTimeout->setSpecialValueText(tr("Never"));
    m_clipboardTimeout->setAccessibleName(tr("Clear the clipboard after"));
    m_clipboardTimeout->setValue(static_cast<int>(AppSettings::clipboardTimeoutSeconds.value()));

    m_expiryWarning->setObjectName(QStringLiteral("expiryWarningDays"));
    m_expiryWarning->setRange(0, 3650);
    m_expiryWarning->setSpecialValueText(tr("Only when expired"));
    m_expiryWarning->setAccessibleName(tr("Warn about expiry within"));
    m_expiryWarning->setToolTip(
        tr("Lists mark items that expire within this many days; expired items are always "
           "marked"));
    const auto daysSuffix = [this](int days) {
        m_expiryWarning->setSuffix(tr(" day(s)", "after a number of days", days));
    };
    connect(m_expiryWarning, &QSpinBox::valueChanged, this, daysSuffix);
    m_expiryWarning->setValue(AppSettings::expiryWarningDays.value());
    daysSuffix(m_expiryWarning->value());

    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl_NL"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de_DE"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr_FR"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language.value())));

    m_clientId->setAccessibleName(tr("Application (client) ID"));
    m_clientId->setPlaceholderText(tr("Kluis's own registration"));
    m_clientId->setText(AppSettings::applicationClientId.value());

    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("System proxy settings"),
                         core::ProxySettings::modeName(core::ProxySettings::Mode::System));
    m_proxyMode->addItem(tr("No proxy"),
                         core::ProxySettings::modeName(core::ProxySettings::Mode::None));
    m_proxyMode->addItem(tr("Manual proxy"),
                         core::ProxySettings::modeName(core::ProxySettings::Mode::Manual));
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(AppSettings::proxyMode.value()));
    m_proxyHost->setAccessibleName(tr("Proxy server"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyHost->setText(AppSettings::proxyHost.value());
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(AppSettings::proxyPort.value());
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);
    updateProxyFields();

    m_caFile->setAccessibleName(tr("Extra CA file"));
    m_caFile->setPlaceholderText(tr("PEM file, for a TLS-inspecting proxy"));
    m_caFile->setText(AppSettings::extraCaFile.value());
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the extra CA file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Extra CA file"), m_caFile->text(),
                                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        dialog->open();
    });

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Clear the &clipboard after:"), m_clipboardTimeout);
    generalForm->addRow(tr("&Warn about expiry within:"), m_expiryWarning);
    generalForm->addRow(tr("&Language:"), m_language);
    auto *languageNote =
        new QLabel(tr("The window is rebuilt in the new language when you press OK."), this);
    languageNote->setWordWrap(true);
    generalForm->addRow(QString(), languageNote);

    auto *signIn = new QGroupBox(tr("Sign-in"), this);
    auto *signInForm = new QFormLayout(signIn);
    signInForm->addRow(tr("Application (client) &ID:"), m_clientId);

    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("&Proxy:"), m_proxyMode);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(new QLabel(tr("Port:"), this));
    proxyRow->addWidget(m_proxyPort);
    auto *proxyLabel = new QLabel(tr("Proxy &server:"), this);
    proxyLabel->setBuddy(m_proxyHost);
    networkForm->addRow(proxyLabel, proxyRow);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("Extra &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    networkForm->addRow(caLabel, caRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &SettingsDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(signIn);
    layout->addWidget(network);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = core::ProxySettings::modeFromName(m_proxyMode->currentData().toString()) ==
                        core::ProxySettings::Mode::Manual;
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

void SettingsDialog::save() const
{
    AppSettings::clipboardTimeoutSeconds.set(m_clipboardTimeout->value());
    AppSettings::expiryWarningDays.set(m_expiryWarning->value());
    AppSettings::language.set(m_language->currentData().toString());
    AppSettings::applicationClientId.set(m_clientId->text().trimmed());
    AppSettings::proxyMode.set(m_proxyMode->currentData().toString());
    AppSettings::proxyHost.set(m_proxyHost->text().trimmed());
    AppSettings::proxyPort.set(m_proxyPort->value());
    AppSettings::extraCaFile.set(m_caFile->text().trimmed());
    // Connections made from now on (a new sign-in, a vault attached) use the new network.
    AppSettings::applyNetworkSettings();
    if (auto *languages = LanguageSwitcher::instance())
        languages->apply(AppSettings::language.value());
}

} // namespace kluis::ui
