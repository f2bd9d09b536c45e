#pragma once

#include "clients/ObjectKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace kluis::core {

// Attributes every Key Vault object carries. Dates come as Unix seconds, sometimes fractional.
struct ObjectAttributes
{
    bool enabled = true;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    std::optional<QDateTime> created;
    std::optional<QDateTime> updated;
    QString recoveryLevel;
    int recoverableDays = 0;

    static ObjectAttributes fromJson(const QJsonObject &object);
    // enabled, nbf and exp: what a client may set.
    QJsonObject toJson() const;
};

// Identity of an object: https://vault/secrets/NAME[/VERSION] (or /deletedsecrets/NAME).
struct ObjectId
{
    QString collection; // "secrets", "keys", "certificates", "deletedsecrets", …
    QString name;
    QString version;

    static ObjectId parse(const QUrl &id);
};

// A secret as lists show it: never a value.
struct SecretItem
{
    static constexpr ObjectKind kind = ObjectKind::Secret;
    QUrl id;
    QString name;
    QString version;
    QString contentType;
    ObjectAttributes attributes;
    QMap<QString, QString> tags;
    bool managed = false; // backs a certificate
    // Deleted secrets only.
    QUrl recoveryId;
    std::optional<QDateTime> deletedDate;
    std::optional<QDateTime> scheduledPurgeDate;

    static SecretItem fromJson(const QJsonObject &object);
};

// A secret with its value, fetched on demand, handed to the caller and not kept.
struct SecretBundle
{
    SecretItem item;
    QString value;
    QUrl kid; // when the secret backs a certificate

    static SecretBundle fromJson(const QJsonObject &object);
};

// Fields of PATCH /secrets/NAME/VERSION; what is unset stays as it is.
struct SecretUpdate
{
    std::optional<bool> enabled;
    std::optional<QString> contentType;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    std::optional<QMap<QString, QString>> tags;

    QJsonObject toJson() const;
};

struct KeyItem
{
    static constexpr ObjectKind kind = ObjectKind::Key;
    QUrl kid;
    QString name;
    QString version;
    // From a bundle's JWK; list items carry none of these.
    QString keyType; // RSA, RSA-HSM, EC, EC-HSM, oct-HSM
    int keySize = 0; // RSA: bits of the modulus
    QString curve;   // EC: P-256, P-384, P-521, P-256K
    QStringList keyOperations;
    QJsonObject publicJwk; // kty, n, e | crv, x, y; never private parts
    ObjectAttributes attributes;
    QMap<QString, QString> tags;
    bool managed = false; // backs a certificate
    QUrl recoveryId;
    std::optional<QDateTime> deletedDate;
    std::optional<QDateTime> scheduledPurgeDate;

    // A list item ({"kid", ...}) or a bundle ({"key": {"kid", "kty", ...}, ...}).
    static KeyItem fromJson(const QJsonObject &object);
    // "RSA 2048", "EC P-256"; empty for list items.
    QString keyDescription() const;
};

// POST /keys/NAME/create. Creating again under the same name makes a new version.
struct KeyCreateOptions
{
    QString keyType = QStringLiteral("RSA"); // RSA, RSA-HSM, EC, EC-HSM
    int keySize = 2048;                      // RSA: 2048, 3072 or 4096
    QString curve = QStringLiteral("P-256"); // EC: P-256, P-384, P-521
    QStringList keyOperations;               // empty: the service's default for the type
    bool enabled = true;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    QMap<QString, QString> tags;

    QJsonObject toJson() const;
};

// Fields of PATCH /keys/NAME/VERSION; what is unset stays as it is.
struct KeyUpdate
{
    std::optional<bool> enabled;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    std::optional<QStringList> keyOperations;
    std::optional<QMap<QString, QString>> tags;

    QJsonObject toJson() const;
};

// The answer of POST /keys/NAME[/VERSION]/sign.
struct SignResult
{
    QUrl kid; // the key version that signed
    QByteArray signature;
};

// The part of a certificate policy Kluis shows and edits (the service keeps the rest).
struct CertificatePolicy
{
    QString subject; // "CN=example.com"
    QStringList dnsNames;
    QStringList emails;
    QStringList upns;
    int validityMonths = 12;
    QString keyType = QStringLiteral("RSA"); // RSA, RSA-HSM, EC, EC-HSM
    int keySize = 2048;
    QString curve; // EC only
    bool exportable = true;
    bool reuseKey = false;
    // application/x-pkcs12 (PFX) or application/x-pem-file: the managed secret's format.
    QString contentType = QStringLiteral("application/x-pkcs12");
    QString issuer = QStringLiteral("Self");
    QStringList ekus;
    QStringList keyUsage;
    QJsonObject raw; // the whole policy as the service sent it

    static CertificatePolicy fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // Whether a lifetime action renews the certificate by itself (action_type AutoRenew);
    // otherwise it only mails the contacts, or does nothing.
    bool autoRenews() const;
};

// A key's rotation policy (GET /keys/NAME/rotationpolicy). The service answers a default
// (notify 30 days before expiry) for a key whose policy was never set.
struct KeyRotationPolicy
{
    bool explicitlySet = false; // the default has no id and no dates
    // The Rotate action's trigger as the service gives it ("P90D" after create, or before
    // expiry); empty when nothing rotates the key.
    QString rotateAfterCreate;
    QString rotateBeforeExpiry;
    QString expiresIn; // a rotated key's lifetime, ISO 8601

    bool rotates() const { return !rotateAfterCreate.isEmpty() || !rotateBeforeExpiry.isEmpty(); }
    static KeyRotationPolicy fromJson(const QJsonObject &object);
};

// The pending operation of a certificate being created (GET /certificates/NAME/pending).
struct CertificateOperation
{
    QUrl id;
    QString status; // inProgress, completed, failed, cancelled
    QString statusDetails;
    QUrl target; // the certificate, once completed
    QString requestId;
    QString errorCode;
    QString errorMessage;

    static CertificateOperation fromJson(const QJsonObject &object);
    bool isDone() const { return status.compare(QLatin1String("inProgress"), Qt::CaseInsensitive); }
    bool isCompleted() const
    {
        return !status.compare(QLatin1String("completed"), Qt::CaseInsensitive);
    }
};

struct CertificateItem
{
    static constexpr ObjectKind kind = ObjectKind::Certificate;
    QUrl id;
    QString name;
    QString version;
    QString x5t; // base64url SHA-1 thumbprint
    ObjectAttributes attributes;
    QMap<QString, QString> tags;
    QUrl kid;       // bundles only
    QUrl sid;       // bundles only
    QByteArray cer; // DER, bundles only
    // Bundles only: read from cer and the policy.
    QString subject;
    QString contentType; // of the managed secret
    std::optional<CertificatePolicy> policy;
    QUrl recoveryId;
    std::optional<QDateTime> deletedDate;
    std::optional<QDateTime> scheduledPurgeDate;

    static CertificateItem fromJson(const QJsonObject &object);
    // The CER as PEM text ("-----BEGIN CERTIFICATE-----"); empty without cer.
    QByteArray cerPem() const;
};

// Fields of PATCH /certificates/NAME/VERSION; what is unset stays as it is.
struct CertificateUpdate
{
    std::optional<bool> enabled;
    std::optional<QMap<QString, QString>> tags;

    QJsonObject toJson() const;
};

// POST /certificates/NAME/import.
struct CertificateImport
{
    // Raw PFX bytes, or PEM text with the private key and the certificate(s).
    QByteArray content;
    QString password; // PFX only
    bool enabled = true;
    QMap<QString, QString> tags;
    // Overrides of the policy the service derives (e.g. exportable=false); empty: none.
    QJsonObject policy;

    bool isPem() const { return content.contains("-----BEGIN"); }
    QJsonObject toJson() const;
};

// A certificate with its private key: the managed secret, fetched on demand, not kept.
struct CertificateExport
{
    QString contentType; // application/x-pkcs12 or application/x-pem-file
    QByteArray content;  // PFX bytes (no password) or PEM text
    bool hasPrivateKey = false;
};

QMap<QString, QString> tagsFromJson(const QJsonObject &object);
QJsonObject tagsToJson(const QMap<QString, QString> &tags);

} // namespace kluis::core

// List models keep rows in a QList that grows past 100,000 items; moving the rows by memcpy
// when it grows keeps a growth step from stalling the event loop. Every member (Qt's implicitly
// shared types, std::optional of them, plain values) is relocatable.
Q_DECLARE_TYPEINFO(kluis::core::SecretItem, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(kluis::core::KeyItem, Q_RELOCATABLE_TYPE);
