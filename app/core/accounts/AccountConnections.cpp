#include "accounts/AccountConnections.h"

#include "accounts/AccountStore.h"
#include "net/HttpPipeline.h"

#include <QCoroSignal>
#include <QTimer>

namespace kluis::core {

struct AccountConnections::Connection
{
    std::unique_ptr<HttpPipeline> pipeline;
    CloudProfile cloud;
    bool ready = false;
    std::optional<AzureError> error;
    // Fires once, on the event loop's next turn after `ready`: wakes every caller that waits
    // for the credential another one is building.
    QTimer readied;
};

AccountConnections::AccountConnections(AccountStore *store)
    : m_store(store)
{}

AccountConnections::~AccountConnections()
{
    *m_alive = false;
}

QCoro::Task<Result<HttpPipeline *>> AccountConnections::connection(QString accountId)
{
    const auto alive = m_alive;
    auto existing = m_connections.value(accountId);
    if (!existing) {
        const auto account = m_store ? m_store->find(accountId) : std::nullopt;
        if (!account)
            co_return AzureError::cancelled();
        auto cloud = m_store->cloudFor(*account);
        if (!cloud)
            co_return cloud.error();
        existing = std::make_shared<Connection>();
        existing->cloud = cloud.value();
        existing->pipeline = std::make_unique<HttpPipeline>(existing->cloud);
        m_connections.insert(accountId, existing);
        auto credential = co_await m_store->credentialFor(*account);
        if (!credential)
            existing->error = credential.error();
        else
            existing->pipeline->setCredential(credential.value());
        existing->ready = true;
        existing->readied.setSingleShot(true);
        existing->readied.start(0);
    }
    while (!existing->ready) {
        co_await qCoro(&existing->readied, &QTimer::timeout);
        if (!*alive)
            co_return AzureError::cancelled();
    }
    if (!*alive)
        co_return AzureError::cancelled();
    if (existing->error)
        co_return *existing->error;
    co_return existing->pipeline.get();
}

HttpPipeline *AccountConnections::readyPipeline(const QString &accountId) const
{
    const auto connection = m_connections.value(accountId);
    return connection && connection->ready && !connection->error ? connection->pipeline.get()
                                                                 : nullptr;
}

std::optional<CloudProfile> AccountConnections::cloud(const QString &accountId) const
{
    const auto connection = m_connections.value(accountId);
    if (!connection)
        return std::nullopt;
    return connection->cloud;
}

void AccountConnections::keepOnly(const QSet<QString> &present)
{
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_connections.erase(it);
    }
}

} // namespace kluis::core
