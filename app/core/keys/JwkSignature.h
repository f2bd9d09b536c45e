#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kluis::core {

// Checks locally, with OpenSSL, a signature the vault made: the "Test key" action signs a digest
// in the vault and verifies it here against the key's public JWK, so a key that signs with
// something other than what it publishes is caught.
namespace JwkSignature {

// RS256/384/512, PS256/384/512, ES256/384/512, ES256K.
QStringList supportedAlgorithms();
// The algorithms that fit a public JWK ({"kty": "RSA", "n", "e"} or {"kty": "EC", "crv", "x",
// "y"}; "-HSM" key types count as their software kind).
QStringList algorithmsFor(const QJsonObject &jwk);
// The one a key test uses by default: RS256 for RSA, the curve's own ES* for EC.
QString defaultAlgorithm(const QJsonObject &jwk);
// The digest the vault's sign operation takes for `algorithm` (SHA-256, -384 or -512 of data);
// empty for an unknown algorithm.
QByteArray digest(const QString &algorithm, const QByteArray &data);
// `signature` as Key Vault returns it (raw bytes; R||S for ECDSA) over `digest`.
// Done when it verifies; otherwise an AzureError::usage explaining why not.
Status verify(const QJsonObject &jwk, const QString &algorithm, const QByteArray &digest,
              const QByteArray &signature);

} // namespace JwkSignature

} // namespace kluis::core
