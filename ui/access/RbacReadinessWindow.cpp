#include "access/RbacReadinessWindow.h"

#include "access/RbacReadiness.h"
#include "clients/ArmClient.h"
#include "common/SecretFile.h"
#include "net/HttpPipeline.h"
#include "widgets/AccessibleValueLabel.h"
#include "widgets/RememberedGeometry.h"
#include "widgets/ReportExport.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kluis::ui {

RbacReadinessWindow::RbacReadinessWindow(QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, 7, this))
    , m_view(new QTableView(this))
    , m_run(new QPushButton(tr("&Run report"), this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("rbacReadiness"));
    setWindowTitle(tr("Azure RBAC readiness"));
    setWindowFlag(Qt::Window);
    resize(980, 520);
    new RememberedGeometry(this, QStringLiteral("rbacReadiness"));

    auto *intro = new QLabel(
        tr("Vaults still on access policies, each entry with the built-in roles that would "
           "replace it. New vaults use Azure RBAC by default; plan the move before the older "
           "Resource Manager versions retire."),
        this);
    intro->setWordWrap(true);
    m_model->setHorizontalHeaderLabels({tr("Vault"), tr("Principal"), tr("Application"),
                                        tr("Permissions"), tr("Roles"), tr("Also grants"),
                                        tr("Not covered")});
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Access policy entries"));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    setAccessibleValueLabel(m_status, tr("Status"));

    auto *menu = new QMenu(m_export);
    menu->addAction(tr("CSV…"), this, [this] { chooseExportFile(QStringLiteral("csv")); });
    menu->addAction(tr("JSON…"), this, [this] { chooseExportFile(QStringLiteral("json")); });
    menu->addAction(tr("Markdown…"), this,
                    [this] { chooseExportFile(QStringLiteral("markdown")); });
    m_export->setMenu(menu);
    m_export->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_run, &QPushButton::clicked, this, &RbacReadinessWindow::run);
}

void RbacReadinessWindow::setPipelineSource(std::function<QList<core::HttpPipeline *>()> source)
{
    m_source = std::move(source);
}

void RbacReadinessWindow::run()
{
    if (m_running || !m_source)
        return;
    QList<QPointer<core::HttpPipeline>> pipelines;
    for (auto *pipeline : m_source()) {
        if (pipeline && !pipelines.contains(pipeline))
            pipelines.append(pipeline);
    }
    read(pipelines);
}

QCoro::Task<> RbacReadinessWindow::read(QList<QPointer<core::HttpPipeline>> pipelines)
{
    QPointer<RbacReadinessWindow> self(this);
    m_running = true;
    m_run->setEnabled(false);
    m_export->setEnabled(false);
    m_status->setText(tr("Reading every subscription's vaults…"));
    QList<core::VaultResource> vaults;
    QSet<QString> seen;
    QStringList failures;
    for (const auto &pipeline : std::as_const(pipelines)) {
        if (!pipeline)
            continue;
        const core::ArmClient arm(pipeline, pipeline->cloud().tenantId);
        auto all = co_await arm.listAllVaults();
        if (!self)
            co_return;
        if (!all) {
            failures << all.error().shortMessage();
            continue;
        }
        for (const auto &vault : std::as_const(*all)) {
            if (!seen.contains(vault.id.toLower())) {
                seen.insert(vault.id.toLower());
                vaults.append(vault);
            }
        }
    }
    m_table = core::RbacReadiness::table(vaults);
    m_model->removeRows(0, m_model->rowCount());
    for (const auto &row : std::as_const(m_table.rows)) {
        QList<QStandardItem *> items;
        for (const auto &text : row) {
            auto *item = new QStandardItem(text);
            item->setToolTip(text);
            items.append(item);
        }
        if (row.value(1).isEmpty())
            items[3]->setText(tr("No access policy entries"));
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    QSet<QString> policyVaults;
    for (const auto &row : std::as_const(m_table.rows))
        policyVaults.insert(row.value(0));
    QString status =
        tr("%n vault(s) on access policies", nullptr, int(policyVaults.size())) +
        QStringLiteral(", ") +
        tr("%n of %1 on Azure RBAC already.", nullptr, int(vaults.size() - policyVaults.size()))
            .arg(vaults.size());
    if (!failures.isEmpty())
        status += QLatin1Char(' ') + tr("Not read: %1").arg(failures.join(QStringLiteral("; ")));
    m_status->setText(status);
    m_running = false;
    m_run->setEnabled(true);
    m_export->setEnabled(!m_table.rows.isEmpty());
    Q_EMIT finished();
}

bool RbacReadinessWindow::exportTo(const QString &path, const QString &format, QString *error) const
{
    const auto bytes = format == QLatin1String("csv")    ? m_table.toCsv()
                       : format == QLatin1String("json") ? m_table.toJson()
                                                         : m_table.toMarkdown();
    return core::SecretFile::write(path, bytes, error);
}

void RbacReadinessWindow::chooseExportFile(const QString &format)
{
    exportReport(this, tr("Export the readiness report"), QStringLiteral("rbac-readiness"), format,
                 m_status, [this, format](const QString &path, QString *error) {
                     return exportTo(path, format, error);
                 });
}

} // namespace kluis::ui
