#include "net/ProxySettings.h"

#include "auth/RefreshTokenStore.h"

#include <QHostAddress>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

namespace kluis::core {

namespace {
QString normalisedHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}
} // namespace

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
    const auto mode = object.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("none"))
        settings.mode = Mode::None;
    else if (mode == QLatin1String("manual"))
        settings.mode = Mode::Manual;
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
    RefreshTokenStore store;
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
    RefreshTokenStore store;
    auto stored = co_await store.read(keychainKey());
    if (!stored)
        co_return stored.error();
    copy.password = QString::fromUtf8(stored.value());
    co_return copy;
}

NoProxyList::NoProxyList(const QString &list)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (auto item : list.split(separators, Qt::SkipEmptyParts)) {
        Entry entry;
        item = item.trimmed().toLower();
        if (item == QLatin1String("*")) {
            entry.all = true;
            m_entries.append(entry);
            continue;
        }
        // host:port, [v6]:port; a bare IPv6 address has several colons and no port.
        if (item.startsWith(QLatin1Char('['))) {
            const auto close = item.indexOf(QLatin1Char(']'));
            if (close > 0 && item.mid(close + 1).startsWith(QLatin1Char(':')))
                entry.port = item.mid(close + 2).toInt();
            item = item.left(close + 1);
        } else if (item.count(QLatin1Char(':')) == 1) {
            const auto colon = item.indexOf(QLatin1Char(':'));
            bool ok = false;
            const auto port = item.mid(colon + 1).toInt(&ok);
            if (!ok)
                continue;
            entry.port = port;
            item = item.left(colon);
        }
        if (item.startsWith(QLatin1String("*.")))
            item = item.mid(2);
        while (item.startsWith(QLatin1Char('.')))
            item = item.mid(1);
        entry.host = normalisedHost(item);
        if (!entry.host.isEmpty())
            m_entries.append(entry);
    }
}

bool NoProxyList::matches(const QString &hostName, int port) const
{
    const auto host = normalisedHost(hostName);
    const QHostAddress address(host);
    for (const auto &entry : m_entries) {
        if (entry.all)
            return true;
        if (entry.port >= 0 && entry.port != port)
            continue;
        if (!address.isNull()) {
            const auto subnet = QHostAddress::parseSubnet(entry.host);
            if (entry.host.contains(QLatin1Char('/')) &&
                subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol) {
                if (address.isInSubnet(subnet))
                    return true;
                continue;
            }
            if (QHostAddress(entry.host) == address)
                return true;
            continue;
        }
        if (host == entry.host || host.endsWith(QLatin1Char('.') + entry.host))
            return true;
    }
    return false;
}

SystemProxyResolver::SystemProxyResolver(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
    auto list = variable("no_proxy");
    m_noProxy = NoProxyList(list);
}

QString SystemProxyResolver::variable(const char *name) const
{
    // The lower-case spelling first, as curl does; the upper-case one otherwise.
    const auto lower = QString::fromLatin1(name);
    auto value = m_environment.value(lower).trimmed();
    if (value.isEmpty())
        value = m_environment.value(lower.toUpper()).trimmed();
    return value;
}

std::optional<QNetworkProxy> SystemProxyResolver::proxyFromUrl(const QString &text)
{
    auto spec = text.trimmed();
    if (spec.isEmpty())
        return std::nullopt;
    if (!spec.contains(QLatin1String("://")))
        spec.prepend(QStringLiteral("http://"));
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const auto scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return std::nullopt;
    const int port = url.port(type == QNetworkProxy::Socks5Proxy ? 1080 : 80);
    QNetworkProxy proxy(type, url.host(), static_cast<quint16>(port),
                        url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
    return proxy;
}

QList<QNetworkProxy> SystemProxyResolver::queryProxy(const QNetworkProxyQuery &query)
{
    const auto tag = query.protocolTag().toLower();
    const auto host = query.peerHostName();
    const int port =
        query.peerPort() > 0 ? query.peerPort() : (tag == QLatin1String("http") ? 80 : 443);
    if (!host.isEmpty() && m_noProxy.matches(host, port))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    QString spec;
    if (tag == QLatin1String("https"))
        spec = variable("https_proxy");
    else if (tag == QLatin1String("http"))
        spec = variable("http_proxy");
    if (spec.isEmpty())
        spec = variable("all_proxy");
    if (!spec.isEmpty()) {
        if (auto proxy = proxyFromUrl(spec)) {
            proxy->setUser({});
            proxy->setPassword({});
            return {*proxy};
        }
    }
    // Nothing in the environment: the desktop's settings (libproxy, GNOME, KDE, WPAD...).
    auto system = systemProxyForQuery(query);
    if (system.isEmpty())
        system.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return system;
}

std::optional<std::pair<QString, QString>> SystemProxyResolver::credentialsFor(const QString &host,
                                                                               quint16 port) const
{
    for (const auto *name : {"https_proxy", "http_proxy", "all_proxy"}) {
        const auto proxy = proxyFromUrl(variable(name));
        if (proxy && !proxy->user().isEmpty() &&
            proxy->hostName().compare(host, Qt::CaseInsensitive) == 0 && proxy->port() == port)
            return std::pair(proxy->user(), proxy->password());
    }
    return std::nullopt;
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
