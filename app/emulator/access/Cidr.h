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

    static std::optional<Cidr> parse(const QString &text);
    bool contains(const QHostAddress &address) const;
};

} // namespace kluis::emulator
