#pragma once

#include "server/Endpoints.h"
#include "state/EmulatorState.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

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
    QString userName; // users only (upn)
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

// Signs access tokens (JWT, RS256, the key kept in the state's settings) and checks them on
// every call: signature, expiry, audience and tenant.
class TokenIssuer
{
public:
    TokenIssuer(EmulatorState &state, const Endpoints &endpoints);
    ~TokenIssuer();

    QByteArray issue(const TokenClaims &claims) const;
    // Signs any JWT payload (RS256, same key and kid as the access tokens): id tokens.
    QByteArray sign(const QJsonObject &payload) const;
    // Checks "Bearer <jwt>" from an Authorization header against the accepted audiences
    // (compared without a trailing slash) and the emulator's tenant.
    TokenCheck validate(const QByteArray &authorization, const QStringList &audiences) const;
    // The JSON Web Key Set that verifies the tokens ({"keys": [...]}).
    QJsonObject jwks() const;
    // "https://sts.windows.net/<tenant>/", as v1 tokens carry it.
    static QString issuerFor(const QString &tenantId);
    // Whether the principal behind a validated token may use vault contents: users always,
    // applications when their client is registered with dataAccess. Unknown apps: false.
    bool hasDataAccess(const TokenClaims &claims) const;

private:
    EVP_PKEY *signingKey() const;
    QString keyId() const;

    EmulatorState &m_state;
    const Endpoints &m_endpoints;
    mutable EVP_PKEY *m_key = nullptr;
};

} // namespace kluis::emulator
