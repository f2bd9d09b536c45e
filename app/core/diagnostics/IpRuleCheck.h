#pragma once

#include "clients/ArmTypes.h"

#include <QString>

namespace kluis::core {

// Key Vault's rules for a new IP rule, checked before anything is sent to Resource Manager so
// the administrator learns why a rule cannot be added instead of reading a 400.
struct IpRuleCheck
{
    // Key Vault's current limit (the 2018 documentation said 127). The one place it is kept.
    static constexpr int maxIpRules = 1000;

    enum class Verdict
    {
        Ok,
        Invalid,        // not an address or a range at all
        NotIpv4,        // IPv6: Key Vault's IP rules take IPv4 only
        NarrowRange,    // a /31: Key Vault wants the two addresses as single rules
        Private,        // RFC 1918
        Loopback,       // 127/8
        LinkLocal,      // 169.254/16
        SharedAddress,  // 100.64/10, carrier-grade NAT (RFC 6598)
        Multicast,      // 224/4
        Reserved,       // 0/8, 192.0.0/24, 198.18/15, 240/4 and broadcast
        Duplicate,      // the same rule is there (with or without /32)
        AlreadyAllowed, // a wider rule already contains it
        LimitReached,   // the vault has maxIpRules rules already
    };

    Verdict verdict = Verdict::Invalid;
    QString rule;         // what to send: "203.0.113.10" (a /32 as a single address) or a range
    QString existingRule; // Duplicate, AlreadyAllowed: the rule that is already there
    QString reason;       // translated, one sentence; empty when Ok

    bool ok() const { return verdict == Verdict::Ok; }
    // Nothing needs to change: the address is let through already.
    bool alreadyAllowed() const
    {
        return verdict == Verdict::Duplicate || verdict == Verdict::AlreadyAllowed;
    }

    // Checks `candidate` ("203.0.113.10", "203.0.113.10/32", "203.0.113.0/24") against the
    // vault's current rules.
    static IpRuleCheck check(const QString &candidate, const NetworkRules &rules);
    static QString verdictId(Verdict verdict);
};

} // namespace kluis::core
