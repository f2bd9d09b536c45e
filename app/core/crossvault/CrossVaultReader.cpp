#include "crossvault/CrossVaultReader.h"

namespace kluis::core {

CrossVaultReader::CrossVaultReader(QObject *parent)
    : QObject(parent)
{}

CrossVaultReader::Select CrossVaultReader::matching(QString text)
{
    return [text](const QList<ObjectSummary> &page) {
        QList<ObjectSummary> matches;
        for (const auto &summary : page) {
            if (summary.matches(text))
                matches.append(summary);
        }
        return matches;
    };
}

void CrossVaultReader::start(QList<NamedVault> vaults, Select select)
{
    cancel();
    m_scope = new QObject(this);
    m_waiting = std::move(vaults);
    m_select = std::move(select);
    if (m_waiting.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < VaultsAtOnce; ++i)
        startNext();
}

void CrossVaultReader::cancel()
{
    ++m_generation;
    m_waiting.clear();
    m_running = 0;
    delete m_scope;
}

void CrossVaultReader::startNext()
{
    if (m_waiting.isEmpty())
        return;
    auto vault = m_waiting.takeFirst();
    vault.client = vault.client.withOwner(m_scope);
    ++m_running;
    readOne(std::move(vault), m_generation);
}

QCoro::Task<> CrossVaultReader::readOne(NamedVault vault, quint64 generation)
{
    QPointer<CrossVaultReader> self(this);
    const auto name = vault.name;
    const auto select = m_select;
    auto task = readInventory(std::move(vault), [self, generation, select](const auto &page) {
        if (!self || self->m_generation != generation)
            return;
        const auto kept = select ? select(page) : page;
        if (!kept.isEmpty())
            Q_EMIT self->found(kept);
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
