#include "crossvault/ObjectSummary.h"

namespace kluis::core {

QString ObjectSummary::isoText(const std::optional<QDateTime> &time)
{
    return time ? time->toUTC().toString(Qt::ISODate) : QString();
}

namespace {
template<typename Item> ObjectSummary summaryOf(const QString &vault, const Item &item)
{
    ObjectSummary summary;
    summary.vault = vault;
    summary.kind = Item::kind;
    summary.name = item.name;
    summary.tags = item.tags;
    summary.attributes = item.attributes;
    return summary;
}
} // namespace

ObjectSummary ObjectSummary::from(const QString &vault, const SecretItem &item)
{
    auto summary = summaryOf(vault, item);
    summary.contentType = item.contentType;
    summary.managed = item.managed;
    return summary;
}

ObjectSummary ObjectSummary::from(const QString &vault, const KeyItem &item)
{
    auto summary = summaryOf(vault, item);
    summary.managed = item.managed;
    return summary;
}

ObjectSummary ObjectSummary::from(const QString &vault, const CertificateItem &item)
{
    return summaryOf(vault, item);
}

QString ObjectSummary::expiresText() const
{
    return isoText(attributes.expires);
}

QJsonObject ObjectSummary::toJson() const
{
    QJsonObject tagJson;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        tagJson.insert(it.key(), it.value());
    return {{QStringLiteral("vault"), vault},
            {QStringLiteral("kind"), core::kindName(kind)},
            {QStringLiteral("name"), name},
            {QStringLiteral("contentType"), contentType},
            {QStringLiteral("tags"), tagJson},
            {QStringLiteral("enabled"), attributes.enabled},
            {QStringLiteral("expires"), expiresText()}};
}

bool ObjectSummary::matches(const QString &text) const
{
    const auto has = [&text](const QString &field) {
        return field.contains(text, Qt::CaseInsensitive);
    };
    if (has(name) || has(contentType))
        return true;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (has(it.key()) || has(it.value()))
            return true;
    }
    return false;
}

} // namespace kluis::core
