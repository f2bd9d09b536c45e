#include "clients/KeyVaultTypes.h"

#include "certificates/CertificateInfo.h"

#include <QJsonArray>
#include <QSslCertificate>

#include <algorithm>
#include <cmath>

namespace kluis::core {

namespace {
std::optional<QDateTime> unixTime(const QJsonValue &value)
{
    // Beyond year 9999 is no date a vault sets; converting it would overflow.
    constexpr double latest = 253402300799.0;
    if (!value.isDouble() || !(std::abs(value.toDouble()) <= latest))
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

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const auto &item : value.toArray())
        out.append(item.toString());
    return out;
}

QByteArray base64UrlDecode(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

// {"attributes": {...}} with only what is set, as PATCH wants it.
QJsonObject attributesPatch(const std::optional<bool> &enabled,
                            const std::optional<QDateTime> &notBefore,
                            const std::optional<QDateTime> &expires)
{
    QJsonObject attributes;
    if (enabled)
        attributes.insert(QStringLiteral("enabled"), *enabled);
    if (notBefore)
        attributes.insert(QStringLiteral("nbf"), toUnix(*notBefore));
    if (expires)
        attributes.insert(QStringLiteral("exp"), toUnix(*expires));
    if (attributes.isEmpty())
        return {};
    return {{QStringLiteral("attributes"), attributes}};
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

// Every item of a listing carries one of a few recovery levels: sharing the known ones keeps a
// vault of 100,000 items from holding 100,000 copies of "Recoverable+Purgeable".
static QString sharedRecoveryLevel(const QString &level)
{
    static const QStringList known{
        QStringLiteral("Recoverable+Purgeable"),
        QStringLiteral("Recoverable"),
        QStringLiteral("Recoverable+ProtectedSubscription"),
        QStringLiteral("CustomizedRecoverable+Purgeable"),
        QStringLiteral("CustomizedRecoverable"),
        QStringLiteral("CustomizedRecoverable+ProtectedSubscription"),
        QStringLiteral("Purgeable"),
    };
    for (const auto &candidate : known) {
        if (candidate == level)
            return candidate;
    }
    return level;
}

ObjectAttributes ObjectAttributes::fromJson(const QJsonObject &object)
{
    ObjectAttributes attributes;
    attributes.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    attributes.notBefore = unixTime(object.value(QStringLiteral("nbf")));
    attributes.expires = unixTime(object.value(QStringLiteral("exp")));
    attributes.created = unixTime(object.value(QStringLiteral("created")));
    attributes.updated = unixTime(object.value(QStringLiteral("updated")));
    attributes.recoveryLevel =
        sharedRecoveryLevel(object.value(QStringLiteral("recoveryLevel")).toString());
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

namespace {
// What every kind's item reads alike: name and version from its identifier, the attributes, the
// tags and the deleted fields.
template<typename Item>
void readShared(Item &item, const QUrl &identifier, const QJsonObject &object)
{
    const auto id = ObjectId::parse(identifier);
    item.name = id.name;
    item.version = id.version;
    item.attributes =
        ObjectAttributes::fromJson(object.value(QStringLiteral("attributes")).toObject());
    item.tags = tagsFromJson(object.value(QStringLiteral("tags")).toObject());
    readDeleted(object, item.recoveryId, item.deletedDate, item.scheduledPurgeDate);
}
} // namespace

SecretItem SecretItem::fromJson(const QJsonObject &object)
{
    SecretItem item;
    item.id = QUrl(object.value(QStringLiteral("id")).toString());
    readShared(item, item.id, object);
    item.contentType = object.value(QStringLiteral("contentType")).toString();
    item.managed = object.value(QStringLiteral("managed")).toBool();
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
    auto object = attributesPatch(enabled, notBefore, expires);
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
    readShared(item, item.kid, object);
    item.keyType = key.value(QStringLiteral("kty")).toString();
    item.curve = key.value(QStringLiteral("crv")).toString();
    const auto modulus = base64UrlDecode(key.value(QStringLiteral("n")).toString());
    // The modulus may carry a leading zero byte.
    qsizetype significant = modulus.size();
    for (qsizetype i = 0; i < modulus.size() && modulus.at(i) == '\0'; ++i)
        --significant;
    item.keySize = static_cast<int>(significant * 8);
    for (const auto &op : key.value(QStringLiteral("key_ops")).toArray())
        item.keyOperations.append(op.toString());
    for (const auto *field : {"kty", "n", "e", "crv", "x", "y"}) {
        const auto name = QString::fromLatin1(field);
        if (key.contains(name))
            item.publicJwk.insert(name, key.value(name));
    }
    item.managed = object.value(QStringLiteral("managed")).toBool();
    return item;
}

QString KeyItem::keyDescription() const
{
    if (!curve.isEmpty())
        return QString(keyType + QLatin1Char(' ') + curve);
    if (keySize > 0)
        return QString(keyType + QLatin1Char(' ') + QString::number(keySize));
    return keyType;
}

QJsonObject KeyCreateOptions::toJson() const
{
    QJsonObject object{{QStringLiteral("kty"), keyType}};
    if (keyType.startsWith(QLatin1String("EC")))
        object.insert(QStringLiteral("crv"), curve);
    else
        object.insert(QStringLiteral("key_size"), keySize);
    if (!keyOperations.isEmpty())
        object.insert(QStringLiteral("key_ops"), QJsonArray::fromStringList(keyOperations));
    QJsonObject attributes{{QStringLiteral("enabled"), enabled}};
    if (notBefore)
        attributes.insert(QStringLiteral("nbf"), toUnix(*notBefore));
    if (expires)
        attributes.insert(QStringLiteral("exp"), toUnix(*expires));
    object.insert(QStringLiteral("attributes"), attributes);
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), tagsToJson(tags));
    return object;
}

QJsonObject KeyUpdate::toJson() const
{
    auto object = attributesPatch(enabled, notBefore, expires);
    if (keyOperations)
        object.insert(QStringLiteral("key_ops"), QJsonArray::fromStringList(*keyOperations));
    if (tags)
        object.insert(QStringLiteral("tags"), tagsToJson(*tags));
    return object;
}

CertificatePolicy CertificatePolicy::fromJson(const QJsonObject &object)
{
    CertificatePolicy policy;
    policy.raw = object;
    const auto key = object.value(QStringLiteral("key_props")).toObject();
    const auto secret = object.value(QStringLiteral("secret_props")).toObject();
    const auto x509 = object.value(QStringLiteral("x509_props")).toObject();
    const auto sans = x509.value(QStringLiteral("sans")).toObject();
    policy.subject = x509.value(QStringLiteral("subject")).toString();
    policy.dnsNames = strings(sans.value(QStringLiteral("dns_names")));
    policy.emails = strings(sans.value(QStringLiteral("emails")));
    policy.upns = strings(sans.value(QStringLiteral("upns")));
    policy.ekus = strings(x509.value(QStringLiteral("ekus")));
    policy.keyUsage = strings(x509.value(QStringLiteral("key_usage")));
    policy.validityMonths = x509.value(QStringLiteral("validity_months")).toInt(12);
    policy.keyType = key.value(QStringLiteral("kty")).toString(QStringLiteral("RSA"));
    policy.keySize = key.value(QStringLiteral("key_size")).toInt(0);
    policy.curve = key.value(QStringLiteral("crv")).toString();
    policy.exportable = key.value(QStringLiteral("exportable")).toBool(true);
    policy.reuseKey = key.value(QStringLiteral("reuse_key")).toBool(false);
    policy.contentType = secret.value(QStringLiteral("contentType"))
                             .toString(QStringLiteral("application/x-pkcs12"));
    policy.issuer = object.value(QStringLiteral("issuer"))
                        .toObject()
                        .value(QStringLiteral("name"))
                        .toString(QStringLiteral("Self"));
    return policy;
}

bool CertificatePolicy::autoRenews() const
{
    const auto actions = raw.value(QStringLiteral("lifetime_actions")).toArray();
    return std::any_of(actions.begin(), actions.end(), [](const QJsonValue &action) {
        return action.toObject()
                   .value(QStringLiteral("action"))
                   .toObject()
                   .value(QStringLiteral("action_type"))
                   .toString()
                   .compare(QLatin1String("AutoRenew"), Qt::CaseInsensitive) == 0;
    });
}

KeyRotationPolicy KeyRotationPolicy::fromJson(const QJsonObject &object)
{
    KeyRotationPolicy policy;
    policy.explicitlySet = object.contains(QStringLiteral("id"));
    const auto attributes = object.value(QStringLiteral("attributes")).toObject();
    policy.expiresIn = attributes.value(QStringLiteral("expiryTime")).toString();
    for (const auto &value : object.value(QStringLiteral("lifetimeActions")).toArray()) {
        const auto action = value.toObject();
        const auto type = action.value(QStringLiteral("action"))
                              .toObject()
                              .value(QStringLiteral("type"))
                              .toString();
        if (type.compare(QLatin1String("Rotate"), Qt::CaseInsensitive) != 0)
            continue;
        const auto trigger = action.value(QStringLiteral("trigger")).toObject();
        policy.rotateAfterCreate = trigger.value(QStringLiteral("timeAfterCreate")).toString();
        policy.rotateBeforeExpiry = trigger.value(QStringLiteral("timeBeforeExpiry")).toString();
    }
    return policy;
}

QJsonObject CertificatePolicy::toJson() const
{
    QJsonObject key{{QStringLiteral("exportable"), exportable},
                    {QStringLiteral("kty"), keyType},
                    {QStringLiteral("reuse_key"), reuseKey}};
    if (keyType.startsWith(QLatin1String("EC")))
        key.insert(QStringLiteral("crv"), curve.isEmpty() ? QStringLiteral("P-256") : curve);
    else
        key.insert(QStringLiteral("key_size"), keySize > 0 ? keySize : 2048);
    QJsonObject sans;
    if (!dnsNames.isEmpty())
        sans.insert(QStringLiteral("dns_names"), QJsonArray::fromStringList(dnsNames));
    if (!emails.isEmpty())
        sans.insert(QStringLiteral("emails"), QJsonArray::fromStringList(emails));
    if (!upns.isEmpty())
        sans.insert(QStringLiteral("upns"), QJsonArray::fromStringList(upns));
    QJsonObject x509{{QStringLiteral("validity_months"), validityMonths}};
    if (!subject.isEmpty())
        x509.insert(QStringLiteral("subject"), subject);
    if (!sans.isEmpty())
        x509.insert(QStringLiteral("sans"), sans);
    if (!ekus.isEmpty())
        x509.insert(QStringLiteral("ekus"), QJsonArray::fromStringList(ekus));
    if (!keyUsage.isEmpty())
        x509.insert(QStringLiteral("key_usage"), QJsonArray::fromStringList(keyUsage));
    return {
        {QStringLiteral("key_props"), key},
        {QStringLiteral("secret_props"), QJsonObject{{QStringLiteral("contentType"), contentType}}},
        {QStringLiteral("x509_props"), x509},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), issuer}}}};
}

CertificateOperation CertificateOperation::fromJson(const QJsonObject &object)
{
    CertificateOperation operation;
    operation.id = QUrl(object.value(QStringLiteral("id")).toString());
    operation.status = object.value(QStringLiteral("status")).toString();
    operation.statusDetails = object.value(QStringLiteral("status_details")).toString();
    operation.target = QUrl(object.value(QStringLiteral("target")).toString());
    operation.requestId = object.value(QStringLiteral("request_id")).toString();
    const auto error = object.value(QStringLiteral("error")).toObject();
    operation.errorCode = error.value(QStringLiteral("code")).toString();
    operation.errorMessage = error.value(QStringLiteral("message")).toString();
    return operation;
}

CertificateItem CertificateItem::fromJson(const QJsonObject &object)
{
    CertificateItem item;
    item.id = QUrl(object.value(QStringLiteral("id")).toString());
    readShared(item, item.id, object);
    item.x5t = object.value(QStringLiteral("x5t")).toString();
    item.kid = QUrl(object.value(QStringLiteral("kid")).toString());
    item.sid = QUrl(object.value(QStringLiteral("sid")).toString());
    item.cer = QByteArray::fromBase64(object.value(QStringLiteral("cer")).toString().toLatin1());
    if (!item.cer.isEmpty()) {
        if (const auto info = CertificateInfo::fromDer(item.cer))
            item.subject = info->subject;
    }
    const auto policy = object.value(QStringLiteral("policy")).toObject();
    if (!policy.isEmpty()) {
        item.policy = CertificatePolicy::fromJson(policy);
        item.contentType = item.policy->contentType;
        if (item.subject.isEmpty())
            item.subject = item.policy->subject;
    }
    return item;
}

QByteArray CertificateItem::cerPem() const
{
    if (cer.isEmpty())
        return {};
    return QSslCertificate(cer, QSsl::Der).toPem();
}

QJsonObject CertificateUpdate::toJson() const
{
    auto object = attributesPatch(enabled, std::nullopt, std::nullopt);
    if (tags)
        object.insert(QStringLiteral("tags"), tagsToJson(*tags));
    return object;
}

QJsonObject CertificateImport::toJson() const
{
    QJsonObject object{
        {QStringLiteral("value"),
         isPem() ? QString::fromLatin1(content) : QString::fromLatin1(content.toBase64())},
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), enabled}}}};
    if (!password.isEmpty())
        object.insert(QStringLiteral("pwd"), password);
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), tagsToJson(tags));
    if (!policy.isEmpty())
        object.insert(QStringLiteral("policy"), policy);
    return object;
}

} // namespace kluis::core
