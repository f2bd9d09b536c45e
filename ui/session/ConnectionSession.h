#pragma once

#include "clients/KeyVaultClient.h"
#include "cloud/CloudProfile.h"
#include "crossvault/VaultInventory.h"
#include "net/HttpPipeline.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>

class QSettings;

namespace kluis::core {
class AccountStore;
class AccountTreeModel;
class HttpPipeline;
} // namespace kluis::core

namespace kluis::ui {

// What the window is connected to: a cloud profile, the credential and the one HttpPipeline
// every client of the window shares, and the vaults known (from the profile and attached by
// URL). Replacing the connection destroys the old pipeline, which cancels its requests.
class ConnectionSession : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionSession(QObject *parent = nullptr);
    ~ConnectionSession() override;

    // A custom cloud file such as kluis-emulator's cloud.json. Signs in as the file's first
    // client with data access; its secret stays in memory only.
    bool attachCloudFile(const QString &path, QString *error);
    void setCloud(const core::CloudProfile &cloud);
    // A vault URI or a bare name in the current cloud. Remembered in the settings.
    bool attachVault(const QString &uriOrName, QString *error);
    void detachVault(const QUrl &vaultUrl);

    bool isConnected() const { return m_pipeline != nullptr; }
    // True when a vault client for `vaultUrl` has a way in: a stored account's connection (the
    // vault was listed under it) or the window's own connection.
    bool canReach(const QUrl &vaultUrl) const;
    // The stored accounts (settings + keychain) and the navigator's tree over them.
    core::AccountStore *accounts() const { return m_accounts; }
    core::AccountTreeModel *accountTree() const { return m_accountTree; }
    const core::CloudProfile &cloud() const { return m_cloud; }
    QString accountDescription() const;
    QList<core::VaultReference> vaults() const;
    bool isAttached(const QUrl &vaultUrl) const;
    core::HttpPipeline *pipeline() const { return m_pipeline; }
    // Everything the window needs for the vault chosen, found with one search of the tree: the
    // client (through the account that listed it, or the window's own connection), and who
    // reaches it in which cloud. Nothing when no connection reaches it.
    struct VaultConnection
    {
        core::KeyVaultClient client;
        QString accountDescription;
        QString cloudName;
    };
    // Through the account of `place` (a row of the account tree) when it lists this vault,
    // else through the first place that lists it, else the window's own connection.
    std::optional<VaultConnection> connectionFor(const QUrl &vaultUrl,
                                                 const QModelIndex &place = {}) const;
    // Every vault the window knows and reaches: its own connection's, and those listed under
    // the accounts so far, each once, with the client that reaches it (work across vaults).
    QList<core::NamedVault> reachableVaults() const;

Q_SIGNALS:
    void connectionChanged();
    void vaultsChanged();

private:
    void loadAttachedVaults();

    core::CloudProfile m_cloud;
    QPointer<core::HttpPipeline> m_pipeline;
    QList<core::VaultReference> m_attached;
    QSettings *m_settings;
    core::AccountStore *m_accounts;
    core::AccountTreeModel *m_accountTree;
};

} // namespace kluis::ui
