#pragma once

#include "cloud/CloudProfile.h"
#include "common/Result.h"

#include <QCoro/QCoroTask>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace kluis::core {

class AccountStore;
class HttpPipeline;

// Each stored account's connection: its cloud, its pipeline and its credential, built on first
// use and shared by everything that reaches the account. A caller that asks while another is
// still building it waits for that one (woken by a signal), so the credential is made once.
class AccountConnections
{
public:
    explicit AccountConnections(AccountStore *store);
    ~AccountConnections();
    AccountConnections(const AccountConnections &) = delete;
    AccountConnections &operator=(const AccountConnections &) = delete;

    // The account's pipeline, with its credential set; Cancelled when the account is gone or
    // this object went away meanwhile.
    QCoro::Task<Result<HttpPipeline *>> connection(QString accountId);
    // The pipeline when it is ready; nullptr while it is built, when it failed, or before use.
    HttpPipeline *readyPipeline(const QString &accountId) const;
    // The account's cloud once its connection was asked for.
    std::optional<CloudProfile> cloud(const QString &accountId) const;
    // Forgets the connections of accounts not in `present`, which cancels their requests.
    void keepOnly(const QSet<QString> &present);

private:
    struct Connection;

    QPointer<AccountStore> m_store;
    QHash<QString, std::shared_ptr<Connection>> m_connections;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace kluis::core
