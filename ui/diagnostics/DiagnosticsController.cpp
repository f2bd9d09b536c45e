#include "diagnostics/DiagnosticsController.h"

#include "diagnostics/FirewallRuleEditor.h"
#include "diagnostics/RequestLog.h"
#include "session/ConnectionSession.h"

#include <QCoreApplication>
#include <QTimer>

namespace kluis::ui {

namespace {
// Quitting waits this long at most for Resource Manager to take the temporary rules away; what
// is left stays in the journal for the next start.
constexpr int quitCleanupMs = 20000;
} // namespace

DiagnosticsController::DiagnosticsController(ConnectionSession *session, const QString &journalPath,
                                             QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_requests(new core::RequestLog(500, this))
    , m_editor(new core::FirewallRuleEditor(nullptr, journalPath, this))
{
    connect(session, &ConnectionSession::connectionChanged, this,
            &DiagnosticsController::onConnectionChanged);
    onConnectionChanged();
}

DiagnosticsController::~DiagnosticsController() = default;

ConnectionSession *DiagnosticsController::session() const
{
    return m_session;
}

core::HttpPipeline *DiagnosticsController::pipeline() const
{
    return m_session ? m_session->pipeline() : nullptr;
}

void DiagnosticsController::onConnectionChanged()
{
    m_requests->clear();
    m_requests->attach(pipeline());
    m_editor->setPipeline(pipeline());
}

void DiagnosticsController::quitWhenClean()
{
    if (m_quitting)
        return;
    m_quitting = true;
    if (!pipeline() || m_editor->pending().isEmpty()) {
        QCoreApplication::quit();
        return;
    }
    QTimer::singleShot(quitCleanupMs, qApp, &QCoreApplication::quit);
    QCoro::connect(m_editor->removeAll(), this, [](int) { QCoreApplication::quit(); });
}

} // namespace kluis::ui
