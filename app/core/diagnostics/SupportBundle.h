#pragma once

#include "diagnostics/RuleChangeLog.h"
#include "net/HttpPipeline.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kluis::core {

// What an administrator attaches to a ticket: the diagnosis (JSON and Markdown), the recent
// requests and Kluis's changes to vault firewalls, as one JSON file (0600). Nothing secret:
// everything goes through Scrubber on the way out, even though nothing secret should be there.
class SupportBundle
{
public:
    void setDiagnosis(const QJsonObject &json, const QString &markdown);
    void setRequests(const QList<RequestRecord> &requests) { m_requests = requests; }
    void setFirewallChanges(const QList<RuleChange> &changes) { m_changes = changes; }

    QJsonObject toJson() const;
    // Writes the bundle (JSON) to `path`, readable by its owner only.
    bool write(const QString &path, QString *error = nullptr) const;

private:
    QJsonObject m_diagnosis;
    QString m_markdown;
    QList<RequestRecord> m_requests;
    QList<RuleChange> m_changes;
};

} // namespace kluis::core
