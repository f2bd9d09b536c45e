#include "crossvault/MetadataExport.h"

#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace kluis::core {

ReportTable MetadataExport::table(const QList<ObjectSummary> &objects)
{
    ReportTable table{{QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("enabled"),
                       QStringLiteral("contentType"), QStringLiteral("tags"),
                       QStringLiteral("notBefore"), QStringLiteral("expires"),
                       QStringLiteral("created"), QStringLiteral("updated"),
                       QStringLiteral("managed")},
                      {}};
    auto sorted = objects;
    std::sort(sorted.begin(), sorted.end(), [](const ObjectSummary &a, const ObjectSummary &b) {
        return std::tuple(int(a.kind), a.name.toLower()) <
               std::tuple(int(b.kind), b.name.toLower());
    });
    for (const auto &object : std::as_const(sorted)) {
        QJsonObject tags;
        for (auto it = object.tags.cbegin(); it != object.tags.cend(); ++it)
            tags.insert(it.key(), it.value());
        const auto &attributes = object.attributes;
        table.rows.append(
            {kindName(object.kind), object.name,
             attributes.enabled ? QStringLiteral("true") : QStringLiteral("false"),
             object.contentType,
             tags.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)),
             ObjectSummary::isoText(attributes.notBefore),
             ObjectSummary::isoText(attributes.expires), ObjectSummary::isoText(attributes.created),
             ObjectSummary::isoText(attributes.updated),
             object.managed ? QStringLiteral("true") : QStringLiteral("false")});
    }
    return table;
}

} // namespace kluis::core
