#include "VaultResource.h"

#include "access/Cidr.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace kluis::emulator {

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("Boolean");
    case QJsonValue::Double:
        return QStringLiteral("Integer");
    case QJsonValue::String:
        return QStringLiteral("String");
    case QJsonValue::Array:
        return QStringLiteral("Array");
    case QJsonValue::Object:
        return QStringLiteral("Object");
    default:
        return QStringLiteral("Null");
    }
}

ArmError contentError(const QString &path, const QJsonValue &value, const QString &expected)
{
    return {400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized: "
                           "'Error converting value of type %1 to type '%2'. Path '%3'.'.")
                .arg(jsonTypeName(value), expected, path)};
}

ArmError badRequest(const QString &message)
{
    return {400, QStringLiteral("BadRequest"), message};
}

ArmError invalidValue(const QString &path, const QString &why)
{
    return badRequest(QStringLiteral("Invalid value found at %1: %2").arg(path, why));
}

// One of the allowed values, matched without regard to case and returned in canonical case.
std::optional<QString> enumValue(const QJsonValue &value, const QStringList &allowed)
{
    if (!value.isString())
        return std::nullopt;
    for (const auto &candidate : allowed) {
        if (candidate.compare(value.toString(), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

ArmError enumError(const QString &path, const QJsonValue &value, const QStringList &allowed)
{
    return badRequest(QStringLiteral("The value '%1' of %2 is invalid. Allowed values: %3.")
                          .arg(value.isString() ? value.toString() : jsonTypeName(value), path,
                               allowed.join(QStringLiteral(", "))));
}

bool isGuid(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(text).hasMatch();
}

struct ForbiddenRange
{
    const char *cidr;
    const char *text;
};

// RFC 1918: the service answers "<rule> belongs to forbidden range 10.0.0.0–10.255.255.255
// (private IP addresses)" (quoted in Azure/azure-powershell#11471).
constexpr ForbiddenRange kPrivateRanges[] = {
    {"10.0.0.0/8", "10.0.0.0\u201310.255.255.255"},
    {"172.16.0.0/12", "172.16.0.0\u2013172.31.255.255"},
    {"192.168.0.0/16", "192.168.0.0\u2013192.168.255.255"},
};

std::optional<ArmError> normalizeIpRules(const QJsonValue &sent, QJsonArray *result)
{
    const auto path = QStringLiteral("properties.networkAcls.ipRules");
    if (!sent.isArray())
        return contentError(path, sent, QStringLiteral("IPRule[]"));
    const auto rules = sent.toArray();
    if (rules.size() > VaultResource::kMaxIpRules)
        return badRequest(
            QStringLiteral("Invalid value found at %1: %2 IP rules exceed the limit of %3.")
                .arg(path)
                .arg(rules.size())
                .arg(VaultResource::kMaxIpRules));
    QStringList seen;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const auto rulePath = QStringLiteral("%1[%2].value").arg(path).arg(i);
        const auto value = rules.at(i).toObject().value(QStringLiteral("value"));
        if (!rules.at(i).isObject() || !value.isString())
            return contentError(rulePath, value, QStringLiteral("String"));
        const auto cidr = Cidr::parse(value.toString());
        if (!cidr || !cidr->isIPv4())
            return invalidValue(rulePath,
                                QStringLiteral("'%1' is not a valid IPv4 address or CIDR range")
                                    .arg(value.toString()));
        for (const auto &range : kPrivateRanges) {
            const auto forbidden = Cidr::parse(QString::fromLatin1(range.cidr));
            if (cidr->prefixLength >= forbidden->prefixLength && forbidden->contains(cidr->network))
                return invalidValue(rulePath,
                                    QStringLiteral("%1 belongs to forbidden range %2 (private IP "
                                                   "addresses)")
                                        .arg(value.toString(), QString::fromUtf8(range.text)));
        }
        const auto normalized = cidr->toString();
        if (const auto earlier = seen.indexOf(normalized); earlier >= 0)
            return invalidValue(rulePath, QStringLiteral("%1 duplicates %2[%3] (%4)")
                                              .arg(value.toString(), path)
                                              .arg(earlier)
                                              .arg(normalized));
        seen << normalized;
        result->append(QJsonObject{{QStringLiteral("value"), normalized}});
    }
    return std::nullopt;
}

std::optional<ArmError> normalizeVnetRules(const QJsonValue &sent, QJsonArray *result)
{
    const auto path = QStringLiteral("properties.networkAcls.virtualNetworkRules");
    if (!sent.isArray())
        return contentError(path, sent, QStringLiteral("VirtualNetworkRule[]"));
    const auto rules = sent.toArray();
    if (rules.size() > VaultResource::kMaxVirtualNetworkRules)
        return badRequest(
            QStringLiteral("Invalid value found at %1: %2 virtual network rules exceed the "
                           "limit of %3.")
                .arg(path)
                .arg(rules.size())
                .arg(VaultResource::kMaxVirtualNetworkRules));
    static const QRegularExpression subnetId(
        QStringLiteral("^/subscriptions/[^/]+/resourcegroups/[^/]+/providers/"
                       "microsoft\\.network/virtualnetworks/[^/]+/subnets/[^/]+$"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const auto rulePath = QStringLiteral("%1[%2].id").arg(path).arg(i);
        const auto rule = rules.at(i).toObject();
        const auto id = rule.value(QStringLiteral("id"));
        if (!rules.at(i).isObject() || !id.isString())
            return contentError(rulePath, id, QStringLiteral("String"));
        if (!subnetId.match(id.toString()).hasMatch())
            return invalidValue(
                rulePath, QStringLiteral("'%1' is not a subnet resource id").arg(id.toString()));
        QJsonObject normalized{{QStringLiteral("id"), id.toString().toLower()}};
        const auto ignore = rule.value(QStringLiteral("ignoreMissingVnetServiceEndpoint"));
        if (ignore.isBool())
            normalized.insert(QStringLiteral("ignoreMissingVnetServiceEndpoint"), ignore);
        result->append(normalized);
    }
    return std::nullopt;
}

std::optional<ArmError> validateAccessPolicies(const QJsonValue &sent)
{
    const auto path = QStringLiteral("properties.accessPolicies");
    if (!sent.isArray())
        return contentError(path, sent, QStringLiteral("AccessPolicyEntry[]"));
    const auto policies = sent.toArray();
    if (policies.size() > VaultResource::kMaxAccessPolicies)
        return badRequest(QStringLiteral("Invalid value found at %1: more than %2 entries.")
                              .arg(path)
                              .arg(VaultResource::kMaxAccessPolicies));
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const auto entryPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!policies.at(i).isObject())
            return contentError(entryPath, policies.at(i), QStringLiteral("AccessPolicyEntry"));
        const auto entry = policies.at(i).toObject();
        if (!isGuid(entry.value(QStringLiteral("tenantId")).toString()))
            return invalidValue(entryPath + QStringLiteral(".tenantId"),
                                QStringLiteral("a tenant id (GUID) is required"));
        if (entry.value(QStringLiteral("objectId")).toString().isEmpty())
            return invalidValue(entryPath + QStringLiteral(".objectId"),
                                QStringLiteral("an object id is required"));
        if (!entry.value(QStringLiteral("permissions")).isObject())
            return contentError(entryPath + QStringLiteral(".permissions"),
                                entry.value(QStringLiteral("permissions")),
                                QStringLiteral("Permissions"));
    }
    return std::nullopt;
}

const QStringList kBooleans{
    QStringLiteral("enabledForDeployment"),         QStringLiteral("enabledForDiskEncryption"),
    QStringLiteral("enabledForTemplateDeployment"), QStringLiteral("enableSoftDelete"),
    QStringLiteral("enableRbacAuthorization"),      QStringLiteral("enablePurgeProtection")};

} // namespace

bool VaultResource::isValidName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-zA-Z](?!.*--)[a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$"));
    return pattern.match(name).hasMatch();
}

ArmError VaultResource::invalidName(const QString &name)
{
    return {400, QStringLiteral("VaultNameNotValid"),
            QStringLiteral("The vault name '%1' is invalid. A vault's name must be between 3-24 "
                           "alphanumeric characters. The name must begin with a letter, end with "
                           "a letter or digit, and not contain consecutive hyphens.")
                .arg(name)};
}

QJsonObject VaultResource::defaultProperties(const QString &tenantId)
{
    return QJsonObject{
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                            {QStringLiteral("name"), QStringLiteral("standard")}}},
        {QStringLiteral("accessPolicies"), QJsonArray()},
        {QStringLiteral("enabledForDeployment"), false},
        {QStringLiteral("enabledForDiskEncryption"), false},
        {QStringLiteral("enabledForTemplateDeployment"), false},
        {QStringLiteral("enableSoftDelete"), true},
        {QStringLiteral("softDeleteRetentionInDays"), 90},
        {QStringLiteral("enableRbacAuthorization"), false},
        {QStringLiteral("networkAcls"),
         QJsonObject{{QStringLiteral("bypass"), QStringLiteral("AzureServices")},
                     {QStringLiteral("defaultAction"), QStringLiteral("Allow")},
                     {QStringLiteral("ipRules"), QJsonArray()},
                     {QStringLiteral("virtualNetworkRules"), QJsonArray()}}},
        {QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled")},
        {QStringLiteral("privateEndpointConnections"), QJsonArray()},
        {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
    };
}

std::optional<ArmError> VaultResource::normalizeNetworkAcls(const QJsonValue &sent,
                                                            const QJsonObject &base,
                                                            QJsonObject *result)
{
    if (!sent.isObject())
        return contentError(QStringLiteral("properties.networkAcls"), sent,
                            QStringLiteral("NetworkRuleSet"));
    const auto acls = sent.toObject();
    QJsonObject out = base;
    const auto bypass = acls.value(QStringLiteral("bypass"));
    if (!bypass.isUndefined() && !bypass.isNull()) {
        const QStringList allowed{QStringLiteral("AzureServices"), QStringLiteral("None")};
        const auto value = enumValue(bypass, allowed);
        if (!value)
            return enumError(QStringLiteral("properties.networkAcls.bypass"), bypass, allowed);
        out.insert(QStringLiteral("bypass"), *value);
    }
    const auto action = acls.value(QStringLiteral("defaultAction"));
    if (!action.isUndefined() && !action.isNull()) {
        const QStringList allowed{QStringLiteral("Allow"), QStringLiteral("Deny")};
        const auto value = enumValue(action, allowed);
        if (!value)
            return enumError(QStringLiteral("properties.networkAcls.defaultAction"), action,
                             allowed);
        out.insert(QStringLiteral("defaultAction"), *value);
    }
    const auto ipRules = acls.value(QStringLiteral("ipRules"));
    if (!ipRules.isUndefined() && !ipRules.isNull()) {
        QJsonArray rules;
        if (auto error = normalizeIpRules(ipRules, &rules))
            return error;
        out.insert(QStringLiteral("ipRules"), rules);
    }
    const auto vnetRules = acls.value(QStringLiteral("virtualNetworkRules"));
    if (!vnetRules.isUndefined() && !vnetRules.isNull()) {
        QJsonArray rules;
        if (auto error = normalizeVnetRules(vnetRules, &rules))
            return error;
        out.insert(QStringLiteral("virtualNetworkRules"), rules);
    }
    // Members this emulator does not know (a newer API version's) are kept as sent, so a
    // client that writes back what it read can be seen to keep them; null removes one.
    static const QStringList known{QStringLiteral("bypass"), QStringLiteral("defaultAction"),
                                   QStringLiteral("ipRules"),
                                   QStringLiteral("virtualNetworkRules")};
    for (auto it = acls.begin(); it != acls.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        if (it.value().isNull())
            out.remove(it.key());
        else
            out.insert(it.key(), it.value());
    }
    if (!out.contains(QStringLiteral("bypass")))
        out.insert(QStringLiteral("bypass"), QStringLiteral("AzureServices"));
    if (!out.contains(QStringLiteral("defaultAction")))
        out.insert(QStringLiteral("defaultAction"), QStringLiteral("Allow"));
    for (const auto *key : {"ipRules", "virtualNetworkRules"}) {
        if (!out.value(QLatin1String(key)).isArray())
            out.insert(QLatin1String(key), QJsonArray());
    }
    *result = out;
    return std::nullopt;
}

std::optional<ArmError> VaultResource::applyProperties(const QJsonValue &sentValue, bool replace,
                                                       QJsonObject &current)
{
    if (!sentValue.isObject())
        return contentError(QStringLiteral("properties"), sentValue,
                            QStringLiteral("VaultProperties"));
    const auto sent = sentValue.toObject();
    auto has = [&](const QString &key) {
        const auto v = sent.value(key);
        return !v.isUndefined() && !v.isNull();
    };
    const QJsonObject before = current;
    QJsonObject next;
    if (replace) {
        if (!has(QStringLiteral("tenantId")))
            return badRequest(QStringLiteral("The property 'properties.tenantId' is required."));
        if (!has(QStringLiteral("sku")))
            return badRequest(QStringLiteral("The property 'properties.sku' is required."));
        next = defaultProperties(QString());
        // What the caller cannot write survives a PUT.
        for (const auto *key : {"privateEndpointConnections", "provisioningState"}) {
            if (before.contains(QLatin1String(key)))
                next.insert(QLatin1String(key), before.value(QLatin1String(key)));
        }
    } else {
        next = current;
    }

    if (has(QStringLiteral("tenantId"))) {
        const auto tenant = sent.value(QStringLiteral("tenantId"));
        if (!tenant.isString() || !isGuid(tenant.toString()))
            return contentError(QStringLiteral("properties.tenantId"), tenant,
                                QStringLiteral("System.Guid"));
        next.insert(QStringLiteral("tenantId"), tenant.toString().toLower());
    }
    if (has(QStringLiteral("sku"))) {
        const auto sku = sent.value(QStringLiteral("sku"));
        if (!sku.isObject())
            return contentError(QStringLiteral("properties.sku"), sku, QStringLiteral("Sku"));
        const QStringList names{QStringLiteral("standard"), QStringLiteral("premium")};
        const auto nameValue = sku.toObject().value(QStringLiteral("name"));
        const auto name = enumValue(nameValue, names);
        if (!name)
            return enumError(QStringLiteral("properties.sku.name"), nameValue, names);
        const auto familyValue = sku.toObject().value(QStringLiteral("family"));
        if (!familyValue.isUndefined() && !familyValue.isNull() &&
            !enumValue(familyValue, {QStringLiteral("A")}))
            return enumError(QStringLiteral("properties.sku.family"), familyValue,
                             {QStringLiteral("A")});
        next.insert(QStringLiteral("sku"),
                    QJsonObject{{QStringLiteral("family"), QStringLiteral("A")},
                                {QStringLiteral("name"), *name}});
    }
    for (const auto &key : kBooleans) {
        if (!has(key))
            continue;
        const auto value = sent.value(key);
        if (!value.isBool())
            return contentError(QStringLiteral("properties.") + key, value,
                                QStringLiteral("System.Boolean"));
        next.insert(key, value);
    }
    if (has(QStringLiteral("softDeleteRetentionInDays"))) {
        const auto days = sent.value(QStringLiteral("softDeleteRetentionInDays"));
        const double d = days.toDouble(-1);
        if (!days.isDouble() || d != double(qint64(d)))
            return contentError(QStringLiteral("properties.softDeleteRetentionInDays"), days,
                                QStringLiteral("System.Int32"));
        if (d < 7 || d > 90)
            return badRequest(QStringLiteral("The property 'softDeleteRetentionInDays' must be "
                                             "between 7 and 90, not %1.")
                                  .arg(qint64(d)));
        next.insert(QStringLiteral("softDeleteRetentionInDays"), qint64(d));
    }
    if (has(QStringLiteral("accessPolicies"))) {
        const auto policies = sent.value(QStringLiteral("accessPolicies"));
        if (auto error = validateAccessPolicies(policies))
            return error;
        next.insert(QStringLiteral("accessPolicies"), policies);
    }
    if (has(QStringLiteral("publicNetworkAccess"))) {
        const QStringList allowed{QStringLiteral("Enabled"), QStringLiteral("Disabled"),
                                  QStringLiteral("SecuredByPerimeter")};
        const auto value = sent.value(QStringLiteral("publicNetworkAccess"));
        const auto access = enumValue(value, allowed);
        if (!access)
            return enumError(QStringLiteral("properties.publicNetworkAccess"), value, allowed);
        next.insert(QStringLiteral("publicNetworkAccess"), *access);
    }
    if (has(QStringLiteral("networkAcls"))) {
        // A PATCH merges the rule set's own fields too; a PUT starts from the defaults.
        const auto base = next.value(QStringLiteral("networkAcls")).toObject();
        QJsonObject acls;
        if (auto error =
                normalizeNetworkAcls(sent.value(QStringLiteral("networkAcls")), base, &acls))
            return error;
        next.insert(QStringLiteral("networkAcls"), acls);
    }

    // Irreversible switches, judged against the vault as it was.
    if (before.value(QStringLiteral("enableSoftDelete")).toBool() &&
        next.value(QStringLiteral("enableSoftDelete")) == QJsonValue(false))
        return badRequest(QStringLiteral(
            "The property \"enableSoftDelete\" cannot be set to false. Enabling the soft delete "
            "for a vault is an irreversible action."));
    if (before.value(QStringLiteral("enablePurgeProtection")).toBool() &&
        !next.value(QStringLiteral("enablePurgeProtection")).toBool())
        return badRequest(QStringLiteral(
            "The property \"enablePurgeProtection\" cannot be set to false. Enabling the purge "
            "protection for a vault is an irreversible action."));
    current = next;
    return std::nullopt;
}

QJsonObject VaultResource::toJson(const Vault &vault, const Endpoints &endpoints)
{
    auto properties = vault.properties;
    properties.insert(QStringLiteral("vaultUri"), endpoints.vaultUri(vault.name));
    if (!properties.contains(QStringLiteral("provisioningState")))
        properties.insert(QStringLiteral("provisioningState"), QStringLiteral("Succeeded"));
    return QJsonObject{{QStringLiteral("id"), vault.resourceId()},
                       {QStringLiteral("name"), vault.name},
                       {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")},
                       {QStringLiteral("location"), vault.location},
                       {QStringLiteral("tags"), vault.tags},
                       {QStringLiteral("properties"), properties}};
}

QJsonObject VaultResource::toGenericResourceJson(const Vault &vault)
{
    return QJsonObject{{QStringLiteral("id"), vault.resourceId()},
                       {QStringLiteral("name"), vault.name},
                       {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults")},
                       {QStringLiteral("location"), vault.location},
                       {QStringLiteral("tags"), vault.tags}};
}

} // namespace kluis::emulator
