#pragma once

#include "auth/AccessToken.h"

#include <QCoro/QCoroTask>
#include <QString>
#include <QStringList>

namespace kluis::core {

struct TokenRequest
{
    QStringList scopes;
    QString tenantId; // empty: the credential's own tenant
};

// Something that can get an access token. Implementations fetch a fresh token on every call;
// HttpPipeline caches tokens per scope and tenant and asks again before they expire.
class TokenCredential
{
public:
    virtual ~TokenCredential() = default;
    virtual QCoro::Task<Result<AccessToken>> getToken(TokenRequest request) = 0;
    // Who signs in, for the log and the window ("client 1234… in tenant abcd…").
    virtual QString description() const = 0;
};

} // namespace kluis::core
