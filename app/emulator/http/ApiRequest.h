#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace kluis::emulator {

// One HTTP request as the emulator's services see it: already read in full, the host split
// from the port, header names lower-case, and the peer address as the service judges it
// (the --nat address when one is set).
struct ApiRequest
{
    QByteArray method;
    QString host; // lower-case, without port
    quint16 port = 0;
    QString path; // percent-decoded, always starts with '/'
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString queryValue(const QString &key) const;
    // "https://host[:port]" as the client addressed us, for ids and next links.
    QString origin() const;
    // The path split on '/', without empty segments.
    QStringList segments() const;
    // The JSON object body, or nullopt-like: ok=false when the body is not a JSON object.
    QJsonObject jsonBody(bool *ok) const;
};

} // namespace kluis::emulator
