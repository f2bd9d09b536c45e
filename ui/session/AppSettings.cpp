#include "session/AppSettings.h"

#include "net/HttpPipeline.h"

#include <QSettings>

namespace kluis::ui::AppSettings {

namespace {
QVariant get(const char *key, const QVariant &fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}
void put(const char *key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(key), value);
}
} // namespace

std::chrono::seconds clipboardTimeout()
{
    return std::chrono::seconds(get("clipboard/timeoutSeconds", 30).toInt());
}
void setClipboardTimeout(std::chrono::seconds timeout)
{
    put("clipboard/timeoutSeconds", static_cast<int>(timeout.count()));
}

int expiryWarningDays()
{
    return get("lists/expiryWarningDays", 30).toInt();
}
void setExpiryWarningDays(int days)
{
    put("lists/expiryWarningDays", days);
}

QString language()
{
    return get("ui/language").toString();
}
void setLanguage(const QString &language)
{
    put("ui/language", language);
}

QString applicationClientId()
{
    return get("auth/clientId").toString();
}
void setApplicationClientId(const QString &clientId)
{
    put("auth/clientId", clientId);
}

ProxyMode proxyMode()
{
    const auto mode = get("network/proxyMode").toString();
    if (mode == QLatin1String("none"))
        return ProxyMode::None;
    if (mode == QLatin1String("manual"))
        return ProxyMode::Manual;
    return ProxyMode::System;
}
void setProxyMode(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        put("network/proxyMode", QStringLiteral("system"));
        break;
    case ProxyMode::None:
        put("network/proxyMode", QStringLiteral("none"));
        break;
    case ProxyMode::Manual:
        put("network/proxyMode", QStringLiteral("manual"));
        break;
    }
}
QString proxyHost()
{
    return get("network/proxyHost").toString();
}
int proxyPort()
{
    return get("network/proxyPort", 3128).toInt();
}
void setProxy(const QString &host, int port)
{
    put("network/proxyHost", host);
    put("network/proxyPort", port);
}

QString extraCaFile()
{
    return get("network/extraCaFile").toString();
}
void setExtraCaFile(const QString &path)
{
    put("network/extraCaFile", path);
}

QStringList favouriteVaults()
{
    return get("navigator/favourites").toStringList();
}
void setFavouriteVaults(const QStringList &urls)
{
    put("navigator/favourites", urls);
}
QStringList attachedVaults()
{
    return get("navigator/attached").toStringList();
}
void setAttachedVaults(const QStringList &urls)
{
    put("navigator/attached", urls);
}
QString lastVault()
{
    return get("navigator/lastVault").toString();
}
void setLastVault(const QString &url)
{
    put("navigator/lastVault", url);
}

core::NetworkSettings networkSettings()
{
    core::NetworkSettings network;
    switch (proxyMode()) {
    case ProxyMode::System:
        network.proxy.mode = core::ProxySettings::Mode::System;
        break;
    case ProxyMode::None:
        network.proxy.mode = core::ProxySettings::Mode::None;
        break;
    case ProxyMode::Manual:
        network.proxy.mode = core::ProxySettings::Mode::Manual;
        network.proxy.host = proxyHost();
        network.proxy.port = static_cast<quint16>(proxyPort());
        break;
    }
    network.extraCaFile = extraCaFile();
    return network;
}

void applyNetworkSettings()
{
    core::HttpPipeline::setDefaultNetworkSettings(networkSettings());
}

} // namespace kluis::ui::AppSettings
