#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

// A scripted plain-HTTP/1.1 server on loopback for pipeline tests: each request is recorded and
// answered by the handler (or left unanswered, or cut off).
class TestHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hangUp = false; // close the connection without answering
        bool silent = false; // never answer
    };
    using Handler = std::function<Response(const Request &)>;

    // With `tls` set the server speaks HTTPS with that configuration's certificate and key.
    explicit TestHttpServer(Handler handler, const QSslConfiguration &tls = {})
        : m_handler(std::move(handler))
    {
        if (!tls.localCertificate().isNull()) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(tls);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                if (socket->bytesAvailable() > 0)
                    read(socket);
            }
        });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_server->serverPort()) +
                    path);
    }
    QUrl httpsUrl(const QString &host, const QString &path) const
    {
        return QUrl(QStringLiteral("https://") + host + QLatin1Char(':') +
                    QString::number(m_server->serverPort()) + path);
    }
    quint16 port() const { return m_server->serverPort(); }
    QList<Request> requests;

private:
    void read(QTcpSocket *socket)
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
            const auto length = request.headers.value("content-length").toInt();
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            requests.append(request);
            const auto response = m_handler(request);
            if (response.silent)
                return;
            if (response.hangUp) {
                socket->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            out += "Content-Type: application/json\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "\r\n" + response.body;
            socket->write(out);
        }
    }

    Handler m_handler;
    QTcpServer *m_server = nullptr;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};
