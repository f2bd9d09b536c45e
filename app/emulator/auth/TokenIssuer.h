#pragma once

#include "server/Endpoints.h"
#include "state/EmulatorState.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace kluis::emulator {

struct TokenClaims
{
    QString tenantId;
    QString objectId;
    QString appId;
    QString audience;
    QStringList roles;
    QStringList scopes;
    QDateTime expires;
    bool isUser = false;
};

enum class TokenFailure
{
    None,
    Missing,
    Malformed,
    BadSignature,
    Expired,
    WrongAudience,
    WrongTenant
};

struct TokenCheck
{
    std::optional<TokenClaims> claims;
    TokenFailure failure = TokenFailure::Missing;
    QString detail;
};

// Signs access tokens (JWT, RS256, key kept in the state) and checks them on every call.
class TokenIssuer
{
public:
    TokenIssuer(EmulatorState &state, const Endpoints &endpoints);

    QByteArray issue(const TokenClaims &claims) const;
    // Checks "Bearer <jwt>" from an Authorization header against the accepted audiences
    // (compared without a trailing slash) and the emulator's tenant.
    TokenCheck validate(const QByteArray &authorization, const QStringList &audiences) const;

private:
    EmulatorState &m_state;
    const Endpoints &m_endpoints;
};

} // namespace kluis::emulator
