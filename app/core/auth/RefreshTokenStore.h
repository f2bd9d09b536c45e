#pragma once

#include "common/Result.h"

#include <QCoro/QCoroTask>
#include <QString>

namespace kluis::core {

// Refresh tokens in the system keychain (Secret Service, Keychain, Credential Manager) through
// QtKeychain, one entry per account, tenant and client. There is no insecure fallback: when no
// keychain answers, the operation fails and the caller keeps the token in memory only.
class RefreshTokenStore
{
public:
    explicit RefreshTokenStore(QString service = QStringLiteral("Kluis"));

    static QString keyFor(const QString &account, const QString &tenantId, const QString &clientId);

    QCoro::Task<Status> write(QString key, QByteArray refreshToken);
    // An empty token when the keychain has no entry for `key`.
    QCoro::Task<Result<QByteArray>> read(QString key);
    // Succeeds when there was nothing to remove.
    QCoro::Task<Status> remove(QString key);

private:
    QString m_service;
};

} // namespace kluis::core
