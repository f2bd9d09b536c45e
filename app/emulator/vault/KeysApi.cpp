#include "CryptoOps.h"
#include "VaultApi.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kluis::emulator {

namespace {

const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

const QStringList &validKeyOps()
{
    static const QStringList ops{QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                 QStringLiteral("sign"),    QStringLiteral("verify"),
                                 QStringLiteral("wrapKey"), QStringLiteral("unwrapKey"),
                                 QStringLiteral("import"),  QStringLiteral("export")};
    return ops;
}

bool validOps(const QJsonValue &ops)
{
    if (ops.isUndefined() || ops.isNull())
        return true;
    if (!ops.isArray())
        return false;
    for (const auto &op : ops.toArray()) {
        if (!validKeyOps().contains(op.toString()))
            return false;
    }
    return true;
}

std::optional<QByteArray> decodeValue(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    // The SDKs send base64url; accept standard base64 too.
    auto text = value.toString().toLatin1();
    text.replace('+', '-').replace('/', '_');
    while (text.endsWith('='))
        text.chop(1);
    const auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace

QJsonObject VaultApi::keyBundle(const VaultObject &object, const ObjectVersion &version) const
{
    auto jwk = crypto::publicJwk(version.privateKeyPem);
    jwk.insert(QStringLiteral("kid"), idFor(Kind::Key, object.name, version.id));
    jwk.insert(QStringLiteral("kty"), version.kty);
    jwk.insert(QStringLiteral("key_ops"), QJsonArray::fromStringList(version.keyOps));
    QJsonObject out{{QStringLiteral("key"), jwk},
                    {QStringLiteral("attributes"), responseAttributes(version.attributes)}};
    insertTagsAndManaged(out, version);
    return out;
}

ApiResponse VaultApi::keyResult(const QString &name, const ObjectVersion &version)
{
    return ApiResponse::json(200, keyBundle(*live(Kind::Key, name), version));
}

ApiResponse VaultApi::getKey(const QString &name, const QString &version)
{
    const auto found = findVersion(Kind::Key, name, version);
    if (const auto *error = std::get_if<ApiResponse>(&found))
        return *error;
    return keyResult(name, std::get<ObjectVersion>(found));
}

ApiResponse VaultApi::createKey(const QString &name)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &body = std::get<QJsonObject>(parsed);
    const auto kty = body.value(QStringLiteral("kty")).toString();
    QByteArray pem;
    if (kty == QLatin1String("RSA") || kty == QLatin1String("RSA-HSM")) {
        const int size = body.value(QStringLiteral("key_size")).toInt(2048);
        if (size != 2048 && size != 3072 && size != 4096)
            return badParameter(QStringLiteral("The key size %1 is not supported: use 2048, 3072 "
                                               "or 4096.")
                                    .arg(size));
        pem = crypto::generateRsa(size);
    } else if (kty == QLatin1String("EC") || kty == QLatin1String("EC-HSM")) {
        const auto curve = body.value(QStringLiteral("crv")).toString(QStringLiteral("P-256"));
        pem = crypto::generateEc(curve);
        if (pem.isEmpty())
            return badParameter(
                QStringLiteral("The curve '%1' is not supported.").arg(curve.left(20)));
    } else if (kty.isEmpty()) {
        return badParameter(QStringLiteral("The parameter 'kty' is required."));
    } else {
        return badParameter(
            QStringLiteral("The key type '%1' is not supported by this vault.").arg(kty.left(20)));
    }
    return addKeyVersion(name, pem, kty, body.value(QStringLiteral("key_ops")), body);
}

ApiResponse VaultApi::addKeyVersion(const QString &name, const QByteArray &pem, const QString &kty,
                                    const QJsonValue &ops, const QJsonObject &body)
{
    if (!validOps(ops))
        return badParameter(QStringLiteral("The parameter 'key_ops' is not valid."));
    const auto attrs = newVersionAttributes(Kind::Key, name, body);
    if (const auto *error = std::get_if<ApiResponse>(&attrs))
        return *error;
    const auto version = objects::append(
        m_vault, Kind::Key, name,
        objects::keyVersion(
            pem, kty, ops.isArray() ? objects::strings(ops) : objects::defaultKeyOps(kty),
            body.value(QStringLiteral("tags")).toObject(), std::get<ObjectAttributes>(attrs)));
    m_state.saveObject(m_vault, objects::storageKey(Kind::Key, name));
    return keyResult(name, version);
}

ApiResponse VaultApi::importKey(const QString &name)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &body = std::get<QJsonObject>(parsed);
    const auto jwk = body.value(QStringLiteral("key")).toObject();
    if (jwk.isEmpty())
        return badParameter(QStringLiteral("The parameter 'key' is required."));
    QString error;
    const auto pem = crypto::privateKeyFromJwk(jwk, &error);
    if (pem.isEmpty())
        return badParameter(error);
    auto kty = crypto::keyType(pem);
    if (body.value(QStringLiteral("Hsm")).toBool() || body.value(QStringLiteral("hsm")).toBool())
        kty += QStringLiteral("-HSM");
    return addKeyVersion(name, pem, kty, jwk.value(QStringLiteral("key_ops")), body);
}

ApiResponse VaultApi::updateKey(const QString &name, const QString &version)
{
    auto patched = patchVersion(Kind::Key, name, version);
    if (const auto *error = std::get_if<ApiResponse>(&patched))
        return *error;
    auto &[body, key] = std::get<Patch>(patched);
    if (!validOps(body.value(QStringLiteral("key_ops"))))
        return badParameter(QStringLiteral("The parameter 'key_ops' is not valid."));
    if (body.value(QStringLiteral("key_ops")).isArray())
        key.keyOps = objects::strings(body.value(QStringLiteral("key_ops")));
    replaceVersion(Kind::Key, name, key);
    return keyResult(name, key);
}

ApiResponse VaultApi::rotateKey(const QString &name)
{
    const auto found = findVersion(Kind::Key, name, {});
    if (const auto *error = std::get_if<ApiResponse>(&found))
        return *error;
    if (auto managed = conflictIfManaged(Kind::Key, name))
        return *managed;
    const auto &current = std::get<ObjectVersion>(found);
    const auto &oldPem = current.privateKeyPem;
    const auto pem =
        current.kty.startsWith(QLatin1String("EC"))
            ? crypto::generateEc(crypto::publicJwk(oldPem).value(QStringLiteral("crv")).toString())
            : crypto::generateRsa(crypto::rsaBits(oldPem));
    const auto version =
        objects::append(m_vault, Kind::Key, name,
                        objects::keyVersion(pem, current.kty, current.keyOps, current.tags,
                                            ObjectAttributes::madeAt(objects::nowSeconds())));
    m_state.saveObject(m_vault, objects::storageKey(Kind::Key, name));
    return keyResult(name, version);
}

namespace {

// The service's default for a key whose policy was never set: notify 30 days before expiry.
QJsonArray defaultLifetimeActions()
{
    return {QJsonObject{
        {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("timeBeforeExpiry"), "P30D"}}},
        {QStringLiteral("action"), QJsonObject{{QStringLiteral("type"), "Notify"}}}}};
}

bool isDuration(const QJsonValue &value)
{
    static const QRegularExpression duration(QStringLiteral("^P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+D)?$"));
    return value.isString() && duration.match(value.toString()).hasMatch();
}

// What is wrong with a policy's lifetime actions, or empty.
QString lifetimeActionsProblem(const QJsonArray &actions)
{
    for (const auto &value : actions) {
        const auto action = value.toObject();
        const auto type = action.value(QStringLiteral("action"))
                              .toObject()
                              .value(QStringLiteral("type"))
                              .toString()
                              .toLower();
        const auto trigger = action.value(QStringLiteral("trigger")).toObject();
        const auto afterCreate = trigger.value(QStringLiteral("timeAfterCreate"));
        const auto beforeExpiry = trigger.value(QStringLiteral("timeBeforeExpiry"));
        if (type != QLatin1String("rotate") && type != QLatin1String("notify"))
            return QStringLiteral("A lifetime action's type must be Rotate or Notify.");
        if (afterCreate.isUndefined() == beforeExpiry.isUndefined())
            return QStringLiteral(
                "A lifetime action's trigger needs timeAfterCreate or timeBeforeExpiry.");
        if (!afterCreate.isUndefined() &&
            (type == QLatin1String("notify") || !isDuration(afterCreate)))
            return QStringLiteral("timeAfterCreate must be an ISO 8601 duration on a Rotate "
                                  "action.");
        if (!beforeExpiry.isUndefined() && !isDuration(beforeExpiry))
            return QStringLiteral("timeBeforeExpiry must be an ISO 8601 duration.");
    }
    return {};
}

} // namespace

QJsonObject VaultApi::rotationPolicyJson(const QString &name, const QJsonObject &policy) const
{
    if (policy.isEmpty())
        return {{QStringLiteral("lifetimeActions"), defaultLifetimeActions()},
                {QStringLiteral("attributes"), QJsonObject{}}};
    QJsonObject out = policy;
    out.insert(QStringLiteral("id"),
               QString(idFor(Kind::Key, name) + QStringLiteral("/rotationpolicy")));
    return out;
}

ApiResponse VaultApi::getRotationPolicy(const QString &name)
{
    const auto *object = live(Kind::Key, name);
    if (!object)
        return notFound(Kind::Key, name);
    return ApiResponse::json(200, rotationPolicyJson(object->name, object->policy));
}

ApiResponse VaultApi::setRotationPolicy(const QString &name)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    if (!live(Kind::Key, name))
        return notFound(Kind::Key, name);
    const auto &body = std::get<QJsonObject>(parsed);
    auto actions = body.value(QStringLiteral("lifetimeActions")).toArray();
    if (const auto problem = lifetimeActionsProblem(actions); !problem.isEmpty())
        return badParameter(problem);
    const auto expiryTime =
        body.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("expiryTime"));
    if (!expiryTime.isUndefined() && !expiryTime.isNull() && !isDuration(expiryTime))
        return badParameter(QStringLiteral("expiryTime must be an ISO 8601 duration."));
    if (actions.isEmpty())
        actions = defaultLifetimeActions();
    const auto now = objects::nowSeconds();
    change(Kind::Key, name, [&](VaultObject &object) {
        auto attributes = object.policy.value(QStringLiteral("attributes")).toObject();
        if (!attributes.contains(QStringLiteral("created")))
            attributes.insert(QStringLiteral("created"), now);
        attributes.insert(QStringLiteral("updated"), now);
        if (expiryTime.isString())
            attributes.insert(QStringLiteral("expiryTime"), expiryTime);
        else
            attributes.remove(QStringLiteral("expiryTime"));
        object.policy = {{QStringLiteral("lifetimeActions"), actions},
                         {QStringLiteral("attributes"), attributes}};
    });
    const auto *object = live(Kind::Key, name);
    return ApiResponse::json(200, rotationPolicyJson(object->name, object->policy));
}

ApiResponse VaultApi::keyOperation(const QString &name, const QString &version, const QString &op)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &body = std::get<QJsonObject>(parsed);
    const auto found = findVersion(Kind::Key, name, version);
    if (const auto *error = std::get_if<ApiResponse>(&found))
        return *error;
    const auto &key = std::get<ObjectVersion>(found);
    const QString permitted = op == QLatin1String("wrapkey")     ? QStringLiteral("wrapKey")
                              : op == QLatin1String("unwrapkey") ? QStringLiteral("unwrapKey")
                                                                 : op;
    if (!key.attributes.enabled)
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Operation %1 is not allowed on a disabled key.").arg(permitted),
            QStringLiteral("KeyDisabled"));
    if (!key.attributes.validAt(objects::nowSeconds()))
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Operation %1 is not allowed: the key is expired or not yet valid.")
                .arg(permitted),
            QStringLiteral("KeyExpired"));
    if (!key.keyOps.contains(permitted))
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Operation %1 is not permitted on this key: its key_ops do not "
                           "include it.")
                .arg(permitted),
            QStringLiteral("ForbiddenByPolicy"));
    const auto alg = body.value(QStringLiteral("alg")).toString();
    if (alg.isEmpty())
        return badParameter(QStringLiteral("The parameter 'alg' is required."));
    const auto value = decodeValue(body.value(QStringLiteral("value")));
    if (!value)
        return badParameter(QStringLiteral("The parameter 'value' must be base64url."));
    const auto &pem = key.privateKeyPem;
    const auto kid = idFor(Kind::Key, live(Kind::Key, name)->name, key.id);
    QString error;
    if (op == QLatin1String("verify")) {
        const auto signature = decodeValue(body.value(QStringLiteral("value")));
        const auto digest = decodeValue(body.value(QStringLiteral("digest")));
        if (!digest)
            return badParameter(QStringLiteral("The parameter 'digest' must be base64url."));
        const auto ok = crypto::verify(pem, alg, *digest, *signature, &error);
        if (!ok)
            return badParameter(error);
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), *ok}});
    }
    std::optional<QByteArray> result;
    if (op == QLatin1String("sign"))
        result = crypto::sign(pem, alg, *value, &error);
    else if (op == QLatin1String("encrypt") || op == QLatin1String("wrapkey"))
        result = crypto::encrypt(pem, alg, *value, &error);
    else
        result = crypto::decrypt(pem, alg, *value, &error);
    if (!result)
        return badParameter(error);
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("kid"), kid},
                                              {QStringLiteral("value"),
                                               QString::fromLatin1(result->toBase64(kBase64Url))}});
}

} // namespace kluis::emulator
