#include "auth/DeviceCodeCredential.h"

#include <QCoreApplication>
#include <QCoroSignal>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>
#include <chrono>

namespace kluis::core {

Q_LOGGING_CATEGORY(lcDeviceCode, "kluis.auth.devicecode", QtWarningMsg)

Result<DeviceCodeAnswer> parseDeviceCodeAnswer(int httpStatus, const QByteArray &body,
                                               const QDateTime &started)
{
    const auto object = QJsonDocument::fromJson(body).object();
    DeviceCodeAnswer answer;
    answer.deviceCode = object.value(QStringLiteral("device_code")).toString();
    if (httpStatus >= 400 || answer.deviceCode.isEmpty()) {
        auto failed = parseTokenResponse(httpStatus, body);
        if (failed)
            return AzureError::parse(QCoreApplication::translate(
                "DeviceCodeCredential", "The sign-in service sent no device code."));
        return failed.error();
    }
    auto &prompt = answer.prompt;
    prompt.userCode = object.value(QStringLiteral("user_code")).toString();
    prompt.verificationUri =
        QUrl(object.value(QStringLiteral("verification_uri")).toString(), QUrl::StrictMode);
    prompt.message = object.value(QStringLiteral("message")).toString();
    // The user is sent to this page to type the code: never one a network could rewrite.
    if (!prompt.verificationUri.isValid() ||
        prompt.verificationUri.scheme() != QLatin1String("https") ||
        prompt.verificationUri.host().isEmpty() || !prompt.verificationUri.userInfo().isEmpty())
        return AzureError::auth(
            QCoreApplication::translate("DeviceCodeCredential",
                                        "The sign-in service gave a sign-in page that is not an "
                                        "https address (%1); it is not shown.")
                .arg(prompt.verificationUri.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                         .left(200)),
            QStringLiteral("InsecureVerificationUri"));
    const auto lifetime = object.value(QStringLiteral("expires_in")).toVariant().toLongLong();
    prompt.expiresOn = started.addSecs(
        lifetime > 0 ? std::min(lifetime, DeviceCodeCredential::MaxCodeLifetimeSeconds) : 900);
    answer.interval =
        int(std::clamp<qint64>(object.value(QStringLiteral("interval")).toVariant().toLongLong(), 0,
                               DeviceCodeCredential::MaxPollInterval));
    return answer;
}

DeviceCodeCredential::DeviceCodeCredential(const CloudProfile &cloud, QString tenantId,
                                           QString clientId, QObject *parent)
    : UserCredential(cloud, std::move(tenantId), std::move(clientId), parent)
{}

QCoro::Task<Result<UserTokens>> DeviceCodeCredential::signInInteractively(QStringList scopes,
                                                                          QString tenantId)
{
    QPointer<DeviceCodeCredential> self(this);
    const auto scope = withUserScopes(scopes).join(QLatin1Char(' '));
    QList<QPair<QString, QString>> fields{{QStringLiteral("client_id"), m_clientId},
                                          {QStringLiteral("scope"), scope}};
    fields += m_extraFields;
    const auto started = QDateTime::currentDateTimeUtc();
    auto answer = co_await post(tenantId, QStringLiteral("devicecode"), fields);
    if (!answer)
        co_return answer.error();
    auto parsed = parseDeviceCodeAnswer(answer->first, answer->second, started);
    if (!parsed)
        co_return parsed.error();
    const auto deviceCode = parsed->deviceCode;
    const auto prompt = parsed->prompt;
    const auto advertised = parsed->interval;
    m_interval = m_initialInterval.value_or(advertised == 0 ? 5 : advertised);
    Q_EMIT userCodeReady(prompt);

    const auto expired = [] {
        return AzureError::auth(
            QCoreApplication::translate("DeviceCodeCredential",
                                        "The sign-in code expired before it was used. Start the "
                                        "sign-in again."),
            QStringLiteral("expired_token"));
    };
    for (;;) {
        if (!self || isCancelled())
            co_return AzureError::cancelled();
        if (QDateTime::currentDateTimeUtc() >= prompt.expiresOn)
            co_return expired();
        // Waits the interval, or less when cancel() comes first.
        co_await qCoro(this, &UserCredential::cancelRequested,
                       std::chrono::milliseconds(std::chrono::seconds(m_interval)));
        if (!self || isCancelled())
            co_return AzureError::cancelled();
        const QList<QPair<QString, QString>> pollFields{
            {QStringLiteral("grant_type"),
             QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
            {QStringLiteral("client_id"), m_clientId},
            {QStringLiteral("device_code"), deviceCode}};
        auto poll = co_await post(tenantId, QStringLiteral("token"), pollFields);
        if (!self || isCancelled())
            co_return AzureError::cancelled();
        if (!poll)
            co_return poll.error();
        auto tokens = parseUserTokenResponse(poll->first, poll->second);
        if (tokens)
            co_return tokens;
        const auto code = tokens.error().code;
        if (code == QLatin1String("authorization_pending"))
            continue;
        if (code == QLatin1String("slow_down")) {
            m_interval =
                std::min<int>(std::max<int>(m_interval, int(advertised)) + 5, MaxPollInterval);
            qCInfo(lcDeviceCode) << "slow_down: polling every" << m_interval << "s";
            Q_EMIT pollIntervalChanged(m_interval);
            continue;
        }
        if (code == QLatin1String("expired_token"))
            co_return expired();
        auto error = tokens.error();
        if (code == QLatin1String("authorization_declined") ||
            code == QLatin1String("access_denied"))
            error.message =
                QCoreApplication::translate("DeviceCodeCredential", "The sign-in was declined.");
        co_return error;
    }
}

} // namespace kluis::core
