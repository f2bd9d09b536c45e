#pragma once

#include "clients/KeyVaultClient.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace kluis::core {
class SecretListModel;
}

namespace kluis::ui {

class ListErrorPanel;
class SecretFilterProxy;

// One tab of a vault: the secrets (or the deleted secrets) in a sortable, filterable table.
// Pages keep arriving until the list is complete or the user cancels; a failed listing shows
// ListErrorPanel in place of the table.
class SecretListPane : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Secrets,
        Deleted,
    };

    SecretListPane(Kind kind, QWidget *parent = nullptr);
    ~SecretListPane() override;

    Kind kind() const { return m_kind; }
    // Drops what was shown (and any answer still on its way) and starts loading this vault.
    void setClient(std::optional<core::KeyVaultClient> client);
    void reload();
    void cancelLoading();
    bool isLoading() const;
    bool isComplete() const;

    std::optional<core::SecretItem> currentItem() const;
    bool selectByName(const QString &name);
    // Selects the item with this name as soon as it is listed (after a reload, say).
    void selectWhenListed(const QString &name);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    core::SecretListModel *model() const { return m_model; }
    SecretFilterProxy *proxy() const { return m_proxy; }
    ListErrorPanel *errorPanel() const { return m_error; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool isShowingError() const;

Q_SIGNALS:
    void currentItemChanged();
    void itemActivated();
    void loadingChanged(bool loading);

private:
    void continueLoading();
    void updateStatus();
    void saveHeader() const;
    QString settingsKey() const;

    Kind m_kind;
    core::SecretListModel *m_model;
    SecretFilterProxy *m_proxy;
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
