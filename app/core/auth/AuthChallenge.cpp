#include "auth/AuthChallenge.h"

#include <QMap>
#include <QRegularExpression>

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

// An https origin (path empty or "/", nothing else) that may receive a token meant for
// `requestUrl`: the request's host or a parent domain of it with two labels at least (never
// "localhost" or "net" alone), on the same port.
bool isResourceFor(const QString &text, const QUrl &requestUrl)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !url.userInfo().isEmpty() ||
        url.hasQuery() || url.hasFragment() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return false;
    const auto host = url.host();
    if (!host.contains(QLatin1Char('.')) || host.startsWith(QLatin1Char('.')))
        return false;
    return sameOrParentDomain(host, requestUrl.host()) && url.port(443) == requestUrl.port(443);
}

QString origin(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(443));
}

QString withoutTrailingSlashes(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}
} // namespace

bool isPlausibleTenant(const QString &tenant)
{
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression domain(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return !tenant.isEmpty() && tenant.size() <= 253 &&
           (guid.match(tenant).hasMatch() || domain.match(tenant).hasMatch());
}

bool isSameSignInHost(const QString &host, const QString &authorityHost)
{
    static const QList<QStringList> aliases{
        {QStringLiteral("login.microsoftonline.com"), QStringLiteral("login.windows.net"),
         QStringLiteral("login.microsoft.com"), QStringLiteral("sts.windows.net")},
        {QStringLiteral("login.partner.microsoftonline.cn"),
         QStringLiteral("login.chinacloudapi.cn")},
        {QStringLiteral("login.microsoftonline.us"), QStringLiteral("login.usgovcloudapi.net")},
    };
    const auto a = host.toLower();
    const auto b = authorityHost.toLower();
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    for (const auto &group : aliases) {
        if (group.contains(a) && group.contains(b))
            return true;
    }
    return false;
}

std::optional<AuthChallenge> AuthChallenge::parse(const QByteArray &wwwAuthenticate)
{
    const auto text = QString::fromLatin1(wwwAuthenticate).trimmed();
    if (!text.startsWith(QLatin1String("Bearer"), Qt::CaseInsensitive))
        return std::nullopt;
    const auto params = parameters(text.mid(6));
    AuthChallenge challenge;
    challenge.authorizationText = params.value(QStringLiteral("authorization"),
                                               params.value(QStringLiteral("authorization_uri")));
    challenge.authorization = QUrl(challenge.authorizationText, QUrl::StrictMode);
    challenge.resource = params.value(QStringLiteral("resource"));
    challenge.scope = params.value(QStringLiteral("scope"));
    if (challenge.scope.isEmpty() && !challenge.resource.isEmpty())
        challenge.scope = withoutTrailingSlashes(challenge.resource) + QStringLiteral("/.default");
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

AuthChallenge::Problem AuthChallenge::problemFor(const QUrl &requestUrl,
                                                 const QUrl &authorityHost) const
{
    if (requestUrl.scheme() != QLatin1String("https"))
        return Problem::ResourceMismatch;
    if (!resource.isEmpty() && !isResourceFor(resource, requestUrl))
        return Problem::ResourceMismatch;
    // The scope is what the token is asked for: it gets the same check, and must name the
    // same resource when both are sent.
    if (!scope.endsWith(QLatin1String("/.default")) || scope.contains(QLatin1Char(' ')))
        return Problem::ScopeMismatch;
    const auto scopeResource = scope.chopped(9);
    if (!isResourceFor(scopeResource, requestUrl))
        return Problem::ScopeMismatch;
    if (!resource.isEmpty() &&
        origin(QUrl(resource, QUrl::StrictMode)) != origin(QUrl(scopeResource, QUrl::StrictMode)))
        return Problem::ScopeMismatch;

    // https://<the cloud's sign-in host>[:its port]/<tenant>[/], read as sent: no user, query,
    // fragment, percent-encoding or further path.
    if (authorization.scheme() != QLatin1String("https") || !authorization.userInfo().isEmpty() ||
        authorization.hasQuery() || authorization.hasFragment() ||
        !isSameSignInHost(authorization.host(), authorityHost.host()) ||
        authorization.port(443) != authorityHost.port(443))
        return Problem::AuthorityMismatch;
    static const QRegularExpression tenantPath(QStringLiteral("^https://[^/?#]+/([^/?#%]*)/?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const auto match = tenantPath.match(authorizationText);
    if (!match.hasMatch() || !isPlausibleTenant(match.captured(1)))
        return Problem::TenantInvalid;
    return Problem::None;
}

QString AuthChallenge::code(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::ResourceMismatch:
        return QStringLiteral("ChallengeResourceMismatch");
    case Problem::ScopeMismatch:
        return QStringLiteral("ChallengeScopeMismatch");
    case Problem::AuthorityMismatch:
        return QStringLiteral("ChallengeAuthorityMismatch");
    case Problem::TenantInvalid:
        return QStringLiteral("ChallengeTenantInvalid");
    }
    return {};
}

} // namespace kluis::core
