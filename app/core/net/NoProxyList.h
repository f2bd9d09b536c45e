#pragma once

#include <QList>
#include <QString>

namespace kluis::core {

// One NO_PROXY list: comma or space separated entries; "*" matches everything; "example.com"
// and ".example.com" match the domain and every name under it; "host:port" matches that port
// only; an IP address or a CIDR range matches addresses literally. Case-insensitive.
class NoProxyList
{
public:
    NoProxyList() = default;
    explicit NoProxyList(const QString &list);
    bool matches(const QString &host, int port) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        QString host; // lower-case, no leading "." or "*."
        int port = -1;
        bool all = false;
    };
    QList<Entry> m_entries;
};

} // namespace kluis::core
