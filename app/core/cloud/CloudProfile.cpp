#include "CloudProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kluis::core {

namespace {

std::optional<QUrl> httpsUrl(const QJsonObject &object, const QString &key, QString *error)
{
    const QUrl url(object.value(key).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        *error = QCoreApplication::translate("CloudProfile",
                                             "The cloud profile's \"%1\" must be an https URL.")
                     .arg(key);
        return std::nullopt;
    }
    return url;
}
} // namespace

std::optional<CloudProfile> CloudProfile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error =
            QCoreApplication::translate("CloudProfile", "The cloud profile is not valid JSON: %1")
                .arg(parseError.errorString());
        return std::nullopt;
    }
    const auto object = document.object();
    CloudProfile profile;
    profile.name = object.value(QStringLiteral("name")).toString();
    if (profile.name.isEmpty()) {
        *error = QCoreApplication::translate("CloudProfile", "The cloud profile has no \"name\".");
        return std::nullopt;
    }
    profile.displayName = object.value(QStringLiteral("displayName")).toString(profile.name);
    const auto authority = httpsUrl(object, QStringLiteral("authorityHost"), error);
    const auto arm = httpsUrl(object, QStringLiteral("resourceManager"), error);
    if (!authority || !arm)
        return std::nullopt;
    profile.authorityHost = *authority;
    profile.resourceManager = *arm;
    profile.graph = QUrl(object.value(QStringLiteral("graph")).toString());
    profile.tenantId = object.value(QStringLiteral("tenantId")).toString();
    profile.resourceManagerScope = object.value(QStringLiteral("resourceManagerScope")).toString();
    profile.vaultSuffix = object.value(QStringLiteral("vaultSuffix")).toString();
    profile.caFile = object.value(QStringLiteral("caFile")).toString();
    for (const auto &value : object.value(QStringLiteral("vaults")).toArray()) {
        const auto v = value.toObject();
        VaultReference vault{v.value(QStringLiteral("name")).toString(),
                             QUrl(v.value(QStringLiteral("uri")).toString()),
                             v.value(QStringLiteral("subscriptionId")).toString(),
                             v.value(QStringLiteral("resourceGroup")).toString()};
        if (!vault.name.isEmpty() && vault.uri.scheme() == QLatin1String("https"))
            profile.vaults.append(vault);
    }
    return profile;
}

std::optional<CloudProfile> CloudProfile::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("CloudProfile", "Cannot read the cloud profile %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

} // namespace kluis::core
