#include "crossvault/SearchWindow.h"

#include "crossvault/CrossVaultReader.h"
#include "crossvault/SearchResultModel.h"
#include "widgets/RememberedGeometry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kluis::ui {

SearchWindow::SearchWindow(QWidget *parent)
    : QDialog(parent)
    , m_search(new core::CrossVaultReader(this))
    , m_model(new SearchResultModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_text(new QLineEdit(this))
    , m_start(new QPushButton(tr("&Search"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_status(new QLabel(this))
    , m_results(new QTableView(this))
    , m_refused(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("searchEverywhere"));
    setWindowTitle(tr("Search everywhere"));
    setWindowFlag(Qt::Window);
    resize(860, 520);
    new RememberedGeometry(this, QStringLiteral("searchEverywhere"));

    m_text->setPlaceholderText(tr("Name, content type or tag (values are never searched)"));
    m_text->setAccessibleName(tr("Search text"));
    m_text->setClearButtonEnabled(true);
    m_start->setDefault(true);
    m_stop->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(m_start);
    row->addWidget(m_stop);

    m_status->setAccessibleName(tr("Search status"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_results->setModel(m_sorted);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setSortingEnabled(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnWidth(SearchResultModel::NameColumn, 240);

    m_refused->setAccessibleName(tr("Vaults that refused"));
    m_refused->setHeaderLabels({tr("Vault"), tr("Why it could not be searched")});
    m_refused->setRootIsDecorated(false);
    m_refused->setMaximumHeight(110);
    m_refused->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("&Open in vault"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openInVault"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(open, &QPushButton::clicked, this, &SearchWindow::openCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_refused);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, [this] { search(m_text->text()); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] { search(m_text->text()); });
    connect(m_stop, &QPushButton::clicked, this, &SearchWindow::stop);
    connect(m_results, &QAbstractItemView::activated, this, &SearchWindow::openCurrent);
    connect(m_refused, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(m_vaultUrls.value(item->text(0)), core::ObjectKind::Secret, {});
    });
    connect(m_search, &core::CrossVaultReader::found, m_model, &SearchResultModel::append);
    connect(m_search, &core::CrossVaultReader::found, this, &SearchWindow::updateStatus);
    connect(m_search, &core::CrossVaultReader::vaultDone, this, [this] {
        ++m_answered;
        updateStatus();
    });
    connect(m_search, &core::CrossVaultReader::vaultFailed, this,
            [this](const QString &vault, const core::AzureError &error) {
                ++m_answered;
                auto *item = new QTreeWidgetItem(m_refused, {vault, error.shortMessage()});
                item->setToolTip(1, error.shortMessage());
                m_refused->show();
                updateStatus();
            });
    connect(m_search, &core::CrossVaultReader::finished, this, [this] {
        m_start->setEnabled(true);
        m_stop->setEnabled(false);
        updateStatus();
    });
}

void SearchWindow::setVaultSource(std::function<QList<core::NamedVault>()> source)
{
    m_source = std::move(source);
}

bool SearchWindow::isSearching() const
{
    return m_search->isRunning();
}

void SearchWindow::search(const QString &text)
{
    m_text->setText(text);
    const auto trimmed = text.trimmed();
    if (trimmed.isEmpty() || !m_source)
        return;
    m_model->clear();
    m_refused->clear();
    m_refused->hide();
    const auto vaults = m_source();
    m_vaultUrls.clear();
    for (const auto &vault : vaults)
        m_vaultUrls.insert(vault.name, vault.client.vaultUrl());
    m_vaults = int(vaults.size());
    m_answered = 0;
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_search->start(vaults, core::CrossVaultReader::matching(trimmed));
    updateStatus();
}

void SearchWindow::stop()
{
    m_search->cancel();
    m_start->setEnabled(true);
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopped: %n found in %1 of %2 vaults.", nullptr, m_model->rowCount())
                          .arg(m_answered)
                          .arg(m_vaults));
}

void SearchWindow::updateStatus()
{
    const int found = m_model->rowCount();
    const int refused = m_refused->topLevelItemCount();
    if (m_search->isRunning()) {
        m_status->setText(tr("Searching… %1 of %2 vaults answered; %n found.", nullptr, found)
                              .arg(m_answered)
                              .arg(m_vaults));
        return;
    }
    QString text = tr("%n found in %1 vaults.", nullptr, found).arg(m_vaults);
    if (refused > 0)
        text += QLatin1Char(' ') + tr("%n vaults refused; open one to see why.", nullptr, refused);
    m_status->setText(text);
}

void SearchWindow::openCurrent()
{
    const auto current = m_sorted->mapToSource(m_results->currentIndex());
    if (!current.isValid())
        return;
    const auto &summary = m_model->summary(current.row());
    Q_EMIT openRequested(m_vaultUrls.value(summary.vault), summary.kind, summary.name);
}

} // namespace kluis::ui
