#include "HostileServer.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

TestCertificate::TestCertificate(const QStringList &dnsNames)
{
    if (!m_dir.isValid())
        return;
    QStringList names{QStringLiteral("IP:127.0.0.1")};
    for (const auto &name : dnsNames)
        names.append(QStringLiteral("DNS:") + name);
    const auto key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), pemFile(),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Kluis hostile test server"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + names.join(QLatin1Char(','))});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return;
    QFile keyFile(key);
    if (!keyFile.open(QIODevice::ReadOnly))
        return;
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    m_tls.setLocalCertificate(QSslCertificate::fromPath(pemFile()).value(0));
}

HostileServer::HostileServer(const TestCertificate &certificate, Handler handler)
    : m_server(new QSslServer(this))
    , m_handler(std::move(handler))
{
    m_server->setSslConfiguration(certificate.serverConfiguration());
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            // Written bytes are counted when they leave the TLS layer, so an endless body is
            // only as far ahead of the client as the socket buffers allow.
            if (auto *tls = qobject_cast<QSslSocket *>(socket))
                connect(tls, &QSslSocket::encryptedBytesWritten, this,
                        [this, socket] { pump(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                if (const auto stream = m_streams.constFind(socket);
                    stream != m_streams.cend() && streamedBytes < StreamCeiling)
                    clientHungUpOnStream = true;
                m_streams.remove(socket);
                m_buffers.remove(socket);
                socket->deleteLater();
            });
            if (socket->bytesAvailable() > 0)
                read(socket);
        }
    });
}

HostileServer::~HostileServer() = default;

quint16 HostileServer::port() const
{
    return m_server->serverPort();
}

QString HostileServer::origin(const QString &host) const
{
    return QStringLiteral("https://%1:%2").arg(host).arg(port());
}

HostileServer::Reply HostileServer::json(int status, const QByteArray &body,
                                         QList<QPair<QByteArray, QByteArray>> headers)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    reply.headers = std::move(headers);
    return reply;
}

void HostileServer::read(QTcpSocket *socket)
{
    auto &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const auto end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const auto lines = buffer.left(end).split('\n');
        const auto first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const auto colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const auto host = request.headers.value("host");
        request.host = host.left(host.lastIndexOf(':') > 0 ? host.lastIndexOf(':') : host.size());
        const auto length = request.headers.value("content-length").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        requests.append(request);
        const auto reply = m_handler ? m_handler(request) : json(404, "{}");
        write(socket, reply);
        if (m_streams.contains(socket) || socket->state() != QAbstractSocket::ConnectedState)
            return; // a stream owns the connection from now on
    }
}

void HostileServer::write(QTcpSocket *socket, const Reply &reply)
{
    using Body = Reply::Body;
    if (reply.mode == Body::HangUp) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Hostile\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : reply.headers) {
        head += name + ": " + value + "\r\n";
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasContentType)
        head += "Content-Type: application/json\r\n";
    switch (reply.mode) {
    case Body::Fixed:
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        socket->write(head + reply.body);
        return;
    case Body::Truncated:
        head += "Content-Length: " + QByteArray::number(reply.body.size() + 1000) +
                "\r\nConnection: close\r\n\r\n";
        socket->write(head + reply.body);
        socket->disconnectFromHost();
        return;
    case Body::EndlessLength:
        head += "Content-Length: " + QByteArray::number(reply.announcedLength) + "\r\n\r\n";
        break;
    case Body::EndlessChunked:
        head += "Transfer-Encoding: chunked\r\n\r\n";
        break;
    case Body::Trickle:
        head += "Content-Length: 1000000\r\n\r\n";
        break;
    case Body::HangUp:
        break;
    }
    m_streams.insert(socket, Stream{reply.mode});
    socket->write(head);
    if (reply.mode == Body::Trickle) {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
            socket->write("{");
            ++streamedBytes;
        });
        timer->start(100);
    }
}

void HostileServer::pump(QTcpSocket *socket)
{
    const auto stream = m_streams.find(socket);
    if (stream == m_streams.end() || stream->mode == Reply::Body::Trickle)
        return;
    if (socket->state() != QAbstractSocket::ConnectedState || streamedBytes >= StreamCeiling)
        return; // past the ceiling the connection stays open and silent
    const auto *tls = qobject_cast<QSslSocket *>(socket);
    if (socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0) > (1 << 20))
        return;
    static const QByteArray block(256 * 1024, ' ');
    if (stream->mode == Reply::Body::EndlessChunked)
        socket->write(QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n");
    else
        socket->write(block);
    stream->sent += block.size();
    streamedBytes += block.size();
}
