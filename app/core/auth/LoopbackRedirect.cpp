#include "auth/LoopbackRedirect.h"

#include <QUrl>
#include <QUrlQuery>

namespace kluis::core {

namespace {
// Compared without an early exit, so the time taken does not tell how much of a guess was right.
bool sameState(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
} // namespace

LoopbackRedirect parseLoopbackRedirect(const QByteArray &head, const QByteArray &expectedState)
{
    LoopbackRedirect result;
    const auto lineEnd = head.indexOf("\r\n");
    const auto requestLine = (lineEnd < 0 ? head : head.left(lineEnd)).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET" ||
        !requestLine.at(1).startsWith('/') || !requestLine.at(2).startsWith("HTTP/1."))
        return result;
    const auto url = QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode);
    if (!url.isValid())
        return result;
    const QUrlQuery query(url);
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    if (!query.hasQueryItem(QStringLiteral("state")))
        return result;
    if (!sameState(value("state").toUtf8(), expectedState)) {
        result.kind = LoopbackRedirect::Kind::ForeignState;
        return result;
    }
    if (const auto error = value("error"); !error.isEmpty()) {
        result.kind = LoopbackRedirect::Kind::Failed;
        result.error = error.left(200);
        result.errorDescription = value("error_description").left(1000);
        return result;
    }
    result.code = value("code");
    result.kind =
        result.code.isEmpty() ? LoopbackRedirect::Kind::NoCode : LoopbackRedirect::Kind::Code;
    return result;
}

} // namespace kluis::core
