#pragma once

#include "diagnostics/RuleChangeLog.h"
#include "net/HttpPipeline.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kluis::core {

// What an administrator attaches to a ticket: the diagnosis (JSON and Markdown), the recent
// requests and Kluis's changes to vault firewalls, as one JSON file. Nothing secret: every
// string is scrubbed of tokens, Authorization values and signed query strings on the way out,
// even though none should be there.
class SupportBundle
{
public:
    void setDiagnosis(const QJsonObject &json, const QString &markdown);
    void setRequests(const QList<RequestRecord> &requests) { m_requests = requests; }
    void setFirewallChanges(const QList<RuleChange> &changes) { m_changes = changes; }

    QJsonObject toJson() const;
    // Writes the bundle (JSON) to `path`.
    bool write(const QString &path, QString *error = nullptr) const;

    // The scrubbing applied to every string: JWTs, bearer values, and the query of any URL.
    static QString scrub(const QString &text);

private:
    QJsonObject m_diagnosis;
    QString m_markdown;
    QList<RequestRecord> m_requests;
    QList<RuleChange> m_changes;
};

} // namespace kluis::core
