#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kluis::emulator {

// The attributes every version carries (Unix seconds).
struct ObjectAttributes
{
    bool enabled = true;
    std::optional<qint64> notBefore;
    std::optional<qint64> expires;
    qint64 created = 0;
    qint64 updated = 0;

    // Made now; a date of 0 is not set.
    static ObjectAttributes madeAt(qint64 now, bool enabled = true, qint64 notBefore = 0,
                                   qint64 expires = 0);
    // Applies {enabled, nbf, exp} from a request (null clears a date); false on wrong types,
    // leaving the attributes unchanged.
    bool merge(const QJsonValue &requested);
    bool validAt(qint64 now) const;
    QJsonObject toJson() const;
    static ObjectAttributes fromJson(const QJsonObject &json);
};

// One version of a secret, key or certificate; a kind uses its own fields only.
struct ObjectVersion
{
    QString id; // 32 lower-case hex
    ObjectAttributes attributes;
    QJsonObject tags;
    bool managed = false; // the key or secret of a certificate

    // Secret.
    QString value;
    std::optional<QString> contentType;
    bool backsCertificate = false; // answered with the certificate key's kid

    // Key: the private key (never answered), its type and permitted operations.
    QByteArray privateKeyPem;
    QString kty;
    QStringList keyOps;

    // Certificate.
    QByteArray der;
    QList<QByteArray> chainDer;
    QString thumbprint() const; // x5t: base64url SHA-1 of the DER

    QJsonObject toJson() const;
    static ObjectVersion fromJson(const QJsonObject &json);
};

// A soft-deleted object: when, when it will be purged, and when the deletion completes (until
// then the deleted object is invisible and cannot be purged or recovered).
struct Deletion
{
    qint64 deletedDate = 0;
    qint64 scheduledPurgeDate = 0;
    qint64 readyAtMs = 0;

    bool complete() const;
};

// A certificate's last create operation.
struct PendingCertificate
{
    QString status; // "completed"
    QString issuer;
    QByteArray csrDer;
    QString requestId;
};

// A secret, key or certificate of a vault: its versions (oldest first, the last is current).
// A certificate's key and secret share its name and version ids (managed).
struct VaultObject
{
    QString name; // as first spelt
    QList<ObjectVersion> versions;
    std::optional<Deletion> deleted;
    // A certificate's policy; a key's rotation policy (empty: never set).
    QJsonObject policy;
    std::optional<PendingCertificate> pending;

    bool isLive() const { return !deleted && !versions.isEmpty(); }
    const ObjectVersion &latest() const { return versions.last(); }
    const ObjectVersion *version(const QString &id) const;
    // Replaces the version of the same id; false when there is none.
    bool replace(const ObjectVersion &version);

    // The layout of the journal, the snapshot and backups (unchanged since they held JSON).
    QJsonObject toJson() const;
    static VaultObject fromJson(const QJsonObject &json);
};

} // namespace kluis::emulator
