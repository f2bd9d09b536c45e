#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kluis::emulator::crypto {

// Key material is kept as PKCS#8 PEM in the vault's objects; every function here takes and
// returns PEM or raw bytes so no OpenSSL type leaks out of CryptoOps.cpp.

// A new RSA (bits) or EC (crv: P-256, P-384, P-521, P-256K) private key; empty on failure.
QByteArray generateRsa(int bits);
QByteArray generateEc(const QString &curve);

// The public JWK fields of a private key: kty ("RSA"/"EC"), n/e or crv/x/y (base64url).
QJsonObject publicJwk(const QByteArray &privatePem);
// A private key from a JWK carrying its private parts (d, p, q, dp, dq, qi for RSA; d for EC).
QByteArray privateKeyFromJwk(const QJsonObject &jwk, QString *error);
// "RSA" or "EC", and the RSA size in bits / EC curve name.
QString keyType(const QByteArray &privatePem);
int rsaBits(const QByteArray &privatePem);

// JWS algorithms: RS256/384/512, PS256/384/512, ES256/384/512 (ES256K); digest is the hash.
std::optional<QByteArray> sign(const QByteArray &privatePem, const QString &alg,
                               const QByteArray &digest, QString *error);
std::optional<bool> verify(const QByteArray &privatePem, const QString &alg,
                           const QByteArray &digest, const QByteArray &signature, QString *error);
// RSA-OAEP, RSA-OAEP-256, RSA1_5.
std::optional<QByteArray> encrypt(const QByteArray &privatePem, const QString &alg,
                                  const QByteArray &plain, QString *error);
std::optional<QByteArray> decrypt(const QByteArray &privatePem, const QString &alg,
                                  const QByteArray &cipher, QString *error);

struct CertificateRequest
{
    QString subject; // "CN=name, O=org"
    QStringList dnsNames;
    QStringList emails;
    QStringList upns;
    QStringList ekus;     // OIDs
    QStringList keyUsage; // digitalSignature, keyEncipherment, …
    int validityMonths = 12;
    bool isCa = false;
};

// A DER certificate for the key, signed by issuerPem with issuerDer's name (self-signed when
// the issuer is empty).
QByteArray makeCertificate(const QByteArray &keyPem, const CertificateRequest &request,
                           const QByteArray &issuerKeyPem = {}, const QByteArray &issuerDer = {});
// A PKCS#10 request (DER) for the key and subject, for the pending operation's csr.
QByteArray makeCsr(const QByteArray &keyPem, const QString &subject);

struct ParsedCertificate
{
    QByteArray keyPem;
    QByteArray der;
    QList<QByteArray> chainDer;
};

// PFX (DER bytes) with a password, or PEM text holding a private key and certificates.
std::optional<ParsedCertificate> parsePfx(const QByteArray &pfx, const QByteArray &password,
                                          QString *error);
std::optional<ParsedCertificate> parsePem(const QByteArray &pem, QString *error);
// A PFX without a password holding key, certificate and chain, as the service exports it.
QByteArray makePfx(const QByteArray &keyPem, const QByteArray &der,
                   const QList<QByteArray> &chainDer);
QByteArray derToPem(const QByteArray &der);

struct CertificateFacts
{
    QString subject;
    qint64 notBefore = 0;
    qint64 notAfter = 0;
    QStringList dnsNames;
};
CertificateFacts certificateFacts(const QByteArray &der);
// Whether the certificate's public key belongs to the private key.
bool keyMatches(const QByteArray &keyPem, const QByteArray &der);

} // namespace kluis::emulator::crypto
