#pragma once

#include "clients/ObjectKind.h"
#include "cloud/CloudProfile.h"
#include "crossvault/VaultInventory.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QTimer;

namespace kluis::ui {

class ClipboardGuard;
class Command;
class ExpiryNotice;
class ContextToolBar;
class ConnectionSession;
class ObjectActionController;
class DiagnosticsController;
class SecretActionController;
class SearchWindow;
class ExpiryReportWindow;
class AccessWindow;
class CompareCopyWindow;
class RbacReadinessWindow;
class VaultNavigator;
class VaultPane;

// Wires the parts together: the navigator, the vault pane, the actions (owned by the
// controller and the commands) and the status bar. It holds no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setCloudProfile(const core::CloudProfile &profile);
    bool attachCloudFile(const QString &path, QString *error);

    ConnectionSession *session() const { return m_session; }
    VaultNavigator *navigator() const { return m_navigator; }
    VaultPane *vaultPane() const { return m_vaultPane; }
    SecretActionController *secretActions() const { return m_secretActions; }
    ObjectActionController *objectActions() const { return m_objectActions; }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    DiagnosticsController *diagnostics() const { return m_diagnostics; }
    QAction *attachEmulatorAction() const { return m_attachEmulator; }
    QAction *attachVaultAction() const { return m_attachVault; }
    QAction *settingsAction() const { return m_settings; }
    QAction *signInAction() const { return m_signIn; }
    QAction *accountsAction() const { return m_accounts; }
    QAction *favouriteAction() const { return m_favourite; }
    QAction *findAction() const { return m_find; }
    QAction *searchEverywhereAction() const { return m_searchEverywhere; }
    // The Search everywhere window (made on first use).
    SearchWindow *searchWindow();
    QAction *expiryReportAction() const { return m_expiryReport; }
    ExpiryReportWindow *expiryReportWindow();
    QAction *compareCopyAction() const { return m_compareCopy; }
    QAction *exportMetadataAction() const { return m_exportMetadata; }
    QAction *importSecretsAction() const { return m_importSecrets; }
    // The bar that warns of expiring items in favourite vaults.
    ExpiryNotice *expiryNotice() const { return m_expiryNotice; }
    CompareCopyWindow *compareCopyWindow();
    QAction *vaultAccessAction() const { return m_vaultAccess; }
    QAction *rbacReadinessAction() const { return m_rbacReadiness; }
    // Who may do what in the shown vault (made on first use).
    AccessWindow *accessWindow();
    RbacReadinessWindow *rbacReadinessWindow();
    // The access window for the shown vault with the grant of `roleName` offered, as a refused
    // request suggests (or, without the right to assign roles, who could do it).
    void offerAccess(const QString &roleName);
    // Shows a vault and, when named, the object in its tab (as a search result opens it).
    void openObject(const QUrl &vaultUrl, core::ObjectKind kind, const QString &name);
    // Shows the actions of the tab in view.
    ContextToolBar *toolbar() const { return m_toolbar; }
    // Geometry, toolbars and splitters into the settings (on close, and before the window is
    // rebuilt in another language).
    void saveWindowState() const;
    QString statusMessage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createFileActions();
    // The vault shown, with the client that reaches it; nothing when none does.
    std::optional<core::NamedVault> shownVault() const;
    void createFindActions();
    void buildMenus();
    void buildToolbar();
    void updateToolbar();
    void onConnectionChanged();
    void setAccountText(const QString &text);
    void onVaultsChanged();
    void onCurrentVaultChanged();
    // The favourite vaults reachable now, to the expiry notice.
    void checkFavouritesExpiry();
    void updateActivity();
    void startCommand(Command *command);
    // What just happened, in the status bar for a while.
    void showStatus(const QString &message, int milliseconds);
    void restoreWindowState();
    void applySettings();

    ConnectionSession *m_session;
    ClipboardGuard *m_clipboard;
    VaultNavigator *m_navigator;
    VaultPane *m_vaultPane;
    QSplitter *m_splitter;
    SecretActionController *m_secretActions;
    ObjectActionController *m_objectActions;
    DiagnosticsController *m_diagnostics;
    QAction *m_attachEmulator = nullptr;
    QAction *m_attachVault = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_favourite = nullptr;
    QAction *m_find = nullptr;
    QAction *m_findVault = nullptr;
    QAction *m_searchEverywhere = nullptr;
    SearchWindow *m_searchWindow = nullptr;
    QAction *m_expiryReport = nullptr;
    ExpiryReportWindow *m_expiryReportWindow = nullptr;
    QAction *m_compareCopy = nullptr;
    CompareCopyWindow *m_compareCopyWindow = nullptr;
    QAction *m_vaultAccess = nullptr;
    AccessWindow *m_accessWindow = nullptr;
    QAction *m_rbacReadiness = nullptr;
    RbacReadinessWindow *m_rbacReadinessWindow = nullptr;
    ExpiryNotice *m_expiryNotice = nullptr;
    QTimer *m_expiryCheckTimer = nullptr;
    QAction *m_exportMetadata = nullptr;
    QAction *m_importSecrets = nullptr;
    QAction *m_quit = nullptr;
    ContextToolBar *m_toolbar = nullptr;
    QLabel *m_cloudLabel;
    QLabel *m_accountLabel;
    QLabel *m_activityLabel;
    QLabel *m_messageLabel;
    QTimer *m_messageTimer;
    bool m_restoringVault = false;
};

} // namespace kluis::ui
