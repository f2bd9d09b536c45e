#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace kluis::emulator {

// An IPv4 or IPv6 range "a.b.c.d/n"; a bare address is a /32 (or /128).
struct Cidr
{
    QHostAddress network;
    int prefixLength = 32;

    // Strict: four decimal octets without leading zeros (so "010.0.0.1" cannot mean an octal
    // address), a prefix of 0-32 (0-128 for IPv6) without sign or leading zeros, no spaces, no
    // IPv6 scope. Anything else is nullopt.
    static std::optional<Cidr> parse(const QString &text);
    bool contains(const QHostAddress &address) const;
    bool isIPv4() const { return network.protocol() == QAbstractSocket::IPv4Protocol; }
    // "a.b.c.d/n" as the service stores a rule (a bare address gets its /32).
    QString toString() const;
};

} // namespace kluis::emulator
