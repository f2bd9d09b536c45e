#include "ApiResponse.h"

#include <QJsonDocument>

namespace kluis::emulator {

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QString &innerCode)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!innerCode.isEmpty())
        error.insert(QStringLiteral("innererror"),
                     QJsonObject{{QStringLiteral("code"), innerCode}});
    return json(status, QJsonObject{{QStringLiteral("error"), error}});
}

ApiResponse &ApiResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

bool ApiResponse::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace kluis::emulator
