#include "vault/DetailsPrefetcher.h"

#include "models/PagedListModel.h"
#include "vault/TextFilterProxy.h"

#include <QEvent>
#include <QScrollBar>
#include <QTableView>

namespace kluis::ui {

DetailsPrefetcher::DetailsPrefetcher(QTableView *view, TextFilterProxy *proxy,
                                     core::PagedListModel *model, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_proxy(proxy)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(40);
    connect(&m_timer, &QTimer::timeout, this, &DetailsPrefetcher::requestVisible);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &DetailsPrefetcher::schedule);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DetailsPrefetcher::schedule);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DetailsPrefetcher::schedule);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DetailsPrefetcher::schedule);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DetailsPrefetcher::schedule);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DetailsPrefetcher::schedule);
    m_view->viewport()->installEventFilter(this);
}

bool DetailsPrefetcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() &&
        (event->type() == QEvent::Show || event->type() == QEvent::Resize))
        schedule();
    return QObject::eventFilter(watched, event);
}

void DetailsPrefetcher::schedule()
{
    // Not restarted: rows keep arriving while a long list loads.
    if (!m_timer.isActive())
        m_timer.start();
}

QList<int> DetailsPrefetcher::visibleRows() const
{
    QList<int> rows;
    const int count = m_proxy->rowCount();
    if (count == 0)
        return rows;
    int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = count - 1;
    const int current = m_view->currentIndex().row();
    if (current >= 0 && (current < first || current > last))
        rows.append(m_proxy->mapToItemModel(m_proxy->index(current, 0)).row());
    for (int row = first; row <= last; ++row)
        rows.append(m_proxy->mapToItemModel(m_proxy->index(row, 0)).row());
    return rows;
}

void DetailsPrefetcher::requestVisible()
{
    if (!m_view->isVisible())
        return;
    m_model->requestDetails(visibleRows());
}

} // namespace kluis::ui
