#include "diagnostics/SupportBundle.h"

#include "common/SecretFile.h"
#include "diagnostics/RequestLog.h"
#include "diagnostics/Scrubber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace kluis::core {

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
    return Scrubber::scrub(bundle).toObject();
}

bool SupportBundle::write(const QString &path, QString *error) const
{
    return SecretFile::write(path, QJsonDocument(toJson()).toJson(), error);
}

} // namespace kluis::core
