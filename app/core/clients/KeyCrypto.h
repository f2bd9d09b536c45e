#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kluis::core {

struct KeyItem;

// Local OpenSSL work on what the vault hands out: public keys and certificates only.
namespace keycrypto {

// A sensible signing algorithm for the key: RS256 for RSA, ES256/ES384/ES512 by EC curve.
QString defaultSignAlgorithm(const KeyItem &key);
// The digest `alg` signs (SHA-256 for RS256, PS256 and ES256, ...) of `data`; empty when the
// algorithm is unknown.
QByteArray digestFor(const QString &alg, const QByteArray &data);
// SubjectPublicKeyInfo PEM of a public JWK (RSA n/e or EC crv/x/y); empty when unusable.
QByteArray publicKeyPem(const QJsonObject &jwk);
// Verifies a Key Vault signature (RSASSA-PKCS1 v1.5, RSASSA-PSS, or ECDSA as raw r||s) over
// `digest` with the public JWK. An error when the key or algorithm cannot be used.
Result<bool> verifySignature(const QJsonObject &jwk, const QString &alg, const QByteArray &digest,
                             const QByteArray &signature);
// "CN=example.com, O=Contoso" of a DER certificate; empty when it does not parse.
QString certificateSubject(const QByteArray &der);

} // namespace keycrypto
} // namespace kluis::core
