#include "crossvault/ExpiryReportWindow.h"

#include "common/SecretFile.h"
#include "crossvault/CrossVaultReader.h"
#include "crossvault/SearchResultModel.h"
#include "session/AppSettings.h"
#include "widgets/RememberedGeometry.h"
#include "widgets/ReportExport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kluis::ui {

using core::ExpiryReport;

ExpiryReportWindow::ExpiryReportWindow(QWidget *parent)
    : QDialog(parent)
    , m_reader(new core::CrossVaultReader(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_within(new QSpinBox(this))
    , m_stale(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run report"), this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_refused(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("expiryReport"));
    setWindowTitle(tr("Expiry and hygiene report"));
    setWindowFlag(Qt::Window);
    resize(900, 540);
    new RememberedGeometry(this, QStringLiteral("expiryReport"));

    m_within->setRange(0, 3650);
    m_within->setValue(AppSettings::reportWithinDays.value());
    m_within->setSuffix(tr(" days"));
    m_within->setAccessibleName(tr("Expiring within"));
    m_stale->setRange(1, 3650);
    m_stale->setValue(AppSettings::reportStaleDays.value());
    m_stale->setSuffix(tr(" days"));
    m_stale->setAccessibleName(tr("Not updated for"));
    auto *form = new QFormLayout;
    form->addRow(tr("Expiring &within:"), m_within);
    form->addRow(tr("Not &updated for:"), m_stale);
    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addStretch(1);
    top->addWidget(m_run);
    m_run->setDefault(true);

    m_model->setHorizontalHeaderLabels(
        {tr("Vault"), tr("Kind"), tr("Name"), tr("Finding"), tr("Expires"), tr("Version")});
    m_sorted->setSourceModel(m_model);
    m_sorted->setFilterKeyColumn(-1);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortRole(Qt::UserRole);
    m_view->setModel(m_sorted);
    m_view->setAccessibleName(tr("Findings"));
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(NameColumn, 220);
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setAccessibleName(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_sorted,
            &QSortFilterProxyModel::setFilterFixedString);
    m_status->setAccessibleName(tr("Report status"));
    m_refused->setAccessibleName(tr("Vaults that refused"));
    m_refused->setHeaderLabels({tr("Vault"), tr("Why it could not be read")});
    m_refused->setRootIsDecorated(false);
    m_refused->setMaximumHeight(100);
    m_refused->hide();

    auto *menu = new QMenu(m_export);
    menu->addAction(tr("CSV…"), this, [this] { chooseExportFile(QStringLiteral("csv")); });
    menu->addAction(tr("JSON…"), this, [this] { chooseExportFile(QStringLiteral("json")); });
    menu->addAction(tr("Markdown…"), this,
                    [this] { chooseExportFile(QStringLiteral("markdown")); });
    m_export->setMenu(menu);
    m_export->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_refused);
    layout->addWidget(buttons);

    connect(m_run, &QPushButton::clicked, this, &ExpiryReportWindow::run);
    connect(m_reader, &core::CrossVaultReader::found, this, &ExpiryReportWindow::addFindings);
    connect(m_reader, &core::CrossVaultReader::vaultFailed, this,
            [this](const QString &vault, const core::AzureError &error) {
                new QTreeWidgetItem(m_refused, {vault, error.shortMessage()});
                m_refused->show();
            });
    connect(m_reader, &core::CrossVaultReader::finished, this, &ExpiryReportWindow::updateStatus);
}

void ExpiryReportWindow::setVaultSource(std::function<QList<core::NamedVault>()> source)
{
    m_source = std::move(source);
}

QString ExpiryReportWindow::findingText(ExpiryReport::Finding finding)
{
    switch (finding) {
    case ExpiryReport::Finding::Expired:
        return tr("Expired");
    case ExpiryReport::Finding::Expiring:
        return tr("Expiring");
    case ExpiryReport::Finding::NoExpiry:
        return tr("No expiry date");
    case ExpiryReport::Finding::Disabled:
        return tr("Disabled");
    case ExpiryReport::Finding::NoRotationPolicy:
        return tr("No rotation policy");
    case ExpiryReport::Finding::NoAutoRenew:
        return tr("Not renewed automatically");
    case ExpiryReport::Finding::Stale:
        break;
    }
    return tr("Not updated");
}

void ExpiryReportWindow::run()
{
    if (!m_source)
        return;
    ++m_generation;
    m_policyReads = 0;
    m_policyQueue.clear();
    AppSettings::reportWithinDays.set(m_within->value());
    AppSettings::reportStaleDays.set(m_stale->value());
    m_rows.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_refused->clear();
    m_refused->hide();
    const auto vaults = m_source();
    m_clients.clear();
    for (const auto &vault : vaults)
        m_clients.insert(vault.name, vault.client);
    m_run->setEnabled(false);
    m_export->setEnabled(false);
    m_status->setText(tr("Reading %n vaults…", nullptr, int(vaults.size())));
    m_reader->start(vaults, {});
}

void ExpiryReportWindow::addFindings(const QList<core::ObjectSummary> &page)
{
    const ExpiryReport report(QDateTime::currentDateTimeUtc(), m_within->value(), m_stale->value());
    for (const auto &row : report.findings(page))
        addRow(row);
    for (const auto &object : page) {
        const auto client = m_clients.constFind(object.vault);
        if (ExpiryReport::hasPolicy(object) && client != m_clients.cend())
            m_policyQueue.append({*client, object});
    }
    while (m_policyReads < PolicyReadsAtOnce && !m_policyQueue.isEmpty())
        readPolicy();
    updateStatus();
}

QCoro::Task<> ExpiryReportWindow::readPolicy()
{
    QPointer<ExpiryReportWindow> self(this);
    const auto generation = m_generation;
    auto [client, object] = m_policyQueue.takeFirst();
    ++m_policyReads;
    auto task = ExpiryReport::policyFinding(std::move(client), std::move(object));
    const auto finding = co_await task;
    if (!self || self->m_generation != generation)
        co_return;
    --m_policyReads;
    if (finding)
        addRow(*finding);
    if (!m_policyQueue.isEmpty())
        readPolicy();
    updateStatus();
}

void ExpiryReportWindow::addRow(const ExpiryReport::Row &row)
{
    const auto &object = row.object;
    const auto expires = object.attributes.expires;
    QList<QStandardItem *> cells;
    const auto cell = [&cells](const QString &text, const QVariant &sortKey) {
        auto *item = new QStandardItem(text);
        item->setData(sortKey, Qt::UserRole);
        cells << item;
    };
    cell(object.vault, object.vault.toLower());
    cell(SearchResultModel::kindText(object.kind), int(object.kind));
    cell(object.name, object.name.toLower());
    cell(findingText(row.finding), int(row.finding));
    cell(expires ? QLocale().toString(expires->toLocalTime(), QLocale::ShortFormat) : QString(),
         expires ? expires->toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
    cell(QString(), QString());
    m_model->appendRow(cells);
    m_rows.append(row);
    const auto client = m_clients.constFind(object.vault);
    if (ExpiryReport::isAboutVersion(row.finding) && client != m_clients.cend())
        fillVersion(int(m_rows.size() - 1), *client, object);
}

QCoro::Task<> ExpiryReportWindow::fillVersion(int row, core::KeyVaultClient client,
                                              core::ObjectSummary object)
{
    QPointer<ExpiryReportWindow> self(this);
    const auto generation = m_generation;
    auto task = core::currentVersion(std::move(client), std::move(object));
    const auto version = co_await task;
    if (!self || self->m_generation != generation || row >= m_rows.size())
        co_return;
    m_rows[row].version = version;
    m_model->item(row, VersionColumn)->setText(version);
    m_model->item(row, VersionColumn)->setData(version, Qt::UserRole);
}

bool ExpiryReportWindow::isRunning() const
{
    return m_reader->isRunning() || m_policyReads > 0 || !m_policyQueue.isEmpty();
}

void ExpiryReportWindow::updateStatus()
{
    const bool running = isRunning();
    m_run->setEnabled(!running);
    m_export->setEnabled(!running);
    if (running) {
        m_status->setText(tr("Reading… %n findings so far.", nullptr, int(m_rows.size())));
        return;
    }
    QString text = tr("%n findings.", nullptr, int(m_rows.size()));
    if (m_refused->topLevelItemCount() > 0)
        text += QLatin1Char(' ') +
                tr("%n vaults could not be read.", nullptr, m_refused->topLevelItemCount());
    m_status->setText(text);
}

core::ReportTable ExpiryReportWindow::table() const
{
    return ExpiryReport::table(m_rows);
}

bool ExpiryReportWindow::exportTo(const QString &path, const QString &format, QString *error) const
{
    const auto report = table();
    const auto bytes = format == QLatin1String("csv")    ? report.toCsv()
                       : format == QLatin1String("json") ? report.toJson()
                                                         : report.toMarkdown();
    return core::SecretFile::write(path, bytes, error);
}

void ExpiryReportWindow::chooseExportFile(const QString &format)
{
    exportReport(this, tr("Export the report"), QStringLiteral("expiry-report"), format, m_status,
                 [this, format](const QString &path, QString *error) {
                     return exportTo(path, format, error);
                 });
}

} // namespace kluis::ui
