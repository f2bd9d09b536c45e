#include "MainWindow.h"

#include "models/VaultReferenceModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace kluis::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_vaults(new core::VaultReferenceModel(this))
    , m_vaultView(new QTableView(this))
{
    setWindowTitle(tr("Kluis"));
    m_vaultView->setModel(m_vaults);
    m_vaultView->setAccessibleName(tr("Vaults"));
    m_vaultView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vaultView->setSortingEnabled(false);
    m_vaultView->horizontalHeader()->setStretchLastSection(true);
    m_vaultView->verticalHeader()->hide();
    setCentralWidget(m_vaultView);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    statusBar()->showMessage(tr("Not connected"));
    restoreWindowState();
}

void MainWindow::setCloudProfile(const core::CloudProfile &profile)
{
    m_vaults->setVaults(profile.vaults);
    m_vaultView->resizeColumnsToContents();
    statusBar()->showMessage(tr("Cloud: %1 — %n vault(s)", nullptr, int(profile.vaults.size()))
                                 .arg(profile.displayName));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace kluis::ui
