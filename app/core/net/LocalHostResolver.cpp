#include "net/LocalHostResolver.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>

namespace kluis::core {

Q_LOGGING_CATEGORY(lcTunnel, "kluis.net.tunnel")

ConnectRequest ConnectRequest::parse(const QByteArray &received)
{
    ConnectRequest request;
    const auto end = received.indexOf("\r\n\r\n");
    if (end < 0) {
        if (received.size() > maxHeaderSize)
            request.state = State::TooLarge;
        return request;
    }
    const auto requestLine = received.left(received.indexOf("\r\n")).split(' ');
    request.rest = received.mid(end + 4);
    if (requestLine.size() != 3 || requestLine.at(0) != "CONNECT") {
        request.state = State::NotConnect;
        return request;
    }
    const auto target = QString::fromLatin1(requestLine.at(1));
    const auto colon = target.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    request.port = target.mid(colon + 1).toUShort(&portOk);
    request.host = target.left(colon);
    request.state = colon > 0 && portOk ? State::Complete : State::BadTarget;
    return request;
}

namespace {
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
        const auto request = ConnectRequest::parse(m_header);
        if (request.state == ConnectRequest::State::Incomplete)
            return;
        if (request.state == ConnectRequest::State::TooLarge) {
            refuse("431 Request Header Fields Too Large");
            return;
        }
        m_pending = request.rest;
        m_header.clear();
        if (request.state == ConnectRequest::State::NotConnect) {
            refuse("405 Method Not Allowed");
            return;
        }
        const auto port = request.port;
        const auto address = m_tunnel ? m_tunnel->addressFor(request.host) : QHostAddress();
        if (request.state != ConnectRequest::State::Complete || address.isNull()) {
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

std::optional<std::pair<QString, QString>>
LocalHostProxyFactory::credentialsFor(const QString &host, quint16 port) const
{
    const QMutexLocker lock(&m_mutex);
    if (m_settings.mode == ProxySettings::Mode::Manual && !m_settings.user.isEmpty() &&
        m_settings.host.compare(host, Qt::CaseInsensitive) == 0 && m_settings.port == port)
        return std::pair(m_settings.user, m_settings.password);
    if (m_settings.mode == ProxySettings::Mode::System)
        return m_system.credentialsFor(host, port);
    return std::nullopt;
}

QList<QNetworkProxy> LocalHostProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QMutexLocker lock(&m_mutex);
    const auto host = query.peerHostName();
    const bool mapped = m_tunnel && query.protocolTag() == QLatin1String("https") &&
                        !m_tunnel->addressFor(host).isNull() && m_tunnel->port() != 0;
    // The emulator's names never go to a proxy, which could not resolve them anyway (unless a
    // test asks for it); when no proxy applies they still need the tunnel.
    if (mapped && !m_settings.proxyLocalNames)
        return {
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_tunnel->port())};
    auto proxies = proxiesFor(m_settings, m_system, query);
    if (mapped && (proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy))
        return {
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_tunnel->port())};
    return proxies;
}

} // namespace kluis::core
