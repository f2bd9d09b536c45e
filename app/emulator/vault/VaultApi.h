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
    ApiResponse updateKey(const QString &name, const QString &version);
    ApiResponse rotateKey(const QString &name);
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
    const QJsonObject *live(Kind kind, const QString &name) const;
    // The version (latest when empty) of a live object, or the 404 to answer.
    std::variant<QJsonObject, ApiResponse> findVersion(Kind kind, const QString &name,
                                                       const QString &version) const;
    // Replaces one version of a live object and saves it.
    void replaceVersion(Kind kind, const QString &name, const QJsonObject &version);
    // 409 when the name is deleted but recoverable (or still being deleted).
    std::optional<ApiResponse> conflictIfDeleted(Kind kind, const QString &name) const;
    std::optional<ApiResponse> conflictIfManaged(Kind kind, const QString &name) const;

    // The first steps of a PATCH on a version: the request's body, and the version with the
    // requested attributes and tags applied (not saved yet); or the error to answer.
    struct Patch
    {
        QJsonObject body;
        QJsonObject version;
    };
    std::variant<Patch, ApiResponse> patchVersion(Kind kind, const QString &name,
                                                  const QString &version);

    // Bodies and responses.
    std::variant<QJsonObject, ApiResponse> jsonBody() const;
    ApiResponse notFound(Kind kind, const QString &name, const QString &version = {}) const;
    static ApiResponse badParameter(const QString &message);
    // Applies {enabled, nbf, exp} from a request onto stored attributes; false on bad types.
    static bool mergeAttributes(QJsonObject &stored, const QJsonValue &requested);
    static bool validTags(const QJsonValue &tags);

    QString idFor(Kind kind, const QString &name, const QString &version = {}) const;
    QJsonObject responseAttributes(const QJsonObject &stored) const;
    QJsonObject secretBundle(const QJsonObject &object, const QJsonObject &version) const;
    // What a list item of every kind holds: its identifier (kid for keys), attributes, tags and
    // whether it is managed.
    QJsonObject itemJson(Kind kind, const QJsonObject &object, const QJsonObject &version,
                         bool withVersion) const;
    QJsonObject secretItem(const QJsonObject &object, const QJsonObject &version,
                           bool withVersion) const;
    QJsonObject keyBundle(const QJsonObject &object, const QJsonObject &version) const;
    QJsonObject keyItem(const QJsonObject &object, const QJsonObject &version,
                        bool withVersion) const;
    QJsonObject certificateBundle(const QJsonObject &object, const QJsonObject &version) const;
    QJsonObject certificateItem(const QJsonObject &object, const QJsonObject &version,
                                bool withVersion) const;
    QJsonObject policyJson(const QString &name, const QJsonObject &policy) const;
    QJsonObject pendingJson(const QString &name, const QJsonObject &pending) const;
    QJsonObject bundle(Kind kind, const QJsonObject &object, const QJsonObject &version) const;
    QJsonObject item(Kind kind, const QJsonObject &object, const QJsonObject &version,
                     bool withVersion) const;
    QJsonObject withDeletion(Kind kind, QJsonObject bundle, const QJsonObject &object) const;

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
