#include "net/NoProxyList.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace kluis::core {

namespace {
QString normalisedHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}
} // namespace

NoProxyList::NoProxyList(const QString &list)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (auto item : list.split(separators, Qt::SkipEmptyParts)) {
        Entry entry;
        item = item.trimmed().toLower();
        if (item == QLatin1String("*")) {
            entry.all = true;
            m_entries.append(entry);
            continue;
        }
        // host:port, [v6]:port; a bare IPv6 address has several colons and no port.
        if (item.startsWith(QLatin1Char('['))) {
            const auto close = item.indexOf(QLatin1Char(']'));
            if (close > 0 && item.mid(close + 1).startsWith(QLatin1Char(':')))
                entry.port = item.mid(close + 2).toInt();
            item = item.left(close + 1);
        } else if (item.count(QLatin1Char(':')) == 1) {
            const auto colon = item.indexOf(QLatin1Char(':'));
            bool ok = false;
            const auto port = item.mid(colon + 1).toInt(&ok);
            if (!ok)
                continue;
            entry.port = port;
            item = item.left(colon);
        }
        if (item.startsWith(QLatin1String("*.")))
            item = item.mid(2);
        while (item.startsWith(QLatin1Char('.')))
            item = item.mid(1);
        entry.host = normalisedHost(item);
        if (!entry.host.isEmpty())
            m_entries.append(entry);
    }
}

bool NoProxyList::matches(const QString &hostName, int port) const
{
    const auto host = normalisedHost(hostName);
    const QHostAddress address(host);
    for (const auto &entry : m_entries) {
        if (entry.all)
            return true;
        if (entry.port >= 0 && entry.port != port)
            continue;
        if (!address.isNull()) {
            const auto subnet = QHostAddress::parseSubnet(entry.host);
            if (entry.host.contains(QLatin1Char('/')) &&
                subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol) {
                if (address.isInSubnet(subnet))
                    return true;
                continue;
            }
            if (QHostAddress(entry.host) == address)
                return true;
            continue;
        }
        if (host == entry.host || host.endsWith(QLatin1Char('.') + entry.host))
            return true;
    }
    return false;
}

} // namespace kluis::core
