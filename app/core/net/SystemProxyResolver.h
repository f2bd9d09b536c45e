#pragma once

#include "net/NoProxyList.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

#include <optional>
#include <utility>

namespace kluis::core {

// System mode: QNetworkProxyFactory::systemProxyForQuery, but HTTPS_PROXY / https_proxy,
// HTTP_PROXY / http_proxy, ALL_PROXY / all_proxy and NO_PROXY / no_proxy from the environment
// are honoured explicitly (Qt's own reading of them differs between platforms and builds).
class SystemProxyResolver : public QNetworkProxyFactory
{
public:
    explicit SystemProxyResolver(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // A proxy URL as written in HTTPS_PROXY (scheme optional, user info percent-decoded).
    static std::optional<QNetworkProxy> proxyFromUrl(const QString &url);
    // The user and password a proxy URL in the environment gives for host:port, if any.
    std::optional<std::pair<QString, QString>> credentialsFor(const QString &host,
                                                              quint16 port) const;

private:
    QString variable(const char *name) const;

    QProcessEnvironment m_environment;
    NoProxyList m_noProxy;
};

} // namespace kluis::core
