#include "dialogs/SignInDialog.h"

#include "auth/ClientCertificateCredential.h"
#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "session/AppSettings.h"
#include "widgets/AccessibleValueLabel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kluis::ui {

namespace {
const auto customCloud = QStringLiteral("custom");
// The Azure CLI's public client, registered in every tenant: used when no application id is
// set in the settings or the cloud file.
const auto defaultPublicClient = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
} // namespace

SignInDialog::SignInDialog(core::AccountStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_cloud(new QComboBox(this))
    , m_cloudFile(new QLineEdit(this))
    , m_browseCloud(new QPushButton(tr("&Browse…"), this))
    , m_method(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_tenant(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_certificate(new QLineEdit(this))
    , m_browseCertificate(new QPushButton(tr("Br&owse…"), this))
    , m_deviceBox(new QWidget(this))
    , m_deviceCode(new QLineEdit(this))
    , m_copyCode(new QToolButton(this))
    , m_deviceLink(new QLabel(this))
    , m_status(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Add account"));
    for (const auto &cloud : core::CloudProfile::builtIn()) {
        if (!cloud.retired)
            m_cloud->addItem(cloud.displayName, cloud.name);
    }
    m_cloud->addItem(tr("Custom cloud file…"), customCloud);
    m_cloud->setAccessibleName(tr("Cloud"));
    m_cloudFile->setAccessibleName(tr("Cloud file"));
    m_cloudFile->setPlaceholderText(tr("A cloud profile (JSON), e.g. kluis-emulator's cloud.json"));
    m_method->addItem(tr("Browser sign-in"), Browser);
    m_method->addItem(tr("Device code"), DeviceCode);
    m_method->addItem(tr("Service principal with a secret"), ServicePrincipalSecret);
    m_method->addItem(tr("Service principal with a certificate"), ServicePrincipalCertificate);
    m_method->setAccessibleName(tr("How to sign in"));
    m_name->setAccessibleName(tr("Account name"));
    m_name->setPlaceholderText(tr("The user name or client id"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_clientId->setAccessibleName(tr("Application (client) ID"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_certificate->setAccessibleName(tr("Certificate file"));
    m_certificate->setPlaceholderText(tr("PEM file with the private key and the certificate"));

    m_deviceCode->setReadOnly(true);
    m_deviceCode->setAccessibleName(tr("Device code"));
    m_copyCode->setText(tr("Copy"));
    m_copyCode->setAccessibleName(tr("Copy the device code"));
    connect(m_copyCode, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_deviceCode->text()); });
    m_deviceLink->setOpenExternalLinks(true);
    m_deviceLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    setAccessibleValueLabel(m_deviceLink, tr("Where to enter the code"));
    auto *codeRow = new QHBoxLayout(m_deviceBox);
    codeRow->setContentsMargins(0, 0, 0, 0);
    codeRow->addWidget(m_deviceCode, 1);
    codeRow->addWidget(m_copyCode);
    m_status->setWordWrap(true);
    setAccessibleValueLabel(m_status, tr("Sign-in status"));

    auto *cloudFileRow = m_cloudFileRow = new QHBoxLayout;
    cloudFileRow->addWidget(m_cloudFile, 1);
    cloudFileRow->addWidget(m_browseCloud);
    auto *certificateRow = m_certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_browseCertificate);
    // A row holding a layout gets no buddy of its own: without one the label would show its '&'.
    auto *cloudFileLabel = new QLabel(tr("Cloud &file:"), this);
    cloudFileLabel->setBuddy(m_cloudFile);
    auto *certificateLabel = new QLabel(tr("C&ertificate:"), this);
    certificateLabel->setBuddy(m_certificate);
    auto *form = new QFormLayout;
    form->addRow(tr("&Cloud:"), m_cloud);
    form->addRow(cloudFileLabel, cloudFileRow);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("Application (client) &ID:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_secret);
    form->addRow(certificateLabel, certificateRow);
    form->addRow(tr("Account &name:"), m_name);
    // The device code's rows, in the same form so that they line up; shown while it waits.
    form->addRow(tr("Code:"), m_deviceBox);
    form->addRow(tr("Enter it at:"), m_deviceLink);
    m_form = form;
    showDeviceRows(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_signIn->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_cloud, &QComboBox::currentIndexChanged, this, &SignInDialog::updateFields);
    connect(m_method, &QComboBox::currentIndexChanged, this, &SignInDialog::updateFields);
    connect(m_browseCloud, &QPushButton::clicked, this, &SignInDialog::browseCloudFile);
    connect(m_browseCertificate, &QPushButton::clicked, this, &SignInDialog::browseCertificate);
    connect(m_cloudFile, &QLineEdit::editingFinished, this, &SignInDialog::updateFields);
    connect(m_signIn, &QPushButton::clicked, this, [this] { signIn(); });
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    updateFields();
    // Wide enough for a tenant id, an application id and a file path in full.
    resize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 90, sizeHint().height());
}

SignInDialog::~SignInDialog()
{
    if (m_user)
        m_user->cancel();
}

void SignInDialog::setCloudFile(const QString &path)
{
    m_cloud->setCurrentIndex(m_cloud->findData(customCloud));
    m_cloudFile->setText(path);
    updateFields();
}

void SignInDialog::setMethod(Method method)
{
    m_method->setCurrentIndex(m_method->findData(method));
}

void SignInDialog::updateFields()
{
    const bool custom = m_cloud->currentData().toString() == customCloud;
    const auto method = static_cast<Method>(m_method->currentData().toInt());
    const bool principal =
        method == ServicePrincipalSecret || method == ServicePrincipalCertificate;
    m_cloudFile->setEnabled(custom);
    m_browseCloud->setEnabled(custom);
    m_secret->setEnabled(method == ServicePrincipalSecret);
    m_certificate->setEnabled(method == ServicePrincipalCertificate);
    m_browseCertificate->setEnabled(method == ServicePrincipalCertificate);
    // Only the rows the chosen cloud and method use are shown.
    m_form->setRowVisible(m_cloudFileRow, custom);
    m_form->setRowVisible(m_secret, method == ServicePrincipalSecret);
    m_form->setRowVisible(m_certificateRow, method == ServicePrincipalCertificate);
    resize(width(), sizeHint().height());
    // A tenant id, not a word to translate: Entra's endpoint for any work or school account.
    QString tenant = QStringLiteral("organizations");
    QString client = AppSettings::applicationClientId.value();
    if (custom && !m_cloudFile->text().isEmpty()) {
        QString error;
        if (const auto cloud = core::CloudProfile::fromFile(m_cloudFile->text(), &error)) {
            tenant = cloud->tenantId;
            if (client.isEmpty())
                client = cloud->publicClientId;
        }
    }
    m_tenant->setPlaceholderText(principal ? tr("Required") : tenant);
    if (principal && custom && !tenant.isEmpty() && tenant != QLatin1String("organizations"))
        m_tenant->setPlaceholderText(tenant);
    m_clientId->setPlaceholderText(principal ? tr("The service principal's application id")
                                             : (client.isEmpty() ? defaultPublicClient : client));
}

void SignInDialog::browseCloudFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a cloud file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Cloud profiles (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &SignInDialog::setCloudFile);
    dialog->open();
}

void SignInDialog::browseCertificate()
{
    auto *dialog = new QFileDialog(this, tr("Choose the certificate"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM files (*.pem *.crt *.key)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, m_certificate, &QLineEdit::setText);
    dialog->open();
}

core::StoredAccount SignInDialog::draft() const
{
    core::StoredAccount account;
    account.name = m_name->text().trimmed();
    if (m_cloud->currentData().toString() == customCloud)
        account.cloudFile = m_cloudFile->text().trimmed();
    else
        account.cloudName = m_cloud->currentData().toString();
    account.tenantId = m_tenant->text().trimmed();
    if (account.tenantId.isEmpty() && !m_tenant->placeholderText().isEmpty() &&
        m_tenant->placeholderText() != tr("Required"))
        account.tenantId = m_tenant->placeholderText();
    account.clientId = m_clientId->text().trimmed();
    switch (static_cast<Method>(m_method->currentData().toInt())) {
    case Browser:
        account.kind = core::StoredAccount::Kind::Browser;
        break;
    case DeviceCode:
        account.kind = core::StoredAccount::Kind::DeviceCode;
        break;
    case ServicePrincipalSecret:
        account.kind = core::StoredAccount::Kind::ClientSecret;
        break;
    case ServicePrincipalCertificate:
        account.kind = core::StoredAccount::Kind::ClientCertificate;
        account.certificateFile = m_certificate->text().trimmed();
        break;
    }
    if (account.isUser() && account.clientId.isEmpty())
        account.clientId = m_clientId->placeholderText();
    return account;
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    m_signIn->setEnabled(!busy);
    for (auto *widget : std::initializer_list<QWidget *>{
             m_cloud, m_cloudFile, m_browseCloud, m_method, m_tenant, m_clientId, m_secret,
             m_certificate, m_browseCertificate, m_name})
        widget->setEnabled(!busy);
    if (!busy) {
        showDeviceRows(false);
        updateFields();
    }
}

void SignInDialog::showDeviceRows(bool visible)
{
    m_form->setRowVisible(m_deviceBox, visible);
    m_form->setRowVisible(m_deviceLink, visible);
}

void SignInDialog::showDeviceCode(const core::DeviceCodePrompt &prompt)
{
    m_deviceCode->setText(prompt.userCode);
    const auto link = prompt.verificationUri.toString();
    m_deviceLink->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(link.toHtmlEscaped()));
    showDeviceRows(true);
    m_status->setText(tr("Open the link, enter the code and sign in; this window waits until "
                         "you have."));
    Q_EMIT deviceCodeShown();
}

void SignInDialog::reject()
{
    // Cancel stops a sign-in in progress first; a second press closes.
    if (m_busy && m_user) {
        m_user->cancel();
        return;
    }
    QDialog::reject();
}

QCoro::Task<> SignInDialog::signIn()
{
    if (!m_store || m_busy)
        co_return;
    const auto account = draft();
    auto cloud = m_store->cloudFor(account);
    if (!cloud) {
        m_status->setText(cloud.error().shortMessage());
        co_return;
    }
    if (account.isUser())
        co_await signInUser(account, cloud.value());
    else
        co_await signInServicePrincipal(account, cloud.value());
}

QCoro::Task<> SignInDialog::signInUser(core::StoredAccount account, core::CloudProfile cloud)
{
    QPointer<SignInDialog> self(this);
    core::CredentialOptions options;
    options.interactionAllowed = true;
    options.browserOpener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    auto credential = m_store->newUserCredential(account, options);
    if (!credential) {
        m_status->setText(credential.error().shortMessage());
        co_return;
    }
    m_user = credential.value();
    if (auto *device = qobject_cast<core::DeviceCodeCredential *>(m_user.get())) {
        device->setExtraDeviceCodeFields(m_deviceFields);
        connect(device, &core::DeviceCodeCredential::userCodeReady, this,
                &SignInDialog::showDeviceCode);
    }
    setBusy(true, account.kind == core::StoredAccount::Kind::Browser
                      ? tr("Sign in in the browser window that opened…")
                      : tr("Asking for a code…"));
    const auto user = m_user;
    const QStringList scopes{cloud.resourceManagerScope};
    auto signingIn = user->signIn(scopes);
    auto status = co_await signingIn;
    if (!self)
        co_return;
    m_user.reset();
    if (!status) {
        setBusy(false, status.error().kind == core::AzureError::Kind::Cancelled
                           ? tr("Sign-in cancelled.")
                           : status.error().shortMessage());
        co_return;
    }
    const auto added = m_store->addUser(account, *user);
    setBusy(false);
    Q_EMIT accountAdded(added.id);
    accept();
}

QCoro::Task<> SignInDialog::signInServicePrincipal(core::StoredAccount account,
                                                   core::CloudProfile cloud)
{
    QPointer<SignInDialog> self(this);
    if (account.tenantId.isEmpty() || account.clientId.isEmpty()) {
        m_status->setText(tr("A service principal needs its tenant and application (client) id."));
        co_return;
    }
    std::shared_ptr<core::TokenCredential> credential;
    const auto secret = m_secret->text();
    if (account.kind == core::StoredAccount::Kind::ClientSecret) {
        if (secret.isEmpty()) {
            m_status->setText(tr("Enter the client secret."));
            co_return;
        }
        credential = std::make_shared<core::ClientSecretCredential>(cloud, account.tenantId,
                                                                    account.clientId, secret);
    } else {
        auto fromFile = core::ClientCertificateCredential::fromPemFile(
            cloud, account.tenantId, account.clientId, account.certificateFile);
        if (!fromFile) {
            m_status->setText(fromFile.error().shortMessage());
            co_return;
        }
        credential = fromFile.value();
    }
    setBusy(true, tr("Signing in…"));
    // Only an account that gets a token is kept.
    core::TokenRequest request;
    request.scopes = {cloud.resourceManagerScope};
    auto asking = credential->getToken(request);
    auto token = co_await asking;
    if (!self)
        co_return;
    if (!token) {
        setBusy(false, token.error().shortMessage());
        co_return;
    }
    QString id;
    if (account.kind == core::StoredAccount::Kind::ClientSecret) {
        auto added = co_await m_store->addClientSecret(account, secret);
        if (!self)
            co_return;
        if (!added) {
            setBusy(false, added.error().shortMessage());
            co_return;
        }
        id = added->id;
    } else {
        id = m_store->add(account).id;
    }
    m_secret->clear();
    setBusy(false);
    Q_EMIT accountAdded(id);
    accept();
}

} // namespace kluis::ui
