#include "VaultObjects.h"

#include "CryptoOps.h"
#include "Names.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace kluis::emulator {

namespace {
const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

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

QJsonObject attributes(qint64 now, bool enabled, qint64 nbf, qint64 exp)
{
    QJsonObject json{{QStringLiteral("enabled"), enabled},
                     {QStringLiteral("created"), now},
                     {QStringLiteral("updated"), now}};
    if (nbf > 0)
        json.insert(QStringLiteral("nbf"), nbf);
    if (exp > 0)
        json.insert(QStringLiteral("exp"), exp);
    return json;
}

QJsonObject secretVersion(const QString &value, const QString &contentType, const QJsonObject &tags,
                          const QJsonObject &attributes)
{
    QJsonObject version{{QStringLiteral("value"), value},
                        {QStringLiteral("attributes"), attributes},
                        {QStringLiteral("tags"), tags}};
    if (!contentType.isEmpty())
        version.insert(QStringLiteral("contentType"), contentType);
    return version;
}

QJsonObject keyVersion(const QByteArray &pem, const QString &kty, const QJsonArray &keyOps,
                       const QJsonObject &tags, const QJsonObject &attributes)
{
    return QJsonObject{{QStringLiteral("pem"), QString::fromLatin1(pem)},
                       {QStringLiteral("kty"), kty},
                       {QStringLiteral("key_ops"), keyOps},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("tags"), tags}};
}

QJsonArray defaultKeyOps(const QString &kty)
{
    if (kty.startsWith(QLatin1String("EC")))
        return QJsonArray{QStringLiteral("sign"), QStringLiteral("verify")};
    return QJsonArray{QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                      QStringLiteral("sign"),    QStringLiteral("verify"),
                      QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
}

QJsonObject append(Vault &vault, Kind kind, const QString &name, QJsonObject version)
{
    if (!version.contains(QStringLiteral("version")))
        version.insert(QStringLiteral("version"), names::newVersion());
    const auto key = storageKey(kind, name);
    auto object = vault.objects.value(key);
    if (object.isEmpty() || object.contains(QStringLiteral("deleted")))
        object = QJsonObject{{QStringLiteral("name"), name}};
    auto versions = object.value(QStringLiteral("versions")).toArray();
    versions.append(version);
    object.insert(QStringLiteral("versions"), versions);
    vault.objects.insert(key, object);
    return version;
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
    object.insert(QStringLiteral("deleted"),
                  QJsonObject{{QStringLiteral("deletedDate"), now},
                              {QStringLiteral("scheduledPurgeDate"), now + qint64(days) * 86400},
                              {QStringLiteral("readyAtMs"), nowMs() + delayMs}});
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
    const auto now = nowSeconds();
    const auto version = names::newVersion();
    const auto facts = crypto::certificateFacts(material.der);
    const auto attrs = attributes(now, enabled, facts.notBefore, facts.notAfter);
    QJsonArray chain;
    for (const auto &der : material.chainDer)
        chain.append(QString::fromLatin1(der.toBase64()));
    append(vault, Kind::Certificate, name,
           QJsonObject{
               {QStringLiteral("version"), version},
               {QStringLiteral("cer"), QString::fromLatin1(material.der.toBase64())},
               {QStringLiteral("x5t"),
                QString::fromLatin1(QCryptographicHash::hash(material.der, QCryptographicHash::Sha1)
                                        .toBase64(kBase64Url))},
               {QStringLiteral("chain"), chain},
               {QStringLiteral("attributes"), attrs},
               {QStringLiteral("tags"), tags}});
    const auto certKey = storageKey(Kind::Certificate, name);
    auto certificate = vault.objects.value(certKey);
    certificate.insert(QStringLiteral("policy"), policy);
    vault.objects.insert(certKey, certificate);

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
    auto secret = secretVersion(value, contentType, tags, attrs);
    secret.insert(QStringLiteral("version"), version);
    secret.insert(QStringLiteral("managed"), true);
    secret.insert(QStringLiteral("certificate"), true);
    append(vault, Kind::Secret, name, secret);

    const auto kty = keyProps.value(QStringLiteral("kty")).toString(QStringLiteral("RSA"));
    auto key = keyVersion(material.keyPem, kty, defaultKeyOps(kty), tags, attrs);
    key.insert(QStringLiteral("version"), version);
    key.insert(QStringLiteral("managed"), true);
    append(vault, Kind::Key, name, key);
    return version;
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
