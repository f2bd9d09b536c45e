#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace kluis::emulator {

struct ApiResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;

    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse empty(int status);
    // The service's error body: {"error": {"code", "message", "innererror": {"code"}}}.
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QString &innerCode = {});

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value);
    bool hasHeader(const QByteArray &name) const;
};

} // namespace kluis::emulator
