#pragma once

#include "common/AzureError.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace kluis::core {
class PagedListModel;
}

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

    // Items expiring within this many days are marked (ExpiryMark).
    void setExpiryWarningDays(int days);

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
    // The failure panel (or its diagnosis) took the table's place, or gave it back.
    void showingErrorChanged(bool showing);

protected:
    explicit ListPaneBase(QWidget *parent);

    // Called once by the subclass's constructor with its model (any list of vault objects).
    void setListModel(core::PagedListModel *model, TextFilterProxy *proxy, int nameRole,
                      const Texts &texts);
    // After the subclass pointed its model at a vault (or at nothing); `listingKey` names the
    // vault's listing (KeyVaultClient::listingKey). Coming back to a listing the model still
    // remembers, the row that was current and the one at the top are shown again.
    void sourceChanged(bool hasClient, const QString &listingKey);
    // The selected row in the model (not the proxy); invalid when nothing is selected.
    QModelIndex currentSourceIndex() const;
    void continueLoading();

private:
    void onLoadingChanged(bool loading);
    void onError(const core::AzureError &error);
    void showError(bool show);
    void updateStatus();
    void updateSelectedItem();
    void saveHeader() const;
    void holdTopRow();
    void keepTopRow();
    void rememberViewState();
    void restoreViewState();
    QModelIndex proxyIndexOf(const QString &name) const;

    core::PagedListModel *m_model = nullptr;
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
    QPersistentModelIndex m_shownItem; // the item currentItemChanged() last reported
    QPersistentModelIndex m_topRow;    // held while rows come and go above it
    bool m_cancelled = false;
    bool m_hasClient = false;
    // Where the user was in each listing of this session (names: rows move when re-sorted).
    struct ViewState
    {
        QString current;
        QString top;
    };
    QHash<QString, ViewState> m_viewStates;
    QString m_listingKey;
};

} // namespace kluis::ui
