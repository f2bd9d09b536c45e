#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kluis::core {

// Local OpenSSL work on what the vault hands out: public keys and certificates only. Signatures
// are checked by JwkSignature (keys/).
namespace keycrypto {

// SubjectPublicKeyInfo PEM of a public JWK (RSA n/e or EC crv/x/y); empty when unusable.
QByteArray publicKeyPem(const QJsonObject &jwk);
// "CN=example.com, O=Contoso" of a DER certificate; empty when it does not parse.
QString certificateSubject(const QByteArray &der);

} // namespace keycrypto
} // namespace kluis::core
