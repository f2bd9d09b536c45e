#pragma once

#include "clients/KeyVaultClient.h"
#include "cloud/CloudProfile.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace kluis::ui {

class CertificateDetailsPanel;
class KeyDetailsPanel;
class ListPaneBase;
class ObjectListPane;
class DiagnosticsController;
class SecretDetailsPanel;
class SecretListPane;

// The right side of the window: the selected vault's tabs (Secrets, Keys, Certificates,
// Deleted with a selector for the kind) above the details of the selected item.
class VaultPane : public QWidget
{
    Q_OBJECT

public:
    explicit VaultPane(QWidget *parent = nullptr);

    // Switching vaults drops the old lists and every answer still on its way for them.
    void setVault(const std::optional<core::VaultReference> &vault,
                  std::optional<core::KeyVaultClient> client);
    const std::optional<core::VaultReference> &vault() const { return m_vault; }
    // The client the window handed on with the vault: the account's connection that reaches it
    // (MainWindow sets it again when the connection changes); nothing when none does. Not tied
    // to the vault shown, so a command the user started finishes when they switch vaults.
    const std::optional<core::KeyVaultClient> &client() const { return m_handedClient; }

    using ObjectKind = core::ObjectKind;

    // The secrets list shown (Secrets, or Deleted showing secrets); null otherwise.
    SecretListPane *currentPane() const;
    // Whatever list is shown.
    ListPaneBase *currentListPane() const;
    // The key or certificate list shown; null otherwise.
    ObjectListPane *currentObjectPane() const;
    ObjectKind currentKind() const;
    bool isShowingDeleted() const;
    SecretListPane *secretsPane() const { return m_secrets; }
    SecretListPane *deletedPane() const { return m_deleted; }
    ObjectListPane *keysPane() const { return m_keys; }
    ObjectListPane *certificatesPane() const { return m_certificates; }
    ObjectListPane *deletedKeysPane() const { return m_deletedKeys; }
    ObjectListPane *deletedCertificatesPane() const { return m_deletedCertificates; }
    QComboBox *deletedKindCombo() const { return m_deletedKind; }
    // Shows the Deleted tab with this kind of object.
    void showDeleted(ObjectKind kind);
    SecretDetailsPanel *details() const { return m_details; }
    KeyDetailsPanel *keyDetails() const { return m_keyDetails; }
    CertificateDetailsPanel *certificateDetails() const { return m_certificateDetails; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }
    bool isLoading() const;
    void reloadAll();
    // Every list marks items expiring within this many days.
    void setExpiryWarningDays(int days);
    // With nothing in the navigator the placeholder says how to add a vault.
    void setNavigatorEmpty(bool empty);
    QString placeholderText() const;
    // Failed listings get a diagnosis (ui/diagnostics) in place of the list.
    void setDiagnostics(DiagnosticsController *diagnostics) { m_diagnostics = diagnostics; }

Q_SIGNALS:
    void currentItemChanged();
    void loadingChanged(bool loading);
    void itemActivated();

private:
    void updateDetails();
    QList<ListPaneBase *> allLists() const;
    void diagnose(ListPaneBase *pane, bool automatic);

    std::optional<core::VaultReference> m_vault;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QTabWidget *m_tabs;
    SecretListPane *m_secrets;
    SecretListPane *m_deleted;
    ObjectListPane *m_keys;
    ObjectListPane *m_certificates;
    ObjectListPane *m_deletedKeys;
    ObjectListPane *m_deletedCertificates;
    QWidget *m_deletedPage;
    QComboBox *m_deletedKind;
    QStackedWidget *m_deletedStack;
    QStackedWidget *m_detailsStack;
    SecretDetailsPanel *m_details;
    KeyDetailsPanel *m_keyDetails;
    CertificateDetailsPanel *m_certificateDetails;
    std::optional<core::KeyVaultClient> m_handedClient;
    std::optional<core::KeyVaultClient> m_client; // owned by the vault scope: reads for it
    QObject *m_vaultScope = nullptr;              // owns the requests made for the vault shown
    QSplitter *m_splitter;
    DiagnosticsController *m_diagnostics = nullptr;
};

} // namespace kluis::ui
