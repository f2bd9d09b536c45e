#pragma once

#include "crossvault/VaultInventory.h"

#include <QObject>
#include <QPointer>

namespace kluis::core {

// Reads the secrets, keys and certificates (metadata, never values) of many vaults, a bounded
// number of vaults at a time, for search everywhere and the expiry report. What `select` keeps
// of each page comes as it is read; a vault that refuses is reported and the others go on.
class CrossVaultReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int VaultsAtOnce = 4;

    using Select = std::function<QList<ObjectSummary>(const QList<ObjectSummary> &)>;

    explicit CrossVaultReader(QObject *parent = nullptr);

    // Starts over (a reading still running is cancelled first).
    void start(QList<NamedVault> vaults, Select select);
    // Search everywhere: the objects whose name, content type or tags hold `text`.
    static Select matching(QString text);
    // Aborts every request on its way; no signal comes from the cancelled reading.
    void cancel();
    bool isRunning() const { return m_running > 0 || !m_waiting.isEmpty(); }

Q_SIGNALS:
    void found(const QList<kluis::core::ObjectSummary> &matches);
    void vaultDone(const QString &vault);
    void vaultFailed(const QString &vault, const kluis::core::AzureError &error);
    void finished();

private:
    void startNext();
    QCoro::Task<> readOne(NamedVault vault, quint64 generation);

    QList<NamedVault> m_waiting;
    int m_running = 0;
    Select m_select;
    QPointer<QObject> m_scope; // owns the requests of the current reading
    quint64 m_generation = 0;
};

} // namespace kluis::core
