#include "ApiRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace kluis::emulator {

QString ApiRequest::queryValue(const QString &key) const
{
    // Query keys are matched without regard to case, as the service does for api-version.
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : items) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString ApiRequest::origin() const
{
    return port == 443 ? QStringLiteral("https://%1").arg(host)
                       : QStringLiteral("https://%1:%2").arg(host).arg(port);
}

QStringList ApiRequest::segments() const
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QJsonObject ApiRequest::jsonBody(bool *ok) const
{
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

} // namespace kluis::emulator
