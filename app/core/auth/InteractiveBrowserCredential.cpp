#include "auth/InteractiveBrowserCredential.h"

#include "auth/LoopbackRedirect.h"

#include <QCoreApplication>
#include <QCoroAbstractSocket>
#include <QCoroSignal>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <openssl/rand.h>

#include <algorithm>

namespace kluis::core {

Q_LOGGING_CATEGORY(lcBrowser, "kluis.auth.browser", QtWarningMsg)

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

void answer(QTcpSocket *socket, int status, const QString &text)
{
    const auto html = QString(QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\">"
                                             "<title>Kluis</title></head><body><p>") +
                              text.toHtmlEscaped() + QStringLiteral("</p></body></html>"))
                          .toUtf8();
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) +
                       (status == 200   ? " OK"
                        : status == 404 ? " Not Found"
                                        : " Bad Request") +
                       "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                       QByteArray::number(html.size()) +
                       "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + html;
    socket->write(reply);
    // The socket outlives the coroutine's listener until the page is written.
    socket->setParent(nullptr);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}

// The request head (request line and headers), or empty when it did not come whole within a
// few seconds: a local process that connects and sends nothing, or a byte at a time, holds the
// listener up no longer than that.
QCoro::Task<QByteArray> readHead(QTcpSocket *socket)
{
    const QDeadlineTimer deadline(std::chrono::seconds(3));
    QByteArray head;
    while (!head.contains("\r\n\r\n")) {
        if (head.size() > 16384 || deadline.hasExpired())
            co_return QByteArray();
        if (socket->bytesAvailable() == 0 &&
            !co_await qCoro(socket).waitForReadyRead(
                std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime()))))
            co_return QByteArray();
        head += socket->readAll();
    }
    co_return head;
}

void drop(QTcpSocket *socket)
{
    socket->abort();
    socket->deleteLater();
}
} // namespace

InteractiveBrowserCredential::InteractiveBrowserCredential(const CloudProfile &cloud,
                                                           QString tenantId, QString clientId,
                                                           BrowserOpener opener, QObject *parent)
    : UserCredential(cloud, std::move(tenantId), std::move(clientId), parent)
    , m_opener(std::move(opener))
{}

QByteArray InteractiveBrowserCredential::randomUrlSafe(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), bytes) != 1)
        return {};
    return random.toBase64(kBase64Url);
}

QByteArray InteractiveBrowserCredential::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QCoro::Task<Result<UserTokens>>
InteractiveBrowserCredential::signInInteractively(QStringList scopes, QString tenantId)
{
    const auto failed = [](const QString &message, const QString &code) {
        return AzureError::auth(message, code);
    };
    if (!m_opener)
        co_return failed(tr("No browser is available for signing in."),
                         QStringLiteral("CredentialUnavailable"));
    const auto verifier = randomUrlSafe();
    const auto state = randomUrlSafe(16);
    if (verifier.isEmpty() || state.isEmpty())
        co_return failed(tr("No random numbers for the sign-in could be had."),
                         QStringLiteral("random_failure"));

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        co_return failed(tr("Could not listen on 127.0.0.1 for the browser's answer: %1")
                             .arg(server.errorString()),
                         QStringLiteral("listener_failure"));
    // Browsers may try ::1 first for "localhost"; the same port there too, when it is free.
    // Connections wait here while one is read; more than this are left to the system's backlog.
    server.setMaxPendingConnections(8);
    QTcpServer server6;
    server6.setMaxPendingConnections(8);
    if (!server6.listen(QHostAddress::LocalHostIPv6, server.serverPort()))
        qCInfo(lcBrowser) << "no ::1 listener:" << server6.errorString();
    const auto redirectUri = QStringLiteral("http://localhost:%1").arg(server.serverPort());

    QUrl authorize = endpointUrl(tenantId, QStringLiteral("authorize"));
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), m_clientId);
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("redirect_uri"), redirectUri);
    add(QStringLiteral("response_mode"), QStringLiteral("query"));
    add(QStringLiteral("scope"), withUserScopes(scopes).join(QLatin1Char(' ')));
    add(QStringLiteral("state"), QString::fromLatin1(state));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge(verifier)));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("prompt"), QStringLiteral("select_account"));
    authorize.setQuery(query);
    qCInfo(lcBrowser) << "waiting for the browser on port" << server.serverPort();
    if (!m_opener(authorize))
        co_return failed(tr("The browser could not be opened."),
                         QStringLiteral("CredentialUnavailable"));

    QPointer<InteractiveBrowserCredential> self(this);
    const auto deadline = QDeadlineTimer(m_redirectTimeout);
    QString code;
    for (;;) {
        while (!server.hasPendingConnections() && !server6.hasPendingConnections()) {
            if (!self || isCancelled())
                co_return AzureError::cancelled();
            if (deadline.hasExpired())
                co_return failed(tr("The browser did not come back in time."),
                                 QStringLiteral("timeout"));
            co_await qCoro(&server, &QTcpServer::newConnection, std::chrono::milliseconds(200));
        }
        auto *socket = server.hasPendingConnections() ? server.nextPendingConnection()
                                                      : server6.nextPendingConnection();
        const auto head = co_await readHead(socket);
        if (!self)
            co_return AzureError::cancelled();
        if (head.isEmpty()) {
            drop(socket);
            continue;
        }
        const auto redirect = parseLoopbackRedirect(head, state);
        switch (redirect.kind) {
        case LoopbackRedirect::Kind::NotTheRedirect:
            // A favicon or a stray visitor: not the redirect.
            answer(socket, 404, tr("Not found."));
            continue;
        case LoopbackRedirect::Kind::ForeignState:
            // Anyone on this computer can call the listener: a wrong state must not end the
            // sign-in the user is doing in the browser.
            qCWarning(lcBrowser) << "ignored a call to the sign-in listener with a foreign state";
            answer(socket, 400, tr("Kluis did not start this sign-in. Close this window."));
            continue;
        case LoopbackRedirect::Kind::Failed:
            answer(socket, 400,
                   tr("Sign-in failed: %1. You may close this window.").arg(redirect.error));
            co_return failed(redirect.errorDescription.isEmpty() ? redirect.error
                                                                 : redirect.errorDescription,
                             redirect.error);
        case LoopbackRedirect::Kind::NoCode:
            answer(socket, 400, tr("Sign-in failed: no code. You may close this window."));
            co_return failed(tr("The sign-in service sent no authorization code."),
                             QStringLiteral("invalid_request"));
        case LoopbackRedirect::Kind::Code:
            break;
        }
        code = redirect.code;
        answer(socket, 200, tr("You are signed in to Kluis. You may close this window."));
        break;
    }
    server.close();
    server6.close();

    const QList<QPair<QString, QString>> responseFields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("client_id"), m_clientId},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), redirectUri},
        {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)},
        {QStringLiteral("scope"), withUserScopes(scopes).join(QLatin1Char(' '))}};
    auto response = co_await post(tenantId, QStringLiteral("token"), responseFields);
    if (!response)
        co_return response.error();
    co_return parseUserTokenResponse(response->first, response->second);
}

} // namespace kluis::core
