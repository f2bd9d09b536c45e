#pragma once

#include <QJsonValue>
#include <QString>

namespace kluis::core {

// Takes out of text bound for a report or a support bundle whatever must never leave the
// machine, even though none of it should be there: JWTs and bearer values; the query of any
// URL; OAuth and form fields (code, device_code, code_verifier, client_secret,
// client_assertion, assertion, refresh_token, access_token, id_token, password, pwd, sig,
// $skiptoken); JSON members that hold secrets (pwd, password, key, the private members of a
// JWK, client_secret, the tokens); and opaque tokens (long base64url runs, such as a refresh
// token). Pure functions of their input.
class Scrubber
{
public:
    static QString scrub(const QString &text);
    // Every string in `value`, and the whole value of every member named like a secret.
    static QJsonValue scrub(const QJsonValue &value);
    // Whether a JSON member of this name holds a secret when its value is a string.
    static bool isSecretMember(const QString &name);
};

} // namespace kluis::core
