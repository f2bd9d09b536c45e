#include "vault/ListPaneBase.h"

#include "models/PagedListModel.h"
#include "vault/ListErrorPanel.h"
#include "vault/TextFilterProxy.h"
#include "widgets/AccessibleValueLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kluis::ui {

ListPaneBase::ListPaneBase(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_error(new ListErrorPanel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{}

ListPaneBase::~ListPaneBase() = default;

void ListPaneBase::setListModel(core::PagedListModel *model, TextFilterProxy *proxy, int nameRole,
                                const Texts &texts)
{
    m_model = model;
    connect(model, &core::PagedListModel::loadingChanged, this, &ListPaneBase::onLoadingChanged);
    connect(model, &core::PagedListModel::errorOccurred, this, &ListPaneBase::onError);
    m_proxy = proxy;
    m_nameRole = nameRole;
    m_settingsKey = texts.settingsKey;
    setObjectName(texts.objectName);
    m_proxy->setItemModel(m_model);

    m_filter->setPlaceholderText(texts.filterPlaceholder);
    m_filter->setAccessibleName(texts.filterAccessible);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TextFilterProxy::setFilterText);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(texts.accessible);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows are chosen, not cells: Tab moves on to the details rather than along the row.
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    auto *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->resizeSection(0, 260);
    header->resizeSection(1, 180);
    header->restoreState(QSettings().value(m_settingsKey).toByteArray());
    connect(header, &QHeaderView::sectionResized, this, &ListPaneBase::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &ListPaneBase::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ListPaneBase::saveHeader);
    // The selected row is the item. A mouse press makes the row current before it selects
    // it, a key selects before it moves the current row: listening to both and comparing with
    // the item shown last, every way of choosing a row reaches the details once.
    auto *selection = m_view->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this,
            &ListPaneBase::updateSelectedItem);
    connect(selection, &QItemSelectionModel::currentRowChanged, this,
            &ListPaneBase::updateSelectedItem);
    // Rows going (a reload, another vault, a filter) can take the selection with them.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListPaneBase::updateSelectedItem);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPaneBase::updateSelectedItem);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPaneBase::updateSelectedItem);
    // Details filled in later for the selected row change what the details panel shows.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = currentSourceIndex().row();
                if (row >= 0 && row >= topLeft.row() && row <= bottomRight.row())
                    Q_EMIT currentItemChanged();
            });
    connect(m_view, &QTableView::activated, this, &ListPaneBase::itemActivated);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_error);
    connect(m_error, &ListErrorPanel::retryRequested, this, &ListPaneBase::reload);

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(m_status->fontMetrics().height() + 4);
    m_progress->setAccessibleName(tr("Loading"));
    m_progress->setTextVisible(false);
    setAccessibleValueLabel(m_status, tr("List status"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    connect(m_cancel, &QPushButton::clicked, this, &ListPaneBase::cancelLoading);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty() && selectByName(m_pendingSelection))
            m_pendingSelection.clear();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPaneBase::updateStatus);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ListPaneBase::rememberViewState);
    // Rows sorted in above the ones being read do not push them away (after the view's own
    // handling, which was connected first).
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, &ListPaneBase::holdTopRow);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ListPaneBase::holdTopRow);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListPaneBase::keepTopRow);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListPaneBase::keepTopRow);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPaneBase::updateStatus);
    connect(m_filter, &QLineEdit::textChanged, this, &ListPaneBase::updateStatus);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    layout->addLayout(statusRow);
    updateStatus();
}

void ListPaneBase::onLoadingChanged(bool loading)
{
    Q_EMIT loadingChanged(loading);
    if (!loading)
        QTimer::singleShot(0, this, &ListPaneBase::continueLoading);
    updateStatus();
}

void ListPaneBase::onError(const core::AzureError &error)
{
    m_error->setError(error);
    showError(true);
    updateStatus();
}

void ListPaneBase::showError(bool show)
{
    const bool was = isShowingError();
    m_stack->setCurrentWidget(show ? static_cast<QWidget *>(m_error) : m_view);
    if (was != show)
        Q_EMIT showingErrorChanged(show);
}

void ListPaneBase::saveHeader() const
{
    QSettings().setValue(m_settingsKey, m_view->horizontalHeader()->saveState());
}

void ListPaneBase::sourceChanged(bool hasClient, const QString &listingKey)
{
    m_hasClient = hasClient;
    m_listingKey = listingKey;
    m_cancelled = false;
    showError(false);
    restoreViewState();
    if (hasClient)
        continueLoading();
    updateStatus();
}

void ListPaneBase::holdTopRow()
{
    // At the very top the list stays at the top: new first rows are seen.
    if (m_topRow.isValid() || m_view->verticalScrollBar()->value() == 0)
        return;
    m_topRow = m_view->indexAt(QPoint(0, 0));
}

void ListPaneBase::keepTopRow()
{
    if (!m_topRow.isValid())
        return;
    const QModelIndex top = m_topRow;
    m_topRow = QPersistentModelIndex();
    m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
}

void ListPaneBase::rememberViewState()
{
    if (m_listingKey.isEmpty() || m_proxy->rowCount() == 0)
        return;
    // A bound, in case of a very long session: the states are only a convenience.
    if (m_viewStates.size() > 64)
        m_viewStates.clear();
    const auto current = m_view->currentIndex();
    const auto top = m_view->indexAt(QPoint(0, 0));
    m_viewStates.insert(m_listingKey,
                        {current.isValid() ? current.data(m_nameRole).toString() : QString(),
                         top.isValid() ? top.data(m_nameRole).toString() : QString()});
}

void ListPaneBase::restoreViewState()
{
    const auto state = m_viewStates.constFind(m_listingKey);
    if (state == m_viewStates.cend() || m_proxy->rowCount() == 0)
        return;
    if (const auto top = proxyIndexOf(state->top); top.isValid())
        m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
    if (const auto current = proxyIndexOf(state->current); current.isValid())
        m_view->setCurrentIndex(current);
}

QModelIndex ListPaneBase::proxyIndexOf(const QString &name) const
{
    if (name.isEmpty())
        return {};
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const auto index = m_proxy->index(row, 0);
        if (index.data(m_nameRole).toString() == name)
            return index;
    }
    return {};
}

void ListPaneBase::reload()
{
    m_cancelled = false;
    showError(false);
    m_model->reload();
    continueLoading();
}

void ListPaneBase::cancelLoading()
{
    // The page on its way still arrives; no further page is asked for.
    m_cancelled = true;
    updateStatus();
}

void ListPaneBase::continueLoading()
{
    if (!m_cancelled && m_model->canFetchMore())
        m_model->fetchMore();
    updateStatus();
}

bool ListPaneBase::isLoading() const
{
    return m_model->isLoading();
}

bool ListPaneBase::isComplete() const
{
    return m_model->isComplete();
}

bool ListPaneBase::isShowingError() const
{
    return m_stack->currentWidget() == m_error;
}

void ListPaneBase::updateStatus()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool busy = m_model->isLoading() && !m_cancelled;
    const bool failed = m_model->lastError().has_value();
    QString text;
    if (!m_hasClient)
        text = QString();
    else if (failed)
        text = tr("Loading failed.");
    else if (busy)
        text = tr("Loading… %n item(s) so far", nullptr, loaded);
    else if (m_cancelled && !m_model->isComplete())
        text = tr("Stopped after %n item(s).", nullptr, loaded);
    else
        text = tr("%n item(s)", nullptr, loaded);
    if (!m_proxy->filterText().isEmpty() && m_hasClient && !failed)
        text += QLatin1Char(' ') + tr("(%n shown)", nullptr, shown);
    m_status->setText(text);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

QModelIndex ListPaneBase::currentSourceIndex() const
{
    // One row at most is selected (SingleSelection, SelectRows).
    const auto selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    return m_proxy->mapToItemModel(selected.constFirst());
}

void ListPaneBase::updateSelectedItem()
{
    const QPersistentModelIndex selected(currentSourceIndex());
    if (selected == m_shownItem)
        return;
    m_shownItem = selected;
    Q_EMIT currentItemChanged();
}

void ListPaneBase::setExpiryWarningDays(int days)
{
    m_proxy->setExpiryWarningDays(days);
}

void ListPaneBase::selectWhenListed(const QString &name)
{
    if (!selectByName(name))
        m_pendingSelection = name;
}

bool ListPaneBase::selectByName(const QString &name)
{
    const auto index = proxyIndexOf(name);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QStringList ListPaneBase::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        names.append(m_proxy->index(row, 0).data(m_nameRole).toString());
    return names;
}

} // namespace kluis::ui
