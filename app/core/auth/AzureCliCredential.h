#pragma once

#include "auth/TokenCredential.h"

#include <chrono>

namespace kluis::core {

// An existing Azure CLI login: runs `az account get-access-token --scope S [--tenant T]
// --output json` without blocking (QProcess awaited through QCoro) and reads accessToken with
// expires_on (epoch seconds, newer az) or expiresOn (local time, older az).
class AzureCliCredential final : public TokenCredential
{
public:
    explicit AzureCliCredential(QString tenantId = {});

    QCoro::Task<Result<AccessToken>> getToken(TokenRequest request) override;
    QString description() const override;

    // az on PATH, or empty.
    static QString findAz();
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Reads az's JSON answer; public for tests.
    static Result<AccessToken> parseOutput(const QByteArray &json);

private:
    QString m_tenantId;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace kluis::core
