#pragma once

#include "crossvault/SecretImport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kluis::ui {

// "Import secrets…" into one vault from a .env or JSON file: the file is read and planned at
// once (what will be created, what gets a new version, what is skipped and why, with the
// file's own key beside each name), the conflict choice plans again, and Import asks before
// writing and then shows the journal. The values are held only while the dialog needs them.
class SecretImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SourceColumn,
        ActionColumn,
        ColumnCount
    };

    SecretImportDialog(core::NamedVault target, QWidget *parent = nullptr);
    ~SecretImportDialog() override;

    // Reads and plans `path` (what choosing it in the file dialog does).
    void loadFile(const QString &path);
    // Asks, then writes what the plan says.
    void import();

    QComboBox *onConflictCombo() const { return m_onConflict; }
    QTableView *planView() const { return m_view; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *chooseButton() const { return m_choose; }
    QLabel *status() const { return m_status; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Secrets were written: the vault's list is worth reloading.
    void secretsWritten();

private:
    void chooseFile();
    void replan();
    void showReport(const core::ObjectCopy::Report &report, bool written);
    void setBusy(bool busy, const QString &message);
    void forgetValues();
    core::ObjectCopy::OnConflict onConflict() const;
    QCoro::Task<> runPlan();
    QCoro::Task<> runImport();

    core::NamedVault m_target;
    QList<core::ImportedSecret> m_entries;
    std::optional<core::ObjectCopy::Report> m_plan;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QComboBox *m_onConflict;
    QLabel *m_status;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_import;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace kluis::ui
