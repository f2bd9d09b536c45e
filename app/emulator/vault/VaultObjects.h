#pragma once

#include "state/EmulatorState.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kluis::emulator {

// A vault's data-plane contents are VaultObjects (state/VaultObject.h) in Vault::objects under
// "secret/<lower name>", "key/<lower name>" and "certificate/<lower name>" (storageKey).
enum class Kind
{
    Secret,
    Key,
    Certificate
};

struct KindInfo
{
    QString prefix;     // "secret/"
    QString collection; // "secrets"
    QString deleted;    // "deletedsecrets"
    QString noun;       // "secret"
    QString title;      // "Secret"
    QString notFound;   // "SecretNotFound"
};

const KindInfo &kindInfo(Kind kind);

namespace objects {

qint64 nowSeconds();
qint64 nowMs();
QString storageKey(Kind kind, const QString &name);

// A version without an id yet (append makes one).
ObjectVersion secretVersion(const QString &value, const std::optional<QString> &contentType,
                            const QJsonObject &tags, const ObjectAttributes &attributes);
ObjectVersion keyVersion(const QByteArray &pem, const QString &kty, const QStringList &keyOps,
                         const QJsonObject &tags, const ObjectAttributes &attributes);
QStringList defaultKeyOps(const QString &kty);
// The strings of a JSON array (anything else in it as empty strings).
QStringList strings(const QJsonValue &array);

// Appends a version (its id made when empty) and returns it; creates the object if needed
// (a deleted one is replaced). The caller saves.
ObjectVersion append(Vault &vault, Kind kind, const QString &name, ObjectVersion version);
// The live object (not deleted, with a version), or nullptr.
const VaultObject *live(const Vault &vault, Kind kind, const QString &name);
// Marks an object deleted (completing after delayMs), or removes it without soft delete.
void markDeleted(Vault &vault, Kind kind, const QString &name, qint64 delayMs);

struct CertificateMaterial
{
    QByteArray keyPem;
    QByteArray der;
    QList<QByteArray> chainDer;
};

// Stores a certificate version with its managed key and secret; returns the version id.
// The caller saves the three keys (storageKey for each kind).
QString storeCertificate(Vault &vault, const QString &name, const QJsonObject &policy,
                         const CertificateMaterial &material, const QJsonObject &tags,
                         bool enabled = true);
// A policy as the service completes it (defaults filled), from a requested one.
QJsonObject completePolicy(const QJsonObject &requested, qint64 now);
// The policy the service gives an imported certificate that came without one.
QJsonObject policyForImport(const CertificateMaterial &material, const QString &contentType,
                            qint64 now);

// The objects an operation on `kind` reaches: a certificate brings its managed key and secret
// (delete, recover, purge, backup and restore move all three); the other kinds only themselves.
QList<Kind> withManaged(Kind kind);
void saveAll(EmulatorState &state, const Vault &vault, Kind kind, const QString &name);

} // namespace objects
} // namespace kluis::emulator
