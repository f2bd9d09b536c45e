#include "auth/AuthChallenge.h"

#include <QMap>

namespace kluis::core {

namespace {
// Splits `key="value", key2=value2` into a map; quoted values may hold commas.
QMap<QString, QString> parameters(const QString &text)
{
    QMap<QString, QString> result;
    qsizetype i = 0;
    const auto n = text.size();
    while (i < n) {
        while (i < n && (text.at(i).isSpace() || text.at(i) == QLatin1Char(',')))
            ++i;
        const auto keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && text.at(i) != QLatin1Char(','))
            ++i;
        const auto key = text.mid(keyStart, i - keyStart).trimmed().toLower();
        if (i >= n || text.at(i) != QLatin1Char('='))
            continue;
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            ++i;
            while (i < n && text.at(i) != QLatin1Char('"')) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value.append(text.at(i++));
            }
            ++i;
        } else {
            const auto valueStart = i;
            while (i < n && text.at(i) != QLatin1Char(','))
                ++i;
            value = text.mid(valueStart, i - valueStart).trimmed();
        }
        if (!key.isEmpty())
            result.insert(key, value);
    }
    return result;
}

bool sameOrParentDomain(const QString &parent, const QString &child)
{
    const auto p = parent.toLower();
    const auto c = child.toLower();
    return !p.isEmpty() && (c == p || c.endsWith(QLatin1Char('.') + p));
}
} // namespace

std::optional<AuthChallenge> AuthChallenge::parse(const QByteArray &wwwAuthenticate)
{
    const auto text = QString::fromLatin1(wwwAuthenticate).trimmed();
    if (!text.startsWith(QLatin1String("Bearer"), Qt::CaseInsensitive))
        return std::nullopt;
    const auto params = parameters(text.mid(6));
    AuthChallenge challenge;
    const auto authorization = params.value(QStringLiteral("authorization"),
                                            params.value(QStringLiteral("authorization_uri")));
    challenge.authorization = QUrl(authorization, QUrl::StrictMode);
    challenge.resource = params.value(QStringLiteral("resource"));
    challenge.scope = params.value(QStringLiteral("scope"));
    if (challenge.scope.isEmpty() && !challenge.resource.isEmpty()) {
        auto resource = challenge.resource;
        while (resource.endsWith(QLatin1Char('/')))
            resource.chop(1);
        challenge.scope = resource + QStringLiteral("/.default");
    }
    if (!challenge.authorization.isValid() || challenge.scope.isEmpty())
        return std::nullopt;
    const auto segments =
        challenge.authorization.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty())
        challenge.tenantId = segments.first();
    return challenge;
}

QUrl AuthChallenge::resourceUrl() const
{
    if (!resource.isEmpty())
        return QUrl(resource, QUrl::StrictMode);
    auto text = scope;
    if (text.endsWith(QLatin1String("/.default")))
        text.chop(9);
    return QUrl(text, QUrl::StrictMode);
}

bool AuthChallenge::isValidFor(const QUrl &requestUrl) const
{
    const auto resourceHost = resourceUrl();
    if (requestUrl.scheme() != QLatin1String("https") ||
        resourceHost.scheme() != QLatin1String("https") ||
        authorization.scheme() != QLatin1String("https"))
        return false;
    if (!sameOrParentDomain(resourceHost.host(), requestUrl.host()))
        return false;
    return resourceHost.port(443) == requestUrl.port(443);
}

} // namespace kluis::core
