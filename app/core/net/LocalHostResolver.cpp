#include "net/LocalHostResolver.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>

namespace kluis::core {

Q_LOGGING_CATEGORY(lcTunnel, "kluis.net.tunnel")

namespace {
constexpr qsizetype maxHeaderSize = 8192;

// Relays bytes between the client side of the tunnel and the upstream socket. Deletes itself
// when either side closes.
class TunnelConnection : public QObject
{
public:
    TunnelConnection(QTcpSocket *client, const LocalHostTunnel *tunnel)
        : QObject(client)
        , m_client(client)
        , m_tunnel(tunnel)
    {
        connect(client, &QTcpSocket::readyRead, this, &TunnelConnection::clientReadable);
        connect(client, &QTcpSocket::disconnected, this, &TunnelConnection::closeBoth);
    }

private:
    void clientReadable()
    {
        if (m_upstream && m_upstream->state() == QAbstractSocket::ConnectedState) {
            m_upstream->write(m_client->readAll());
            return;
        }
        if (m_upstream)
            return; // still connecting: the data waits in the client socket
        m_header += m_client->readAll();
        const auto end = m_header.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_header.size() > maxHeaderSize)
                refuse("431 Request Header Fields Too Large");
            return;
        }
        const auto requestLine = m_header.left(m_header.indexOf("\r\n")).split(' ');
        m_pending = m_header.mid(end + 4);
        m_header.clear();
        if (requestLine.size() != 3 || requestLine.at(0) != "CONNECT") {
            refuse("405 Method Not Allowed");
            return;
        }
        const auto target = QString::fromLatin1(requestLine.at(1));
        const auto colon = target.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const auto port = target.mid(colon + 1).toUShort(&portOk);
        const auto host = target.left(colon);
        const auto address = m_tunnel ? m_tunnel->addressFor(host) : QHostAddress();
        if (colon <= 0 || !portOk || address.isNull()) {
            refuse("403 Forbidden");
            return;
        }
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!m_pending.isEmpty())
                m_upstream->write(std::exchange(m_pending, {}));
            if (m_client->bytesAvailable() > 0)
                m_upstream->write(m_client->readAll());
        });
        connect(m_upstream, &QTcpSocket::readyRead, this,
                [this] { m_client->write(m_upstream->readAll()); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (m_upstream->state() != QAbstractSocket::ConnectedState && !m_established)
                refuse("502 Bad Gateway");
            else
                closeBoth();
        });
        connect(m_upstream, &QTcpSocket::connected, this, [this] { m_established = true; });
        connect(m_upstream, &QTcpSocket::disconnected, this, &TunnelConnection::closeBoth);
        m_upstream->connectToHost(address, port);
    }

    void refuse(const char *status)
    {
        m_client->write(QByteArray("HTTP/1.1 ") + status +
                        "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_client->disconnectFromHost();
    }

    void closeBoth()
    {
        if (m_closing)
            return;
        m_closing = true;
        if (m_upstream && m_upstream->bytesAvailable() > 0)
            m_client->write(m_upstream->readAll());
        if (m_upstream)
            m_upstream->disconnectFromHost();
        m_client->disconnectFromHost();
        m_client->deleteLater();
    }

    QTcpSocket *m_client;
    QPointer<const LocalHostTunnel> m_tunnel;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_header;
    QByteArray m_pending;
    bool m_established = false;
    bool m_closing = false;
};
} // namespace

LocalHostTunnel::LocalHostTunnel(QMap<QString, QString> hosts, QObject *parent)
    : QObject(parent)
{
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it)
        m_hosts.insert(it.key().toLower(), it.value());
    connect(&m_server, &QTcpServer::newConnection, this, &LocalHostTunnel::accept);
    // Listening now, not on first use: the proxy factory may be asked from Qt's network thread.
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qCWarning(lcTunnel) << "cannot listen on loopback:" << m_server.errorString();
    m_port = m_server.serverPort();
}

bool LocalHostTunnel::isLocalhostName(const QString &host)
{
    const auto h = host.toLower();
    return h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost"));
}

QHostAddress LocalHostTunnel::addressFor(const QString &host) const
{
    const auto h = host.toLower();
    if (const auto it = m_hosts.constFind(h); it != m_hosts.cend())
        return QHostAddress(it.value());
    // A cloud file maps its vault suffix once for all vaults (vault.localhost -> address).
    for (auto it = m_hosts.cbegin(); it != m_hosts.cend(); ++it) {
        if (h.endsWith(QLatin1Char('.') + it.key()))
            return QHostAddress(it.value());
    }
    if (isLocalhostName(h))
        return QHostAddress(QHostAddress::LocalHost);
    return {};
}

void LocalHostTunnel::accept()
{
    while (auto *socket = m_server.nextPendingConnection())
        new TunnelConnection(socket, this);
}

LocalHostProxyFactory::LocalHostProxyFactory(LocalHostTunnel *tunnel)
    : m_tunnel(tunnel)
{}

void LocalHostProxyFactory::setSettings(const ProxySettings &settings)
{
    const QMutexLocker lock(&m_mutex);
    m_settings = settings;
}

ProxySettings LocalHostProxyFactory::settings() const
{
    const QMutexLocker lock(&m_mutex);
    return m_settings;
}

QList<QNetworkProxy> LocalHostProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QMutexLocker lock(&m_mutex);
    const auto host = query.peerHostName();
    // The emulator's names never go to a proxy, which could not resolve them anyway.
    if (m_tunnel && query.protocolTag() == QLatin1String("https") &&
        !m_tunnel->addressFor(host).isNull() && !m_settings.proxyLocalNames) {
        if (const auto port = m_tunnel->port())
            return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port)};
    }
    return proxiesFor(m_settings, m_system, query);
}

} // namespace kluis::core
