#include "VaultObject.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace kluis::emulator {

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

std::optional<qint64> optionalDate(const QJsonObject &json, const char *field)
{
    const auto value = json.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value.toInteger();
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

} // namespace

ObjectAttributes ObjectAttributes::madeAt(qint64 now, bool enabled, qint64 notBefore,
                                          qint64 expires)
{
    ObjectAttributes attributes;
    attributes.enabled = enabled;
    attributes.created = now;
    attributes.updated = now;
    if (notBefore > 0)
        attributes.notBefore = notBefore;
    if (expires > 0)
        attributes.expires = expires;
    return attributes;
}

bool ObjectAttributes::merge(const QJsonValue &requested)
{
    if (requested.isUndefined() || requested.isNull())
        return true;
    if (!requested.isObject())
        return false;
    const auto json = requested.toObject();
    auto merged = *this;
    const auto enabledValue = json.value(QStringLiteral("enabled"));
    if (enabledValue.isBool())
        merged.enabled = enabledValue.toBool();
    else if (!enabledValue.isUndefined() && !enabledValue.isNull())
        return false;
    const std::pair<const char *, std::optional<qint64> ObjectAttributes::*> dates[] = {
        {"nbf", &ObjectAttributes::notBefore}, {"exp", &ObjectAttributes::expires}};
    for (const auto &[field, member] : dates) {
        const auto value = json.value(QLatin1String(field));
        if (value.isDouble())
            merged.*member = qint64(value.toDouble());
        else if (value.isNull())
            merged.*member = std::nullopt;
        else if (!value.isUndefined())
            return false;
    }
    *this = merged;
    return true;
}

bool ObjectAttributes::validAt(qint64 now) const
{
    return !(expires && *expires < now) && !(notBefore && *notBefore > now);
}

QJsonObject ObjectAttributes::toJson() const
{
    QJsonObject json{
        {str("enabled"), enabled}, {str("created"), created}, {str("updated"), updated}};
    if (notBefore)
        json.insert(str("nbf"), *notBefore);
    if (expires)
        json.insert(str("exp"), *expires);
    return json;
}

ObjectAttributes ObjectAttributes::fromJson(const QJsonObject &json)
{
    ObjectAttributes attributes;
    attributes.enabled = json.value(str("enabled")).toBool(true);
    attributes.notBefore = optionalDate(json, "nbf");
    attributes.expires = optionalDate(json, "exp");
    attributes.created = json.value(str("created")).toInteger();
    attributes.updated = json.value(str("updated")).toInteger();
    return attributes;
}

QString ObjectVersion::thumbprint() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha1)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject ObjectVersion::toJson() const
{
    QJsonObject json{
        {str("version"), id}, {str("attributes"), attributes.toJson()}, {str("tags"), tags}};
    if (managed)
        json.insert(str("managed"), true);
    if (!value.isEmpty() || (privateKeyPem.isEmpty() && der.isEmpty()))
        json.insert(str("value"), value);
    if (contentType)
        json.insert(str("contentType"), *contentType);
    if (backsCertificate)
        json.insert(str("certificate"), true);
    if (!privateKeyPem.isEmpty()) {
        json.insert(str("pem"), QString::fromLatin1(privateKeyPem));
        json.insert(str("kty"), kty);
        json.insert(str("key_ops"), QJsonArray::fromStringList(keyOps));
    }
    if (!der.isEmpty()) {
        json.insert(str("cer"), base64(der));
        json.insert(str("x5t"), thumbprint());
        QJsonArray chain;
        for (const auto &link : chainDer)
            chain.append(base64(link));
        json.insert(str("chain"), chain);
    }
    return json;
}

ObjectVersion ObjectVersion::fromJson(const QJsonObject &json)
{
    ObjectVersion version;
    version.id = json.value(str("version")).toString();
    version.attributes = ObjectAttributes::fromJson(json.value(str("attributes")).toObject());
    version.tags = json.value(str("tags")).toObject();
    version.managed = json.value(str("managed")).toBool();
    version.value = json.value(str("value")).toString();
    if (json.value(str("contentType")).isString())
        version.contentType = json.value(str("contentType")).toString();
    version.backsCertificate = json.value(str("certificate")).toBool();
    version.privateKeyPem = json.value(str("pem")).toString().toLatin1();
    version.kty = json.value(str("kty")).toString();
    for (const auto &op : json.value(str("key_ops")).toArray())
        version.keyOps << op.toString();
    version.der = fromBase64(json.value(str("cer")));
    for (const auto &link : json.value(str("chain")).toArray())
        version.chainDer << fromBase64(link);
    return version;
}

bool Deletion::complete() const
{
    return readyAtMs <= QDateTime::currentMSecsSinceEpoch();
}

const ObjectVersion *VaultObject::version(const QString &id) const
{
    for (const auto &v : versions) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

bool VaultObject::replace(const ObjectVersion &version)
{
    for (auto &v : versions) {
        if (v.id == version.id) {
            v = version;
            return true;
        }
    }
    return false;
}

QJsonObject VaultObject::toJson() const
{
    QJsonArray versionList;
    for (const auto &v : versions)
        versionList.append(v.toJson());
    QJsonObject json{{str("name"), name}, {str("versions"), versionList}};
    if (deleted)
        json.insert(str("deleted"),
                    QJsonObject{{str("deletedDate"), deleted->deletedDate},
                                {str("scheduledPurgeDate"), deleted->scheduledPurgeDate},
                                {str("readyAtMs"), deleted->readyAtMs}});
    if (!policy.isEmpty())
        json.insert(str("policy"), policy);
    if (pending)
        json.insert(str("pending"), QJsonObject{{str("status"), pending->status},
                                                {str("issuer"), pending->issuer},
                                                {str("csr"), base64(pending->csrDer)},
                                                {str("requestId"), pending->requestId}});
    return json;
}

VaultObject VaultObject::fromJson(const QJsonObject &json)
{
    VaultObject object;
    object.name = json.value(str("name")).toString();
    for (const auto &v : json.value(str("versions")).toArray())
        object.versions << ObjectVersion::fromJson(v.toObject());
    if (json.value(str("deleted")).isObject()) {
        const auto deleted = json.value(str("deleted")).toObject();
        object.deleted = Deletion{deleted.value(str("deletedDate")).toInteger(),
                                  deleted.value(str("scheduledPurgeDate")).toInteger(),
                                  deleted.value(str("readyAtMs")).toInteger()};
    }
    object.policy = json.value(str("policy")).toObject();
    if (json.value(str("pending")).isObject()) {
        const auto pending = json.value(str("pending")).toObject();
        object.pending = PendingCertificate{
            pending.value(str("status")).toString(), pending.value(str("issuer")).toString(),
            fromBase64(pending.value(str("csr"))), pending.value(str("requestId")).toString()};
    }
    return object;
}

} // namespace kluis::emulator
