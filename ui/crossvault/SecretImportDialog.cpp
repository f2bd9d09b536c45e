#include "crossvault/SecretImportDialog.h"

#include "common/SecureMemory.h"
#include "crossvault/CopyJournal.h"
#include "widgets/RememberedGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kluis::ui {

using core::ObjectCopy;

SecretImportDialog::SecretImportDialog(core::NamedVault target, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose file…"), this))
    , m_onConflict(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTableView(this))
    , m_import(new QPushButton(tr("&Import…"), this))
{
    setObjectName(QStringLiteral("importSecrets"));
    setWindowTitle(tr("Import secrets into %1").arg(m_target.name));
    resize(760, 480);
    new RememberedGeometry(this, QStringLiteral("importSecrets"));

    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("File"));
    m_path->setPlaceholderText(tr("A .env or JSON file"));
    m_onConflict->setAccessibleName(tr("When the vault has the name"));
    CopyJournal::addConflictChoices(m_onConflict);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&When the vault has the name:"), m_onConflict);

    m_model->setHorizontalHeaderLabels(
        {tr("Secret name"), tr("In the file"), tr("What the import does")});
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Import plan"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(NameColumn, 220);
    m_view->setColumnWidth(SourceColumn, 200);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Choose a file: values are read from it only to be written, never "
                         "shown."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &SecretImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &SecretImportDialog::import);
    connect(m_onConflict, &QComboBox::currentIndexChanged, this, &SecretImportDialog::replan);
    connect(this, &QDialog::finished, this, &SecretImportDialog::forgetValues);
}

SecretImportDialog::~SecretImportDialog()
{
    forgetValues();
}

void SecretImportDialog::forgetValues()
{
    core::SecretImport::wipeValues(m_entries);
    m_entries.clear();
    m_plan.reset();
    m_import->setEnabled(false);
}

ObjectCopy::OnConflict SecretImportDialog::onConflict() const
{
    return CopyJournal::conflictChoice(m_onConflict);
}

void SecretImportDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Import secrets"), QString(),
                                   tr("Secrets files (*.env *.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SecretImportDialog::loadFile);
    dialog->open();
}

void SecretImportDialog::loadFile(const QString &path)
{
    if (m_busy)
        return;
    forgetValues();
    m_model->removeRows(0, m_model->rowCount());
    m_path->setText(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    auto bytes = file.readAll();
    auto entries = core::SecretImport::parse(bytes);
    core::wipe(bytes);
    if (!entries) {
        m_status->setText(tr("The file cannot be imported: %1").arg(entries.error().message));
        return;
    }
    m_entries = std::move(entries.value());
    replan();
}

void SecretImportDialog::replan()
{
    m_plan.reset();
    m_import->setEnabled(false);
    if (m_entries.isEmpty() || m_busy)
        return;
    setBusy(true, tr("Comparing %n names with the vault…", nullptr, int(m_entries.size())));
    runPlan();
}

QCoro::Task<> SecretImportDialog::runPlan()
{
    QPointer<SecretImportDialog> self(this);
    const auto generation = ++m_generation;
    const core::SecretImport importer(m_target, onConflict());
    QList<core::ImportedSecret> names = m_entries;
    for (auto &entry : names)
        entry.value.clear(); // the plan needs names only
    auto task = importer.plan(names);
    const auto plan = co_await task;
    if (!self || m_generation != generation)
        co_return;
    if (!plan) {
        setBusy(false, tr("The import could not be planned: %1").arg(plan.error().shortMessage()));
        co_return;
    }
    m_plan = plan.value();
    showReport(*m_plan, false);
    const int writes = int(m_plan->created.size() + m_plan->newVersion.size());
    setBusy(false, m_plan->stopped
                       ? tr("The vault has some of these names: nothing would be written.")
                       : tr("%n secrets would be written; nothing has been written yet.", nullptr,
                            writes));
    m_import->setEnabled(!m_plan->stopped && writes > 0);
}

void SecretImportDialog::showReport(const ObjectCopy::Report &report, bool written)
{
    QHash<QString, QString> sources;
    for (const auto &entry : std::as_const(m_entries))
        sources.insert(entry.name.toLower(), entry.sourceKey);
    m_model->removeRows(0, m_model->rowCount());
    for (const auto &line : CopyJournal::lines(report, written)) {
        // A name the vault would not take keeps the file's key as the report's message.
        const auto source =
            line.detail.isEmpty() ? sources.value(line.name.toLower()) : line.detail;
        m_model->appendRow({new QStandardItem(line.name), new QStandardItem(source),
                            new QStandardItem(line.what)});
    }
}

void SecretImportDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_choose->setEnabled(!busy);
    m_onConflict->setEnabled(!busy);
    if (busy)
        m_import->setEnabled(false);
    m_status->setText(message);
}

void SecretImportDialog::import()
{
    if (!m_plan || m_busy)
        return;
    const int writes = int(m_plan->created.size() + m_plan->newVersion.size());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import secrets"),
                                tr("Write %n secrets from %1 into %2?", nullptr, writes)
                                    .arg(QFileInfo(m_path->text()).fileName(), m_target.name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmImport"));
    auto *confirm = box->addButton(tr("&Import"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *button) {
        if (button != confirm || !m_plan)
            return;
        setBusy(true, tr("Importing…"));
        runImport();
    });
    box->open();
}

QCoro::Task<> SecretImportDialog::runImport()
{
    QPointer<SecretImportDialog> self(this);
    const core::SecretImport importer(m_target, onConflict());
    const int total = int(m_plan->created.size() + m_plan->newVersion.size());
    int done = 0;
    auto task = importer.write(*m_plan, m_entries, [self, &done, total](const QString &) {
        ++done;
        if (self)
            self->m_status->setText(tr("Importing… %1 of %2 written.").arg(done).arg(total));
    });
    const auto report = co_await task;
    if (!self)
        co_return;
    showReport(report, true);
    forgetValues();
    const int written = int(report.created.size() + report.newVersion.size());
    if (written > 0)
        Q_EMIT secretsWritten();
    setBusy(false, report.error ? tr("The import stopped after %n secrets: %1", nullptr, written)
                                      .arg(report.error->shortMessage())
                                : tr("%n secrets written.", nullptr, written));
}

} // namespace kluis::ui
