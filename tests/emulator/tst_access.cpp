#include "access/Cidr.h"
#include "access/NetworkAccess.h"
#include "access/Throttle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kluis::emulator;

namespace {

Vault firewalledVault(const QString &defaultAction, const QStringList &rules,
                      const QString &publicAccess = QStringLiteral("Enabled"))
{
    Vault vault;
    vault.name = QStringLiteral("payments-kv");
    vault.location = QStringLiteral("westeurope");
    QJsonArray ipRules;
    for (const auto &rule : rules)
        ipRules.append(QJsonObject{{QStringLiteral("value"), rule}});
    vault.properties =
        QJsonObject{{QStringLiteral("publicNetworkAccess"), publicAccess},
                    {QStringLiteral("networkAcls"),
                     QJsonObject{{QStringLiteral("defaultAction"), defaultAction},
                                 {QStringLiteral("bypass"), QStringLiteral("AzureServices")},
                                 {QStringLiteral("ipRules"), ipRules}}}};
    return vault;
}

TokenClaims caller()
{
    TokenClaims claims;
    claims.tenantId = QStringLiteral("7f3c1a52-4e1d-4b8e-9c2a-5d6e8f9a0b1c");
    claims.appId = QStringLiteral("3c7d9a1e-2b4f-4c6d-8e0f-1a2b3c4d5e6f");
    claims.objectId = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
    return claims;
}

QJsonObject errorOf(const ApiResponse &response)
{
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(QStringLiteral("error"))
        .toObject();
}

QByteArray header(const ApiResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

// The vault firewall's building blocks: CIDR ranges, the two network gates, throttling.
class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("bare v4") << "203.0.113.10"
                                 << "203.0.113.10/32";
        QTest::newRow("v4 /24") << "198.51.100.0/24"
                                << "198.51.100.0/24";
        QTest::newRow("v4 /0") << "0.0.0.0/0"
                               << "0.0.0.0/0";
        QTest::newRow("v4 /32") << "1.2.3.4/32"
                                << "1.2.3.4/32";
        QTest::newRow("zero octets") << "100.0.0.0/8"
                                     << "100.0.0.0/8";
        QTest::newRow("bare v6") << "2001:db8::1"
                                 << "2001:db8::1/128";
        QTest::newRow("v6 /64") << "2001:db8:abcd:12::/64"
                                << "2001:db8:abcd:12::/64";
    }
    void parsesValidRanges()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        const auto cidr = Cidr::parse(text);
        QVERIFY2(cidr, qPrintable(text));
        QCOMPARE(cidr->toString(), normalized);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"",
                                "1.2.3",
                                "1.2.3.4.5",
                                "1.2.3.4/33",
                                "1.2.3.4/-1",
                                "1.2.3.4/",
                                "1.2.3.4/08",
                                "1.2.3.4/+8",
                                "256.1.1.1",
                                "01.2.3.4",
                                "1.2.3.04",
                                "1..3.4",
                                " 1.2.3.4",
                                "1.2.3.4 ",
                                "1.2.3.4/24/1",
                                "a.b.c.d",
                                "0x7f.0.0.1",
                                "1.2.3.4/3 2",
                                "::1/129",
                                "fe80::1%eth0",
                                "[2001:db8::1]",
                                "2001:db8::g",
                                "1.2.3.4\n",
                                "１.2.3.4"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY2(!Cidr::parse(text), qPrintable(text));
    }

    void matchesAddressesAtTheEdges_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("inside");
        QTest::newRow("first") << "198.51.100.0/24"
                               << "198.51.100.0" << true;
        QTest::newRow("last") << "198.51.100.0/24"
                              << "198.51.100.255" << true;
        QTest::newRow("below") << "198.51.100.0/24"
                               << "198.51.99.255" << false;
        QTest::newRow("above") << "198.51.100.0/24"
                               << "198.51.101.0" << false;
        QTest::newRow("host bits in rule") << "198.51.100.77/24"
                                           << "198.51.100.1" << true;
        QTest::newRow("single") << "203.0.113.10"
                                << "203.0.113.10" << true;
        QTest::newRow("single, neighbour") << "203.0.113.10"
                                           << "203.0.113.11" << false;
        QTest::newRow("/31 pair") << "203.0.113.10/31"
                                  << "203.0.113.11" << true;
        QTest::newRow("everything") << "0.0.0.0/0"
                                    << "8.8.8.8" << true;
        QTest::newRow("mapped v4 peer") << "203.0.113.0/24"
                                        << "::ffff:203.0.113.9" << true;
        QTest::newRow("v6 peer, v4 rule") << "0.0.0.0/0"
                                          << "2001:db8::1" << false;
        QTest::newRow("v6 inside") << "2001:db8::/32"
                                   << "2001:db8:ffff::1" << true;
        QTest::newRow("v6 outside") << "2001:db8::/32"
                                    << "2001:db9::1" << false;
        QTest::newRow("v4 peer, v6 rule") << "::/0"
                                          << "1.2.3.4" << false;
    }
    void matchesAddressesAtTheEdges()
    {
        QFETCH(QString, range);
        QFETCH(QString, address);
        QFETCH(bool, inside);
        const auto cidr = Cidr::parse(range);
        QVERIFY(cidr);
        QCOMPARE(cidr->contains(QHostAddress(address)), inside);
    }

    void openVaultAdmitsEveryone()
    {
        const auto vault = firewalledVault(QStringLiteral("Allow"), {});
        QVERIFY(!NetworkAccess::check(vault, QHostAddress(QStringLiteral("8.8.8.8")), caller()));
    }

    void firewallRefusesAddressOutsideRulesWithServiceMessage()
    {
        const auto vault =
            firewalledVault(QStringLiteral("Deny"), {QStringLiteral("198.51.100.0/24")});
        const auto refusal =
            NetworkAccess::check(vault, QHostAddress(QStringLiteral("203.0.113.10")), caller());
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 403);
        const auto error = errorOf(*refusal);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
        QCOMPARE(error.value(QStringLiteral("innererror"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ForbiddenByFirewall"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Client address is not authorized and caller is not a trusted "
                                "service.\r\nClient address: 203.0.113.10\r\nCaller: "
                                "appid=3c7d9a1e-2b4f-4c6d-8e0f-1a2b3c4d5e6f;oid=0a1b2c3d-0000-4000-"
                                "8000-000000000001;iss=https:/"
                                "/sts.windows.net/7f3c1a52-4e1d-4b8e-9c2a-5d6e8f9a0b1c/\r\n"
                                "Vault: payments-kv;location=westeurope"));
    }

    void firewallQuotesMappedPeerAsIPv4()
    {
        const auto vault = firewalledVault(QStringLiteral("Deny"), {});
        const auto refusal =
            NetworkAccess::check(vault, QHostAddress(QStringLiteral("::ffff:127.0.0.1")), caller());
        QVERIFY(refusal);
        QVERIFY(errorOf(*refusal)
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Client address: 127.0.0.1\r\n")));
    }

    void firewallAdmitsAddressInsideAnyRule()
    {
        const auto vault =
            firewalledVault(QStringLiteral("Deny"),
                            {QStringLiteral("198.51.100.0/24"), QStringLiteral("203.0.113.10/32")});
        QVERIFY(
            !NetworkAccess::check(vault, QHostAddress(QStringLiteral("203.0.113.10")), caller()));
        QVERIFY(
            !NetworkAccess::check(vault, QHostAddress(QStringLiteral("198.51.100.200")), caller()));
        QVERIFY(
            NetworkAccess::check(vault, QHostAddress(QStringLiteral("203.0.113.11")), caller()));
    }

    void disabledPublicAccessRefusesEvenListedAddresses()
    {
        const auto vault = firewalledVault(
            QStringLiteral("Allow"), {QStringLiteral("203.0.113.10")}, QStringLiteral("Disabled"));
        const auto refusal =
            NetworkAccess::check(vault, QHostAddress(QStringLiteral("203.0.113.10")), caller());
        QVERIFY(refusal);
        QCOMPARE(refusal->status, 403);
        const auto error = errorOf(*refusal);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("Forbidden"));
        QCOMPARE(error.value(QStringLiteral("innererror"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("ForbiddenByConnection"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Public network access is disabled and request is not from a "
                                "trusted service nor via an approved private link.\r\nCaller: "
                                "appid=3c7d9a1e-2b4f-4c6d-8e0f-1a2b3c4d5e6f;oid=0a1b2c3d-0000-4000-"
                                "8000-000000000001;iss=https:/"
                                "/sts.windows.net/7f3c1a52-4e1d-4b8e-9c2a-5d6e8f9a0b1c/\r\n"
                                "Vault: payments-kv;location=westeurope"));
    }

    void throttleRefusesOverLimitWithRetryAfter()
    {
        qint64 now = 100000;
        Throttle throttle(3, true);
        throttle.setClock([&] { return now; });
        QVERIFY(!throttle.admit(QStringLiteral("demo")));
        now += 2500;
        QVERIFY(!throttle.admit(QStringLiteral("demo")));
        QVERIFY(!throttle.admit(QStringLiteral("DEMO")));
        now += 1000;
        const auto refused = throttle.admit(QStringLiteral("demo"));
        QVERIFY(refused);
        QCOMPARE(refused->status, 429);
        const auto error = errorOf(*refused);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("Throttled"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Request was not processed because too many requests were "
                                "received. Reason: VaultRequestTypeLimitReached"));
        // The first request leaves the window 10 s after it came: 6.5 s from now, rounded up.
        QCOMPARE(header(*refused, "Retry-After"), QByteArray("7"));
        // Another vault has its own window.
        QVERIFY(!throttle.admit(QStringLiteral("payments-kv")));
        now += 6499;
        QVERIFY(throttle.admit(QStringLiteral("demo")));
        QCOMPARE(header(*throttle.admit(QStringLiteral("demo")), "Retry-After"), QByteArray("1"));
        now += 1;
        QVERIFY(!throttle.admit(QStringLiteral("demo")));
        QVERIFY(throttle.admit(QStringLiteral("demo")));
    }

    void throttleCanOmitRetryAfter()
    {
        qint64 now = 0;
        Throttle throttle(1, false);
        throttle.setClock([&] { return now; });
        QVERIFY(!throttle.admit(QStringLiteral("demo")));
        const auto refused = throttle.admit(QStringLiteral("demo"));
        QVERIFY(refused);
        QCOMPARE(refused->status, 429);
        QVERIFY(!refused->hasHeader("Retry-After"));
    }

    void throttleWithRealClockAdmitsUpToTheLimit()
    {
        Throttle throttle(4000, true);
        for (int i = 0; i < 4000; ++i)
            QVERIFY(!throttle.admit(QStringLiteral("demo")));
        const auto refused = throttle.admit(QStringLiteral("demo"));
        QVERIFY(refused);
        const int seconds = header(*refused, "Retry-After").toInt();
        QVERIFY(seconds >= 1 && seconds <= 10);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
