#include "crossvault/VaultComparison.h"

#include "common/SecureMemory.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace kluis::core {

namespace {

QMap<QString, ObjectSummary> byName(const QList<ObjectSummary> &secrets)
{
    QMap<QString, ObjectSummary> out;
    for (const auto &secret : secrets) {
        if (!secret.managed)
            out.insert(secret.name.toLower(), secret);
    }
    return out;
}

// The SHA-256 of a secret's value, or nothing when it cannot be read (disabled).
QCoro::Task<Result<std::optional<QByteArray>>> valueDigest(KeyVaultClient client,
                                                           ObjectSummary secret)
{
    if (!secret.attributes.enabled)
        co_return std::optional<QByteArray>();
    auto task = client.getSecret(secret.name);
    auto bundle = co_await task;
    if (!bundle)
        co_return bundle.error();
    auto bytes = bundle->value.toUtf8();
    const auto digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    wipe(bytes);
    wipe(bundle.value().value);
    co_return std::optional(digest);
}

} // namespace

QStringList differingAttributes(const ObjectSummary &from, const ObjectSummary &to)
{
    QStringList fields;
    if (from.contentType != to.contentType)
        fields << QStringLiteral("contentType");
    if (from.tags != to.tags)
        fields << QStringLiteral("tags");
    if (from.attributes.enabled != to.attributes.enabled)
        fields << QStringLiteral("enabled");
    if (from.attributes.notBefore != to.attributes.notBefore)
        fields << QStringLiteral("notBefore");
    if (from.attributes.expires != to.attributes.expires)
        fields << QStringLiteral("expires");
    return fields;
}

QCoro::Task<Result<VaultComparison>> compareVaults(NamedVault from, NamedVault to, ObjectKind kind)
{
    auto fromTask = inventory(from, {kind});
    auto fromSecrets = co_await fromTask;
    if (!fromSecrets)
        co_return fromSecrets.error();
    auto toTask = inventory(to, {kind});
    auto toSecrets = co_await toTask;
    if (!toSecrets)
        co_return toSecrets.error();
    const auto left = byName(fromSecrets.value());
    const auto right = byName(toSecrets.value());

    VaultComparison comparison;
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        const auto other = right.constFind(it.key());
        if (other == right.cend()) {
            comparison.onlyInFrom << it->name;
            continue;
        }
        auto fields = differingAttributes(*it, *other);
        if (kind != ObjectKind::Secret) {
            if (fields.isEmpty())
                ++comparison.same;
            else
                comparison.different.append({it->name, fields});
            continue;
        }
        auto leftTask = valueDigest(from.client, *it);
        auto leftDigest = co_await leftTask;
        if (!leftDigest)
            co_return leftDigest.error();
        auto rightTask = valueDigest(to.client, *other);
        auto rightDigest = co_await rightTask;
        if (!rightDigest)
            co_return rightDigest.error();
        if (!leftDigest.value() || !rightDigest.value())
            fields.prepend(QStringLiteral("value-unknown"));
        else if (*leftDigest.value() != *rightDigest.value())
            fields.prepend(QStringLiteral("value"));
        if (fields.isEmpty())
            ++comparison.same;
        else
            comparison.different.append({it->name, fields});
    }
    for (auto it = right.cbegin(); it != right.cend(); ++it) {
        if (!left.contains(it.key()))
            comparison.onlyInTo << it->name;
    }
    co_return comparison;
}

QJsonObject VaultComparison::toJson() const
{
    QJsonArray differences;
    for (const auto &difference : different)
        differences.append(
            QJsonObject{{QStringLiteral("name"), difference.name},
                        {QStringLiteral("fields"), QJsonArray::fromStringList(difference.fields)}});
    return {{QStringLiteral("onlyInFrom"), QJsonArray::fromStringList(onlyInFrom)},
            {QStringLiteral("onlyInTo"), QJsonArray::fromStringList(onlyInTo)},
            {QStringLiteral("different"), differences},
            {QStringLiteral("same"), same}};
}

} // namespace kluis::core
