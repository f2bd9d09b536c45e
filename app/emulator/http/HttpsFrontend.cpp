#include "HttpsFrontend.h"

#include "faults/FaultInjector.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcEmulatorHttp, "kluis.emulator.http", QtWarningMsg)

namespace kluis::emulator {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray responseHead(const ApiRequest &request, const ApiResponse &response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    bool hasDate = false;
    for (const auto &[name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
        hasDate = hasDate || name.compare("date", Qt::CaseInsensitive) == 0;
    }
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!hasDate)
        out += "Date: " +
               QDateTime::currentDateTimeUtc()
                   .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                   .toLatin1() +
               "\r\n";
    if (close || request.header("connection").toLower() == "close")
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}
} // namespace

void writeHttpResponse(QTcpSocket *socket, const ApiRequest &request, const ApiResponse &response,
                       qint64 truncateAt)
{
    const bool close = truncateAt >= 0 || request.header("connection").toLower() == "close";
    QByteArray out = responseHead(request, response, close);
    if (request.method != "HEAD")
        out += truncateAt >= 0 ? response.body.left(truncateAt) : response.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

void resetMidBody(QTcpSocket *socket, const ApiRequest &request, const ApiResponse &response)
{
    QByteArray out = responseHead(request, response, false);
    if (request.method != "HEAD")
        out += response.body.left(response.body.size() / 2);
    socket->write(out);
    // Reset once the bytes are out: SO_LINGER 0 drops what is still queued.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(100, socket, [guard] {
        if (guard)
            resetConnection(guard);
    });
}

void writeSlowly(QTcpSocket *socket, const ApiRequest &request, const ApiResponse &response,
                 int chunks, int delayMs)
{
    socket->write(responseHead(request, response, false));
    const auto body = request.method == "HEAD" ? QByteArray() : response.body;
    const auto size = (body.size() + chunks - 1) / std::max(chunks, 1);
    QPointer<QTcpSocket> guard(socket);
    for (qsizetype offset = 0, part = 0; offset < body.size(); offset += size, ++part) {
        QTimer::singleShot(static_cast<int>(part) * delayMs, socket,
                           [guard, piece = body.mid(offset, size)] {
                               if (guard)
                                   guard->write(piece);
                           });
    }
}

void resetConnection(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const struct linger immediate
    {
        1, 0
    };
    const auto fd = socket->socketDescriptor();
    if (fd >= 0)
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    socket->abort();
}

HttpsFrontend::HttpsFrontend(const QSslConfiguration &tls, Handler handler, FaultInjector *faults,
                             Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_options(std::move(options))
{
    sslSetup(tls);
}

ApiRequest HttpsFrontend::toApiRequest(const QHttpServerRequest &request, QTcpSocket *socket) const
{
    ApiRequest api;
    api.method = methodName(request.method());
    const auto url = request.url();
    api.path = url.path(QUrl::FullyDecoded);
    if (api.path.isEmpty())
        api.path = QStringLiteral("/");
    api.query = request.query();
    for (const auto &[name, value] : request.headers())
        api.headers.insert(name.toLower(), value);
    const auto hostHeader = QString::fromLatin1(api.header("host")).toLower();
    const auto colon = hostHeader.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && !hostHeader.endsWith(QLatin1Char(']'))) {
        api.host = hostHeader.left(colon);
        api.port = hostHeader.mid(colon + 1).toUShort();
    } else {
        api.host = hostHeader;
        api.port = socket->localPort();
    }
    if (api.port == 0)
        api.port = socket->localPort();
    api.body = request.body();
    api.peer = m_options.nat.value_or(socket->peerAddress());
    // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; the service reports a.b.c.d.
    bool isV4 = false;
    const auto v4 = api.peer.toIPv4Address(&isV4);
    if (isV4)
        api.peer = QHostAddress(v4);
    return api;
}

bool HttpsFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const auto api = toApiRequest(request, socket);
    if (api.body.size() > m_options.maxBodyBytes) {
        respondOwn(api, socket,
                   ApiResponse::error(413, QStringLiteral("RequestEntityTooLarge"),
                                      QStringLiteral("The request body is too large.")));
        return true;
    }

    if (m_faults) {
        if (auto control = m_faults->handleControl(api)) {
            writeHttpResponse(socket, api, *control);
            return true;
        }
        if (const auto fault = m_faults->take(api)) {
            qCInfo(lcEmulatorHttp) << "fault" << fault->kindName() << api.method << api.path;
            switch (fault->kind) {
            case Fault::Kind::Throttle:
                respondOwn(api, socket, FaultInjector::throttledResponse(*fault));
                return true;
            case Fault::Kind::Error:
                respondOwn(api, socket, FaultInjector::errorResponse(*fault));
                return true;
            case Fault::Kind::Reset:
                resetConnection(socket);
                return true;
            case Fault::Kind::Truncate: {
                const auto response = m_handler(api);
                writeHttpResponse(socket, api, response, response.body.size() / 2);
                return true;
            }
            case Fault::Kind::ResetMidBody:
                resetMidBody(socket, api, m_handler(api));
                return true;
            case Fault::Kind::TruncateJson: {
                auto response = m_handler(api);
                response.body.truncate(response.body.size() / 2);
                writeHttpResponse(socket, api, response);
                return true;
            }
            case Fault::Kind::SlowBody:
                writeSlowly(socket, api, m_handler(api), fault->chunks, fault->delayMs);
                return true;
            case Fault::Kind::ErrorAfterApply:
                (void)m_handler(api);
                respondOwn(api, socket, FaultInjector::errorResponse(*fault));
                return true;
            case Fault::Kind::ResetAfterApply:
                (void)m_handler(api);
                resetConnection(socket);
                return true;
            case Fault::Kind::Delay: {
                QPointer<QTcpSocket> guard(socket);
                QTimer::singleShot(fault->delayMs, this, [this, guard, api] {
                    if (guard)
                        respond(api, guard);
                });
                return true;
            }
            }
        }
    }
    respond(api, socket);
    return true;
}

void HttpsFrontend::respond(const ApiRequest &request, QTcpSocket *socket)
{
    const auto response = m_handler(request);
    qCDebug(lcEmulatorHttp) << request.method << request.host << request.path << response.status;
    writeHttpResponse(socket, request, response);
}

void HttpsFrontend::respondOwn(const ApiRequest &request, QTcpSocket *socket, ApiResponse response)
{
    if (m_options.decorate)
        m_options.decorate(request, response);
    writeHttpResponse(socket, request, response);
}

void HttpsFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const auto api = toApiRequest(request, socket);
    writeHttpResponse(socket, api,
                      ApiResponse::error(404, QStringLiteral("NotFound"),
                                         QStringLiteral("The requested resource was not found.")));
}

} // namespace kluis::emulator
