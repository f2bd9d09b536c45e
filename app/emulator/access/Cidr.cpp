#include "Cidr.h"

namespace kluis::emulator {

std::optional<Cidr> Cidr::parse(const QString &text)
{
    const auto trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1Char('/'))) {
        QHostAddress address;
        if (!address.setAddress(trimmed))
            return std::nullopt;
        return Cidr{address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
    }
    const auto subnet = QHostAddress::parseSubnet(trimmed);
    if (subnet.first.isNull())
        return std::nullopt;
    return Cidr{subnet.first, subnet.second};
}

bool Cidr::contains(const QHostAddress &address) const
{
    return address.isInSubnet(network, prefixLength);
}

} // namespace kluis::emulator
