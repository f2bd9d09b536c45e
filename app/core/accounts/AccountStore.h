#pragma once

#include "auth/InteractiveBrowserCredential.h"
#include "auth/TokenCredential.h"
#include "auth/UserCredential.h"
#include "cloud/CloudProfile.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace kluis::core {

class KeychainStore;

// One way of signing in that Kluis remembers. Holds no secret: refresh tokens and client secrets
// live in the keychain only, under keys derived from these fields.
struct StoredAccount
{
    enum class Kind
    {
        DeviceCode,        // a user, device code flow
        Browser,           // a user, system browser with PKCE
        ClientSecret,      // a service principal; the secret is in the keychain
        ClientCertificate, // a service principal; a PEM file with key and certificate
        Environment,       // the Azure SDKs' AZURE_* variables, read when used
        AzureCli,          // an existing `az login` (`az account get-access-token`)
    };

    QString id;   // stable, generated when added
    QString name; // what the user calls it; kluisctl --account NAME
    Kind kind = Kind::DeviceCode;
    QString cloudName; // a built-in cloud, or empty when cloudFile is set
    QString cloudFile; // a custom cloud profile (JSON)
    QString tenantId;
    QString clientId; // the application (client) id used to sign in
    QString username; // users: preferred_username
    QString objectId; // users: oid
    QString homeTenantId;
    QString certificateFile; // ClientCertificate: path of the PEM file

    bool isUser() const { return kind == Kind::DeviceCode || kind == Kind::Browser; }
    // "alice@contoso.com", "client 1234…", for lists and the status bar.
    QString who() const;
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

struct CredentialOptions
{
    // Users: when false, getToken fails with "interaction_required" instead of asking.
    bool interactionAllowed = false;
    BrowserOpener browserOpener; // Browser accounts
};

// The accounts side by side, kept in QSettings (group "accounts") with their secrets in the
// keychain. Builds the TokenCredential for an account.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned and must outlive the store.
    AccountStore(QSettings *settings, std::shared_ptr<KeychainStore> keychain,
                 QObject *parent = nullptr);
    ~AccountStore() override;

    QList<StoredAccount> accounts() const { return m_accounts; }
    // By id, else by name (case-insensitive).
    std::optional<StoredAccount> find(const QString &idOrName) const;
    std::shared_ptr<KeychainStore> keychain() const { return m_keychain; }

    Result<CloudProfile> cloudFor(const StoredAccount &account) const;

    // A user credential for a sign-in that is about to happen (kind DeviceCode or Browser),
    // keeping its refresh token in the keychain. After its signIn() succeeds, addUser() keeps the
    // account.
    Result<std::shared_ptr<UserCredential>> newUserCredential(const StoredAccount &draft,
                                                              const CredentialOptions &options);
    // Remembers a user who signed in with `credential` (username and ids from the token answer).
    StoredAccount addUser(StoredAccount draft, const UserCredential &credential);
    // Remembers a service principal; its secret goes to the keychain first.
    QCoro::Task<Result<StoredAccount>> addClientSecret(StoredAccount draft, QString secret);
    // Remembers an account that has no secret of its own (certificate file, environment, CLI).
    StoredAccount add(StoredAccount draft);
    // Signs out: forgets the account and removes its keychain entries.
    QCoro::Task<Status> remove(QString id);

    // The credential for a stored account; users sign in from the keychain's refresh token.
    QCoro::Task<Result<std::shared_ptr<TokenCredential>>>
    credentialFor(StoredAccount account, CredentialOptions options = {});

    static QString refreshTokenKey(const StoredAccount &account);
    static QString clientSecretKey(const StoredAccount &account);

Q_SIGNALS:
    void accountsChanged();

private:
    StoredAccount keep(StoredAccount account);
    void load();
    void save();

    QSettings *m_settings;
    std::shared_ptr<KeychainStore> m_keychain;
    QList<StoredAccount> m_accounts;
};

} // namespace kluis::core
