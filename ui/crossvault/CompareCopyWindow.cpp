#include "crossvault/CompareCopyWindow.h"

#include "crossvault/CopyJournal.h"
#include "widgets/RememberedGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kluis::ui {

using core::ObjectCopy;

namespace {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(0, 260);
    view->setColumnWidth(1, 200);
    view->setWordWrap(false);
    return view;
}

// The words for kluisctl's field ids.
QString fieldText(const QString &field)
{
    if (field == QLatin1String("value"))
        return CompareCopyWindow::tr("value");
    if (field == QLatin1String("value-unknown"))
        return CompareCopyWindow::tr("value (cannot be read)");
    if (field == QLatin1String("contentType"))
        return CompareCopyWindow::tr("content type");
    if (field == QLatin1String("tags"))
        return CompareCopyWindow::tr("tags");
    if (field == QLatin1String("enabled"))
        return CompareCopyWindow::tr("enabled");
    if (field == QLatin1String("notBefore"))
        return CompareCopyWindow::tr("activation date");
    if (field == QLatin1String("expires"))
        return CompareCopyWindow::tr("expiration date");
    return field;
}

// Soft backgrounds that read in light and dark themes alike: what needs doing stands out.
QBrush stateBrush(const QString &state)
{
    if (state == QLatin1String("same"))
        return {};
    if (state == QLatin1String("different"))
        return QColor(255, 200, 0, 70);
    return QColor(0, 120, 255, 50); // only in one of the two
}

} // namespace

CompareCopyWindow::CompareCopyWindow(QWidget *parent)
    : QDialog(parent)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_onConflict(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_dryRun(new QPushButton(tr("&Dry run"), this))
    , m_copy(new QPushButton(tr("Co&py…"), this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_comparison(new QStandardItemModel(0, ColumnCount, this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_comparisonView(nullptr)
    , m_planModel(new QStandardItemModel(0, 2, this))
    , m_planView(nullptr)
{
    setObjectName(QStringLiteral("compareAndCopy"));
    setWindowTitle(tr("Compare and copy"));
    setWindowFlag(Qt::Window);
    resize(900, 620);
    new RememberedGeometry(this, QStringLiteral("compareAndCopy"));

    m_from->setAccessibleName(tr("Source vault"));
    m_to->setAccessibleName(tr("Target vault"));
    m_kind->setAccessibleName(tr("What to compare and copy"));
    m_kind->addItem(tr("Secrets"), int(core::ObjectKind::Secret));
    m_kind->addItem(tr("Keys (by backup and restore)"), int(core::ObjectKind::Key));
    m_kind->addItem(tr("Certificates (by backup and restore)"), int(core::ObjectKind::Certificate));
    m_kind->setToolTip(tr("Keys and certificates are copied as the service's backups: Key Vault "
                          "restores them only in a vault of the same subscription and "
                          "geography."));
    m_onConflict->setAccessibleName(tr("When the target has the name"));
    CopyJournal::addConflictChoices(m_onConflict);
    auto *form = new QFormLayout;
    form->addRow(tr("&Source vault:"), m_from);
    form->addRow(tr("&Target vault:"), m_to);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&When the target has the name:"), m_onConflict);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(m_compare);
    buttonsRow->addStretch(1);
    buttonsRow->addWidget(m_dryRun);
    buttonsRow->addWidget(m_copy);
    m_compare->setDefault(true);
    m_copy->setEnabled(false);
    m_copy->setToolTip(tr("Run a dry run first: it shows what will be written"));

    m_comparison->setHorizontalHeaderLabels({tr("Name"), tr("Comparison"), tr("Differs in")});
    m_filtered->setSourceModel(m_comparison);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_comparisonView = makeTable(this, m_filtered, tr("Comparison"));
    m_filter->setPlaceholderText(tr("Filter the comparison"));
    m_filter->setAccessibleName(tr("Filter the comparison"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    m_planModel->setHorizontalHeaderLabels({tr("Name"), tr("What the copy does")});
    m_planView = makeTable(this, m_planModel, tr("Copy plan"));
    m_planView->setMaximumHeight(200);
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttonsRow);
    layout->addWidget(m_status);
    layout->addWidget(m_filter);
    layout->addWidget(m_comparisonView, 1);
    layout->addWidget(
        new QLabel(tr("Copy plan (the items chosen above; all when none is):"), this));
    layout->addWidget(m_planView);
    layout->addWidget(close);

    connect(m_compare, &QPushButton::clicked, this, &CompareCopyWindow::compare);
    connect(m_dryRun, &QPushButton::clicked, this, &CompareCopyWindow::dryRun);
    connect(m_copy, &QPushButton::clicked, this, &CompareCopyWindow::copy);
    // A plan is for the vaults and choice it was made with.
    for (auto *combo : {m_from, m_to, m_onConflict, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_plan.reset();
            m_copy->setEnabled(false);
        });
}

void CompareCopyWindow::setVaultSource(std::function<QList<core::NamedVault>()> source)
{
    m_source = std::move(source);
    reloadVaults();
}

void CompareCopyWindow::reloadVaults()
{
    m_vaults = m_source ? m_source() : QList<core::NamedVault>();
    for (auto *combo : {m_from, m_to}) {
        const auto current = combo->currentText();
        combo->clear();
        for (int i = 0; i < m_vaults.size(); ++i)
            combo->addItem(m_vaults.at(i).name, i);
        combo->setCurrentIndex(std::max(0, combo->findText(current)));
    }
    if (m_to->count() > 1 && m_to->currentIndex() == m_from->currentIndex())
        m_to->setCurrentIndex(1);
}

std::optional<core::NamedVault> CompareCopyWindow::chosen(const QComboBox *combo) const
{
    const int index = combo->currentData().toInt();
    if (combo->currentIndex() < 0 || index < 0 || index >= m_vaults.size())
        return std::nullopt;
    return m_vaults.at(index);
}

ObjectCopy::OnConflict CompareCopyWindow::onConflict() const
{
    return CopyJournal::conflictChoice(m_onConflict);
}

void CompareCopyWindow::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    for (auto *button : {m_compare, m_dryRun})
        button->setEnabled(!busy);
    if (busy)
        m_copy->setEnabled(false);
    m_status->setText(message);
}

void CompareCopyWindow::compare()
{
    const auto from = chosen(m_from);
    const auto to = chosen(m_to);
    if (!from || !to || m_busy)
        return;
    setBusy(true, tr("Comparing %1 with %2…").arg(from->name, to->name));
    m_comparison->removeRows(0, m_comparison->rowCount());
    runCompare(*from, *to);
}

core::ObjectKind CompareCopyWindow::kind() const
{
    return core::ObjectKind(m_kind->currentData().toInt());
}

QCoro::Task<> CompareCopyWindow::runCompare(core::NamedVault from, core::NamedVault to)
{
    QPointer<CompareCopyWindow> self(this);
    auto task = core::compareVaults(from, to, kind());
    const auto comparison = co_await task;
    if (!self)
        co_return;
    if (!comparison) {
        setBusy(false,
                tr("The vaults could not be compared: %1").arg(comparison.error().shortMessage()));
        co_return;
    }
    showComparison(comparison.value());
    setBusy(false, tr("%1 only in %2, %3 only in %4, %5 different, %6 the same.")
                       .arg(comparison->onlyInFrom.size())
                       .arg(from.name)
                       .arg(comparison->onlyInTo.size())
                       .arg(to.name)
                       .arg(comparison->different.size())
                       .arg(comparison->same));
}

void CompareCopyWindow::showComparison(const core::VaultComparison &comparison)
{
    m_comparison->removeRows(0, m_comparison->rowCount());
    const auto add = [this](const QString &name, const QString &state, const QString &text,
                            const QStringList &fields) {
        QStringList words;
        for (const auto &field : fields)
            words << fieldText(field);
        QList<QStandardItem *> cells{new QStandardItem(name), new QStandardItem(text),
                                     new QStandardItem(words.join(QStringLiteral(", ")))};
        for (auto *cell : cells)
            cell->setBackground(stateBrush(state));
        m_comparison->appendRow(cells);
    };
    for (const auto &name : comparison.onlyInFrom)
        add(name, QStringLiteral("only"), tr("Only in the source"), {});
    for (const auto &name : comparison.onlyInTo)
        add(name, QStringLiteral("only"), tr("Only in the target"), {});
    for (const auto &difference : comparison.different)
        add(difference.name, QStringLiteral("different"), tr("Different"), difference.fields);
    m_comparisonView->sortByColumn(NameColumn, Qt::AscendingOrder);
}

QStringList CompareCopyWindow::chosenNames() const
{
    QStringList names;
    const auto rows = m_comparisonView->selectionModel()->selectedRows(NameColumn);
    for (const auto &row : rows)
        names << row.data().toString();
    return names;
}

void CompareCopyWindow::dryRun()
{
    const auto from = chosen(m_from);
    const auto to = chosen(m_to);
    if (!from || !to || m_busy)
        return;
    if (from->client.vaultUrl() == to->client.vaultUrl()) {
        m_status->setText(tr("Choose two different vaults."));
        return;
    }
    setBusy(true, tr("Working out what a copy would do…"));
    runPlan(*from, *to, chosenNames());
}

QCoro::Task<> CompareCopyWindow::runPlan(core::NamedVault from, core::NamedVault to,
                                         QStringList names)
{
    QPointer<CompareCopyWindow> self(this);
    const ObjectCopy copy(from, to, onConflict(), kind());
    auto task = copy.plan(names);
    const auto plan = co_await task;
    if (!self)
        co_return;
    if (!plan) {
        setBusy(false, tr("The copy could not be planned: %1").arg(plan.error().shortMessage()));
        co_return;
    }
    m_plan = plan.value();
    showPlan(*m_plan, false);
    const int writes = int(m_plan->created.size() + m_plan->newVersion.size());
    setBusy(false,
            m_plan->stopped
                ? tr("The target has some of these names: nothing would be written.")
                : tr("%n items would be written; nothing has been written yet.", nullptr, writes));
    m_copy->setEnabled(!m_plan->stopped && writes > 0);
}

void CompareCopyWindow::showPlan(const ObjectCopy::Report &report, bool written)
{
    m_planModel->removeRows(0, m_planModel->rowCount());
    for (const auto &line : CopyJournal::lines(report, written))
        m_planModel->appendRow({new QStandardItem(line.name), new QStandardItem(line.what)});
}

void CompareCopyWindow::copy()
{
    const auto from = chosen(m_from);
    const auto to = chosen(m_to);
    if (!from || !to || !m_plan || m_busy)
        return;
    const int writes = int(m_plan->created.size() + m_plan->newVersion.size());
    const auto question =
        kind() == core::ObjectKind::Secret
            ? tr("Write %n secrets from %1 to %2? Their values, content types, tags, dates and "
                 "enabled state are copied.",
                 nullptr, writes)
            : tr("Restore %n backups made in %1 into %2? Every version, tag and date is copied; "
                 "Key Vault refuses a vault of another subscription or geography.",
                 nullptr, writes);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Copy"),
                                question.arg(from->name, to->name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmCopy"));
    auto *confirm = box->addButton(tr("&Copy"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, from = *from, to = *to](QAbstractButton *button) {
                if (button != confirm)
                    return;
                setBusy(true, tr("Copying…"));
                runCopy(from, to);
            });
    box->open();
}

QCoro::Task<> CompareCopyWindow::runCopy(core::NamedVault from, core::NamedVault to)
{
    QPointer<CompareCopyWindow> self(this);
    const ObjectCopy copy(from, to, onConflict(), kind());
    const int total = int(m_plan->created.size() + m_plan->newVersion.size());
    int done = 0;
    auto task = copy.copy(*m_plan, [self, &done, total](const QString &) {
        ++done;
        if (self)
            self->m_status->setText(tr("Copying… %1 of %2 written.").arg(done).arg(total));
    });
    const auto report = co_await task;
    if (!self)
        co_return;
    m_plan.reset();
    showPlan(report, true);
    const int written = int(report.created.size() + report.newVersion.size());
    setBusy(false, report.error ? tr("The copy stopped after %n items: %1", nullptr, written)
                                      .arg(report.error->shortMessage())
                                : tr("%n items written.", nullptr, written));
}

} // namespace kluis::ui
