#pragma once

#include "accounts/AccountStore.h"

#include <QCoro/QCoroTask>
#include <QDialog>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace kluis::core {
class UserCredential;
struct DeviceCodePrompt;
} // namespace kluis::core

namespace kluis::ui {

// Adds an account: the cloud (built in, or a custom cloud file), then a browser sign-in, a
// device code (the code and link shown, copyable, while the dialog waits), or a service
// principal with a secret or a certificate file. The account is verified with a Resource
// Manager token before it is kept; accountAdded() names it and the dialog closes.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum Method
    {
        Browser,
        DeviceCode,
        ServicePrincipalSecret,
        ServicePrincipalCertificate,
    };

    SignInDialog(core::AccountStore *store, QWidget *parent);
    ~SignInDialog() override;

    // A custom cloud file, chosen as if through Browse.
    void setCloudFile(const QString &path);
    void setMethod(Method method);
    bool isSigningIn() const { return m_busy; }

    QComboBox *cloudBox() const { return m_cloud; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *tenantEdit() const { return m_tenant; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QLineEdit *deviceCodeEdit() const { return m_deviceCode; }
    QLabel *deviceLinkLabel() const { return m_deviceLink; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Extra fields for the device code request (tests: the emulator's poll interval).
    void setDeviceCodeTestFields(QList<QPair<QString, QString>> fields)
    {
        m_deviceFields = std::move(fields);
    }

Q_SIGNALS:
    void accountAdded(const QString &accountId);
    void deviceCodeShown();

protected:
    void reject() override;

private:
    void updateFields();
    void browseCloudFile();
    void browseCertificate();
    void showDeviceCode(const core::DeviceCodePrompt &prompt);
    void showDeviceRows(bool visible);
    void setBusy(bool busy, const QString &status = {});
    core::StoredAccount draft() const;
    QCoro::Task<> signIn();
    QCoro::Task<> signInUser(core::StoredAccount account, core::CloudProfile cloud);
    QCoro::Task<> signInServicePrincipal(core::StoredAccount account, core::CloudProfile cloud);

    QPointer<core::AccountStore> m_store;
    QComboBox *m_cloud;
    QLineEdit *m_cloudFile;
    QPushButton *m_browseCloud;
    QComboBox *m_method;
    QLineEdit *m_name;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLineEdit *m_certificate;
    QPushButton *m_browseCertificate;
    QHBoxLayout *m_cloudFileRow = nullptr;
    QHBoxLayout *m_certificateRow = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_deviceBox;
    QLineEdit *m_deviceCode;
    QToolButton *m_copyCode;
    QLabel *m_deviceLink;
    QLabel *m_status;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    std::shared_ptr<core::UserCredential> m_user;
    QList<QPair<QString, QString>> m_deviceFields;
    bool m_busy = false;
};

} // namespace kluis::ui
