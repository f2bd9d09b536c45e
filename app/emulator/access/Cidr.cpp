#include "Cidr.h"

#include <QStringList>

namespace kluis::emulator {

namespace {

// A decimal number of at most maxDigits digits, without sign or leading zeros.
std::optional<int> strictNumber(QStringView text, int maxDigits, int maxValue)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return std::nullopt;
    if (text.size() > 1 && text.front() == QLatin1Char('0'))
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    if (value > maxValue)
        return std::nullopt;
    return value;
}

std::optional<QHostAddress> strictIPv4(QStringView text)
{
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const auto &part : parts) {
        const auto octet = strictNumber(part, 3, 255);
        if (!octet)
            return std::nullopt;
        value = (value << 8) | quint32(*octet);
    }
    return QHostAddress(value);
}

std::optional<QHostAddress> strictIPv6(QStringView text)
{
    // Hex digits, colons and an embedded dotted quad only: no scope ids, brackets or spaces.
    for (const QChar c : text) {
        const bool ok = c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('F')) || c == QLatin1Char(':') ||
                        c == QLatin1Char('.');
        if (!ok || c.unicode() > 0x7f)
            return std::nullopt;
    }
    QHostAddress address;
    if (!text.contains(QLatin1Char(':')) || !address.setAddress(text.toString()) ||
        address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return address;
}

} // namespace

std::optional<Cidr> Cidr::parse(const QString &text)
{
    const auto slash = text.indexOf(QLatin1Char('/'));
    const QStringView addressText = slash < 0 ? QStringView(text) : QStringView(text).left(slash);
    const bool v6 = addressText.contains(QLatin1Char(':'));
    const auto address = v6 ? strictIPv6(addressText) : strictIPv4(addressText);
    if (!address)
        return std::nullopt;
    const int maxPrefix = v6 ? 128 : 32;
    int prefix = maxPrefix;
    if (slash >= 0) {
        const auto parsed = strictNumber(QStringView(text).mid(slash + 1), 3, maxPrefix);
        if (!parsed)
            return std::nullopt;
        prefix = *parsed;
    }
    return Cidr{*address, prefix};
}

bool Cidr::contains(const QHostAddress &address) const
{
    QHostAddress candidate = address;
    bool isV4 = false;
    const auto v4 = address.toIPv4Address(&isV4);
    if (isV4)
        candidate = QHostAddress(v4);
    if (candidate.protocol() != network.protocol())
        return false;
    return candidate.isInSubnet(network, prefixLength);
}

QString Cidr::toString() const
{
    return QStringLiteral("%1/%2").arg(network.toString()).arg(prefixLength);
}

} // namespace kluis::emulator
