#pragma once

#include "cloud/CloudProfile.h"

#include <QMainWindow>

class QTableView;

namespace kluis::core {
class VaultReferenceModel;
}

namespace kluis::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setCloudProfile(const core::CloudProfile &profile);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreWindowState();

    core::VaultReferenceModel *m_vaults;
    QTableView *m_vaultView;
};

} // namespace kluis::ui
