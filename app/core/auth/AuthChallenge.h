#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace kluis::core {

// A Bearer WWW-Authenticate challenge from a vault:
//   Bearer authorization="https://login.microsoftonline.com/<tenant>",
//   resource="https://vault.azure.net"
// (authorization_uri is accepted for authorization; newer vaults add scope=".../.default").
struct AuthChallenge
{
    QString authorizationText; // as sent
    QUrl authorization;
    QString tenantId; // the first path segment of the authorization URL
    QString resource;
    QString scope; // `scope` when sent, else resource + "/.default"

    static std::optional<AuthChallenge> parse(const QByteArray &wwwAuthenticate);

    // Why no token may be asked for on this challenge, checked before any token is sent.
    enum class Problem
    {
        None,
        // The resource is not https, not the request host or a parent domain of it (with at
        // least two labels), or on another port.
        ResourceMismatch,
        // The scope's resource fails the same check, is not "<resource>/.default", or does not
        // agree with `resource`.
        ScopeMismatch,
        // The authorization URL is not https on the cloud's own sign-in host (or an alias of it).
        AuthorityMismatch,
        // Its path is not one plausible tenant (a GUID or a domain name).
        TenantInvalid,
    };
    // Every URL the token request is derived from is checked: the resource, the scope's
    // resource, and the authorization URL against `authorityHost` (the cloud's sign-in service).
    // A vault URL planted by someone else cannot harvest a token for real vaults or for
    // Resource Manager.
    Problem problemFor(const QUrl &requestUrl, const QUrl &authorityHost) const;
    bool isValidFor(const QUrl &requestUrl, const QUrl &authorityHost) const
    {
        return problemFor(requestUrl, authorityHost) == Problem::None;
    }
    // The AzureError code for a problem ("ChallengeResourceMismatch", …).
    static QString code(Problem problem);
    // The resource the token would be for (resource, else the scope without "/.default").
    QUrl resourceUrl() const;
};

// A tenant as it may appear in a sign-in URL's path: a GUID or a domain name (letters, digits,
// dashes, dots between labels; "common" and "organizations" included). Never "..", "/", "?",
// "#", "%" or empty.
bool isPlausibleTenant(const QString &tenant);

// The sign-in hosts Microsoft treats as one (its instance discovery aliases): Key Vault names
// login.windows.net in challenges of a cloud whose authority is login.microsoftonline.com.
bool isSameSignInHost(const QString &host, const QString &authorityHost);

} // namespace kluis::core
