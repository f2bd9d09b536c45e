#pragma once

#include "crossvault/ObjectCopy.h"
#include "crossvault/VaultComparison.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace kluis::ui {

// Two vaults side by side (any accounts, any clouds): the secrets (keys, certificates) only in
// one, those whose value (secrets: by a SHA-256 made here and dropped) or attributes differ,
// the same; then copying the chosen ones from one to the other (keys and certificates by
// backup and restore), with a dry run first, a choice for names the target has, a
// confirmation, and a journal of what was written.
class CompareCopyWindow : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        FieldsColumn,
        ColumnCount
    };

    explicit CompareCopyWindow(QWidget *parent = nullptr);

    void setVaultSource(std::function<QList<core::NamedVault>()> source);
    // Fills the vault choices again from the source.
    void reloadVaults();
    void compare();
    // The plan for the secrets chosen in the comparison (every secret when none is chosen).
    void dryRun();
    // Asks, then copies what the dry run planned.
    void copy();

    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    QComboBox *onConflictCombo() const { return m_onConflict; }
    QComboBox *kindCombo() const { return m_kind; }
    QTableView *comparisonView() const { return m_comparisonView; }
    QTableView *planView() const { return m_planView; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *status() const { return m_status; }
    bool isBusy() const { return m_busy; }

private:
    std::optional<core::NamedVault> chosen(const QComboBox *combo) const;
    core::ObjectCopy::OnConflict onConflict() const;
    core::ObjectKind kind() const;
    QStringList chosenNames() const;
    void showComparison(const core::VaultComparison &comparison);
    void showPlan(const core::ObjectCopy::Report &report, bool written);
    void setBusy(bool busy, const QString &message);
    QCoro::Task<> runCompare(core::NamedVault from, core::NamedVault to);
    QCoro::Task<> runPlan(core::NamedVault from, core::NamedVault to, QStringList names);
    QCoro::Task<> runCopy(core::NamedVault from, core::NamedVault to);

    std::function<QList<core::NamedVault>()> m_source;
    QList<core::NamedVault> m_vaults;
    std::optional<core::ObjectCopy::Report> m_plan;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_onConflict;
    QComboBox *m_kind;
    QPushButton *m_compare;
    QPushButton *m_dryRun;
    QPushButton *m_copy;
    QLineEdit *m_filter;
    QLabel *m_status;
    QStandardItemModel *m_comparison;
    QSortFilterProxyModel *m_filtered;
    QTableView *m_comparisonView;
    QStandardItemModel *m_planModel;
    QTableView *m_planView;
    bool m_busy = false;
};

} // namespace kluis::ui
