#pragma once

#include "auth/UserCredential.h"

#include <chrono>
#include <functional>

namespace kluis::core {

// Opens a URL in the user's browser. The GUI passes QDesktopServices::openUrl; the core links
// no QtGui. Returns false when no browser could be started.
using BrowserOpener = std::function<bool(const QUrl &)>;

// Authorization code with PKCE (S256) through the system browser: a one-shot listener on
// 127.0.0.1 with an ephemeral port receives the redirect (http://localhost:PORT, which Entra
// accepts for a registered http://localhost), answers the browser with a short page, and
// redeems the code with the verifier. Any local process can call the listener: a call with
// another `state` (parseLoopbackRedirect) is answered 400 and ignored, and one that sends no
// request within 3 s is dropped, so neither ends nor stalls the user's sign-in.
class InteractiveBrowserCredential final : public UserCredential
{
    Q_OBJECT

public:
    InteractiveBrowserCredential(const CloudProfile &cloud, QString tenantId, QString clientId,
                                 BrowserOpener opener, QObject *parent = nullptr);

    // How long to wait for the browser to come back before giving up.
    void setRedirectTimeout(std::chrono::milliseconds timeout) { m_redirectTimeout = timeout; }

    // 32 random bytes (OpenSSL RAND_bytes), base64url without padding: 43 characters.
    static QByteArray randomUrlSafe(int bytes = 32);
    // base64url(SHA-256(verifier)) without padding (RFC 7636 S256).
    static QByteArray codeChallenge(const QByteArray &verifier);

protected:
    QCoro::Task<Result<UserTokens>> signInInteractively(QStringList scopes,
                                                        QString tenantId) override;

private:
    BrowserOpener m_opener;
    std::chrono::milliseconds m_redirectTimeout{std::chrono::minutes(5)};
};

} // namespace kluis::core
