#include "Endpoints.h"

namespace kluis::emulator {

QString Endpoints::origin(const QString &host, quint16 port)
{
    return port == 443 ? QStringLiteral("https://%1").arg(host)
                       : QStringLiteral("https://%1:%2").arg(host).arg(port);
}

QString Endpoints::authorityHost() const
{
    return origin(loginHost(), loginPort);
}

QString Endpoints::graph() const
{
    return origin(graphHost(), loginPort) + QLatin1Char('/');
}

QString Endpoints::resourceManager() const
{
    return origin(managementHost(), managementPort) + QLatin1Char('/');
}

QString Endpoints::vaultResource() const
{
    return origin(vaultSuffix(), vaultPort);
}

QString Endpoints::vaultUri(const QString &vaultName) const
{
    return origin(vaultName.toLower() + QLatin1Char('.') + vaultSuffix(), vaultPort) +
           QLatin1Char('/');
}

std::optional<QString> Endpoints::vaultNameFromHost(const QString &host) const
{
    const QString suffix = QLatin1Char('.') + vaultSuffix();
    if (!host.endsWith(suffix, Qt::CaseInsensitive))
        return std::nullopt;
    const auto name = host.left(host.size() - suffix.size());
    if (name.isEmpty() || name.contains(QLatin1Char('.')))
        return std::nullopt;
    return name.toLower();
}

} // namespace kluis::emulator
