#include "clients/KeyVaultTypes.h"

#include <QJsonArray>

namespace kluis::core {

namespace {
std::optional<QDateTime> unixTime(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble() * 1000.0), Qt::UTC);
}

qint64 toUnix(const QDateTime &time)
{
    return time.toSecsSinceEpoch();
}

void readDeleted(const QJsonObject &object, QUrl &recoveryId, std::optional<QDateTime> &deletedDate,
                 std::optional<QDateTime> &scheduledPurgeDate)
{
    recoveryId = QUrl(object.value(QStringLiteral("recoveryId")).toString());
    deletedDate = unixTime(object.value(QStringLiteral("deletedDate")));
    scheduledPurgeDate = unixTime(object.value(QStringLiteral("scheduledPurgeDate")));
}
} // namespace

QMap<QString, QString> tagsFromJson(const QJsonObject &object)
{
    QMap<QString, QString> tags;
    for (auto it = object.begin(); it != object.end(); ++it)
        tags.insert(it.key(), it.value().toString());
    return tags;
}

QJsonObject tagsToJson(const QMap<QString, QString> &tags)
{
    QJsonObject object;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

ObjectAttributes ObjectAttributes::fromJson(const QJsonObject &object)
{
    ObjectAttributes attributes;
    attributes.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    attributes.notBefore = unixTime(object.value(QStringLiteral("nbf")));
    attributes.expires = unixTime(object.value(QStringLiteral("exp")));
    attributes.created = unixTime(object.value(QStringLiteral("created")));
    attributes.updated = unixTime(object.value(QStringLiteral("updated")));
    attributes.recoveryLevel = object.value(QStringLiteral("recoveryLevel")).toString();
    attributes.recoverableDays = object.value(QStringLiteral("recoverableDays")).toInt();
    return attributes;
}

QJsonObject ObjectAttributes::toJson() const
{
    QJsonObject object{{QStringLiteral("enabled"), enabled}};
    if (notBefore)
        object.insert(QStringLiteral("nbf"), toUnix(*notBefore));
    if (expires)
        object.insert(QStringLiteral("exp"), toUnix(*expires));
    return object;
}

ObjectId ObjectId::parse(const QUrl &id)
{
    const auto parts = id.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    ObjectId result;
    if (!parts.isEmpty())
        result.collection = parts.at(0);
    if (parts.size() > 1)
        result.name = parts.at(1);
    if (parts.size() > 2)
        result.version = parts.at(2);
    return result;
}

SecretItem SecretItem::fromJson(const QJsonObject &object)
{
    SecretItem item;
    item.id = QUrl(object.value(QStringLiteral("id")).toString());
    const auto id = ObjectId::parse(item.id);
    item.name = id.name;
    item.version = id.version;
    item.contentType = object.value(QStringLiteral("contentType")).toString();
    item.attributes =
        ObjectAttributes::fromJson(object.value(QStringLiteral("attributes")).toObject());
    item.tags = tagsFromJson(object.value(QStringLiteral("tags")).toObject());
    item.managed = object.value(QStringLiteral("managed")).toBool();
    readDeleted(object, item.recoveryId, item.deletedDate, item.scheduledPurgeDate);
    return item;
}

SecretBundle SecretBundle::fromJson(const QJsonObject &object)
{
    SecretBundle bundle;
    bundle.item = SecretItem::fromJson(object);
    bundle.value = object.value(QStringLiteral("value")).toString();
    bundle.kid = QUrl(object.value(QStringLiteral("kid")).toString());
    return bundle;
}

QJsonObject SecretUpdate::toJson() const
{
    QJsonObject object;
    QJsonObject attributes;
    if (enabled)
        attributes.insert(QStringLiteral("enabled"), *enabled);
    if (notBefore)
        attributes.insert(QStringLiteral("nbf"), toUnix(*notBefore));
    if (expires)
        attributes.insert(QStringLiteral("exp"), toUnix(*expires));
    if (!attributes.isEmpty())
        object.insert(QStringLiteral("attributes"), attributes);
    if (contentType)
        object.insert(QStringLiteral("contentType"), *contentType);
    if (tags)
        object.insert(QStringLiteral("tags"), tagsToJson(*tags));
    return object;
}

KeyItem KeyItem::fromJson(const QJsonObject &object)
{
    KeyItem item;
    const auto key = object.value(QStringLiteral("key")).toObject();
    item.kid = QUrl(key.isEmpty() ? object.value(QStringLiteral("kid")).toString()
                                  : key.value(QStringLiteral("kid")).toString());
    const auto id = ObjectId::parse(item.kid);
    item.name = id.name;
    item.version = id.version;
    item.keyType = key.value(QStringLiteral("kty")).toString();
    for (const auto &op : key.value(QStringLiteral("key_ops")).toArray())
        item.keyOperations.append(op.toString());
    item.attributes =
        ObjectAttributes::fromJson(object.value(QStringLiteral("attributes")).toObject());
    item.tags = tagsFromJson(object.value(QStringLiteral("tags")).toObject());
    item.managed = object.value(QStringLiteral("managed")).toBool();
    readDeleted(object, item.recoveryId, item.deletedDate, item.scheduledPurgeDate);
    return item;
}

CertificateItem CertificateItem::fromJson(const QJsonObject &object)
{
    CertificateItem item;
    item.id = QUrl(object.value(QStringLiteral("id")).toString());
    const auto id = ObjectId::parse(item.id);
    item.name = id.name;
    item.version = id.version;
    item.x5t = object.value(QStringLiteral("x5t")).toString();
    item.attributes =
        ObjectAttributes::fromJson(object.value(QStringLiteral("attributes")).toObject());
    item.tags = tagsFromJson(object.value(QStringLiteral("tags")).toObject());
    item.kid = QUrl(object.value(QStringLiteral("kid")).toString());
    item.sid = QUrl(object.value(QStringLiteral("sid")).toString());
    item.cer = QByteArray::fromBase64(object.value(QStringLiteral("cer")).toString().toLatin1());
    readDeleted(object, item.recoveryId, item.deletedDate, item.scheduledPurgeDate);
    return item;
}

} // namespace kluis::core
