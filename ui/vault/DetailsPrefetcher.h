#pragma once

#include <QObject>
#include <QTimer>

class QTableView;

namespace kluis::core {
class PagedListModel;
}

namespace kluis::ui {

class TextFilterProxy;

// Tells a list model which of its rows are on screen, so that it asks for what list items lack
// (PagedListModel::requestDetails) for those rows only: after scrolling, resizing, sorting,
// filtering, as pages arrive and when the list is shown. Never while the list is hidden.
class DetailsPrefetcher : public QObject
{
    Q_OBJECT

public:
    DetailsPrefetcher(QTableView *view, TextFilterProxy *proxy, core::PagedListModel *model,
                      QObject *parent = nullptr);

    // The model rows (not the proxy's) on screen now, the current one included.
    QList<int> visibleRows() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void requestVisible();

    QTableView *m_view;
    TextFilterProxy *m_proxy;
    core::PagedListModel *m_model;
    QTimer m_timer; // gathers a burst of scrolling or inserted pages into one request
};

} // namespace kluis::ui
