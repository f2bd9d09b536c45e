#include "VaultApi.h"

#include "Names.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace kluis::emulator {

namespace {

const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QByteArray kBackupMagic = "KLUISBKP1";

QString kindName(Kind kind)
{
    return kindInfo(kind).noun;
}

bool deletionComplete(const VaultObject &object)
{
    return object.deleted && object.deleted->complete();
}

const QStringList &keyOps()
{
    static const QStringList ops{QStringLiteral("sign"),    QStringLiteral("verify"),
                                 QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                 QStringLiteral("wrapkey"), QStringLiteral("unwrapkey")};
    return ops;
}

} // namespace

VaultApi::VaultApi(EmulatorState &state, Vault &vault, const ApiRequest &request,
                   QString apiVersion, QString origin)
    : m_state(state)
    , m_vault(vault)
    , m_request(request)
    , m_apiVersion(std::move(apiVersion))
    , m_origin(std::move(origin))
{}

std::variant<VaultOperation, ApiResponse> VaultApi::resolve()
{
    auto parts = m_request.path.mid(1).split(QLatin1Char('/'));
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast();
    const auto head = parts.value(0).toLower();
    const auto rest = parts.mid(1);
    if (head == QLatin1String("secrets"))
        return resolveKind(Kind::Secret, rest);
    if (head == QLatin1String("keys"))
        return resolveKind(Kind::Key, rest);
    if (head == QLatin1String("certificates"))
        return resolveKind(Kind::Certificate, rest);
    if (head == QLatin1String("deletedsecrets"))
        return resolveDeleted(Kind::Secret, rest);
    if (head == QLatin1String("deletedkeys"))
        return resolveDeleted(Kind::Key, rest);
    if (head == QLatin1String("deletedcertificates"))
        return resolveDeleted(Kind::Certificate, rest);
    return ApiResponse::error(
        404, QStringLiteral("NotFound"),
        QStringLiteral("The requested path '%1' was not found.").arg(m_request.path.left(200)));
}

namespace {

ApiResponse methodNotAllowed(const QByteArray &method)
{
    return ApiResponse::error(405, QStringLiteral("MethodNotAllowed"),
                              QStringLiteral("The requested resource does not support http "
                                             "method '%1'.")
                                  .arg(QString::fromLatin1(method.left(20))));
}

ApiResponse pathNotFound(const QString &path)
{
    return ApiResponse::error(
        404, QStringLiteral("NotFound"),
        QStringLiteral("The requested path '%1' was not found.").arg(path.left(200)));
}

ApiResponse invalidName(const QString &name)
{
    return ApiResponse::error(
        400, QStringLiteral("BadParameter"),
        QStringLiteral("The request URI contains an invalid name: %1").arg(name.left(200)));
}

QString rbac(Kind kind, const QString &what)
{
    return QStringLiteral("Microsoft.KeyVault/vaults/%1/%2").arg(kindInfo(kind).collection, what);
}

QString rbacDeleted(Kind kind, const QString &what)
{
    const auto title = kindInfo(kind).title;
    return QStringLiteral("Microsoft.KeyVault/vaults/deleted%1s/%2").arg(title, what);
}

// A key operation's access policy permission ("wrapKey") and data action ("wrap/action"), as
// the service names them.
QString keyOperationPermission(const QString &op)
{
    return op == QLatin1String("wrapkey")     ? QStringLiteral("wrapKey")
           : op == QLatin1String("unwrapkey") ? QStringLiteral("unwrapKey")
                                              : op;
}

QString keyOperationAction(const QString &op)
{
    return (op == QLatin1String("wrapkey")     ? QStringLiteral("wrap")
            : op == QLatin1String("unwrapkey") ? QStringLiteral("unwrap")
                                               : op) +
           QStringLiteral("/action");
}

QString readAction(Kind kind)
{
    return kind == Kind::Secret ? rbac(kind, QStringLiteral("readMetadata/action"))
                                : rbac(kind, QStringLiteral("read"));
}

} // namespace

std::variant<VaultOperation, ApiResponse> VaultApi::resolveKind(Kind kind, const QStringList &rest)
{
    const auto &method = m_request.method;
    const auto op = [&](const QString &permission, const QString &action, const QString &name,
                        std::function<ApiResponse()> run) {
        return VaultOperation{kind, permission, action, name, std::move(run)};
    };
    if (rest.isEmpty()) {
        if (method != "GET")
            return methodNotAllowed(method);
        return op(QStringLiteral("list"), readAction(kind), {},
                  [this, kind] { return list(kind); });
    }
    const auto name = rest.at(0);
    // A POST that runs `action` on the object (backup, create, rotate, sign, import…).
    const auto postAction =
        [&](const QString &action,
            std::function<ApiResponse()> run) -> std::variant<VaultOperation, ApiResponse> {
        if (method != "POST")
            return methodNotAllowed(method);
        return op(action, rbac(kind, action + QStringLiteral("/action")), name, std::move(run));
    };
    if (rest.size() == 1 && name == QLatin1String("restore") && method == "POST")
        return op(QStringLiteral("restore"), rbac(kind, QStringLiteral("restore/action")), {},
                  [this, kind] { return restore(kind); });
    if (!names::isValidObjectName(name))
        return invalidName(name);

    const auto getLatest =
        [&](const QString &version) -> std::variant<VaultOperation, ApiResponse> {
        if (method == "GET") {
            const auto action = kind == Kind::Secret
                                    ? rbac(kind, QStringLiteral("getSecret/action"))
                                    : rbac(kind, QStringLiteral("read"));
            return op(QStringLiteral("get"), action, name, [this, kind, name, version] {
                if (kind == Kind::Secret)
                    return getSecret(name, version);
                if (kind == Kind::Key)
                    return getKey(name, version);
                return getCertificate(name, version);
            });
        }
        if (method == "PATCH") {
            return op(kind == Kind::Secret ? QStringLiteral("set") : QStringLiteral("update"),
                      rbac(kind, QStringLiteral("update/action")), name,
                      [this, kind, name, version] {
                          if (kind == Kind::Secret)
                              return updateSecret(name, version);
                          if (kind == Kind::Key)
                              return updateKey(name, version);
                          return updateCertificate(name, version);
                      });
        }
        if (version.isEmpty() && method == "DELETE")
            return op(QStringLiteral("delete"), rbac(kind, QStringLiteral("delete")), name,
                      [this, kind, name] { return remove(kind, name); });
        if (version.isEmpty() && method == "PUT" && kind == Kind::Secret)
            return op(QStringLiteral("set"), rbac(kind, QStringLiteral("setSecret/action")), name,
                      [this, name] { return setSecret(name); });
        if (version.isEmpty() && method == "PUT" && kind == Kind::Key)
            return op(QStringLiteral("import"), rbac(kind, QStringLiteral("import/action")), name,
                      [this, name] { return importKey(name); });
        return methodNotAllowed(method);
    };

    if (rest.size() == 1)
        return getLatest({});
    const auto sub = rest.at(1);
    const auto lower = sub.toLower();
    if (rest.size() == 2) {
        if (sub.isEmpty())
            return getLatest({});
        if (lower == QLatin1String("versions")) {
            if (method != "GET")
                return methodNotAllowed(method);
            return op(QStringLiteral("list"), readAction(kind), name,
                      [this, kind, name] { return listVersions(kind, name); });
        }
        if (lower == QLatin1String("backup"))
            return postAction(QStringLiteral("backup"),
                              [this, kind, name] { return backup(kind, name); });
        if (kind == Kind::Key && lower == QLatin1String("create"))
            return postAction(QStringLiteral("create"), [this, name] { return createKey(name); });
        if (kind == Kind::Key && lower == QLatin1String("rotate"))
            return postAction(QStringLiteral("rotate"), [this, name] { return rotateKey(name); });
        if (kind == Kind::Key && keyOps().contains(lower)) {
            if (method != "POST")
                return methodNotAllowed(method);
            return op(keyOperationPermission(lower), rbac(kind, keyOperationAction(lower)), name,
                      [this, name, lower] { return keyOperation(name, {}, lower); });
        }
        if (kind == Kind::Key && lower == QLatin1String("rotationpolicy")) {
            if (method == "GET")
                return op(QStringLiteral("getrotationpolicy"),
                          QStringLiteral("Microsoft.KeyVault/vaults/keyrotationpolicies/read"),
                          name, [this, name] { return getRotationPolicy(name); });
            if (method == "PUT")
                return op(QStringLiteral("setrotationpolicy"),
                          QStringLiteral("Microsoft.KeyVault/vaults/keyrotationpolicies/write"),
                          name, [this, name] { return setRotationPolicy(name); });
            return methodNotAllowed(method);
        }
        if (kind == Kind::Certificate && lower == QLatin1String("create"))
            return postAction(QStringLiteral("create"),
                              [this, name] { return createCertificate(name); });
        if (kind == Kind::Certificate && lower == QLatin1String("import"))
            return postAction(QStringLiteral("import"),
                              [this, name] { return importCertificate(name); });
        if (kind == Kind::Certificate && lower == QLatin1String("pending")) {
            if (method != "GET")
                return methodNotAllowed(method);
            return op(QStringLiteral("get"), rbac(kind, QStringLiteral("read")), name,
                      [this, name] { return getPending(name); });
        }
        if (kind == Kind::Certificate && lower == QLatin1String("policy")) {
            if (method == "GET")
                return op(QStringLiteral("get"), rbac(kind, QStringLiteral("read")), name,
                          [this, name] { return getPolicy(name); });
            if (method == "PATCH")
                return op(QStringLiteral("update"), rbac(kind, QStringLiteral("update/action")),
                          name, [this, name] { return updatePolicy(name); });
            return methodNotAllowed(method);
        }
        if (!names::isValidVersion(sub)) {
            if (method == "GET" || method == "PATCH")
                return notFound(kind, name, sub.left(64));
            return pathNotFound(m_request.path);
        }
        return getLatest(sub.toLower());
    }
    if (rest.size() == 3 && kind == Kind::Key && keyOps().contains(rest.at(2).toLower())) {
        const auto opName = rest.at(2).toLower();
        if (!sub.isEmpty() && !names::isValidVersion(sub))
            return notFound(kind, name, sub.left(64));
        if (method != "POST")
            return methodNotAllowed(method);
        const auto version = sub.toLower();
        return op(keyOperationPermission(opName), rbac(kind, keyOperationAction(opName)), name,
                  [this, name, version, opName] { return keyOperation(name, version, opName); });
    }
    return pathNotFound(m_request.path);
}

std::variant<VaultOperation, ApiResponse> VaultApi::resolveDeleted(Kind kind,
                                                                   const QStringList &rest)
{
    const auto &method = m_request.method;
    if (rest.isEmpty()) {
        if (method != "GET")
            return methodNotAllowed(method);
        return VaultOperation{kind,
                              QStringLiteral("list"),
                              rbacDeleted(kind, QStringLiteral("read")),
                              {},
                              [this, kind] { return listDeleted(kind); }};
    }
    const auto name = rest.at(0);
    if (!names::isValidObjectName(name))
        return invalidName(name);
    if (rest.size() == 1) {
        if (method == "GET")
            return VaultOperation{kind, QStringLiteral("get"),
                                  rbacDeleted(kind, QStringLiteral("read")), name,
                                  [this, kind, name] { return getDeleted(kind, name); }};
        if (method == "DELETE")
            return VaultOperation{kind, QStringLiteral("purge"),
                                  rbacDeleted(kind, QStringLiteral("delete")), name,
                                  [this, kind, name] { return purge(kind, name); }};
        return methodNotAllowed(method);
    }
    if (rest.size() == 2 && rest.at(1).toLower() == QLatin1String("recover")) {
        if (method != "POST")
            return methodNotAllowed(method);
        return VaultOperation{kind, QStringLiteral("recover"),
                              rbacDeleted(kind, QStringLiteral("recover/action")), name,
                              [this, kind, name] { return recover(kind, name); }};
    }
    return pathNotFound(m_request.path);
}

// Lookups and shared helpers.

const VaultObject *VaultApi::live(Kind kind, const QString &name) const
{
    return objects::live(m_vault, kind, name);
}

std::variant<ObjectVersion, ApiResponse> VaultApi::findVersion(Kind kind, const QString &name,
                                                               const QString &version) const
{
    const auto *object = live(kind, name);
    if (!object)
        return notFound(kind, name, version);
    if (version.isEmpty())
        return object->latest();
    if (const auto *found = object->version(version))
        return *found;
    return notFound(kind, name, version);
}

void VaultApi::replaceVersion(Kind kind, const QString &name, const ObjectVersion &version)
{
    change(kind, name, [&](VaultObject &object) { object.replace(version); });
}

std::optional<ApiResponse> VaultApi::conflictIfDeleted(Kind kind, const QString &name) const
{
    const auto it = m_vault.objects.constFind(objects::storageKey(kind, name));
    if (it == m_vault.objects.cend() || !it->deleted)
        return std::nullopt;
    const auto &info = kindInfo(kind);
    if (!deletionComplete(*it))
        return ApiResponse::error(
            409, QStringLiteral("Conflict"),
            QStringLiteral("%1 %2 is currently being deleted.").arg(info.title, it->name),
            QStringLiteral("ObjectIsBeingDeleted"));
    return ApiResponse::error(
        409, QStringLiteral("Conflict"),
        QStringLiteral("%1 %2 is currently in a deleted but recoverable state, and its name cannot "
                       "be reused; in this state, the %3 can only be recovered or purged.")
            .arg(info.title, it->name, info.noun),
        QStringLiteral("ObjectIsDeletedButRecoverable"));
}

std::optional<ApiResponse> VaultApi::conflictIfManaged(Kind kind, const QString &name) const
{
    const auto *object = live(kind, name);
    if (!object || !object->latest().managed)
        return std::nullopt;
    return ApiResponse::error(
        403, QStringLiteral("Forbidden"),
        QStringLiteral("The %1 %2 is managed by the certificate of the same name; change the "
                       "certificate instead.")
            .arg(kindName(kind), object->name));
}

std::variant<QJsonObject, ApiResponse> VaultApi::jsonBody() const
{
    const auto contentType = m_request.header("content-type").toLower();
    if (!contentType.isEmpty() && !contentType.startsWith("application/json"))
        return ApiResponse::error(415, QStringLiteral("UnsupportedMediaType"),
                                  QStringLiteral("The content type '%1' is not supported; send "
                                                 "application/json.")
                                      .arg(QString::fromLatin1(contentType.left(100))));
    if (m_request.body.trimmed().isEmpty())
        return badParameter(QStringLiteral("The request body is missing."));
    bool ok = false;
    const auto body = m_request.jsonBody(&ok);
    if (!ok)
        return badParameter(QStringLiteral("The request body is not a valid JSON object."));
    return body;
}

ApiResponse VaultApi::notFound(Kind kind, const QString &name, const QString &version) const
{
    const auto &info = kindInfo(kind);
    const auto what = version.isEmpty() ? name : name + QLatin1Char('/') + version;
    return ApiResponse::error(
        404, info.notFound,
        QStringLiteral("A %1 with (name/id) %2 was not found in this key vault. If you recently "
                       "deleted this %1 you may be able to recover it using the correct recovery "
                       "command. For help resolving this issue, please see "
                       "https://go.microsoft.com/fwlink/?linkid=2125182")
            .arg(info.noun, what));
}

ApiResponse VaultApi::badParameter(const QString &message)
{
    return ApiResponse::error(400, QStringLiteral("BadParameter"), message);
}

bool VaultApi::validTags(const QJsonValue &tags)
{
    if (tags.isUndefined() || tags.isNull())
        return true;
    if (!tags.isObject() || tags.toObject().size() > 15)
        return false;
    const auto object = tags.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() || it.key().size() > 512 || it.value().toString().size() > 512)
            return false;
    }
    return true;
}

QString VaultApi::idFor(Kind kind, const QString &name, const QString &version) const
{
    QString id = m_origin + QLatin1Char('/') + kindInfo(kind).collection + QLatin1Char('/') + name;
    if (!version.isEmpty())
        id += QLatin1Char('/') + version;
    return id;
}

QJsonObject VaultApi::responseAttributes(const ObjectAttributes &stored) const
{
    QJsonObject attrs = stored.toJson();
    const auto &props = m_vault.properties;
    const bool softDelete = props.value(QStringLiteral("enableSoftDelete")).toBool(true);
    const int days = props.value(QStringLiteral("softDeleteRetentionInDays")).toInt(90);
    const bool protectedPurge = props.value(QStringLiteral("enablePurgeProtection")).toBool(false);
    QString level = QStringLiteral("Purgeable");
    if (softDelete) {
        level =
            days == 90 ? QStringLiteral("Recoverable") : QStringLiteral("CustomizedRecoverable");
        if (!protectedPurge)
            level += QStringLiteral("+Purgeable");
    }
    attrs.insert(QStringLiteral("recoveryLevel"), level);
    attrs.insert(QStringLiteral("recoverableDays"), softDelete ? days : 0);
    return attrs;
}

void VaultApi::insertTagsAndManaged(QJsonObject &out, const ObjectVersion &version)
{
    if (!version.tags.isEmpty())
        out.insert(QStringLiteral("tags"), version.tags);
    if (version.managed)
        out.insert(QStringLiteral("managed"), true);
}

QJsonObject VaultApi::secretBundle(const VaultObject &object, const ObjectVersion &version) const
{
    QJsonObject out{{QStringLiteral("value"), version.value},
                    {QStringLiteral("id"), idFor(Kind::Secret, object.name, version.id)},
                    {QStringLiteral("attributes"), responseAttributes(version.attributes)}};
    if (version.contentType)
        out.insert(QStringLiteral("contentType"), *version.contentType);
    if (version.backsCertificate)
        out.insert(QStringLiteral("kid"), idFor(Kind::Key, object.name, version.id));
    insertTagsAndManaged(out, version);
    if (m_apiVersion == QLatin1String("2025-07-01")) {
        for (qsizetype i = 1; i < object.versions.size(); ++i) {
            if (object.versions.at(i).id == version.id)
                out.insert(QStringLiteral("previousVersion"), object.versions.at(i - 1).id);
        }
    }
    return out;
}

QJsonObject VaultApi::itemJson(Kind kind, const VaultObject &object, const ObjectVersion &version,
                               bool withVersion) const
{
    const auto id = idFor(kind, object.name, withVersion ? version.id : QString());
    QJsonObject out{{kind == Kind::Key ? QStringLiteral("kid") : QStringLiteral("id"), id},
                    {QStringLiteral("attributes"), responseAttributes(version.attributes)}};
    insertTagsAndManaged(out, version);
    return out;
}

QJsonObject VaultApi::bundle(Kind kind, const VaultObject &object,
                             const ObjectVersion &version) const
{
    if (kind == Kind::Secret)
        return secretBundle(object, version);
    if (kind == Kind::Key)
        return keyBundle(object, version);
    return certificateBundle(object, version);
}

QJsonObject VaultApi::item(Kind kind, const VaultObject &object, const ObjectVersion &version,
                           bool withVersion) const
{
    auto out = itemJson(kind, object, version, withVersion);
    if (kind == Kind::Secret && version.contentType)
        out.insert(QStringLiteral("contentType"), *version.contentType);
    if (kind == Kind::Certificate)
        out.insert(QStringLiteral("x5t"), version.thumbprint());
    return out;
}

QJsonObject VaultApi::withDeletion(Kind kind, QJsonObject out, const VaultObject &object) const
{
    if (!object.deleted)
        return out;
    out.insert(QStringLiteral("recoveryId"),
               QString(m_origin + QLatin1Char('/') + kindInfo(kind).deleted + QLatin1Char('/') +
                       object.name));
    out.insert(QStringLiteral("deletedDate"), object.deleted->deletedDate);
    out.insert(QStringLiteral("scheduledPurgeDate"), object.deleted->scheduledPurgeDate);
    return out;
}

// Lists.

std::variant<std::pair<int, std::optional<PageToken>>, ApiResponse> VaultApi::pageRequest() const
{
    int max = 25;
    const auto maxText = m_request.queryValue(QStringLiteral("maxresults"));
    if (!maxText.isEmpty()) {
        bool ok = false;
        max = maxText.toInt(&ok);
        if (!ok || max < 1 || max > 25)
            return badParameter(QStringLiteral("Invalid value for maxresults: '%1'. The value must "
                                               "be between 1 and 25.")
                                    .arg(maxText.left(20)));
    }
    std::optional<PageToken> token;
    const auto skip = m_request.queryValue(QStringLiteral("$skiptoken"));
    if (!skip.isEmpty()) {
        token = PageToken::decode(skip);
        if (!token)
            return badParameter(QStringLiteral("The $skiptoken is not valid."));
    }
    return std::pair{max, token};
}

ApiResponse VaultApi::page(const QString &path, const QJsonArray &items,
                           const std::optional<PageToken> &next) const
{
    QJsonObject out{{QStringLiteral("value"), items}};
    if (next) {
        // Absolute, on the vault's own host with its port spelled out, as the service's are.
        QUrl url(QStringLiteral("https://%1:%2").arg(m_request.host).arg(m_request.port) + path);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("api-version"), m_apiVersion);
        query.addQueryItem(QStringLiteral("$skiptoken"), next->encode());
        const auto max = m_request.queryValue(QStringLiteral("maxresults"));
        if (!max.isEmpty())
            query.addQueryItem(QStringLiteral("maxresults"), max);
        url.setQuery(query);
        out.insert(QStringLiteral("nextLink"), url.toString(QUrl::FullyEncoded));
    } else {
        out.insert(QStringLiteral("nextLink"), QJsonValue());
    }
    return ApiResponse::json(200, out);
}

namespace {

// One page of a kind's live or deleted list (listKey: objectlists::live or ::deleted). The
// page seeks to the token's position and reads only what it serves, plus the deletions still
// in progress that it passes over.
template<typename Accept, typename Render>
std::pair<QJsonArray, std::optional<PageToken>>
collect(const ObjectStore &objects, QString (*listKey)(const QString &), const QString &prefix,
        int max, const std::optional<PageToken> &token, Accept accept, Render render)
{
    if (token && token->dueForEmptyPage())
        return {QJsonArray(), PageToken{token->after, token->served, true}};
    QJsonArray items;
    QString lastKey;
    bool more = false;
    objects.scan(listKey(prefix), token ? listKey(token->after) : QString(),
                 [&](const QString &key, const VaultObject &object) {
                     if (!accept(object))
                         return true;
                     if (items.size() == max) {
                         more = true;
                         return false;
                     }
                     items.append(render(object));
                     lastKey = key;
                     return true;
                 });
    if (!more)
        return {items, std::nullopt};
    return {items, PageToken{lastKey, (token ? token->served : 0) + int(items.size()), false}};
}

} // namespace

ApiResponse VaultApi::list(Kind kind)
{
    const auto request = pageRequest();
    if (const auto *error = std::get_if<ApiResponse>(&request))
        return *error;
    const auto &[max, token] = std::get<0>(request);
    if (token && !token->after.startsWith(kindInfo(kind).prefix))
        return badParameter(QStringLiteral("The $skiptoken is not valid."));
    const auto [items, next] = collect(
        m_vault.objects, objectlists::live, kindInfo(kind).prefix, max, token,
        [](const VaultObject &) { return true; },
        [&](const VaultObject &o) { return item(kind, o, o.latest(), false); });
    return page(QLatin1Char('/') + kindInfo(kind).collection, items, next);
}

ApiResponse VaultApi::listDeleted(Kind kind)
{
    const auto request = pageRequest();
    if (const auto *error = std::get_if<ApiResponse>(&request))
        return *error;
    const auto &[max, token] = std::get<0>(request);
    if (token && !token->after.startsWith(kindInfo(kind).prefix))
        return badParameter(QStringLiteral("The $skiptoken is not valid."));
    const auto [items, next] = collect(
        m_vault.objects, objectlists::deleted, kindInfo(kind).prefix, max, token,
        [](const VaultObject &o) { return deletionComplete(o); },
        [&](const VaultObject &o) {
            return withDeletion(kind, item(kind, o, o.latest(), false), o);
        });
    return page(QLatin1Char('/') + kindInfo(kind).deleted, items, next);
}

ApiResponse VaultApi::listVersions(Kind kind, const QString &name)
{
    const auto request = pageRequest();
    if (const auto *error = std::get_if<ApiResponse>(&request))
        return *error;
    const auto &[max, token] = std::get<0>(request);
    const auto *object = live(kind, name);
    if (!object)
        return notFound(kind, name);
    const auto &versions = object->versions;
    // Versions only grow at the end, so the position is an index.
    bool numeric = true;
    const qlonglong after = token ? token->after.toLongLong(&numeric) : -1;
    if (!numeric || after < -1)
        return badParameter(QStringLiteral("The $skiptoken is not valid."));
    const qsizetype start = after < versions.size() ? qsizetype(after) + 1 : versions.size();
    if (token && token->dueForEmptyPage())
        return page(QStringLiteral("/%1/%2/versions").arg(kindInfo(kind).collection, name), {},
                    PageToken{token->after, token->served, true});
    QJsonArray items;
    qsizetype i = start;
    for (; i < versions.size() && items.size() < max; ++i)
        items.append(item(kind, *object, versions.at(i), true));
    std::optional<PageToken> next;
    if (i < versions.size())
        next = PageToken{QString::number(i - 1), (token ? token->served : 0) + int(items.size()),
                         false};
    return page(QStringLiteral("/%1/%2/versions").arg(kindInfo(kind).collection, name), items,
                next);
}

namespace {
// Recover and purge act on a certificate's key and secret only through the certificate.
std::optional<ApiResponse> managedByCertificate(Kind kind, const VaultObject &object)
{
    if (kind == Kind::Certificate || !object.latest().managed)
        return std::nullopt;
    return ApiResponse::error(
        403, QStringLiteral("Forbidden"),
        QStringLiteral("The %1 %2 is managed by the certificate of the same name; recover or "
                       "purge the certificate instead.")
            .arg(kindInfo(kind).noun, object.name));
}

} // namespace

// Soft delete.

ApiResponse VaultApi::remove(Kind kind, const QString &name)
{
    const auto *object = live(kind, name);
    if (!object)
        return notFound(kind, name);
    if (auto managed = conflictIfManaged(kind, name))
        return *managed;
    auto answer = bundle(kind, *object, object->latest());
    answer.remove(QStringLiteral("value"));
    for (const auto k : objects::withManaged(kind)) {
        if (live(k, name))
            objects::markDeleted(m_vault, k, name, kDeletionDelayMs);
    }
    objects::saveAll(m_state, m_vault, kind, name);
    const auto after = m_vault.objects.value(objects::storageKey(kind, name));
    return ApiResponse::json(200, withDeletion(kind, answer, after));
}

const VaultObject *VaultApi::deletedObject(Kind kind, const QString &name) const
{
    const auto it = m_vault.objects.constFind(objects::storageKey(kind, name));
    return it == m_vault.objects.cend() || !it->deleted ? nullptr : &*it;
}

ApiResponse VaultApi::deletedNotFound(Kind kind)
{
    return ApiResponse::error(404, kindInfo(kind).notFound,
                              QStringLiteral("Deleted %1 not found").arg(kindInfo(kind).title));
}

ApiResponse VaultApi::getDeleted(Kind kind, const QString &name)
{
    const auto *object = deletedObject(kind, name);
    if (!object || !deletionComplete(*object))
        return deletedNotFound(kind);
    auto out = bundle(kind, *object, object->latest());
    out.remove(QStringLiteral("value"));
    return ApiResponse::json(200, withDeletion(kind, out, *object));
}

std::optional<ApiResponse> VaultApi::refuseOnDeleted(Kind kind, const QString &name) const
{
    const auto *object = deletedObject(kind, name);
    if (!object)
        return deletedNotFound(kind);
    if (!deletionComplete(*object))
        return *conflictIfDeleted(kind, name);
    return managedByCertificate(kind, *object);
}

ApiResponse VaultApi::recover(Kind kind, const QString &name)
{
    if (auto refused = refuseOnDeleted(kind, name))
        return *refused;
    for (const auto k : objects::withManaged(kind)) {
        const auto key = objects::storageKey(k, name);
        if (!m_vault.objects.contains(key))
            continue;
        auto object = m_vault.objects.value(key);
        object.deleted.reset();
        m_vault.objects.insert(key, object);
    }
    objects::saveAll(m_state, m_vault, kind, name);
    const auto *object = live(kind, name);
    auto out = bundle(kind, *object, object->latest());
    out.remove(QStringLiteral("value"));
    return ApiResponse::json(200, out);
}

ApiResponse VaultApi::purge(Kind kind, const QString &name)
{
    if (auto refused = refuseOnDeleted(kind, name))
        return *refused;
    if (m_vault.properties.value(QStringLiteral("enablePurgeProtection")).toBool(false))
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Operation \"purge\" is not allowed because purge protection is enabled "
                           "for this vault. Key Vault service will automatically purge it after "
                           "the retention period has passed."));
    for (const auto k : objects::withManaged(kind)) {
        if (deletedObject(k, name))
            m_vault.objects.remove(objects::storageKey(k, name));
    }
    objects::saveAll(m_state, m_vault, kind, name);
    return ApiResponse::empty(204);
}

// Backup and restore.

ApiResponse VaultApi::backup(Kind kind, const QString &name)
{
    const auto *object = live(kind, name);
    if (!object)
        return notFound(kind, name);
    QJsonObject contents;
    for (const auto k : objects::withManaged(kind)) {
        if (const auto *o = live(k, name))
            contents.insert(objects::storageKey(k, name), o->toJson());
    }
    const QJsonObject blob{{QStringLiteral("kind"), kindName(kind)},
                           {QStringLiteral("name"), object->name},
                           {QStringLiteral("subscriptionId"), m_vault.subscriptionId},
                           {QStringLiteral("objects"), contents}};
    const QByteArray packed =
        kBackupMagic + qCompress(QJsonDocument(blob).toJson(QJsonDocument::Compact));
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"),
                                               QString::fromLatin1(packed.toBase64(kBase64Url))}});
}

ApiResponse VaultApi::restore(Kind kind)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto value = std::get<QJsonObject>(parsed).value(QStringLiteral("value")).toString();
    const auto raw = QByteArray::fromBase64Encoding(
        value.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QJsonObject blob;
    if (raw && raw.decoded.startsWith(kBackupMagic))
        blob = QJsonDocument::fromJson(qUncompress(raw.decoded.mid(kBackupMagic.size()))).object();
    const auto corrupt = [] {
        return badParameter(QStringLiteral("Backup blob contains invalid or corrupt version."));
    };
    if (blob.value(QStringLiteral("kind")).toString() != kindName(kind))
        return corrupt();
    if (blob.value(QStringLiteral("subscriptionId")).toString() != m_vault.subscriptionId)
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("The backup was made in another subscription; a backup can only be "
                           "restored within the subscription and geography it was made in."));
    const auto name = blob.value(QStringLiteral("name")).toString();
    if (!names::isValidObjectName(name))
        return corrupt();
    if (auto conflict = conflictIfDeleted(kind, name))
        return *conflict;
    if (live(kind, name))
        return ApiResponse::error(409, QStringLiteral("Conflict"),
                                  QStringLiteral("%1 %2 already exists in this vault and cannot be "
                                                 "restored over.")
                                      .arg(kindInfo(kind).title, name));
    // Only the objects a backup of this kind can hold, each with sound versions: a tampered
    // blob must not plant anything the rest of the service would trip over.
    const auto contents = blob.value(QStringLiteral("objects")).toObject();
    QMap<QString, VaultObject> accepted;
    for (const auto k : objects::withManaged(kind)) {
        auto object =
            VaultObject::fromJson(contents.value(objects::storageKey(k, name)).toObject());
        const bool sound =
            !object.versions.isEmpty() &&
            std::all_of(object.versions.cbegin(), object.versions.cend(),
                        [](const ObjectVersion &v) { return names::isValidVersion(v.id); });
        if (!sound) {
            if (k == kind)
                return corrupt();
            continue;
        }
        object.deleted.reset();
        object.name = name;
        accepted.insert(objects::storageKey(k, name), object);
    }
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it) {
        m_vault.objects.insert(it.key(), it.value());
        m_state.saveObject(m_vault, it.key());
    }
    const auto *object = live(kind, name);
    if (!object)
        return corrupt();
    auto out = bundle(kind, *object, object->latest());
    out.remove(QStringLiteral("value"));
    return ApiResponse::json(200, out);
}

} // namespace kluis::emulator
