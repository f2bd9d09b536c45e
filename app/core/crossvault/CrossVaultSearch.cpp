#include "crossvault/CrossVaultSearch.h"

namespace kluis::core {

CrossVaultSearch::CrossVaultSearch(QObject *parent)
    : QObject(parent)
{}

void CrossVaultSearch::start(QList<NamedVault> vaults, QString text)
{
    cancel();
    m_scope = new QObject(this);
    m_waiting = std::move(vaults);
    m_text = std::move(text);
    if (m_waiting.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < VaultsAtOnce; ++i)
        startNext();
}

void CrossVaultSearch::cancel()
{
    ++m_generation;
    m_waiting.clear();
    m_running = 0;
    delete m_scope;
}

void CrossVaultSearch::startNext()
{
    if (m_waiting.isEmpty())
        return;
    auto vault = m_waiting.takeFirst();
    vault.client = vault.client.withOwner(m_scope);
    ++m_running;
    searchOne(std::move(vault), m_generation);
}

QCoro::Task<> CrossVaultSearch::searchOne(NamedVault vault, quint64 generation)
{
    QPointer<CrossVaultSearch> self(this);
    const auto name = vault.name;
    const auto text = m_text;
    auto task = readInventory(std::move(vault), [self, generation, text](const auto &page) {
        if (!self || self->m_generation != generation)
            return;
        QList<ObjectSummary> matches;
        for (const auto &summary : page) {
            if (summary.matches(text))
                matches.append(summary);
        }
        if (!matches.isEmpty())
            Q_EMIT self->found(matches);
    });
    const auto read = co_await task;
    if (!self || self->m_generation != generation)
        co_return;
    --m_running;
    if (read)
        Q_EMIT vaultDone(name);
    else
        Q_EMIT vaultFailed(name, read.error());
    startNext();
    if (!isRunning())
        Q_EMIT finished();
}

} // namespace kluis::core
