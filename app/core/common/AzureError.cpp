#include "common/AzureError.h"

#include "diagnostics/Scrubber.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kluis::core {

namespace {
// One host address as a firewall rule may name it, written the usual way; nothing for a range,
// a list, an unspecified, broadcast or multicast address: a forged answer must not lead to a rule
// that lets everyone in.
QString singleHostAddress(const QString &text)
{
    QHostAddress address;
    // Four parts for IPv4: Qt would read "10.1" as 10.0.0.1.
    if (text.size() > 45 ||
        (!text.contains(QLatin1Char(':')) && text.count(QLatin1Char('.')) != 3) ||
        !address.setAddress(text))
        return {};
    if (address.isNull() || address.isBroadcast() || address.isMulticast() ||
        address.isEqual(QHostAddress(QHostAddress::AnyIPv4)) ||
        address.isEqual(QHostAddress(QHostAddress::AnyIPv6)))
        return {};
    return address.toString();
}

QString firstLine(const QString &text)
{
    const auto end = text.indexOf(QRegularExpression(QStringLiteral("[\\r\\n]")));
    return (end < 0 ? text : text.left(end)).trimmed();
}
} // namespace

AzureError AzureError::http(int status, const QByteArray &body, const QByteArray &requestId)
{
    AzureError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.requestId = QString::fromLatin1(requestId);
    const auto object = QJsonDocument::fromJson(body).object();
    auto inner = object.value(QStringLiteral("error")).toObject();
    error.code = inner.value(QStringLiteral("code")).toString();
    error.message = inner.value(QStringLiteral("message")).toString();
    // innererror may nest: the innermost code is the most specific.
    for (auto next = inner.value(QStringLiteral("innererror")).toObject(); !next.isEmpty();
         next = next.value(QStringLiteral("innererror")).toObject()) {
        const auto code = next.value(QStringLiteral("code")).toString();
        if (!code.isEmpty())
            error.innerCode = code;
    }
    if (error.message.isEmpty() && !body.isEmpty() && object.isEmpty())
        error.message = QString::fromUtf8(body.left(512)).trimmed();
    // The message is shown, logged and put in reports: a token or secret a server (or a proxy)
    // echoed into it goes no further. (The scrubber lives with the diagnostics it serves first.)
    error.message = Scrubber::scrub(error.message);
    static const QRegularExpression address(
        QStringLiteral("Client address:\\s*([0-9A-Fa-f.:]++)(?![\\w/,;-])"));
    if (const auto match = address.match(error.message); match.hasMatch())
        error.clientAddress = singleHostAddress(match.captured(1).endsWith(QLatin1Char('.'))
                                                    ? match.captured(1).chopped(1)
                                                    : match.captured(1));
    return error;
}

AzureError AzureError::transport(QNetworkReply::NetworkError networkError, const QString &message)
{
    AzureError error;
    error.kind = Kind::Transport;
    error.transportError = networkError;
    error.transportMessage = message;
    return error;
}

AzureError AzureError::auth(const QString &message, const QString &code)
{
    AzureError error;
    error.kind = Kind::Auth;
    error.code = code;
    error.message = message;
    return error;
}

AzureError AzureError::parse(const QString &message)
{
    AzureError error;
    error.kind = Kind::Parse;
    error.message = message;
    return error;
}

AzureError AzureError::cancelled()
{
    AzureError error;
    error.kind = Kind::Cancelled;
    error.message = QCoreApplication::translate("AzureError", "The operation was cancelled.");
    return error;
}

AzureError AzureError::usage(const QString &message)
{
    AzureError error;
    error.kind = Kind::Usage;
    error.message = message;
    return error;
}

bool AzureError::isFirewall() const
{
    return kind == Kind::Http && httpStatus == 403 &&
           (innerCode == QLatin1String("ForbiddenByFirewall") ||
            innerCode == QLatin1String("ForbiddenByConnection"));
}

QString AzureError::shortMessage() const
{
    switch (kind) {
    case Kind::Transport:
        return QCoreApplication::translate("AzureError", "Network error: %1")
            .arg(firstLine(transportMessage));
    case Kind::Cancelled:
        return message;
    case Kind::Auth:
        return QCoreApplication::translate("AzureError", "Sign-in failed: %1")
            .arg(firstLine(message));
    case Kind::Parse:
        return QCoreApplication::translate("AzureError", "Unexpected answer: %1")
            .arg(firstLine(message));
    case Kind::Usage:
        return firstLine(message);
    case Kind::Http:
        break;
    }
    if (innerCode == QLatin1String("ForbiddenByFirewall")) {
        return clientAddress.isEmpty()
                   ? QCoreApplication::translate(
                         "AzureError", "The vault's firewall does not allow this client's address.")
                   : QCoreApplication::translate(
                         "AzureError", "The vault's firewall does not allow the address %1.")
                         .arg(clientAddress);
    }
    if (innerCode == QLatin1String("ForbiddenByConnection"))
        return QCoreApplication::translate(
            "AzureError",
            "The vault accepts only private-link connections (public network access is "
            "disabled).");
    if (httpStatus == 403)
        return QCoreApplication::translate("AzureError", "Access denied: %1")
            .arg(firstLine(message));
    if (httpStatus == 429)
        return QCoreApplication::translate(
            "AzureError", "The service is throttling requests; try again shortly.");
    const auto text = firstLine(message);
    if (text.isEmpty())
        return QCoreApplication::translate("AzureError", "The service answered HTTP %1.")
            .arg(httpStatus);
    return QCoreApplication::translate("AzureError", "%1 (HTTP %2)").arg(text).arg(httpStatus);
}

QString AzureError::detailedMessage() const
{
    QStringList lines{shortMessage()};
    if (httpStatus != 0)
        lines << QCoreApplication::translate("AzureError", "HTTP status: %1").arg(httpStatus);
    if (!code.isEmpty())
        lines << QCoreApplication::translate("AzureError", "Error code: %1").arg(code);
    if (!innerCode.isEmpty())
        lines << QCoreApplication::translate("AzureError", "Inner error code: %1").arg(innerCode);
    if (!message.isEmpty() && kind != Kind::Cancelled) {
        QString text = message;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        lines << QCoreApplication::translate("AzureError", "Message: %1").arg(text);
    }
    if (kind == Kind::Transport)
        lines << QCoreApplication::translate("AzureError", "Transport error: %1 (%2)")
                     .arg(transportMessage)
                     .arg(int(transportError));
    if (!clientAddress.isEmpty())
        lines << QCoreApplication::translate("AzureError", "Client address quoted by the vault: %1")
                     .arg(clientAddress);
    if (!networkInfoAddress.isEmpty())
        lines << QCoreApplication::translate("AzureError", "Client address seen by the vault: %1")
                     .arg(networkInfoAddress);
    if (!url.isEmpty())
        lines << QCoreApplication::translate("AzureError", "Request: %1").arg(url.toString());
    if (!requestId.isEmpty())
        lines << QCoreApplication::translate("AzureError", "Request id: %1").arg(requestId);
    return lines.join(QLatin1Char('\n'));
}

QString innermostErrorCode(const QByteArray &body)
{
    const auto error = AzureError::http(0, body);
    return error.innerCode.isEmpty() ? error.code : error.innerCode;
}

QString parseNetworkInfoAddress(const QByteArray &header)
{
    for (const auto &part : header.split(';')) {
        const auto trimmed = part.trimmed();
        if (trimmed.startsWith("addr="))
            return singleHostAddress(QString::fromLatin1(trimmed.mid(5)));
    }
    return {};
}

} // namespace kluis::core
