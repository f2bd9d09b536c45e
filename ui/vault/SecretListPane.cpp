#include "vault/SecretListPane.h"

#include "models/SecretListModel.h"
#include "vault/ListErrorPanel.h"
#include "vault/SecretFilterProxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kluis::ui {

using core::SecretListModel;

SecretListPane::SecretListPane(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new SecretListModel(this))
    , m_proxy(new SecretFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_error(new ListErrorPanel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    const bool deleted = kind == Kind::Deleted;
    setObjectName(deleted ? QStringLiteral("deletedPane") : QStringLiteral("secretsPane"));
    m_proxy->setSourceModel(m_model);

    m_filter->setPlaceholderText(tr("Filter by name, content type or tag"));
    m_filter->setAccessibleName(deleted ? tr("Filter deleted secrets") : tr("Filter secrets"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SecretFilterProxy::setFilterText);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(deleted ? tr("Deleted secrets") : tr("Secrets"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SecretListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    auto *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->resizeSection(SecretListModel::NameColumn, 260);
    header->resizeSection(SecretListModel::ContentTypeColumn, 180);
    header->resizeSection(SecretListModel::EnabledColumn, 90);
    header->resizeSection(SecretListModel::ExpiresColumn, 150);
    header->restoreState(QSettings().value(settingsKey()).toByteArray());
    connect(header, &QHeaderView::sectionResized, this, &SecretListPane::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &SecretListPane::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &SecretListPane::saveHeader);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SecretListPane::currentItemChanged);
    connect(m_view, &QTableView::activated, this, &SecretListPane::itemActivated);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_error);
    connect(m_error, &ListErrorPanel::retryRequested, this, &SecretListPane::reload);

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(m_status->fontMetrics().height() + 4);
    m_progress->setAccessibleName(tr("Loading"));
    m_progress->setTextVisible(false);
    m_status->setAccessibleName(tr("List status"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    connect(m_cancel, &QPushButton::clicked, this, &SecretListPane::cancelLoading);

    connect(m_model, &SecretListModel::loadingChanged, this, [this](bool loading) {
        Q_EMIT loadingChanged(loading);
        if (!loading)
            QTimer::singleShot(0, this, &SecretListPane::continueLoading);
        updateStatus();
    });
    connect(m_model, &SecretListModel::errorOccurred, this, [this](const core::AzureError &error) {
        m_error->setError(error);
        m_stack->setCurrentWidget(m_error);
        updateStatus();
    });
    connect(m_model, &SecretListModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty() && selectByName(m_pendingSelection))
            m_pendingSelection.clear();
        updateStatus();
    });
    connect(m_model, &SecretListModel::modelReset, this, &SecretListPane::updateStatus);
    connect(m_proxy, &SecretFilterProxy::layoutChanged, this, &SecretListPane::updateStatus);
    connect(m_filter, &QLineEdit::textChanged, this, &SecretListPane::updateStatus);

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

SecretListPane::~SecretListPane() = default;

QString SecretListPane::settingsKey() const
{
    return m_kind == Kind::Deleted ? QStringLiteral("window/deletedHeader")
                                   : QStringLiteral("window/secretsHeader");
}

void SecretListPane::saveHeader() const
{
    QSettings().setValue(settingsKey(), m_view->horizontalHeader()->saveState());
}

void SecretListPane::setClient(std::optional<core::KeyVaultClient> client)
{
    m_hasClient = client.has_value();
    m_cancelled = false;
    m_stack->setCurrentWidget(m_view);
    if (!client) {
        m_model->setSource({});
        updateStatus();
        return;
    }
    m_model->setSource(m_kind == Kind::Deleted ? SecretListModel::deletedSecrets(*client)
                                               : SecretListModel::secrets(*client));
    continueLoading();
}

void SecretListPane::reload()
{
    m_cancelled = false;
    m_stack->setCurrentWidget(m_view);
    m_model->reload();
    continueLoading();
}

void SecretListPane::cancelLoading()
{
    // The page on its way still arrives; no further page is asked for.
    m_cancelled = true;
    updateStatus();
}

void SecretListPane::continueLoading()
{
    if (!m_cancelled && m_model->canFetchMore())
        m_model->fetchMore();
    updateStatus();
}

bool SecretListPane::isLoading() const
{
    return m_model->isLoading();
}

bool SecretListPane::isComplete() const
{
    return m_model->isComplete();
}

bool SecretListPane::isShowingError() const
{
    return m_stack->currentWidget() == m_error;
}

void SecretListPane::updateStatus()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool busy = m_model->isLoading() && !m_cancelled;
    QString text;
    if (!m_hasClient)
        text = QString();
    else if (m_model->lastError())
        text = tr("Loading failed.");
    else if (busy)
        text = tr("Loading… %n item(s) so far", nullptr, loaded);
    else if (m_cancelled && !m_model->isComplete())
        text = tr("Stopped after %n item(s).", nullptr, loaded);
    else
        text = tr("%n item(s)", nullptr, loaded);
    if (!m_proxy->filterText().isEmpty() && m_hasClient && !m_model->lastError())
        text += QLatin1Char(' ') + tr("(%n shown)", nullptr, shown);
    m_status->setText(text);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

std::optional<core::SecretItem> SecretListPane::currentItem() const
{
    const auto index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), {}))
        return std::nullopt;
    return m_model->item(m_proxy->mapToSource(index));
}

void SecretListPane::selectWhenListed(const QString &name)
{
    if (!selectByName(name))
        m_pendingSelection = name;
}

bool SecretListPane::selectByName(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const auto index = m_proxy->index(row, SecretListModel::NameColumn);
        if (index.data(SecretListModel::NameRole).toString() == name) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace kluis::ui
