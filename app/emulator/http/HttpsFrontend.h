#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <functional>
#include <optional>

namespace kluis::emulator {

class FaultInjector;

// One listening HTTPS endpoint. It turns each request into an ApiRequest, lets the fault
// injector intervene (see FaultInjector), asks the handler for the
// answer and writes it on the socket itself, so faults can cut a response short.
class HttpsFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    struct Options
    {
        std::optional<QHostAddress> nat; // the address every client is judged by
        qint64 maxBodyBytes = 4 * 1024 * 1024;
        // Completes the frontend's own answers (body too large, injected throttling and
        // errors) the way the addressed service would, e.g. with Key Vault's headers.
        std::function<void(const ApiRequest &, ApiResponse &)> decorate;
    };

    HttpsFrontend(const QSslConfiguration &tls, Handler handler, FaultInjector *faults,
                  Options options, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiRequest toApiRequest(const QHttpServerRequest &request, QTcpSocket *socket) const;
    void respond(const ApiRequest &request, QTcpSocket *socket);
    void respondOwn(const ApiRequest &request, QTcpSocket *socket, ApiResponse response);

    Handler m_handler;
    FaultInjector *m_faults;
    Options m_options;
};

// Writes a complete HTTP/1.1 response; when truncateAt >= 0 only that many body bytes are
// sent (with the full Content-Length announced) and the connection is closed.
void writeHttpResponse(QTcpSocket *socket, const ApiRequest &request, const ApiResponse &response,
                       qint64 truncateAt = -1);
// Closes the connection with a TCP reset, as a dropped middlebox connection looks.
void resetConnection(QTcpSocket *socket);
// Sends the headers and half the body, then resets the connection.
void resetMidBody(QTcpSocket *socket, const ApiRequest &request, const ApiResponse &response);
// Sends the headers at once and the body in `chunks` parts, `delayMs` apart.
void writeSlowly(QTcpSocket *socket, const ApiRequest &request, const ApiResponse &response,
                 int chunks, int delayMs);

} // namespace kluis::emulator
