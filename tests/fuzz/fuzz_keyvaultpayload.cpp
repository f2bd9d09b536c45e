// Key Vault answers: secret, key and certificate items and bundles (policy, pending operation,
// deleted items) and list pages, read the way KeyVaultClient reads them.
#include "clients/KeyVaultTypes.h"
#include "keys/PublicJwk.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace kluis::core;

namespace {
void readItem(const QJsonObject &object)
{
    const auto bundle = SecretBundle::fromJson(object);
    (void)ObjectId::parse(bundle.kid);
    const auto key = KeyItem::fromJson(object);
    (void)key.keyDescription();
    (void)publicjwk::toPem(key.publicJwk);
    const auto certificate = CertificateItem::fromJson(object);
    (void)certificate.cerPem();
    if (certificate.policy)
        (void)certificate.policy->toJson();
    (void)CertificateOperation::fromJson(object);
    (void)CertificatePolicy::fromJson(object);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    const auto object = document.object();
    readItem(object);
    // A page: {"value": [items], "nextLink": URL}.
    for (const auto &value : object.value(QStringLiteral("value")).toArray())
        readItem(value.toObject());
    (void)QUrl(object.value(QStringLiteral("nextLink")).toString(), QUrl::StrictMode).host();
    return 0;
}
