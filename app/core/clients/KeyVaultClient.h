#pragma once

#include "clients/KeyVaultTypes.h"
#include "common/Result.h"

#include <QCoro/QCoroTask>
#include <QPointer>

namespace kluis::core {

class HttpPipeline;
struct CloudProfile;

template<typename T> struct ItemPage
{
    QList<T> items;
    QUrl nextLink; // empty on the last page; may follow an empty page
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

    // Lists: pass an empty URL for the first page, then the page's nextLink.
    QCoro::Task<Result<ItemPage<SecretItem>>> listSecrets(QUrl next = {}) const;
    QCoro::Task<Result<ItemPage<SecretItem>>> listSecretVersions(QString name,
                                                                 QUrl next = {}) const;
    QCoro::Task<Result<ItemPage<SecretItem>>> listDeletedSecrets(QUrl next = {}) const;
    QCoro::Task<Result<ItemPage<KeyItem>>> listKeys(QUrl next = {}) const;
    QCoro::Task<Result<ItemPage<CertificateItem>>> listCertificates(QUrl next = {}) const;
    // Every page, one after another.
    QCoro::Task<Result<QList<SecretItem>>> listAllSecrets() const;

    QCoro::Task<Result<SecretBundle>> getSecret(QString name, QString version = {}) const;
    QCoro::Task<Result<SecretBundle>> setSecret(QString name, QString value,
                                                QString contentType = {},
                                                QMap<QString, QString> tags = {}) const;
    QCoro::Task<Result<SecretItem>> updateSecret(QString name, QString version,
                                                 SecretUpdate update) const;
    QCoro::Task<Result<SecretItem>> deleteSecret(QString name) const;
    QCoro::Task<Result<SecretItem>> getDeletedSecret(QString name) const;
    QCoro::Task<Result<SecretItem>> recoverDeletedSecret(QString name) const;
    QCoro::Task<Status> purgeDeletedSecret(QString name) const;
    // The opaque base64url blob the service hands out.
    QCoro::Task<Result<QByteArray>> backupSecret(QString name) const;
    QCoro::Task<Result<SecretItem>> restoreSecret(QByteArray backup) const;

    QCoro::Task<Result<KeyItem>> getKey(QString name, QString version = {}) const;
    QCoro::Task<Result<CertificateItem>> getCertificate(QString name, QString version = {}) const;

private:
    QUrl url(const QString &path) const;

    QPointer<HttpPipeline> m_pipeline;
    QUrl m_vault;
    QString m_apiVersion;
};

} // namespace kluis::core
