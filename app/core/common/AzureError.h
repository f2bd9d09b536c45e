#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace kluis::core {

// Why an operation failed, as a value: what the service said (status, error.code, innermost
// innererror.code, message, request id) or what the transport said, plus what diagnostics need
// (the client address the vault quoted).
struct AzureError
{
    enum class Kind
    {
        Http,      // the service answered with an error status
        Transport, // DNS, TCP, TLS, proxy, timeout: no usable answer
        Auth,      // no token could be had, or a challenge was refused
        Parse,     // the answer was not what the protocol promises
        Cancelled, // the owner went away or the user cancelled
        Usage,     // the caller asked for something invalid (bad name, bad URL)
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code;      // error.code, e.g. "Forbidden"; for sign-in the OAuth error
    QString innerCode; // innermost innererror.code, e.g. "ForbiddenByFirewall"; "AADSTS…"
    QString message;   // the service's message, as sent (parts separated by \r\n)
    QString requestId; // x-ms-request-id (sign-in: trace id)
    QNetworkReply::NetworkError transportError = QNetworkReply::NoError;
    QString transportMessage;
    QString clientAddress;      // the address a ForbiddenByFirewall message quotes
    QString networkInfoAddress; // addr= of x-ms-keyvault-network-info, when sent
    QUrl url;                   // what was asked, without its query

    static AzureError http(int status, const QByteArray &body, const QByteArray &requestId = {});
    static AzureError transport(QNetworkReply::NetworkError error, const QString &message);
    static AzureError auth(const QString &message, const QString &code = {});
    static AzureError parse(const QString &message);
    static AzureError cancelled();
    static AzureError usage(const QString &message);

    bool isNotFound() const { return kind == Kind::Http && httpStatus == 404; }
    bool isUnauthorized() const
    {
        return kind == Kind::Auth || (kind == Kind::Http && httpStatus == 401);
    }
    // A network gate (the vault firewall, or public access disabled), not a permission.
    bool isFirewall() const;
    bool isForbidden() const { return kind == Kind::Http && httpStatus == 403; }
    bool isThrottled() const { return kind == Kind::Http && httpStatus == 429; }
    bool isConflict() const { return kind == Kind::Http && httpStatus == 409; }

    // One line for a status bar or a list placeholder.
    QString shortMessage() const;
    // Everything known, several lines, for a details pane or a report.
    QString detailedMessage() const;
};

// The innermost innererror.code of a {"error": {...}} body, or error.code when none.
QString innermostErrorCode(const QByteArray &body);

// addr= from "conn_type=Ipv4;addr=1.2.3.4;act_addr_fam=InterNetwork;".
QString parseNetworkInfoAddress(const QByteArray &header);

} // namespace kluis::core
