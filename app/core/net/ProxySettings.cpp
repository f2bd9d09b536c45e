#include "net/ProxySettings.h"

#include "common/KeychainStore.h"

#include <QHostAddress>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

namespace kluis::core {

std::optional<ProxySettings> ProxySettings::fromUrl(const QString &url)
{
    ProxySettings settings;
    const auto text = url.trimmed();
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ||
        text.compare(QLatin1String("direct"), Qt::CaseInsensitive) == 0) {
        settings.mode = Mode::None;
        return settings;
    }
    if (text.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return settings;
    const auto proxy = SystemProxyResolver::proxyFromUrl(text);
    if (!proxy)
        return std::nullopt;
    settings.mode = Mode::Manual;
    settings.host = proxy->hostName();
    settings.port = proxy->port();
    settings.user = proxy->user();
    settings.password = proxy->password();
    return settings;
}

ProxySettings::Mode ProxySettings::modeFromName(const QString &name)
{
    for (const auto mode : {Mode::None, Mode::Manual}) {
        if (name == modeName(mode))
            return mode;
    }
    return Mode::System;
}

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

QJsonObject ProxySettings::toJson() const
{
    return {{QStringLiteral("mode"), modeName(mode)},
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("user"), user},
            {QStringLiteral("noProxy"), noProxy}};
}

ProxySettings ProxySettings::fromJson(const QJsonObject &object)
{
    ProxySettings settings;
    settings.mode = modeFromName(object.value(QStringLiteral("mode")).toString());
    settings.host = object.value(QStringLiteral("host")).toString();
    settings.port = static_cast<quint16>(object.value(QStringLiteral("port")).toInt());
    settings.user = object.value(QStringLiteral("user")).toString();
    settings.noProxy = object.value(QStringLiteral("noProxy")).toString();
    return settings;
}

QString ProxySettings::keychainKey() const
{
    return QStringLiteral("proxy/%1@%2:%3").arg(user, host.toLower()).arg(port);
}

QCoro::Task<Status> ProxySettings::storePassword(QString secret) const
{
    KeychainStore store;
    const auto key = keychainKey();
    if (secret.isEmpty())
        co_return co_await store.remove(key);
    co_return co_await store.write(key, secret.toUtf8());
}

QCoro::Task<Result<ProxySettings>> ProxySettings::loadPassword() const
{
    ProxySettings copy = *this;
    if (copy.mode != Mode::Manual || copy.user.isEmpty())
        co_return copy;
    KeychainStore store;
    auto stored = co_await store.read(keychainKey());
    if (!stored)
        co_return stored.error();
    copy.password = QString::fromUtf8(stored.value());
    co_return copy;
}

QList<QNetworkProxy> proxiesFor(const ProxySettings &settings, SystemProxyResolver &system,
                                const QNetworkProxyQuery &query)
{
    switch (settings.mode) {
    case ProxySettings::Mode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case ProxySettings::Mode::System:
        return system.queryProxy(query);
    case ProxySettings::Mode::Manual:
        break;
    }
    const int port = query.peerPort() > 0 ? query.peerPort() : 443;
    if (settings.host.isEmpty() ||
        NoProxyList(settings.noProxy).matches(query.peerHostName(), port))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return {QNetworkProxy(QNetworkProxy::HttpProxy, settings.host, settings.port)};
}

QNetworkProxy proxyFor(const ProxySettings &settings, SystemProxyResolver &system, const QUrl &url)
{
    for (const auto &proxy : proxiesFor(settings, system, QNetworkProxyQuery(url))) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy)
            return proxy;
        if (proxy.type() == QNetworkProxy::NoProxy)
            break;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

} // namespace kluis::core
