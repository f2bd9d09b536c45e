#pragma once

#include "common/AzureError.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace kluis::ui {

class ListErrorPanel;
class TextFilterProxy;

// What every list tab of a vault shares: a filter box, a sortable table fed page by page until
// the list is complete or the user cancels, the status line with progress and Cancel, and
// ListErrorPanel in place of the table when the listing fails. Subclasses give the model.
class ListPaneBase : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString objectName;
        QString settingsKey; // where the column layout is kept
        QString accessible;  // the table's accessible name
        QString filterAccessible;
        QString filterPlaceholder;
    };

    ~ListPaneBase() override;

    void reload();
    void cancelLoading();
    bool isLoading() const;
    bool isComplete() const;
    bool isShowingError() const;

    bool selectByName(const QString &name);
    // Selects the item with this name as soon as it is listed (after a reload, say).
    void selectWhenListed(const QString &name);
    QStringList shownNames() const;

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    ListErrorPanel *errorPanel() const { return m_error; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void currentItemChanged();
    void itemActivated();
    void loadingChanged(bool loading);

protected:
    explicit ListPaneBase(QWidget *parent);

    // M has the paging interface of core::SecretListModel and core::PagedListModel.
    template<typename M>
    void setListModel(M *model, TextFilterProxy *proxy, int nameRole, const Texts &texts)
    {
        m_hooks = Hooks{
            [model] { return model->isLoading(); },
            [model] { return model->isComplete(); },
            [model] { return model->lastError().has_value(); },
            [model] { return model->canFetchMore(); },
            [model] { model->fetchMore(); },
            [model] { model->reload(); },
        };
        connect(model, &M::loadingChanged, this, &ListPaneBase::onLoadingChanged);
        connect(model, &M::errorOccurred, this, &ListPaneBase::onError);
        build(model, proxy, nameRole, texts);
    }
    // After the subclass pointed its model at a vault (or at nothing).
    void sourceChanged(bool hasClient);
    // The current row in the model (not the proxy); invalid when nothing is selected.
    QModelIndex currentSourceIndex() const;
    void continueLoading();

private:
    struct Hooks
    {
        std::function<bool()> loading;
        std::function<bool()> complete;
        std::function<bool()> failed;
        std::function<bool()> canFetchMore;
        std::function<void()> fetchMore;
        std::function<void()> reload;
    };

    void build(QAbstractItemModel *model, TextFilterProxy *proxy, int nameRole, const Texts &texts);
    void onLoadingChanged(bool loading);
    void onError(const core::AzureError &error);
    void updateStatus();
    void saveHeader() const;

    Hooks m_hooks;
    QAbstractItemModel *m_model = nullptr;
    TextFilterProxy *m_proxy = nullptr;
    int m_nameRole = Qt::DisplayRole;
    QString m_settingsKey;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QTableView *m_view;
    ListErrorPanel *m_error;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QString m_pendingSelection;
    bool m_cancelled = false;
    bool m_hasClient = false;
};

} // namespace kluis::ui
