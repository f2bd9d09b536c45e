#include "auth/AccessToken.h"

#include "diagnostics/Scrubber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace kluis::core {

namespace {
// expires_in comes as a number or, from some services, as a string.
qint64 seconds(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    // A number no lifetime can be (or that would overflow) counts as none.
    const double number = value.toDouble();
    return number > 0 && number < 1e12 ? static_cast<qint64>(number) : 0;
}
} // namespace

Result<AccessToken> parseTokenResponse(int httpStatus, const QByteArray &body, const QDateTime &now)
{
    QJsonParseError parseError{};
    const auto object = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || object.isEmpty()) {
        auto error = AzureError::auth(
            QCoreApplication::translate(
                "AccessToken", "The sign-in service answered HTTP %1 without a readable body.")
                .arg(httpStatus));
        error.httpStatus = httpStatus;
        return error;
    }
    const auto oauthError = object.value(QStringLiteral("error")).toString();
    if (!oauthError.isEmpty() || httpStatus >= 400) {
        // Shown to the user and written to logs: a token quoted in it is not repeated.
        auto error = AzureError::auth(
            Scrubber::scrub(object.value(QStringLiteral("error_description")).toString()),
            Scrubber::scrub(oauthError));
        error.httpStatus = httpStatus;
        error.requestId = object.value(QStringLiteral("trace_id")).toString();
        static const QRegularExpression aadsts(QStringLiteral("^(AADSTS\\d+)"));
        if (const auto match = aadsts.match(error.message); match.hasMatch()) {
            error.innerCode = match.captured(1);
        } else if (const auto codes = object.value(QStringLiteral("error_codes")).toArray();
                   !codes.isEmpty()) {
            error.innerCode = QStringLiteral("AADSTS") + QString::number(codes.first().toInt());
        }
        if (error.message.isEmpty())
            error.message = oauthError;
        return error;
    }
    const auto tokenType = object.value(QStringLiteral("token_type")).toString();
    const auto token = object.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty())
        return AzureError::auth(QCoreApplication::translate(
            "AccessToken", "The sign-in service sent no access token."));
    if (!tokenType.isEmpty() && tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive))
        return AzureError::auth(
            QCoreApplication::translate("AccessToken",
                                        "The sign-in service sent a token of type %1, not Bearer.")
                .arg(tokenType));
    const auto expiresIn = seconds(object.value(QStringLiteral("expires_in")));
    if (expiresIn <= 0)
        return AzureError::auth(QCoreApplication::translate(
            "AccessToken", "The sign-in service sent a token without a lifetime."));
    return AccessToken::expiringIn(token.toLatin1(), expiresIn, now);
}

AccessToken AccessToken::expiringIn(QByteArray token, qint64 lifetime, const QDateTime &now)
{
    const auto seconds = std::clamp<qint64>(lifetime, 1, maxLifetimeSeconds);
    AccessToken result;
    result.token = std::move(token);
    result.expiresOn = now.toUTC().addSecs(seconds);
    result.refreshOn = now.toUTC().addMSecs(
        std::max<qint64>(seconds * 1000 / 2, (seconds - refreshMarginSeconds) * 1000));
    return result;
}

} // namespace kluis::core
