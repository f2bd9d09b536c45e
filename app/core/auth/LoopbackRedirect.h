#pragma once

#include <QByteArray>
#include <QString>

namespace kluis::core {

// What came to the browser sign-in's loopback listener: the request head that a browser, or any
// other local process, sent to http://localhost:PORT (RFC 8252 7.3).
struct LoopbackRedirect
{
    enum class Kind
    {
        NotTheRedirect, // no state at all: a favicon, a stray visitor, not HTTP
        ForeignState,   // a state this sign-in did not send: ignored, the sign-in keeps waiting
        Failed,         // the sign-in service's error, with this sign-in's state
        NoCode,         // this sign-in's state, but neither a code nor an error
        Code,
    };
    Kind kind = Kind::NotTheRedirect;
    QString code;
    QString error;            // Failed: the OAuth error code
    QString errorDescription; // Failed: may be empty
};

// Reads a request head (the request line and headers, up to the blank line) against the state
// this sign-in put in its authorize URL. Only a GET whose state matches byte for byte counts.
LoopbackRedirect parseLoopbackRedirect(const QByteArray &head, const QByteArray &expectedState);

} // namespace kluis::core
