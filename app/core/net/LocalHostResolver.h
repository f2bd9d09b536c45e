#pragma once

#include "net/ProxySettings.h"

#include <QHostAddress>
#include <QMap>
#include <QMutex>
#include <QNetworkProxyFactory>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <memory>

namespace kluis::core {

// The request a client opens the loopback tunnel with: "CONNECT host:port HTTP/1.1", headers,
// an empty line, and perhaps the first bytes for the upstream already behind it.
struct ConnectRequest
{
    enum class State
    {
        Incomplete, // no empty line yet: read more
        TooLarge,   // no empty line within the limit: 431
        NotConnect, // another method or a malformed request line: 405
        BadTarget,  // not host:port: 403
        Complete,
    };
    static constexpr qsizetype maxHeaderSize = 8192;

    State state = State::Incomplete;
    QString host;
    quint16 port = 0;
    QByteArray rest; // what followed the header, for the upstream

    static ConnectRequest parse(const QByteArray &received);
};

// Makes names under .localhost (RFC 6761) and a custom cloud's `hosts` map reach their
// addresses inside Kluis, without touching the system resolver.
//
// Why a tunnel: Qt 6.4 resolves through getaddrinfo, and glibc does not map
// demo.vault.localhost to loopback; QNetworkAccessManager has no hook for name resolution, and
// rewriting the URL's host would break the TLS name check and SNI. So the manager's proxy
// factory sends requests for those names through an HTTP CONNECT tunnel that lives in this
// process on 127.0.0.1: Qt still speaks TLS end to end with the real host name (SNI and
// certificate verification unchanged), and only the TCP connection is pointed at the mapped
// address. Every other host goes to the system proxy settings as before.
class LocalHostTunnel : public QObject
{
    Q_OBJECT

public:
    explicit LocalHostTunnel(QMap<QString, QString> hosts, QObject *parent = nullptr);

    // The address `host` maps to, or a null address when the system resolver should decide.
    QHostAddress addressFor(const QString &host) const;
    static bool isLocalhostName(const QString &host);
    // The tunnel's port on 127.0.0.1; 0 when it could not listen.
    quint16 port() const { return m_port; }

private:
    void accept();

    QMap<QString, QString> m_hosts;
    QTcpServer m_server;
    quint16 m_port = 0;
};

// The pipeline's proxy factory: names the tunnel maps go through the tunnel, everything else
// follows the ProxySettings (system, none or manual).
class LocalHostProxyFactory : public QNetworkProxyFactory
{
public:
    explicit LocalHostProxyFactory(LocalHostTunnel *tunnel);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Thread-safe: Qt may ask the factory from its network thread.
    void setSettings(const ProxySettings &settings);
    ProxySettings settings() const;
    // Who to authenticate as with the proxy at host:port: the manual settings' user, else the
    // credentials of a proxy URL in the environment.
    std::optional<std::pair<QString, QString>> credentialsFor(const QString &host,
                                                              quint16 port) const;

private:
    QPointer<const LocalHostTunnel> m_tunnel;
    mutable QMutex m_mutex;
    ProxySettings m_settings;
    SystemProxyResolver m_system;
};

} // namespace kluis::core
