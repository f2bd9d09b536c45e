#pragma once

#include "auth/TokenCredential.h"
#include "cloud/CloudProfile.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace kluis::core {

class HttpPipeline;
class KeychainStore;

// Who signed in, as the token service described them (id_token and client_info).
struct UserAccount
{
    QString username; // preferred_username, e.g. "user@contoso.com"
    QString objectId; // the user's oid in the home tenant
    QString homeTenantId;

    bool isEmpty() const { return username.isEmpty() && objectId.isEmpty(); }
};

// The answer of the token endpoint to a user flow.
struct UserTokens
{
    AccessToken accessToken;
    QByteArray refreshToken; // empty when none was sent
    UserAccount account;
};

// Reads a token answer with a refresh token, id_token and client_info.
Result<UserTokens> parseUserTokenResponse(int httpStatus, const QByteArray &body);

// A user's sign-in (device code, browser) as a public client: signs in interactively once,
// then redeems the refresh token for every scope and tenant asked for (one refresh token serves
// Resource Manager and the vaults), replacing it on every use, and keeps it in the keychain when
// a store is set. Access tokens stay in memory; requests are served one at a time so a rotated
// refresh token is never used twice.
class UserCredential : public QObject, public TokenCredential
{
    Q_OBJECT

public:
    UserCredential(const CloudProfile &cloud, QString tenantId, QString clientId,
                   QObject *parent = nullptr);
    ~UserCredential() override;

    QCoro::Task<Result<AccessToken>> getToken(TokenRequest request) override;
    QString description() const override;

    // Signs in interactively now, even when a refresh token is at hand (account switch).
    QCoro::Task<Status> signIn(QStringList scopes);
    // Forgets the tokens and removes the refresh token from the keychain.
    QCoro::Task<Status> signOut();
    // Stops an interactive sign-in in progress; it ends with AzureError::Kind::Cancelled.
    void cancel();

    // Where the refresh token is kept across runs. With an account set (from an earlier run),
    // getToken reads the refresh token from there and signs in without the user.
    void setKeychainStore(std::shared_ptr<KeychainStore> store);
    void setAccount(const UserAccount &account) { m_account = account; }
    const UserAccount &account() const { return m_account; }
    QString storeKey() const;
    // When false, getToken fails with "interaction_required" instead of asking the user.
    void setInteractionAllowed(bool allowed) { m_interactionAllowed = allowed; }

    QString tenantId() const { return m_tenantId; }
    QString clientId() const { return m_clientId; }

Q_SIGNALS:
    void idle();
    void cancelRequested();
    // The keychain refused to keep the refresh token; the session goes on in memory only.
    void refreshTokenStoreFailed(const QString &message);

protected:
    // Runs the interactive flow for `scopes` (offline_access, openid and profile added).
    virtual QCoro::Task<Result<UserTokens>> signInInteractively(QStringList scopes,
                                                                QString tenantId) = 0;
    // POSTs a form to {authority}/{tenant}/oauth2/v2.0/{endpoint}; token service errors come back
    // as responses.
    QCoro::Task<Result<std::pair<int, QByteArray>>> post(QString tenantId, QString endpoint,
                                                         QList<QPair<QString, QString>> fields);
    QUrl endpointUrl(const QString &tenantId, const QString &endpoint) const;
    static QStringList withUserScopes(QStringList scopes);
    bool isCancelled() const { return m_cancelled; }

    QUrl m_authorityHost;
    QString m_tenantId;
    QString m_clientId;

private:
    QCoro::Task<Result<UserTokens>> redeemRefreshToken(QStringList scopes, QString tenantId);
    QCoro::Task<> keep(UserTokens tokens, QString cacheKey);

    std::unique_ptr<HttpPipeline> m_transport;
    std::shared_ptr<KeychainStore> m_store;
    UserAccount m_account;
    QByteArray m_refreshToken;
    QHash<QString, AccessToken> m_tokens; // "scopes|tenant"
    bool m_busy = false;
    bool m_cancelled = false;
    bool m_interactionAllowed = true;
};

} // namespace kluis::core
