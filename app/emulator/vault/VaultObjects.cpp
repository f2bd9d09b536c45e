#include "VaultObjects.h"

#include "CryptoOps.h"
#include "Names.h"

#include <QDateTime>

namespace kluis::emulator {

namespace {
QString str(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

const KindInfo &kindInfo(Kind kind)
{
    static const KindInfo secret{str("secret/"), str("secrets"), str("deletedsecrets"),
                                 str("secret"),  str("Secret"),  str("SecretNotFound")};
    static const KindInfo key{str("key/"), str("keys"), str("deletedkeys"),
                              str("key"),  str("Key"),  str("KeyNotFound")};
    static const KindInfo certificate{str("certificate/"),        str("certificates"),
                                      str("deletedcertificates"), str("certificate"),
                                      str("Certificate"),         str("CertificateNotFound")};
    switch (kind) {
    case Kind::Secret:
        return secret;
    case Kind::Key:
        return key;
    case Kind::Certificate:
        break;
    }
    return certificate;
}

namespace objects {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString storageKey(Kind kind, const QString &name)
{
    return kindInfo(kind).prefix + name.toLower();
}

ObjectVersion secretVersion(const QString &value, const std::optional<QString> &contentType,
                            const QJsonObject &tags, const ObjectAttributes &attributes)
{
    ObjectVersion version;
    version.value = value;
    version.contentType = contentType;
    version.tags = tags;
    version.attributes = attributes;
    return version;
}

ObjectVersion keyVersion(const QByteArray &pem, const QString &kty, const QStringList &keyOps,
                         const QJsonObject &tags, const ObjectAttributes &attributes)
{
    ObjectVersion version;
    version.privateKeyPem = pem;
    version.kty = kty;
    version.keyOps = keyOps;
    version.tags = tags;
    version.attributes = attributes;
    return version;
}

QStringList defaultKeyOps(const QString &kty)
{
    if (kty.startsWith(QLatin1String("EC")))
        return {QStringLiteral("sign"), QStringLiteral("verify")};
    return {QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("sign"),
            QStringLiteral("verify"),  QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const auto &v : array.toArray())
        out << v.toString();
    return out;
}

ObjectVersion append(Vault &vault, Kind kind, const QString &name, ObjectVersion version)
{
    if (version.id.isEmpty())
        version.id = names::newVersion();
    const auto key = storageKey(kind, name);
    auto object = vault.objects.value(key);
    if (object.versions.isEmpty() || object.deleted)
        object = VaultObject{name, {}, std::nullopt, {}, std::nullopt};
    object.versions.append(version);
    vault.objects.insert(key, object);
    return version;
}

const VaultObject *live(const Vault &vault, Kind kind, const QString &name)
{
    const auto it = vault.objects.constFind(storageKey(kind, name));
    if (it == vault.objects.cend() || !it->isLive())
        return nullptr;
    return &*it;
}

void markDeleted(Vault &vault, Kind kind, const QString &name, qint64 delayMs)
{
    const auto key = storageKey(kind, name);
    if (!vault.properties.value(QStringLiteral("enableSoftDelete")).toBool(true)) {
        vault.objects.remove(key);
        return;
    }
    auto object = vault.objects.value(key);
    const auto now = nowSeconds();
    const int days = vault.properties.value(QStringLiteral("softDeleteRetentionInDays")).toInt(90);
    object.deleted = Deletion{now, now + qint64(days) * 86400, nowMs() + delayMs};
    vault.objects.insert(key, object);
}

QJsonObject completePolicy(const QJsonObject &requested, qint64 now)
{
    auto keyProps = requested.value(QStringLiteral("key_props")).toObject();
    const auto kty = keyProps.value(QStringLiteral("kty")).toString(QStringLiteral("RSA"));
    keyProps.insert(QStringLiteral("kty"), kty);
    if (!keyProps.contains(QStringLiteral("exportable")))
        keyProps.insert(QStringLiteral("exportable"), true);
    if (!keyProps.contains(QStringLiteral("reuse_key")))
        keyProps.insert(QStringLiteral("reuse_key"), false);
    if (kty.startsWith(QLatin1String("EC"))) {
        if (!keyProps.contains(QStringLiteral("crv")))
            keyProps.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
    } else if (!keyProps.contains(QStringLiteral("key_size"))) {
        keyProps.insert(QStringLiteral("key_size"), 2048);
    }
    auto secretProps = requested.value(QStringLiteral("secret_props")).toObject();
    if (!secretProps.contains(QStringLiteral("contentType")))
        secretProps.insert(QStringLiteral("contentType"), QStringLiteral("application/x-pkcs12"));
    auto x509 = requested.value(QStringLiteral("x509_props")).toObject();
    if (!x509.contains(QStringLiteral("ekus")))
        x509.insert(QStringLiteral("ekus"), QJsonArray{QStringLiteral("1.3.6.1.5.5.7.3.1"),
                                                       QStringLiteral("1.3.6.1.5.5.7.3.2")});
    if (!x509.contains(QStringLiteral("key_usage")))
        x509.insert(QStringLiteral("key_usage"),
                    kty.startsWith(QLatin1String("EC"))
                        ? QJsonArray{QStringLiteral("digitalSignature")}
                        : QJsonArray{QStringLiteral("digitalSignature"),
                                     QStringLiteral("keyEncipherment")});
    if (!x509.contains(QStringLiteral("validity_months")))
        x509.insert(QStringLiteral("validity_months"), 12);
    auto issuer = requested.value(QStringLiteral("issuer")).toObject();
    if (!issuer.contains(QStringLiteral("name")))
        issuer.insert(QStringLiteral("name"), QStringLiteral("Unknown"));
    auto lifetime = requested.value(QStringLiteral("lifetime_actions")).toArray();
    if (!requested.contains(QStringLiteral("lifetime_actions")))
        lifetime = QJsonArray{QJsonObject{
            {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("lifetime_percentage"), 80}}},
            {QStringLiteral("action"),
             QJsonObject{{QStringLiteral("action_type"),
                          issuer.value(QStringLiteral("name")).toString() == QLatin1String("Self")
                              ? QStringLiteral("AutoRenew")
                              : QStringLiteral("EmailContacts")}}}}};
    auto attributes = requested.value(QStringLiteral("attributes")).toObject();
    if (!attributes.contains(QStringLiteral("enabled")))
        attributes.insert(QStringLiteral("enabled"), true);
    if (!attributes.contains(QStringLiteral("created")))
        attributes.insert(QStringLiteral("created"), now);
    attributes.insert(QStringLiteral("updated"), now);
    return QJsonObject{
        {QStringLiteral("key_props"), keyProps}, {QStringLiteral("secret_props"), secretProps},
        {QStringLiteral("x509_props"), x509},    {QStringLiteral("lifetime_actions"), lifetime},
        {QStringLiteral("issuer"), issuer},      {QStringLiteral("attributes"), attributes}};
}

QJsonObject policyForImport(const CertificateMaterial &material, const QString &contentType,
                            qint64 now)
{
    const auto facts = crypto::certificateFacts(material.der);
    const auto type = crypto::keyType(material.keyPem);
    QJsonObject keyProps{{QStringLiteral("exportable"), true},
                         {QStringLiteral("kty"), type},
                         {QStringLiteral("reuse_key"), false}};
    if (type == QLatin1String("RSA"))
        keyProps.insert(QStringLiteral("key_size"), crypto::rsaBits(material.keyPem));
    else
        keyProps.insert(QStringLiteral("crv"),
                        crypto::publicJwk(material.keyPem).value(QStringLiteral("crv")));
    QJsonObject x509{{QStringLiteral("subject"), facts.subject},
                     {QStringLiteral("validity_months"),
                      qMax<qint64>(1, (facts.notAfter - facts.notBefore) / (30 * 86400))}};
    if (!facts.dnsNames.isEmpty())
        x509.insert(
            QStringLiteral("sans"),
            QJsonObject{{QStringLiteral("dns_names"), QJsonArray::fromStringList(facts.dnsNames)}});
    QJsonObject requested{
        {QStringLiteral("key_props"), keyProps},
        {QStringLiteral("secret_props"), QJsonObject{{QStringLiteral("contentType"), contentType}}},
        {QStringLiteral("x509_props"), x509},
        {QStringLiteral("issuer"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Unknown")}}}};
    return completePolicy(requested, now);
}

QString storeCertificate(Vault &vault, const QString &name, const QJsonObject &policy,
                         const CertificateMaterial &material, const QJsonObject &tags, bool enabled)
{
    const auto facts = crypto::certificateFacts(material.der);
    ObjectVersion certificate;
    certificate.id = names::newVersion();
    certificate.attributes =
        ObjectAttributes::madeAt(nowSeconds(), enabled, facts.notBefore, facts.notAfter);
    certificate.tags = tags;
    certificate.der = material.der;
    certificate.chainDer = material.chainDer;
    append(vault, Kind::Certificate, name, certificate);
    if (auto *stored = vault.objects.find(storageKey(Kind::Certificate, name)))
        stored->policy = policy;

    const auto keyProps = policy.value(QStringLiteral("key_props")).toObject();
    const bool exportable = keyProps.value(QStringLiteral("exportable")).toBool(true);
    const auto contentType = policy.value(QStringLiteral("secret_props"))
                                 .toObject()
                                 .value(QStringLiteral("contentType"))
                                 .toString(QStringLiteral("application/x-pkcs12"));
    QString value;
    if (contentType == QLatin1String("application/x-pem-file")) {
        QByteArray pem = exportable ? material.keyPem : QByteArray();
        pem += crypto::derToPem(material.der);
        for (const auto &der : material.chainDer)
            pem += crypto::derToPem(der);
        value = QString::fromLatin1(pem);
    } else {
        value = QString::fromLatin1(
            (exportable ? crypto::makePfx(material.keyPem, material.der, material.chainDer)
                        : material.der)
                .toBase64());
    }
    auto secret = secretVersion(value, contentType, tags, certificate.attributes);
    secret.id = certificate.id;
    secret.managed = true;
    secret.backsCertificate = true;
    append(vault, Kind::Secret, name, secret);

    const auto kty = keyProps.value(QStringLiteral("kty")).toString(QStringLiteral("RSA"));
    auto key = keyVersion(material.keyPem, kty, defaultKeyOps(kty), tags, certificate.attributes);
    key.id = certificate.id;
    key.managed = true;
    append(vault, Kind::Key, name, key);
    return certificate.id;
}

QList<Kind> withManaged(Kind kind)
{
    if (kind == Kind::Certificate)
        return {Kind::Certificate, Kind::Key, Kind::Secret};
    return {kind};
}

void saveAll(EmulatorState &state, const Vault &vault, Kind kind, const QString &name)
{
    for (const auto k : withManaged(kind))
        state.saveObject(vault, storageKey(k, name));
}

} // namespace objects
} // namespace kluis::emulator
