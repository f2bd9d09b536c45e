#pragma once

#include "state/EmulatorState.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kluis::emulator {

// Certificates of service principals: made for the full-access demo client, written with
// their private keys to DATA-DIR/clients/<clientId>.pem (mode 0600) for SDKs' certificate
// credentials, and used to check client assertions.
class ClientCertificates
{
public:
    // Gives the first full-access client a self-signed RSA 2048 certificate when it has none
    // (the key is kept in the state's settings) and writes the PEM files under dataDir.
    static void ensure(EmulatorState &state, const QString &dataDir);
    // DATA-DIR/clients/<clientId>.pem
    static QString certificateFile(const QString &dataDir, const QString &clientId);

    struct AssertionCheck
    {
        bool ok = false;
        int status = 401;
        QString error; // OAuth error code
        int code = 0;  // AADSTS number
        QString message;
    };
    // Checks a client assertion (RS256 with x5t or PS256 with x5t#S256) against the client's
    // registered certificate: signature, iss = sub = client id, aud one of audiences, time.
    static AssertionCheck verifyAssertion(const QByteArray &assertion, const Client &client,
                                          const QStringList &audiences);
};

} // namespace kluis::emulator
