#include "Paging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kluis::emulator {

namespace {
const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QByteArray kPrefix = "kv1.";
} // namespace

QString PageToken::encode() const
{
    const QJsonObject json{{QStringLiteral("a"), after},
                           {QStringLiteral("n"), served},
                           {QStringLiteral("e"), emptyGiven}};
    return QString::fromLatin1(
        kPrefix + QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64(kBase64Url));
}

std::optional<PageToken> PageToken::decode(const QString &text)
{
    const auto raw = text.toLatin1();
    if (!raw.startsWith(kPrefix))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        raw.mid(kPrefix.size()), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const auto document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject())
        return std::nullopt;
    const auto json = document.object();
    if (!json.value(QStringLiteral("a")).isString() || !json.value(QStringLiteral("n")).isDouble())
        return std::nullopt;
    PageToken token;
    token.after = json.value(QStringLiteral("a")).toString();
    token.served = json.value(QStringLiteral("n")).toInt();
    token.emptyGiven = json.value(QStringLiteral("e")).toBool();
    // Far beyond any vault, and small enough that counting on from it cannot overflow.
    if (token.served < 0 || token.served > 1'000'000'000)
        return std::nullopt;
    return token;
}

} // namespace kluis::emulator
