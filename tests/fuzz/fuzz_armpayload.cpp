// Resource Manager answers: subscriptions, resource groups, vaults with their properties and
// network rules, and list pages, read the way ArmClient and the firewall editor read them.
#include "clients/ArmTypes.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace kluis::core;

namespace {
void readItem(const QJsonObject &object)
{
    (void)Subscription::fromJson(object);
    (void)ResourceGroup::fromJson(object);
    auto vault = VaultResource::fromJson(object);
    auto &rules = vault.properties.networkAcls;
    (void)rules.toJson();
    (void)rules.ipRulesCover(QHostAddress(QStringLiteral("203.0.113.7")));
    const auto ipRules = rules.ipRules;
    for (const auto &rule : ipRules) {
        (void)NetworkRules::normalizedIpRule(rule);
        (void)rules.addIpRule(rule);
        (void)rules.removeIpRule(rule);
    }
    (void)rules.addIpRule(QStringLiteral("203.0.113.7"));
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
    (void)VaultProperties::fromJson(object);
    (void)NetworkRules::fromJson(object);
    for (const auto &value : object.value(QStringLiteral("value")).toArray())
        readItem(value.toObject());
    (void)QUrl(object.value(QStringLiteral("nextLink")).toString(), QUrl::StrictMode).host();
    return 0;
}
