#pragma once

#include "crossvault/ReportTable.h"

#include <QCoro/QCoroTask>
#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kluis::core {
class HttpPipeline;
}

namespace kluis::ui {

// Readiness for Azure RBAC by default: every vault still on access policies that the window's
// connections reach, each entry with the built-in roles that would replace it, what they would
// grant beyond it and what no role covers. Exported as CSV, JSON or Markdown.
class RbacReadinessWindow : public QDialog
{
    Q_OBJECT

public:
    explicit RbacReadinessWindow(QWidget *parent = nullptr);

    // The pipelines to ask Resource Manager through (the window's own and each account's).
    void setPipelineSource(std::function<QList<core::HttpPipeline *>()> source);
    void run();
    bool isRunning() const { return m_running; }
    const core::ReportTable &table() const { return m_table; }
    bool exportTo(const QString &path, const QString &format, QString *error) const;

    QTableView *view() const { return m_view; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    void finished();

private:
    QCoro::Task<> read(QList<QPointer<core::HttpPipeline>> pipelines);
    void chooseExportFile(const QString &format);

    std::function<QList<core::HttpPipeline *>()> m_source;
    core::ReportTable m_table;
    bool m_running = false;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_run;
    QPushButton *m_export;
    QLabel *m_status;
};

} // namespace kluis::ui
