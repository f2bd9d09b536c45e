#pragma once

#include "Paging.h"
#include "VaultObjects.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "state/EmulatorState.h"

#include <functional>
#include <variant>

namespace kluis::emulator {

// One routed data-plane call: what permission it needs (access-policy word and RBAC data
// action) and how to run it.
struct VaultOperation
{
    Kind kind = Kind::Secret;
    QString permission; // "get", "list", "set", "delete", "sign", …
    QString action; // RBAC data action, e.g. "Microsoft.KeyVault/vaults/secrets/getSecret/action"
    QString objectName; // empty for collection calls
    std::function<ApiResponse()> run;
};

// The secrets, keys and certificates operations of one request on one vault, after
// authentication. Split over SecretsApi.cpp, KeysApi.cpp, CertificatesApi.cpp and
// VaultApi.cpp (routing and what all three kinds share).
class VaultApi
{
public:
    VaultApi(EmulatorState &state, Vault &vault, const ApiRequest &request, QString apiVersion,
             QString origin);

    // The operation the request names, or the 4xx to answer (unknown path, wrong method,
    // invalid name).
    std::variant<VaultOperation, ApiResponse> resolve();

    static constexpr qsizetype kMaxSecretBytes = 25 * 1024;
    // How long a deletion takes to complete.
    static constexpr qint64 kDeletionDelayMs = 2000;

private:
    std::variant<VaultOperation, ApiResponse> resolveKind(Kind kind, const QStringList &rest);
    std::variant<VaultOperation, ApiResponse> resolveDeleted(Kind kind, const QStringList &rest);

    // Shared by the three kinds.
    ApiResponse list(Kind kind);
    ApiResponse listVersions(Kind kind, const QString &name);
    ApiResponse listDeleted(Kind kind);
    ApiResponse remove(Kind kind, const QString &name);
    ApiResponse getDeleted(Kind kind, const QString &name);
    ApiResponse recover(Kind kind, const QString &name);
    ApiResponse purge(Kind kind, const QString &name);
    ApiResponse backup(Kind kind, const QString &name);
    ApiResponse restore(Kind kind);

    // Secrets.
    ApiResponse getSecret(const QString &name, const QString &version);
    ApiResponse setSecret(const QString &name);
    ApiResponse updateSecret(const QString &name, const QString &version);

    // Keys.
    ApiResponse getKey(const QString &name, const QString &version);
    ApiResponse createKey(const QString &name);
    ApiResponse importKey(const QString &name);
    // A new version of the key `name` made of `pem` (create and import).
    ApiResponse addKeyVersion(const QString &name, const QByteArray &pem, const QString &kty,
                              const QJsonValue &ops, const QJsonObject &body);
    ApiResponse keyResult(const QString &name, const ObjectVersion &version);
    ApiResponse updateKey(const QString &name, const QString &version);
    ApiResponse rotateKey(const QString &name);
    ApiResponse getRotationPolicy(const QString &name);
    ApiResponse setRotationPolicy(const QString &name);
    QJsonObject rotationPolicyJson(const QString &name, const QJsonObject &policy) const;
    ApiResponse keyOperation(const QString &name, const QString &version, const QString &op);

    // Certificates.
    ApiResponse getCertificate(const QString &name, const QString &version);
    ApiResponse createCertificate(const QString &name);
    ApiResponse importCertificate(const QString &name);
    ApiResponse updateCertificate(const QString &name, const QString &version);
    ApiResponse getPending(const QString &name);
    ApiResponse getPolicy(const QString &name);
    ApiResponse updatePolicy(const QString &name);

    // Lookup: the live (not deleted) object, or nullptr.
    const VaultObject *live(Kind kind, const QString &name) const;
    // The version (latest when empty) of a live object, or the 404 to answer.
    std::variant<ObjectVersion, ApiResponse> findVersion(Kind kind, const QString &name,
                                                         const QString &version) const;
    // Replaces one version of a live object and saves it.
    void replaceVersion(Kind kind, const QString &name, const ObjectVersion &version);
    // Changes a stored object in place (what the live and deleted lists read is left alone)
    // and saves it.
    template<typename Change> void change(Kind kind, const QString &name, Change apply)
    {
        const auto key = objects::storageKey(kind, name);
        if (auto *object = m_vault.objects.find(key)) {
            apply(*object);
            m_state.saveObject(m_vault, key);
        }
    }
    // 409 when the name is deleted but recoverable (or still being deleted).
    std::optional<ApiResponse> conflictIfDeleted(Kind kind, const QString &name) const;
    std::optional<ApiResponse> conflictIfManaged(Kind kind, const QString &name) const;
    // The soft-deleted object (complete or not), or nullptr.
    const VaultObject *deletedObject(Kind kind, const QString &name) const;
    static ApiResponse deletedNotFound(Kind kind);
    // Why recover or purge cannot go on: nothing deleted, the deletion still running, or a
    // certificate's key or secret asked for on its own.
    std::optional<ApiResponse> refuseOnDeleted(Kind kind, const QString &name) const;

    // The checks a new version of a secret or key passes (tags, a deleted or managed name) and
    // its attributes from the request; or the error to answer.
    std::variant<ObjectAttributes, ApiResponse> newVersionAttributes(Kind kind, const QString &name,
                                                                     const QJsonObject &body) const;
    // The first steps of a PATCH on a version: the request's body, and the version with the
    // requested attributes and tags applied (not saved yet); or the error to answer.
    struct Patch
    {
        QJsonObject body;
        ObjectVersion version;
    };
    std::variant<Patch, ApiResponse> patchVersion(Kind kind, const QString &name,
                                                  const QString &version);

    // Bodies and responses.
    std::variant<QJsonObject, ApiResponse> jsonBody() const;
    ApiResponse notFound(Kind kind, const QString &name, const QString &version = {}) const;
    static ApiResponse badParameter(const QString &message);
    static bool validTags(const QJsonValue &tags);

    QString idFor(Kind kind, const QString &name, const QString &version = {}) const;
    QJsonObject responseAttributes(const ObjectAttributes &stored) const;
    static void insertTagsAndManaged(QJsonObject &out, const ObjectVersion &version);
    QJsonObject secretBundle(const VaultObject &object, const ObjectVersion &version) const;
    // What a list item of every kind holds: its identifier (kid for keys), attributes, tags and
    // whether it is managed.
    QJsonObject itemJson(Kind kind, const VaultObject &object, const ObjectVersion &version,
                         bool withVersion) const;
    QJsonObject keyBundle(const VaultObject &object, const ObjectVersion &version) const;
    QJsonObject certificateBundle(const VaultObject &object, const ObjectVersion &version) const;
    QJsonObject policyJson(const QString &name, const QJsonObject &policy) const;
    QJsonObject pendingJson(const QString &name, const PendingCertificate &pending,
                            const QString &status) const;
    QJsonObject bundle(Kind kind, const VaultObject &object, const ObjectVersion &version) const;
    QJsonObject item(Kind kind, const VaultObject &object, const ObjectVersion &version,
                     bool withVersion) const;
    QJsonObject withDeletion(Kind kind, QJsonObject bundle, const VaultObject &object) const;

    // A list page: the items and, when more follow, the position of the next page.
    ApiResponse page(const QString &path, const QJsonArray &items,
                     const std::optional<PageToken> &next) const;
    // maxresults (1–25, default 25) and the $skiptoken, or the 400 to answer.
    std::variant<std::pair<int, std::optional<PageToken>>, ApiResponse> pageRequest() const;

    EmulatorState &m_state;
    Vault &m_vault;
    const ApiRequest &m_request;
    QString m_apiVersion;
    QString m_origin; // "https://<vault host>:<port>" for ids and next links
};

} // namespace kluis::emulator
