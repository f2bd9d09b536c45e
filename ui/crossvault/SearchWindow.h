#pragma once

#include "crossvault/VaultInventory.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace kluis::core {
class CrossVaultReader;
}

namespace kluis::ui {

class SearchResultModel;

// Search everywhere: names, content types and tags (never values) of the secrets, keys and
// certificates of every vault the window reaches. Results stream in as vaults answer; a vault
// that refuses is listed below with the reason, and opening it shows its diagnosis.
class SearchWindow : public QDialog
{
    Q_OBJECT

public:
    explicit SearchWindow(QWidget *parent = nullptr);

    // The vaults the next search goes through (asked again at every search).
    void setVaultSource(std::function<QList<core::NamedVault>()> source);
    void search(const QString &text);
    void stop();

    QLineEdit *textEdit() const { return m_text; }
    QTableView *results() const { return m_results; }
    QTreeWidget *refused() const { return m_refused; }
    QLabel *status() const { return m_status; }
    bool isSearching() const;

Q_SIGNALS:
    // Show this object (an empty name: just the vault) in the main window.
    void openRequested(const QUrl &vaultUrl, kluis::core::ObjectKind kind, const QString &name);

private:
    void openCurrent();
    void updateStatus();

    std::function<QList<core::NamedVault>()> m_source;
    QHash<QString, QUrl> m_vaultUrls; // by name, for the search running
    core::CrossVaultReader *m_search;
    SearchResultModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLineEdit *m_text;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    QTableView *m_results;
    QTreeWidget *m_refused;
    int m_vaults = 0;
    int m_answered = 0;
};

} // namespace kluis::ui
