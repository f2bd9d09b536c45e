#pragma once

#include "clients/KeyVaultTypes.h"
#include "clients/ObjectKind.h"
#include "common/Result.h"

#include <QCoro/QCoroTask>
#include <QPointer>

#include <chrono>

namespace kluis::core {

class HttpPipeline;
struct HttpRequest;
struct CloudProfile;

template<typename T> struct ItemPage
{
    QList<T> items;
    QUrl nextLink; // empty on the last page; may follow an empty page
    QUrl url;      // where this page was read from: a loop checks both with PagingGuard
};

// The Key Vault data plane for one vault. Cheap to copy; every call is one coroutine. Calls made
// after the pipeline is gone fail with AzureError::Kind::Cancelled.
class KeyVaultClient
{
public:
    static constexpr auto defaultApiVersion = "7.6";

    KeyVaultClient(HttpPipeline *pipeline, QUrl vaultUrl,
                   QString apiVersion = QString::fromLatin1(defaultApiVersion));

    // A vault URI (https://NAME.vault.azure.net/) or a bare vault name in `cloud`.
    static Result<QUrl> vaultUrlFor(const QString &uriOrName, const CloudProfile &cloud);
    static bool isValidObjectName(const QString &name);

    QUrl vaultUrl() const { return m_vault; }
    QString apiVersion() const { return m_apiVersion; }
    // The pipeline (the account's connection) the calls go through, to reach the same account's
    // Resource Manager; null once it is gone.
    HttpPipeline *pipeline() const;
    // The same vault through the same pipeline (account) gives the same key; the vault through
    // another account does not. Empty once the pipeline is gone.
    QString listingKey() const;

    // The life cycle every kind shares, written once. Key Vault deletes, recovers and purges in
    // the background: the call returns before the object has moved; waitUntil polls the metadata
    // (never a value) until the vault shows `state`, as the Azure SDKs' pollers do, and answers
    // false when it still does not after `timeout`.
    QCoro::Task<Status> deleteObject(ObjectKind kind, QString name) const;
    QCoro::Task<Status> recoverObject(ObjectKind kind, QString name) const;
    QCoro::Task<Status> purgeObject(ObjectKind kind, QString name) const;
    // The opaque base64url blob the service hands out, and back: restore answers the name.
    QCoro::Task<Result<QByteArray>> backupObject(ObjectKind kind, QString name) const;
    QCoro::Task<Result<QString>> restoreObject(ObjectKind kind, QByteArray backup) const;
    QCoro::Task<bool> waitUntil(ObjectKind kind, QString name, ObjectState state,
                                std::chrono::milliseconds timeout = std::chrono::seconds(15)) const;
    // The same, answering the item the vault sends back: Item is SecretItem, KeyItem or
    // CertificateItem (each names its ObjectKind).
    template<typename Item> QCoro::Task<Result<Item>> deleteItem(QString name) const;
    template<typename Item> QCoro::Task<Result<Item>> getDeleted(QString name) const;
    template<typename Item> QCoro::Task<Result<Item>> recoverItem(QString name) const;
    template<typename Item> QCoro::Task<Result<Item>> restoreItem(QByteArray backup) const;
    // The state the object reaches when `call` succeeds (delete: Deleted, purge: Purged, …).
    QCoro::Task<Status> deleteAndWait(ObjectKind kind, QString name) const;
    QCoro::Task<Status> recoverAndWait(ObjectKind kind, QString name) const;
    QCoro::Task<Status> purgeAndWait(ObjectKind kind, QString name) const;

    // Lists of every kind, live, one object's versions and deleted: pass an empty URL for the
    // first page, then the page's nextLink.
    template<typename Item> QCoro::Task<Result<ItemPage<Item>>> list(QUrl next = {}) const;
    template<typename Item>
    QCoro::Task<Result<ItemPage<Item>>> listVersions(QString name, QUrl next = {}) const;
    template<typename Item> QCoro::Task<Result<ItemPage<Item>>> listDeleted(QUrl next = {}) const;
    // Every page, one after another.
    QCoro::Task<Result<QList<SecretItem>>> listAllSecrets() const;

    QCoro::Task<Result<SecretBundle>> getSecret(QString name, QString version = {}) const;
    // A new version; `attributes` sets enabled, not-before and expiry in the same request.
    QCoro::Task<Result<SecretBundle>>
    setSecret(QString name, QString value, QString contentType = {},
              QMap<QString, QString> tags = {},
              std::optional<ObjectAttributes> attributes = std::nullopt) const;
    QCoro::Task<Result<SecretItem>> updateSecret(QString name, QString version,
                                                 SecretUpdate update) const;

    // Keys.
    QCoro::Task<Result<KeyItem>> getKey(QString name, QString version = {}) const;
    // Creating an existing name makes a new version of it.
    QCoro::Task<Result<KeyItem>> createKey(QString name, KeyCreateOptions options) const;
    // `jwk` holds the private key (RSA n, e, d, p, q, dp, dq, qi or EC crv, x, y, d).
    QCoro::Task<Result<KeyItem>> importKey(QString name, QJsonObject jwk, bool hsm = false,
                                           bool enabled = true,
                                           QMap<QString, QString> tags = {}) const;
    QCoro::Task<Result<KeyItem>> updateKey(QString name, QString version, KeyUpdate update) const;
    // A new version of the same type and size (POST /keys/NAME/rotate).
    QCoro::Task<Result<KeyItem>> rotateKey(QString name) const;
    // Signs a digest (e.g. SHA-256 for RS256/ES256/PS256; see JwkSignature::digest). An empty
    // version signs with the latest. Verify locally with JwkSignature::verify and the key's
    // publicJwk, or in the vault with verify().
    QCoro::Task<Result<SignResult>> sign(QString name, QString version, QString algorithm,
                                         QByteArray digest) const;
    QCoro::Task<Result<bool>> verify(QString name, QString version, QString algorithm,
                                     QByteArray digest, QByteArray signature) const;

    // Certificates.
    // A bundle: cer (DER), kid, sid, policy, subject.
    QCoro::Task<Result<CertificateItem>> getCertificate(QString name, QString version = {}) const;
    // Starts creating (or renewing, with the same name) a certificate; poll with
    // getCertificateOperation, or use createCertificateAndWait.
    QCoro::Task<Result<CertificateOperation>>
    createCertificate(QString name, CertificatePolicy policy, bool enabled = true,
                      QMap<QString, QString> tags = {}) const;
    QCoro::Task<Result<CertificateOperation>> getCertificateOperation(QString name) const;
    // Creates, polls the pending operation every `interval` until it is done (at most
    // `timeout`), and returns the new certificate's bundle.
    QCoro::Task<Result<CertificateItem>>
    createCertificateAndWait(QString name, CertificatePolicy policy, bool enabled = true,
                             QMap<QString, QString> tags = {},
                             std::chrono::milliseconds interval = std::chrono::seconds(1),
                             std::chrono::milliseconds timeout = std::chrono::minutes(2)) const;
    QCoro::Task<Result<CertificateItem>> importCertificate(QString name,
                                                           CertificateImport import) const;
    QCoro::Task<Result<CertificatePolicy>> getCertificatePolicy(QString name) const;
    QCoro::Task<Result<KeyRotationPolicy>> getKeyRotationPolicy(QString name) const;
    QCoro::Task<Result<CertificateItem>> updateCertificate(QString name, QString version,
                                                           CertificateUpdate update) const;
    // The certificate with its private key, from the managed secret: PFX bytes or PEM text.
    // Without an exportable key the service hands out the certificate alone.
    QCoro::Task<Result<CertificateExport>> exportCertificate(QString name,
                                                             QString version = {}) const;

    // A copy whose requests belong to `owner`: when it is destroyed (the window closes the
    // vault, a pane goes away) every request still on its way is aborted and answers
    // AzureError::Kind::Cancelled; calls made afterwards fail the same way at once.
    KeyVaultClient withOwner(QObject *owner) const;

    // Where a call goes: the pipeline and the owner its requests are tied to.
    struct Route
    {
        QPointer<HttpPipeline> pipeline;
        QPointer<QObject> owner;
        bool owned = false;
        explicit operator bool() const;
        HttpPipeline *operator->() const;
    };

private:
    QUrl url(const QString &path) const;
    // /secrets/NAME/SUFFIX, /deletedkeys/NAME/SUFFIX, …
    QUrl objectUrl(ObjectKind kind, const QString &name, const QString &suffix = {}) const;
    QUrl deletedUrl(ObjectKind kind, const QString &name, const QString &suffix = {}) const;
    HttpRequest deleteRequest(ObjectKind kind, const QString &name) const;
    HttpRequest getDeletedRequest(ObjectKind kind, const QString &name) const;
    HttpRequest recoverRequest(ObjectKind kind, const QString &name) const;
    HttpRequest purgeRequest(ObjectKind kind, const QString &name) const;
    HttpRequest backupRequest(ObjectKind kind, const QString &name) const;
    HttpRequest restoreRequest(ObjectKind kind, const QByteArray &backup) const;
    // Whether the vault's metadata shows the object in `state` now.
    QCoro::Task<bool> isIn(ObjectKind kind, QString name, ObjectState state) const;
    Route route() const { return {m_pipeline, m_owner, m_owned}; }

    QPointer<HttpPipeline> m_pipeline;
    QPointer<QObject> m_owner;
    bool m_owned = false;
    QUrl m_vault;
    QString m_apiVersion;
};

} // namespace kluis::core
