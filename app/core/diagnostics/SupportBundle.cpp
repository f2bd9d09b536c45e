#include "diagnostics/SupportBundle.h"

#include "clients/ArmTypes.h"
#include "diagnostics/RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>

namespace kluis::core {

namespace {
QJsonValue scrubValue(const QJsonValue &value)
{
    if (value.isString())
        return SupportBundle::scrub(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const auto &item : value.toArray())
            array.append(scrubValue(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const auto input = value.toObject();
        for (auto it = input.begin(); it != input.end(); ++it) {
            const auto key = it.key().toLower();
            if (key == QLatin1String("authorization") || key.contains(QLatin1String("token")) ||
                key.contains(QLatin1String("secret")) ||
                (key == QLatin1String("value") &&
                 NetworkRules::normalizedIpRule(it.value().toString()).isEmpty()))
                object.insert(it.key(), QStringLiteral("[removed]"));
            else // a key is a string like any other: a tag name can hold anything
                object.insert(SupportBundle::scrub(it.key()), scrubValue(it.value()));
        }
        return object;
    }
    return value;
}
} // namespace

QString SupportBundle::scrub(const QString &text)
{
    // A JWT (header.payload[.signature]); every one starts with base64url of '{"'.
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*){1,2}"));
    static const QRegularExpression bearer(QStringLiteral("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]+"));
    // The query of a URL may carry a $skiptoken, a SAS signature (sig=) or an OAuth code.
    static const QRegularExpression query(
        QStringLiteral("(https?://[^\\s?#\"'<>]*)\\?[^\\s\"'<>]*"));
    static const QRegularExpression parameter(
        QStringLiteral("(?i)\\b(sig|\\$?skiptoken|code|client_secret|refresh_token|access_token|"
                       "assertion)=[^&\\s\"']+"));
    QString result = text;
    result.replace(jwt, QStringLiteral("[token removed]"));
    result.replace(bearer, QStringLiteral("Bearer [removed]"));
    result.replace(query, QStringLiteral("\\1"));
    result.replace(parameter, QStringLiteral("\\1=[removed]"));
    return result;
}

void SupportBundle::setDiagnosis(const QJsonObject &json, const QString &markdown)
{
    m_diagnosis = json;
    m_markdown = markdown;
}

QJsonObject SupportBundle::toJson() const
{
    QJsonArray requests;
    for (const auto &record : m_requests)
        requests.append(RequestLog::toJson(record));
    QJsonArray changes;
    for (const auto &change : m_changes)
        changes.append(change.toJson());
    const QJsonObject bundle{
        {QStringLiteral("kind"), QStringLiteral("kluis-support-bundle")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("kluisVersion"), QStringLiteral(KLUIS_VERSION)},
        {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("diagnosis"), m_diagnosis},
        {QStringLiteral("diagnosisMarkdown"), m_markdown},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("firewallChanges"), changes}};
    return scrubValue(bundle).toObject();
}

bool SupportBundle::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace kluis::core
