#pragma once

#include "state/EmulatorState.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kluis::emulator {

// How a vault's data-plane contents are laid out in Vault::objects.
//
//   "secret/<lower name>"      {name, versions: [Version…], deleted?: Deletion}
//   "key/<lower name>"         {name, versions: [Version…], deleted?: Deletion}
//   "certificate/<lower name>" {name, versions: [Version…], deleted?: Deletion, policy,
//                               pending?: {status, csr, requestId, issuer}}
//
// Version (oldest first, the last one is the current version):
//   common      {version: 32 hex, attributes: {enabled, nbf?, exp?, created, updated},
//                tags: {}, managed?: true}
//   secret      + {value, contentType?, certificate?: true (backs a certificate: kid)}
//   key         + {pem (PKCS#8 private key, never answered), kty, key_ops: [...]}
//   certificate + {cer (base64 DER), x5t (base64url SHA-1), chain: [base64 DER…]}
// Deletion: {deletedDate, scheduledPurgeDate (Unix seconds), readyAtMs (epoch ms when the
// deletion completes; until then the deleted item is invisible and cannot be purged)}.
// A certificate's key and secret share its name and version ids (managed: true).
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
QJsonObject attributes(qint64 now, bool enabled = true, qint64 nbf = 0, qint64 exp = 0);

QJsonObject secretVersion(const QString &value, const QString &contentType, const QJsonObject &tags,
                          const QJsonObject &attributes);
QJsonObject keyVersion(const QByteArray &pem, const QString &kty, const QJsonArray &keyOps,
                       const QJsonObject &tags, const QJsonObject &attributes);
QJsonArray defaultKeyOps(const QString &kty);

// Appends a version (its id made when absent) and returns it; creates the object if needed.
// The caller saves.
QJsonObject append(Vault &vault, Kind kind, const QString &name, QJsonObject version);
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
