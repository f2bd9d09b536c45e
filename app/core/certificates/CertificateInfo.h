#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kluis::core {

// What the window shows about a certificate, parsed locally from its DER bytes (a vault's `cer`,
// a downloaded .cer/.pem) so nothing depends on what the service chose to summarise.
struct CertificateInfo
{
    enum class Expiry
    {
        Ok,
        ExpiresSoon,
        Expired,
        NotYetValid
    };
    static constexpr int defaultWarningDays = 30;

    QByteArray der;
    QString subject; // one line, most significant part last ("CN=a, O=b" order as in the cert)
    QString issuer;
    QString subjectCommonName;
    QStringList subjectAlternativeNames; // "DNS:a.example", "IP:192.0.2.1", "email:…", "URI:…"
    QStringList dnsNames;
    QDateTime notBefore;         // UTC
    QDateTime notAfter;          // UTC
    QString serialNumber;        // upper-case hex, no separators
    QByteArray sha1Thumbprint;   // raw digest of the DER
    QByteArray sha256Thumbprint; // raw digest of the DER
    QString keyAlgorithm;        // "RSA", "EC", "Ed25519", …
    int keySizeBits = 0;
    QString curve;                // "P-256", "P-384", "P-521" for EC keys
    QStringList keyUsage;         // e.g. "Digital Signature", "Key Encipherment"
    QStringList extendedKeyUsage; // names for the well-known ones, else the OID
    QStringList extendedKeyUsageOids;
    bool selfSigned = false; // issuer == subject and the signature verifies with its own key
    bool certificateAuthority = false;

    // Upper-case hex, as Windows and the portal show thumbprints.
    QString sha1Hex() const;
    QString sha256Hex() const;
    // Base64url of the SHA-1 thumbprint: the `x5t` the service sends.
    QString x5t() const;

    Expiry expiry(const QDateTime &now = QDateTime::currentDateTimeUtc(),
                  int warningDays = defaultWarningDays) const;
    qint64 daysUntilExpiry(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // True when `issuerCandidate` names this certificate's issuer and its key signed it.
    bool isIssuedBy(const CertificateInfo &issuerCandidate) const;

    QByteArray toPem() const;

    static Result<CertificateInfo> fromDer(const QByteArray &der);
    // Every certificate in a PEM text (private keys and other blocks are skipped); fails when
    // there is none or one does not parse.
    static Result<QList<CertificateInfo>> fromPem(const QByteArray &pem);
    // DER or PEM, whichever `data` holds.
    static Result<QList<CertificateInfo>> fromData(const QByteArray &data);
    // Leaf first, then each issuer; certificates that belong to no chain from the leaf follow in
    // their original order. The leaf is the one that issued no other certificate in the list.
    static QList<CertificateInfo> orderChain(QList<CertificateInfo> certificates);
};

} // namespace kluis::core
