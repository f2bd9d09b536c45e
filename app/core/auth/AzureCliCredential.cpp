#include "auth/AzureCliCredential.h"

#include <QCoreApplication>
#include <QCoroProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>
#include <memory>

namespace kluis::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kluis::core::AzureCliCredential", text);
}

AzureError unavailable(const QString &message)
{
    return AzureError::auth(message, QStringLiteral("CredentialUnavailable"));
}

// Scopes and tenants go to az as arguments: nothing that could read as an option.
bool safeArgument(const QString &value)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:/\\-]*$"));
    return allowed.match(value).hasMatch();
}
} // namespace

AzureCliCredential::AzureCliCredential(QString tenantId)
    : m_tenantId(std::move(tenantId))
{}

QString AzureCliCredential::description() const
{
    return m_tenantId.isEmpty() ? tr("Azure CLI login")
                                : tr("Azure CLI login in tenant %1").arg(m_tenantId);
}

QString AzureCliCredential::findAz()
{
    return QStandardPaths::findExecutable(QStringLiteral("az"));
}

Result<AccessToken> AzureCliCredential::parseOutput(const QByteArray &json)
{
    QJsonParseError parseError{};
    const auto object = QJsonDocument::fromJson(json, &parseError).object();
    const auto token = object.value(QStringLiteral("accessToken")).toString();
    if (parseError.error != QJsonParseError::NoError || token.isEmpty())
        return AzureError::parse(tr("The Azure CLI did not answer with an access token."));
    AccessToken result;
    result.token = token.toUtf8();
    const auto epoch = object.value(QStringLiteral("expires_on"));
    if (epoch.isDouble() || (epoch.isString() && !epoch.toString().isEmpty())) {
        bool ok = false;
        qint64 seconds = 0;
        if (epoch.isDouble()) {
            // Out of range (it would overflow) counts as unreadable.
            ok = std::abs(epoch.toDouble()) < 1e12;
            seconds = ok ? static_cast<qint64>(epoch.toDouble()) : 0;
        } else {
            seconds = epoch.toString().toLongLong(&ok);
        }
        if (ok)
            result.expiresOn = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    if (!result.expiresOn.isValid()) {
        // Older az: "2026-11-24 23:59:10.000000" in the machine's local time.
        auto text = object.value(QStringLiteral("expiresOn")).toString();
        if (const auto dot = text.indexOf(QLatin1Char('.')); dot > 0)
            text.truncate(dot);
        auto local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        local.setTimeSpec(Qt::LocalTime);
        if (local.isValid())
            result.expiresOn = local.toUTC();
    }
    if (!result.expiresOn.isValid())
        return AzureError::parse(tr("The Azure CLI's token has no readable expiry."));
    return result;
}

QCoro::Task<Result<AccessToken>> AzureCliCredential::getToken(TokenRequest request)
{
    const auto az = findAz();
    if (az.isEmpty())
        co_return unavailable(
            tr("The Azure CLI (az) is not installed or not on PATH; install it and run "
               "\"az login\", or sign in another way."));
    const auto tenant = request.tenantId.isEmpty() ? m_tenantId : request.tenantId;
    if (request.scopes.size() != 1 || !safeArgument(request.scopes.constFirst()) ||
        (!tenant.isEmpty() && !safeArgument(tenant)))
        co_return AzureError::usage(tr("The Azure CLI takes exactly one plain scope and tenant."));
    QStringList arguments{QStringLiteral("account"),  QStringLiteral("get-access-token"),
                          QStringLiteral("--scope"),  request.scopes.constFirst(),
                          QStringLiteral("--output"), QStringLiteral("json")};
    if (!tenant.isEmpty())
        arguments << QStringLiteral("--tenant") << tenant;

    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    const bool started = co_await qCoro(process.get()).start(az, arguments);
    if (!started)
        co_return unavailable(
            tr("The Azure CLI could not be started: %1").arg(process->errorString()));
    const bool finished = co_await qCoro(process.get()).waitForFinished(m_timeout);
    if (!finished) {
        process->kill();
        co_return AzureError::transport(
            QNetworkReply::TimeoutError,
            tr("The Azure CLI did not answer within %1 s.").arg(m_timeout.count() / 1000));
    }
    const auto output = process->readAllStandardOutput();
    const auto errors = QString::fromUtf8(process->readAllStandardError()).trimmed();
    if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
        if (errors.contains(QLatin1String("az login"), Qt::CaseInsensitive) ||
            errors.contains(QLatin1String("not logged in"), Qt::CaseInsensitive))
            co_return unavailable(
                tr("The Azure CLI is not signed in; run \"az login\"%1.")
                    .arg(tenant.isEmpty() ? QString() : tr(" --tenant %1").arg(tenant)));
        // az's stderr names the problem (AADSTS codes, unknown scope); it holds no token.
        auto error = AzureError::auth(tr("The Azure CLI failed (exit code %1): %2")
                                          .arg(process->exitCode())
                                          .arg(errors.left(500)),
                                      QStringLiteral("AzureCliFailed"));
        co_return error;
    }
    co_return parseOutput(output);
}

} // namespace kluis::core
