#include "diagnostics/IpRuleCheck.h"

#include "common/EnumNames.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <array>

namespace kluis::core {

namespace {
struct Block
{
    quint32 first;
    int prefix;
    IpRuleCheck::Verdict verdict;
};

constexpr quint32 ip(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

// Blocks that are not routable on the internet, so a vault can never see a caller from them.
// The documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24) are left out on purpose:
// test networks use them to stand for public addresses.
constexpr std::array blocks{
    Block{ip(0, 0, 0, 0), 8, IpRuleCheck::Verdict::Reserved},
    Block{ip(10, 0, 0, 0), 8, IpRuleCheck::Verdict::Private},
    Block{ip(100, 64, 0, 0), 10, IpRuleCheck::Verdict::SharedAddress},
    Block{ip(127, 0, 0, 0), 8, IpRuleCheck::Verdict::Loopback},
    Block{ip(169, 254, 0, 0), 16, IpRuleCheck::Verdict::LinkLocal},
    Block{ip(172, 16, 0, 0), 12, IpRuleCheck::Verdict::Private},
    Block{ip(192, 0, 0, 0), 24, IpRuleCheck::Verdict::Reserved},
    Block{ip(192, 168, 0, 0), 16, IpRuleCheck::Verdict::Private},
    Block{ip(198, 18, 0, 0), 15, IpRuleCheck::Verdict::Reserved},
    Block{ip(224, 0, 0, 0), 4, IpRuleCheck::Verdict::Multicast},
    Block{ip(240, 0, 0, 0), 4, IpRuleCheck::Verdict::Reserved},
};

quint32 lastOf(quint32 first, int prefix)
{
    return prefix == 0 ? 0xffffffffU : first | ~(~0U << (32 - prefix));
}

QString refusal(IpRuleCheck::Verdict verdict, const QString &rule, bool range)
{
    using V = IpRuleCheck::Verdict;
    switch (verdict) {
    case V::Private:
        return range ? QCoreApplication::translate(
                           "kluis::core::IpRuleCheck",
                           "%1 includes private addresses (RFC 1918), which Key Vault's firewall "
                           "does not take: give the public address the vault sees.")
                           .arg(rule)
                     : QCoreApplication::translate(
                           "kluis::core::IpRuleCheck",
                           "%1 is a private address (RFC 1918), which Key Vault's firewall does "
                           "not take: give the public address the vault sees.")
                           .arg(rule);
    case V::Loopback:
        return QCoreApplication::translate(
                   "kluis::core::IpRuleCheck",
                   "%1 is a loopback address: the vault never sees a caller from it.")
            .arg(rule);
    case V::LinkLocal:
        return QCoreApplication::translate(
                   "kluis::core::IpRuleCheck",
                   "%1 is a link-local address: the vault never sees a caller from it.")
            .arg(rule);
    case V::SharedAddress:
        return QCoreApplication::translate(
                   "kluis::core::IpRuleCheck",
                   "%1 is in the carrier-grade NAT range 100.64.0.0/10: the vault sees the "
                   "provider's public address instead.")
            .arg(rule);
    case V::Multicast:
        return QCoreApplication::translate("kluis::core::IpRuleCheck",
                                           "%1 is a multicast address, not a caller's address.")
            .arg(rule);
    case V::Reserved:
        return QCoreApplication::translate(
                   "kluis::core::IpRuleCheck",
                   "%1 is in a reserved range that is not used on the internet.")
            .arg(rule);
    default:
        return {};
    }
}
} // namespace

namespace {
constexpr EnumNames<IpRuleCheck::Verdict, 13> verdictIds{{
    {IpRuleCheck::Verdict::Ok, "ok"},
    {IpRuleCheck::Verdict::Invalid, "invalid"},
    {IpRuleCheck::Verdict::NotIpv4, "not-ipv4"},
    {IpRuleCheck::Verdict::NarrowRange, "narrow-range"},
    {IpRuleCheck::Verdict::Private, "private"},
    {IpRuleCheck::Verdict::Loopback, "loopback"},
    {IpRuleCheck::Verdict::LinkLocal, "link-local"},
    {IpRuleCheck::Verdict::SharedAddress, "shared-address"},
    {IpRuleCheck::Verdict::Multicast, "multicast"},
    {IpRuleCheck::Verdict::Reserved, "reserved"},
    {IpRuleCheck::Verdict::Duplicate, "duplicate"},
    {IpRuleCheck::Verdict::AlreadyAllowed, "already-allowed"},
    {IpRuleCheck::Verdict::LimitReached, "limit-reached"},
}};
} // namespace

QString IpRuleCheck::verdictId(Verdict verdict)
{
    return QString::fromLatin1(nameOf(verdictIds, verdict));
}

IpRuleCheck IpRuleCheck::check(const QString &candidate, const NetworkRules &rules)
{
    IpRuleCheck result;
    const auto text = candidate.trimmed();
    const auto slash = text.indexOf(QLatin1Char('/'));
    const QHostAddress address(slash < 0 ? text : text.left(slash));
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        result.verdict = Verdict::NotIpv4;
        result.reason = QCoreApplication::translate(
                            "kluis::core::IpRuleCheck",
                            "%1 is an IPv6 address; Key Vault's firewall takes IPv4 addresses "
                            "and ranges only.")
                            .arg(text);
        return result;
    }
    const auto normalized = NetworkRules::normalizedIpRule(text);
    if (normalized.isEmpty()) {
        result.reason = QCoreApplication::translate("kluis::core::IpRuleCheck",
                                                    "\"%1\" is not an IPv4 address or range.")
                            .arg(text);
        return result;
    }
    const auto parsed = QHostAddress::parseSubnet(normalized);
    const auto first = parsed.first.toIPv4Address();
    const int prefix = parsed.second;
    const bool range = prefix < 32;
    // A /32 is sent as the bare address, the form Key Vault asks for.
    result.rule = range ? normalized : parsed.first.toString();
    if (prefix == 31) {
        result.verdict = Verdict::NarrowRange;
        result.reason =
            QCoreApplication::translate(
                "kluis::core::IpRuleCheck",
                "Key Vault does not take /31 ranges: add %1 and %2 as single "
                "addresses.")
                .arg(QHostAddress(first).toString(), QHostAddress(first + 1).toString());
        return result;
    }
    const auto last = lastOf(first, prefix);
    for (const auto &block : blocks) {
        if (first <= lastOf(block.first, block.prefix) && block.first <= last) {
            result.verdict = block.verdict;
            result.reason = refusal(block.verdict, result.rule, range);
            return result;
        }
    }
    for (const auto &existing : rules.ipRules) {
        if (NetworkRules::normalizedIpRule(existing) == normalized) {
            result.verdict = Verdict::Duplicate;
            result.existingRule = existing;
            result.reason =
                QCoreApplication::translate("kluis::core::IpRuleCheck",
                                            "The vault's firewall already has the rule %1.")
                    .arg(existing);
            return result;
        }
    }
    for (const auto &existing : rules.ipRules) {
        const auto wider = NetworkRules::normalizedIpRule(existing);
        if (wider.isEmpty())
            continue;
        const auto subnet = QHostAddress::parseSubnet(wider);
        if (subnet.second <= prefix && parsed.first.isInSubnet(subnet)) {
            result.verdict = Verdict::AlreadyAllowed;
            result.existingRule = existing;
            result.reason =
                QCoreApplication::translate("kluis::core::IpRuleCheck",
                                            "The vault's rule %1 already lets %2 through.")
                    .arg(existing, result.rule);
            return result;
        }
    }
    if (rules.ipRules.size() >= maxIpRules) {
        result.verdict = Verdict::LimitReached;
        result.reason = QCoreApplication::translate(
                            "kluis::core::IpRuleCheck",
                            "The vault has %1 IP rules, Key Vault's limit: remove one first.")
                            .arg(rules.ipRules.size());
        return result;
    }
    result.verdict = Verdict::Ok;
    return result;
}

} // namespace kluis::core
