#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace kluis::core {

// A Bearer WWW-Authenticate challenge from a vault:
//   Bearer authorization="https://login.microsoftonline.com/<tenant>",
//   resource="https://vault.azure.net"
// (authorization_uri is accepted for authorization, scope for resource).
struct AuthChallenge
{
    QUrl authorization;
    QString tenantId; // the first path segment of the authorization URL
    QString resource;
    QString scope; // `scope` when sent, else resource + "/.default"

    static std::optional<AuthChallenge> parse(const QByteArray &wwwAuthenticate);

    // The resource (or scope) URL's host must be the request host or a parent domain of it,
    // with the same port, and both must be https: a vault URL planted by someone else cannot
    // harvest a token for real vaults.
    bool isValidFor(const QUrl &requestUrl) const;
    QUrl resourceUrl() const;
};

} // namespace kluis::core
