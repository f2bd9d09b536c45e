#pragma once

#include "crossvault/VaultInventory.h"

#include <QObject>
#include <QPointer>

namespace kluis::core {

// Looks for TEXT in the names, content types and tags (never values) of the secrets, keys and
// certificates of many vaults, a bounded number of vaults at a time. Matches come as each page
// of each vault is read; a vault that refuses is reported and the others go on.
class CrossVaultSearch : public QObject
{
    Q_OBJECT

public:
    static constexpr int VaultsAtOnce = 4;

    explicit CrossVaultSearch(QObject *parent = nullptr);

    // Starts over (a search still running is cancelled first).
    void start(QList<NamedVault> vaults, QString text);
    // Aborts every request on its way; no signal comes from the cancelled search.
    void cancel();
    bool isRunning() const { return m_running > 0 || !m_waiting.isEmpty(); }

Q_SIGNALS:
    void found(const QList<kluis::core::ObjectSummary> &matches);
    void vaultDone(const QString &vault);
    void vaultFailed(const QString &vault, const kluis::core::AzureError &error);
    void finished();

private:
    void startNext();
    QCoro::Task<> searchOne(NamedVault vault, quint64 generation);

    QList<NamedVault> m_waiting;
    int m_running = 0;
    QString m_text;
    QPointer<QObject> m_scope; // owns the requests of the current search
    quint64 m_generation = 0;
};

} // namespace kluis::core
