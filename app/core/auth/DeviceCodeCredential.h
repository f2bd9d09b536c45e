#pragma once

#include "auth/UserCredential.h"

#include <QDateTime>
#include <QUrl>

#include <optional>

namespace kluis::core {

// What the window shows while the device code flow waits for the user.
struct DeviceCodePrompt
{
    QString userCode;
    QUrl verificationUri;
    QString message; // the service's own sentence, ready to show
    QDateTime expiresOn;
};

// The device code endpoint's answer (RFC 8628 3.2): the code to poll with and what the user sees.
struct DeviceCodeAnswer
{
    QString deviceCode;
    DeviceCodePrompt prompt;
    int interval = 0; // seconds between polls the service asked for; 0 when it said none
};

// Reads the answer to the device code request made at `started`; an error answer, or one
// without a device code, fails.
Result<DeviceCodeAnswer> parseDeviceCodeAnswer(int httpStatus, const QByteArray &body,
                                               const QDateTime &started);

// OAuth 2.0 device authorization grant (RFC 8628): asks for a code, hands it to the window
// (userCodeReady), and polls the token endpoint at the interval the service asks for, slowing
// down by 5 s on slow_down. Ends with the tokens or an AzureError whose code is the service's:
// "authorization_declined" / "access_denied" (the user said no), "expired_token" (too late),
// "bad_verification_code"; AzureError::Kind::Cancelled after cancel().
class DeviceCodeCredential final : public UserCredential
{
    Q_OBJECT

public:
    DeviceCodeCredential(const CloudProfile &cloud, QString tenantId, QString clientId,
                         QObject *parent = nullptr);

    // What a service may ask for: polls at least this often, codes live at most this long; a
    // non-https verification_uri is refused (InsecureVerificationUri).
    static constexpr int MaxPollInterval = 60;
    static constexpr qint64 MaxCodeLifetimeSeconds = 3600;

    // Extra form fields for the device code request (tests: the emulator's emulator_expires_in
    // and emulator_interval).
    void setExtraDeviceCodeFields(QList<QPair<QString, QString>> fields)
    {
        m_extraFields = std::move(fields);
    }
    // Polls at this interval instead of the service's until the service says slow_down (tests).
    void setInitialPollInterval(std::optional<int> seconds) { m_initialInterval = seconds; }
    int pollInterval() const { return m_interval; }

Q_SIGNALS:
    void userCodeReady(const kluis::core::DeviceCodePrompt &prompt);
    // The service asked to poll less often (slow_down); `seconds` is the new interval.
    void pollIntervalChanged(int seconds);

protected:
    QCoro::Task<Result<UserTokens>> signInInteractively(QStringList scopes,
                                                        QString tenantId) override;

private:
    QList<QPair<QString, QString>> m_extraFields;
    std::optional<int> m_initialInterval;
    int m_interval = 5;
};

} // namespace kluis::core
