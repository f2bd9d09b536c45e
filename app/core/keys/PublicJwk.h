#pragma once

#include "common/OpenSslPtr.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kluis::core::publicjwk {

// The EC curves Key Vault uses, by their JWK name.
struct Curve
{
    const char *jwkName;
    const char *opensslName;
    const char *algorithm; // the ES* algorithm that signs with it
    int coordinateBytes;
};
// The curve of an EC JWK; null for another curve or key type.
const Curve *curveOf(const QJsonObject &jwk);

// "RSA" or "EC": the key type without "-HSM".
QString baseKeyType(const QJsonObject &jwk);

// The one way from a public JWK (RSA n/e or EC crv/x/y, "-HSM" kinds alike) to an OpenSSL key;
// null when the JWK is unusable (missing or zero numbers, coordinates of the wrong size).
ssl::PKey toKey(const QJsonObject &jwk);

// SubjectPublicKeyInfo PEM of a public JWK; empty when unusable.
QByteArray toPem(const QJsonObject &jwk);

} // namespace kluis::core::publicjwk
