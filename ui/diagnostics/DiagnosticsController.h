#pragma once

#include <QObject>
#include <QPointer>

namespace kluis::core {
class FirewallRuleEditor;
class HttpPipeline;
class RequestLog;
} // namespace kluis::core

namespace kluis::ui {

class ConnectionSession;

// What the window's diagnoses share across vaults: the request log of the session's pipeline
// (for support bundles) and the firewall editor with its journal of temporary rules. Follows
// the session's connection; a new connection removes the temporary rules that fell due while
// Kluis was not running.
class DiagnosticsController : public QObject
{
    Q_OBJECT

public:
    // journalPath: empty for the default (KLUIS_DATA_DIR or the application data directory).
    explicit DiagnosticsController(ConnectionSession *session, const QString &journalPath = {},
                                   QObject *parent = nullptr);
    ~DiagnosticsController() override;

    ConnectionSession *session() const;
    core::HttpPipeline *pipeline() const;
    core::RequestLog *requestLog() const { return m_requests; }
    core::FirewallRuleEditor *ruleEditor() const { return m_editor; }

    // Removes every temporary rule Kluis added (bounded in time), then quits the application.
    void quitWhenClean();

private:
    void onConnectionChanged();

    QPointer<ConnectionSession> m_session;
    core::RequestLog *m_requests;
    core::FirewallRuleEditor *m_editor;
    bool m_quitting = false;
};

} // namespace kluis::ui
