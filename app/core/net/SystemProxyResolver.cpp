#include "net/SystemProxyResolver.h"

#include <QUrl>

namespace kluis::core {

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

} // namespace kluis::core
