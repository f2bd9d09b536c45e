// IpRuleCheck: whether Key Vault would take an IP rule for an address, as the service decides.
#include "diagnostics/IpRuleCheck.h"

#include <QTest>

using namespace kluis::core;
using V = IpRuleCheck::Verdict;

class TestIpRuleCheck : public QObject
{
    Q_OBJECT

private:
    static NetworkRules rules(const QStringList &ipRules)
    {
        NetworkRules result;
        result.defaultAction = QStringLiteral("Deny");
        result.ipRules = ipRules;
        return result;
    }

private Q_SLOTS:
    void refusesWhatKeyVaultRefuses_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<int>("verdict");
        QTest::newRow("public") << "203.0.113.10" << int(V::Ok);
        QTest::newRow("public /32") << "203.0.113.10/32" << int(V::Ok);
        QTest::newRow("public range") << "198.51.100.0/24" << int(V::Ok);
        QTest::newRow("ipv6") << "2001:db8::1" << int(V::NotIpv4);
        QTest::newRow("ipv6 range") << "2001:db8::/64" << int(V::NotIpv4);
        QTest::newRow("garbage") << "my laptop" << int(V::Invalid);
        QTest::newRow("bad prefix") << "203.0.113.10/33" << int(V::Invalid);
        QTest::newRow("/31") << "203.0.113.10/31" << int(V::NarrowRange);
        QTest::newRow("10/8") << "10.1.2.3" << int(V::Private);
        QTest::newRow("172.16/12") << "172.31.255.1" << int(V::Private);
        QTest::newRow("172.32 is public") << "172.32.0.1" << int(V::Ok);
        QTest::newRow("192.168/16") << "192.168.1.10" << int(V::Private);
        QTest::newRow("range over private") << "192.160.0.0/12" << int(V::Private);
        QTest::newRow("loopback") << "127.0.0.1" << int(V::Loopback);
        QTest::newRow("link-local") << "169.254.10.1" << int(V::LinkLocal);
        QTest::newRow("cgnat") << "100.64.0.1" << int(V::SharedAddress);
        QTest::newRow("cgnat end") << "100.127.255.254" << int(V::SharedAddress);
        QTest::newRow("100.128 is public") << "100.128.0.1" << int(V::Ok);
        QTest::newRow("multicast") << "224.0.0.251" << int(V::Multicast);
        QTest::newRow("reserved") << "240.0.0.1" << int(V::Reserved);
        QTest::newRow("broadcast") << "255.255.255.255" << int(V::Reserved);
        QTest::newRow("this network") << "0.0.0.0" << int(V::Reserved);
        QTest::newRow("everything") << "0.0.0.0/0" << int(V::Reserved);
    }

    void refusesWhatKeyVaultRefuses()
    {
        QFETCH(QString, candidate);
        QFETCH(int, verdict);
        const auto check = IpRuleCheck::check(candidate, rules({}));
        QCOMPARE(IpRuleCheck::verdictId(check.verdict),
                 IpRuleCheck::verdictId(static_cast<V>(verdict)));
        QCOMPARE(check.reason.isEmpty(), check.ok());
    }

    void singleAddressIsSentBare()
    {
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.10/32"), rules({})).rule,
                 QStringLiteral("203.0.113.10"));
        QCOMPARE(IpRuleCheck::check(QStringLiteral(" 203.0.113.10 "), rules({})).rule,
                 QStringLiteral("203.0.113.10"));
        // A range is sent as its network, as the service stores it.
        QCOMPARE(IpRuleCheck::check(QStringLiteral("198.51.100.7/24"), rules({})).rule,
                 QStringLiteral("198.51.100.0/24"));
        const auto narrow = IpRuleCheck::check(QStringLiteral("203.0.113.11/31"), rules({}));
        QVERIFY(narrow.reason.contains(QLatin1String("203.0.113.10")));
        QVERIFY(narrow.reason.contains(QLatin1String("203.0.113.11")));
    }

    void duplicatesWithAndWithoutSlash32()
    {
        const auto stored = rules({QStringLiteral("203.0.113.10/32")});
        for (const auto *candidate : {"203.0.113.10", "203.0.113.10/32"}) {
            const auto check = IpRuleCheck::check(QLatin1String(candidate), stored);
            QCOMPARE(check.verdict, V::Duplicate);
            QVERIFY(check.alreadyAllowed());
            QCOMPARE(check.existingRule, QStringLiteral("203.0.113.10/32"));
        }
        const auto bare = rules({QStringLiteral("203.0.113.10")});
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.10/32"), bare).verdict, V::Duplicate);
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.11"), bare).verdict, V::Ok);
    }

    void aWiderRuleAlreadyAllows()
    {
        const auto stored = rules({QStringLiteral("198.51.100.0/24")});
        const auto inside = IpRuleCheck::check(QStringLiteral("198.51.100.77"), stored);
        QCOMPARE(inside.verdict, V::AlreadyAllowed);
        QCOMPARE(inside.existingRule, QStringLiteral("198.51.100.0/24"));
        QVERIFY(inside.reason.contains(QLatin1String("198.51.100.0/24")));
        QCOMPARE(IpRuleCheck::check(QStringLiteral("198.51.100.128/25"), stored).verdict,
                 V::AlreadyAllowed);
        // A wider range than the rule is not covered by it.
        QCOMPARE(IpRuleCheck::check(QStringLiteral("198.51.0.0/16"), stored).verdict, V::Ok);
        QCOMPARE(IpRuleCheck::check(QStringLiteral("198.51.101.1"), stored).verdict, V::Ok);
    }

    void theRuleLimit()
    {
        QStringList many;
        for (int i = 0; i < IpRuleCheck::maxIpRules; ++i)
            many.append(QStringLiteral("198.51.%1.%2").arg(i / 250).arg(i % 250 + 1));
        const auto full = IpRuleCheck::check(QStringLiteral("203.0.113.10"), rules(many));
        QCOMPARE(full.verdict, V::LimitReached);
        QVERIFY(full.reason.contains(QString::number(IpRuleCheck::maxIpRules)));
        many.removeLast();
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.10"), rules(many)).verdict, V::Ok);
        // An address already allowed is no new rule, limit or not.
        many.append(QStringLiteral("203.0.113.10"));
        QCOMPARE(IpRuleCheck::check(QStringLiteral("203.0.113.10"), rules(many)).verdict,
                 V::Duplicate);
    }
};

QTEST_GUILESS_MAIN(TestIpRuleCheck)
#include "tst_iprulecheck.moc"
