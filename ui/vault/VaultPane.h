#pragma once

#include "clients/KeyVaultClient.h"
#include "cloud/CloudProfile.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace kluis::ui {

class DiagnosticsController;
class SecretDetailsPanel;
class SecretListPane;

// The right side of the window: the selected vault's tabs (Secrets, Deleted) above the details
// of the selected item. Keys and Certificates join when the core offers their list models.
class VaultPane : public QWidget
{
    Q_OBJECT

public:
    explicit VaultPane(QWidget *parent = nullptr);

    // Switching vaults drops the old lists and every answer still on its way for them.
    void setVault(const std::optional<core::VaultReference> &vault,
                  std::optional<core::KeyVaultClient> client);
    const std::optional<core::VaultReference> &vault() const { return m_vault; }

    SecretListPane *currentPane() const;
    SecretListPane *secretsPane() const { return m_secrets; }
    SecretListPane *deletedPane() const { return m_deleted; }
    SecretDetailsPanel *details() const { return m_details; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *splitter() const { return m_splitter; }
    bool isLoading() const;
    void reloadAll();
    // Failed listings get a diagnosis (ui/diagnostics) in place of the list.
    void setDiagnostics(DiagnosticsController *diagnostics) { m_diagnostics = diagnostics; }

Q_SIGNALS:
    void currentItemChanged();
    void loadingChanged(bool loading);
    void itemActivated();

private:
    void updateDetails();
    void diagnose(SecretListPane *pane, bool automatic);

    std::optional<core::VaultReference> m_vault;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QTabWidget *m_tabs;
    SecretListPane *m_secrets;
    SecretListPane *m_deleted;
    SecretDetailsPanel *m_details;
    QSplitter *m_splitter;
    DiagnosticsController *m_diagnostics = nullptr;
};

} // namespace kluis::ui
