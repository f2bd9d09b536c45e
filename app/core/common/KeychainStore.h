#pragma once

#include "common/Result.h"

#include <QCoro/QCoroTask>
#include <QString>

namespace kluis::core {

// Secrets in the system keychain (Secret Service, Keychain, Credential Manager) through
// QtKeychain: refresh tokens (one entry per account, tenant and client), service principals'
// client secrets and the manual proxy's password. There is no insecure fallback: when no
// keychain answers, the operation fails and the caller keeps the secret in memory only.
class KeychainStore
{
public:
    explicit KeychainStore(QString service = QStringLiteral("Kluis"));

    static QString keyFor(const QString &account, const QString &tenantId, const QString &clientId);

    QCoro::Task<Status> write(QString key, QByteArray secret);
    // Empty when the keychain has no entry for `key`.
    QCoro::Task<Result<QByteArray>> read(QString key);
    // Succeeds when there was nothing to remove.
    QCoro::Task<Status> remove(QString key);

private:
    QString m_service;
};

} // namespace kluis::core
