#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

class QSslServer;
class QTcpSocket;

// A self-signed certificate for the hostile server's names, made with openssl for this run. The
// client trusts it only through a cloud file's caFile or kluisctl's --ca-file.
class TestCertificate
{
public:
    explicit TestCertificate(const QStringList &dnsNames);
    bool isValid() const { return !m_tls.localCertificate().isNull(); }
    QString pemFile() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QSslConfiguration serverConfiguration() const { return m_tls; }

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_tls;
};

// An HTTPS/1.1 server on 127.0.0.1 that answers as an attacker would: every request is recorded
// (headers included, so a test sees whether a token reached it), and a reply can be an endless
// body (announced as 8 GiB or chunked without end), a trickle, a truncated body or a hang-up.
class HostileServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                    // path and query as sent
        QByteArray host;                      // the Host header without the port
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;

        QByteArray path() const
        {
            const auto query = target.indexOf('?');
            return query < 0 ? target : target.left(query);
        }
        bool hasAuthorization() const { return headers.contains("authorization"); }
    };
    struct Reply
    {
        enum class Body
        {
            Fixed,          // `body`, with its Content-Length
            EndlessLength,  // announces `announcedLength`, then streams zeros
            EndlessChunked, // chunked, never ends
            Trickle,        // announces 1 MB, sends a byte every 100 ms
            Truncated,      // announces more than `body`, sends `body`, closes
            HangUp,         // closes without answering
        };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Body mode = Body::Fixed;
        qint64 announcedLength = 8LL << 30; // EndlessLength: 8 GiB
    };
    using Handler = std::function<Reply(const Request &)>;

    // Endless bodies stop here even if the client never hangs up (so a run against a client
    // that does not cut off cannot eat the machine's memory).
    static constexpr qint64 StreamCeiling = 512LL << 20;

    explicit HostileServer(const TestCertificate &certificate, Handler handler = {});
    ~HostileServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    quint16 port() const;
    // https://HOST:PORT
    QString origin(const QString &host) const;

    QList<Request> requests;
    // Body bytes written by endless and trickling replies, and whether the client hung up on
    // one before the ceiling.
    qint64 streamedBytes = 0;
    bool clientHungUpOnStream = false;

    static Reply json(int status, const QByteArray &body,
                      QList<QPair<QByteArray, QByteArray>> headers = {});

private:
    void read(QTcpSocket *socket);
    void write(QTcpSocket *socket, const Reply &reply);
    void pump(QTcpSocket *socket);

    QSslServer *m_server;
    Handler m_handler;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    struct Stream
    {
        Reply::Body mode;
        qint64 sent = 0;
    };
    QMap<QTcpSocket *, Stream> m_streams;
};
