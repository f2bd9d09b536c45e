#include "VaultContentSeed.h"

#include "CryptoOps.h"
#include "Names.h"
#include "VaultObjects.h"

#include <QJsonArray>

namespace kluis::emulator {

namespace {

// The demo vaults share their RSA key material within one process: 2048-bit key generation
// dominates start-up, and tests start the emulator often.
const QByteArray &demoRsaKey(int slot)
{
    static QByteArray keys[3];
    if (keys[slot].isEmpty())
        keys[slot] = crypto::generateRsa(2048);
    return keys[slot];
}

constexpr qint64 kDay = 86400;

QJsonObject tags(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QJsonObject out;
    for (const auto &[k, v] : pairs)
        out.insert(QLatin1String(k), QLatin1String(v));
    return out;
}

void addSecret(Vault &vault, const QString &name, const QString &value, const QString &contentType,
               const ObjectAttributes &attrs, const QJsonObject &tagSet = {})
{
    objects::append(vault, Kind::Secret, name,
                    objects::secretVersion(value, contentType, tagSet, attrs));
}

QJsonObject policy(const QString &subject, const QStringList &dnsNames, const QString &issuer,
                   const QString &kty, int months)
{
    QJsonObject x509{{QStringLiteral("subject"), subject},
                     {QStringLiteral("validity_months"), months}};
    if (!dnsNames.isEmpty())
        x509.insert(QStringLiteral("sans"), QJsonObject{{QStringLiteral("dns_names"),
                                                         QJsonArray::fromStringList(dnsNames)}});
    return objects::completePolicy(
        QJsonObject{{QStringLiteral("key_props"), QJsonObject{{QStringLiteral("kty"), kty}}},
                    {QStringLiteral("x509_props"), x509},
                    {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), issuer}}}},
        objects::nowSeconds());
}

} // namespace

void VaultContentSeed::fillDemo(Vault &vault)
{
    const auto now = objects::nowSeconds();
    const auto text = QStringLiteral("text/plain");

    // Several versions, the oldest made months ago.
    const char *passwords[] = {"Winter2024!rotate-me", "Spring2025#k8s-prod",
                               "c0rr3ct-h0rse-b4ttery"};
    for (int i = 0; i < 3; ++i) {
        const qint64 created = now - (2 - i) * 60 * kDay;
        addSecret(vault, QStringLiteral("database-password"), QLatin1String(passwords[i]), text,
                  ObjectAttributes::madeAt(created),
                  tags({{"environment", "production"}, {"owner", "dba-team"}}));
    }
    addSecret(vault, QStringLiteral("payments-api-key"),
              QStringLiteral("pk_live_51Hx9dEmoKeyValue"),
              QStringLiteral("application/vnd.contoso.api-key"),
              ObjectAttributes::madeAt(now - 80 * kDay, true, 0, now + 10 * kDay),
              tags({{"service", "payments"}, {"expires-soon", "true"}}));
    addSecret(vault, QStringLiteral("legacy-ftp-password"), QStringLiteral("ftp-Pa55word-2019"),
              text, ObjectAttributes::madeAt(now - 400 * kDay, true, 0, now - 30 * kDay),
              tags({{"status", "expired"}}));
    addSecret(vault, QStringLiteral("storage-connection-string"),
              QStringLiteral("DefaultEndpointsProtocol=https;AccountName=contosodemo;"
                             "AccountKey=ZGVtby1rZXktbm90LXJlYWw=;EndpointSuffix=core.windows.net"),
              QStringLiteral("application/x-connection-string"),
              ObjectAttributes::madeAt(now - 5 * kDay), tags({{"environment", "production"}}));
    addSecret(vault, QStringLiteral("service-principal-config"),
              QStringLiteral("{\"clientId\":\"3c7d9a1e-0000-4c6d-8e0f-1a2b3c4d5e6f\","
                             "\"tenant\":\"contoso.onmicrosoft.com\"}"),
              QStringLiteral("application/json"), ObjectAttributes::madeAt(now - 20 * kDay));
    addSecret(vault, QStringLiteral("disabled-webhook-token"), QStringLiteral("whk_disabled_123"),
              text, ObjectAttributes::madeAt(now - 50 * kDay, false),
              tags({{"reason", "compromised"}}));
    addSecret(vault, QStringLiteral("future-feature-flag"), QStringLiteral("enabled"), text,
              ObjectAttributes::madeAt(now - kDay, true, now + 30 * kDay));

    objects::append(vault, Kind::Key, QStringLiteral("data-encryption-key"),
                    objects::keyVersion(demoRsaKey(0), QStringLiteral("RSA"),
                                        objects::defaultKeyOps(QStringLiteral("RSA")),
                                        tags({{"purpose", "envelope-encryption"}}),
                                        ObjectAttributes::madeAt(now - 100 * kDay)));
    // Rotated every 90 days: the one demo key the hygiene report leaves alone.
    if (auto *dataKey = vault.objects.find(
            objects::storageKey(Kind::Key, QStringLiteral("data-encryption-key"))))
        dataKey->policy = QJsonObject{
            {QStringLiteral("lifetimeActions"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("trigger"),
                  QJsonObject{{QStringLiteral("timeAfterCreate"), QStringLiteral("P90D")}}},
                 {QStringLiteral("action"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("Rotate")}}}}}},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("expiryTime"), QStringLiteral("P2Y")},
                         {QStringLiteral("created"), now - 100 * kDay},
                         {QStringLiteral("updated"), now - 100 * kDay}}}};
    objects::append(vault, Kind::Key, QStringLiteral("signing-key-ec"),
                    objects::keyVersion(crypto::generateEc(QStringLiteral("P-256")),
                                        QStringLiteral("EC"),
                                        objects::defaultKeyOps(QStringLiteral("EC")),
                                        tags({{"purpose", "jwt-signing"}}),
                                        ObjectAttributes::madeAt(now - 30 * kDay)));

    const auto webKey = demoRsaKey(1);
    crypto::CertificateRequest web;
    web.subject = QStringLiteral("CN=www.contoso.example");
    web.dnsNames = {QStringLiteral("www.contoso.example"), QStringLiteral("contoso.example")};
    web.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1")};
    web.keyUsage = {QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")};
    web.validityMonths = 12;
    objects::storeCertificate(
        vault, QStringLiteral("web-frontend"),
        policy(web.subject, web.dnsNames, QStringLiteral("Self"), QStringLiteral("RSA"), 12),
        {webKey, crypto::makeCertificate(webKey, web), {}}, tags({{"team", "web"}}));

    // A small CA and a leaf it signed, imported with the chain.
    const auto caKey = crypto::generateEc(QStringLiteral("P-256"));
    crypto::CertificateRequest ca;
    ca.subject = QStringLiteral("CN=Contoso Demo Root CA, O=Contoso Ltd");
    ca.keyUsage = {QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")};
    ca.validityMonths = 120;
    ca.isCa = true;
    const auto caDer = crypto::makeCertificate(caKey, ca);
    const auto leafKey = demoRsaKey(2);
    crypto::CertificateRequest leaf;
    leaf.subject = QStringLiteral("CN=api.internal.contoso.example, O=Contoso Ltd");
    leaf.dnsNames = {QStringLiteral("api.internal.contoso.example")};
    leaf.ekus = {QStringLiteral("1.3.6.1.5.5.7.3.1"), QStringLiteral("1.3.6.1.5.5.7.3.2")};
    leaf.keyUsage = {QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")};
    leaf.validityMonths = 24;
    objects::CertificateMaterial chained{
        leafKey, crypto::makeCertificate(leafKey, leaf, caKey, caDer), {caDer}};
    objects::storeCertificate(
        vault, QStringLiteral("internal-api"),
        objects::policyForImport(chained, QStringLiteral("application/x-pkcs12"), now), chained,
        tags({{"issuer", "contoso-demo-ca"}}));
    objects::CertificateMaterial caMaterial{caKey, caDer, {}};
    objects::storeCertificate(
        vault, QStringLiteral("contoso-root-ca"),
        objects::policyForImport(caMaterial, QStringLiteral("application/x-pem-file"), now),
        caMaterial, tags({{"role", "root-ca"}}));

    // Deleted items, already past their deletion.
    addSecret(vault, QStringLiteral("old-deployment-token"), QStringLiteral("dpl_0ld_t0ken"), text,
              ObjectAttributes::madeAt(now - 200 * kDay));
    objects::markDeleted(vault, Kind::Secret, QStringLiteral("old-deployment-token"), -1000);
    objects::append(vault, Kind::Key, QStringLiteral("retired-key"),
                    objects::keyVersion(crypto::generateEc(QStringLiteral("P-384")),
                                        QStringLiteral("EC"),
                                        objects::defaultKeyOps(QStringLiteral("EC")), {},
                                        ObjectAttributes::madeAt(now - 300 * kDay)));
    objects::markDeleted(vault, Kind::Key, QStringLiteral("retired-key"), -1000);
}

void VaultContentSeed::fillTeam(Vault &vault)
{
    ObjectAttributes attrs;
    addSecret(vault, QStringLiteral("team-api-token"), QStringLiteral("tk_team_7c1f0e9a2b"),
              QStringLiteral("text/plain"), attrs, tags({{"owner", "team"}}));
}

void VaultContentSeed::addGeneratedSecrets(Vault &vault, int count)
{
    const auto now = objects::nowSeconds();
    const auto attrs = ObjectAttributes::madeAt(now);
    const QJsonObject noTags;
    const auto contentType = QStringLiteral("text/plain");
    for (int i = 1; i <= count; ++i) {
        const auto name = QStringLiteral("generated-%1").arg(i, 6, 10, QLatin1Char('0'));
        const auto key = objects::storageKey(Kind::Secret, name);
        if (vault.objects.contains(key))
            continue;
        auto version = objects::secretVersion(QStringLiteral("generated value %1").arg(i),
                                              contentType, noTags, attrs);
        version.id = names::newVersion();
        vault.objects.insert(key, VaultObject{name, {version}, std::nullopt, {}, std::nullopt});
    }
}

} // namespace kluis::emulator
