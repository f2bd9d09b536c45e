#pragma once

#include "crossvault/ExpiryReport.h"
#include "crossvault/VaultInventory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace kluis::core {
class CrossVaultReader;
}

namespace kluis::ui {

// The expiry and hygiene report across every vault the window reaches: expired, expiring within
// N days, without expiry, disabled, not updated for N days, keys without a rotation policy,
// certificates not renewed automatically. Sortable, filterable, exported as
// CSV, JSON or Markdown (the same table kluisctl report expiry prints).
class ExpiryReportWindow : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        VaultColumn,
        KindColumn,
        NameColumn,
        FindingColumn,
        ExpiresColumn,
        VersionColumn,
        ColumnCount
    };

    explicit ExpiryReportWindow(QWidget *parent = nullptr);

    void setVaultSource(std::function<QList<core::NamedVault>()> source);
    void run();
    bool isRunning() const;
    // The report as it stands, for export.
    core::ReportTable table() const;
    // Writes the report to `path` as csv, json or markdown; false with `error` on failure.
    bool exportTo(const QString &path, const QString &format, QString *error) const;

    QSpinBox *withinDays() const { return m_within; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *status() const { return m_status; }

    static QString findingText(core::ExpiryReport::Finding finding);

private:
    void addFindings(const QList<core::ObjectSummary> &page);
    void addRow(const core::ExpiryReport::Row &row);
    // The next key's rotation policy or certificate's policy of the queue, read while the
    // report runs: a few at a time, so that a vault of thousands of keys does not queue
    // thousands of requests at once.
    QCoro::Task<> readPolicy();
    QCoro::Task<> fillVersion(int row, core::KeyVaultClient client, core::ObjectSummary object);
    void chooseExportFile(const QString &format);
    void updateStatus();

    std::function<QList<core::NamedVault>()> m_source;
    QHash<QString, core::KeyVaultClient> m_clients; // by vault name, for the run
    core::CrossVaultReader *m_reader;
    QList<core::ExpiryReport::Row> m_rows; // the model's rows, in the order added
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QSpinBox *m_within;
    QSpinBox *m_stale;
    QPushButton *m_run;
    QPushButton *m_export;
    QLineEdit *m_filter;
    QLabel *m_status;
    QTableView *m_view;
    QTreeWidget *m_refused;
    quint64 m_generation = 0;
    static constexpr int PolicyReadsAtOnce = 8;
    int m_policyReads = 0; // of this generation, still running
    QList<std::pair<core::KeyVaultClient, core::ObjectSummary>> m_policyQueue;
};

} // namespace kluis::ui
