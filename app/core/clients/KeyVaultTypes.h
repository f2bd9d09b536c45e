#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
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
    QUrl kid;
    QString name;
    QString version;
    QString keyType; // from a bundle's JWK; empty for list items
    QStringList keyOperations;
    ObjectAttributes attributes;
    QMap<QString, QString> tags;
    bool managed = false;
    QUrl recoveryId;
    std::optional<QDateTime> deletedDate;
    std::optional<QDateTime> scheduledPurgeDate;

    // A list item ({"kid", ...}) or a bundle ({"key": {"kid", "kty", ...}, ...}).
    static KeyItem fromJson(const QJsonObject &object);
};

struct CertificateItem
{
    QUrl id;
    QString name;
    QString version;
    QString x5t; // base64url SHA-1 thumbprint
    ObjectAttributes attributes;
    QMap<QString, QString> tags;
    QUrl kid;       // bundles only
    QUrl sid;       // bundles only
    QByteArray cer; // DER, bundles only
    QUrl recoveryId;
    std::optional<QDateTime> deletedDate;
    std::optional<QDateTime> scheduledPurgeDate;

    static CertificateItem fromJson(const QJsonObject &object);
};

QMap<QString, QString> tagsFromJson(const QJsonObject &object);
QJsonObject tagsToJson(const QMap<QString, QString> &tags);

} // namespace kluis::core
