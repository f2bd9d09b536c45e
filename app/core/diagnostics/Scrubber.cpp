#include "diagnostics/Scrubber.h"

#include "clients/ArmTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace kluis::core {

namespace {
const QString removed = QStringLiteral("[removed]");
const QString tokenRemoved = QStringLiteral("[token removed]");

// Form and query fields whose value is secret (a lower-case list; matched case-insensitively).
const QString formFields =
    QStringLiteral("sig|\\$?skiptoken|code|device_code|code_verifier|client_secret|"
                   "client_assertion|assertion|refresh_token|access_token|id_token|password|"
                   "pwd|passphrase");
// JSON members written out in text (an error body quoted in a message, a report).
const QString textMembers =
    QStringLiteral("pwd|password|passphrase|key|d|p|q|dp|dq|qi|k|client_secret|"
                   "client_assertion|assertion|refresh_token|access_token|id_token|device_code|"
                   "code_verifier|value");

// Replaces each match of `pattern` in `text` by what `replace` makes of it.
QString replaceEach(const QString &text, const QRegularExpression &pattern,
                    const std::function<QString(const QRegularExpressionMatch &)> &replace)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += replace(match);
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

// An IP rule value ("203.0.113.10/32") is the one `value` that is no secret.
bool keepsValue(const QString &member, const QString &value)
{
    return member.compare(QLatin1String("value"), Qt::CaseInsensitive) == 0 &&
           !NetworkRules::normalizedIpRule(value).isEmpty();
}

// A run of base64url (and the dots of dotted tokens) long enough to be a token, in both cases
// and with digits: not a GUID, a hex thumbprint or a host name.
bool looksOpaque(QStringView run)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    for (const auto c : run) {
        lower = lower || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        upper = upper || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        digit = digit || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    }
    return lower && upper && digit;
}
} // namespace

bool Scrubber::isSecretMember(const QString &name)
{
    static const QRegularExpression exact(QStringLiteral("^(?:") + textMembers +
                                              QStringLiteral(")$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto lower = name.toLower();
    return lower == QLatin1String("authorization") || lower.contains(QLatin1String("token")) ||
           lower.contains(QLatin1String("secret")) || lower.contains(QLatin1String("password")) ||
           (lower != QLatin1String("value") && exact.match(name).hasMatch());
}

QString Scrubber::scrub(const QString &text)
{
    // A JWT (header.payload[.signature]); every one starts with base64url of '{"'.
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*){1,2}"));
    static const QRegularExpression bearer(QStringLiteral("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]+"));
    // The query of a URL may carry a $skiptoken, a SAS signature (sig=) or an OAuth code.
    static const QRegularExpression query(
        QStringLiteral("(https?://[^\\s?#\"'<>]*)\\?[^\\s\"'<>]*"));
    static const QRegularExpression field(QStringLiteral("(?i)(?<![A-Za-z0-9_$])(") + formFields +
                                          QStringLiteral(")=[^&\\s\"',;]+"));
    // "name": "value", and the same escaped inside another JSON string (\"name\":\"value\").
    static const QRegularExpression member(
        QStringLiteral("(?i)\"(") + textMembers +
        QStringLiteral(")\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression escapedMember(
        QStringLiteral("(?i)\\\\\"(") + textMembers +
        QStringLiteral(")\\\\\"(\\s*:\\s*)\\\\\"(.*?)\\\\\""));
    static const QRegularExpression opaque(
        QStringLiteral("(?<![A-Za-z0-9._~+-])[A-Za-z0-9._~+-]{40,}={0,2}"));

    QString result = text;
    result.replace(jwt, tokenRemoved);
    result.replace(bearer, QStringLiteral("Bearer ") + removed);
    result.replace(query, QStringLiteral("\\1"));
    result.replace(field, QStringLiteral("\\1=") + removed);
    result = replaceEach(result, member, [](const QRegularExpressionMatch &match) {
        if (keepsValue(match.captured(1), match.captured(3)))
            return match.captured(0);
        return QStringLiteral("\"%1\"%2\"%3\"").arg(match.captured(1), match.captured(2), removed);
    });
    result = replaceEach(result, escapedMember, [](const QRegularExpressionMatch &match) {
        if (keepsValue(match.captured(1), match.captured(3)))
            return match.captured(0);
        return QStringLiteral("\\\"%1\\\"%2\\\"%3\\\"")
            .arg(match.captured(1), match.captured(2), removed);
    });
    result = replaceEach(result, opaque, [](const QRegularExpressionMatch &match) {
        return looksOpaque(match.capturedView()) ? tokenRemoved : match.captured(0);
    });
    return result;
}

QJsonValue Scrubber::scrub(const QJsonValue &value)
{
    if (value.isString())
        return scrub(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const auto &item : value.toArray())
            array.append(scrub(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object;
    const auto input = value.toObject();
    for (auto it = input.begin(); it != input.end(); ++it) {
        const auto &name = it.key();
        const auto member = it.value();
        const auto lower = name.toLower();
        bool secret = isSecretMember(name);
        if (lower == QLatin1String("value"))
            secret = !(member.isString() && keepsValue(name, member.toString()));
        else if (lower == QLatin1String("key"))
            secret = !member.isObject() && !member.isArray(); // a JWK is searched member by member
        // A member's name is text like any other: a tag name can hold anything.
        object.insert(scrub(name), secret ? QJsonValue(removed) : scrub(member));
    }
    return object;
}

} // namespace kluis::core
