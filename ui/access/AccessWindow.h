#pragma once

#include "access/VaultAccess.h"
#include "cloud/CloudProfile.h"

#include <QCoro/QCoroTask>
#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace kluis::core {
class HttpPipeline;
}

namespace kluis::ui {

// Who may do what in one vault: its permission model, the role assignments that apply there
// (inherited ones marked), its access policies and what the signed-in identity may do. Grants
// a built-in Key Vault role at the vault's scope and revokes one made there, each after a
// confirmation, when the identity may assign roles.
class AccessWindow : public QDialog
{
    Q_OBJECT

public:
    explicit AccessWindow(QWidget *parent = nullptr);

    // Shows the vault and reads its access through the pipeline of the account that reaches it.
    void setVault(const core::VaultReference &vault, core::HttpPipeline *pipeline);
    void reload();
    // Opens the grant dialog with the principal (empty: me) and the role chosen, as a refused
    // request suggests.
    void offerGrant(const QString &principalId, const QString &roleName);

    bool isLoading() const { return m_loading; }
    const std::optional<core::VaultAccessView> &view() const { return m_view; }
    QTableWidget *assignments() const { return m_assignments; }
    QTableWidget *policies() const { return m_policies; }
    QPlainTextEdit *myActions() const { return m_mine; }
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *revokeButton() const { return m_revoke; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    void loaded();
    // A role was granted or revoked: lists refused before may read now (after propagation).
    void accessChanged();

private:
    QCoro::Task<> load();
    QCoro::Task<> runGrant(QString principalId, QString roleName);
    QCoro::Task<> runRevoke(QString principalId, QString roleName);
    void display(const core::VaultAccessView &view);
    void updateButtons();
    void chooseGrant(const QString &principalId, const QString &roleName);
    void confirmRevoke();

    std::optional<core::VaultReference> m_vault;
    QPointer<core::HttpPipeline> m_pipeline;
    std::optional<core::VaultResource> m_resource;
    std::optional<core::VaultAccessView> m_view;
    bool m_loading = false;
    int m_generation = 0;

    QLabel *m_model;
    QTableWidget *m_assignments;
    QTableWidget *m_policies;
    QPlainTextEdit *m_mine;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    QPushButton *m_reload;
    QLabel *m_status;
};

} // namespace kluis::ui
