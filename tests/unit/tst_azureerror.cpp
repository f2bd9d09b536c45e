#include "common/AzureError.h"

#include <QTest>

using kluis::core::AzureError;

class TestAzureError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAFirewallRefusal()
    {
        const QByteArray body =
            "{\"error\":{\"code\":\"Forbidden\",\"message\":\"Client address is not authorized "
            "and caller is not a trusted service.\\r\\nClient address: 198.51.100.23 from unknown "
            "subnet\\r\\nCaller: appid=11111111-2222-3333-4444-555555555555;oid=66666666-7777-"
            "8888-9999-000000000000;numgroups=3;iss=https://sts.windows.net/72f988bf-86f1-41af-"
            "91ab-2d7cd011db47/\\r\\nVault: payments-kv;location=westeurope\",\"innererror\":{"
            "\"code\":\"ForbiddenByFirewall\"}}}";
        const auto error = AzureError::http(403, body, "0c5b1c3e-1111-2222-3333-444455556666");
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.code, QStringLiteral("Forbidden"));
        QCOMPARE(error.innerCode, QStringLiteral("ForbiddenByFirewall"));
        QCOMPARE(error.clientAddress, QStringLiteral("198.51.100.23"));
        QCOMPARE(error.requestId, QStringLiteral("0c5b1c3e-1111-2222-3333-444455556666"));
        QVERIFY(error.isFirewall());
        QVERIFY(error.shortMessage().contains(QLatin1String("198.51.100.23")));
        QVERIFY(!error.shortMessage().contains(QLatin1Char('\n')));
        const auto details = error.detailedMessage();
        QVERIFY(details.contains(QLatin1String("ForbiddenByFirewall")));
        QVERIFY(details.contains(QLatin1String("Vault: payments-kv;location=westeurope")));
        QVERIFY(details.contains(QLatin1String("0c5b1c3e")));
    }

    void readsAnIpv6ClientAddress()
    {
        const auto error = AzureError::http(
            403,
            "{\"error\":{\"code\":\"Forbidden\",\"message\":\"Client address is not authorized and "
            "caller is not a trusted service.\\r\\nClient address: 2001:db8::17\\r\\nVault: v\","
            "\"innererror\":{\"code\":\"ForbiddenByFirewall\"}}}");
        QCOMPARE(error.clientAddress, QStringLiteral("2001:db8::17"));
    }

    void tellsPublicAccessDisabledFromPermissions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("innerCode");
        QTest::addColumn<bool>("firewall");
        QTest::newRow("public access disabled")
            << QByteArray("{\"error\":{\"code\":\"Forbidden\",\"message\":\"Public network access "
                          "is disabled and request is not from a trusted service nor via an "
                          "approved private link.\\r\\nCaller: appid=1;oid=2\\r\\nVault: "
                          "private-kv;location=westeurope\",\"innererror\":{\"code\":"
                          "\"ForbiddenByConnection\"}}}")
            << QStringLiteral("ForbiddenByConnection") << true;
        QTest::newRow("access policy")
            << QByteArray("{\"error\":{\"code\":\"Forbidden\",\"message\":\"The user, group or "
                          "application 'appid=1;oid=2;iss=https://sts.windows.net/t/' does not "
                          "have secrets list permission on key vault 'dev-kv;location=westeurope'"
                          ". For help resolving this issue, please see "
                          "https://go.microsoft.com/fwlink/?linkid=2125287\",\"innererror\":{"
                          "\"code\":\"AccessDenied\"}}}")
            << QStringLiteral("AccessDenied") << false;
        QTest::newRow("rbac, nested innererror")
            << QByteArray("{\"error\":{\"code\":\"Forbidden\",\"message\":\"Caller is not "
                          "authorized to perform action on resource.\\r\\nIf role assignments, "
                          "deny assignments or role definitions were changed recently, please "
                          "observe propagation time.\\r\\nCaller: appid=1;oid=2\\r\\nAction: "
                          "'Microsoft.KeyVault/vaults/secrets/getSecret/action'\\r\\nResource: "
                          "'/subscriptions/s/resourcegroups/rg/providers/microsoft.keyvault/"
                          "vaults/dev-kv/secrets/db'\\r\\nAssignment: (not found)\\r\\n"
                          "DecisionReason: 'DeniedWithNoValidRBAC'\\r\\nVault: "
                          "dev-kv;location=westeurope\",\"innererror\":{\"code\":\"Forbidden\","
                          "\"innererror\":{\"code\":\"ForbiddenByRbac\"}}}}")
            << QStringLiteral("ForbiddenByRbac") << false;
    }

    void tellsPublicAccessDisabledFromPermissions()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, innerCode);
        QFETCH(bool, firewall);
        const auto error = AzureError::http(403, body);
        QCOMPARE(error.innerCode, innerCode);
        QCOMPARE(error.isFirewall(), firewall);
        QVERIFY(error.isForbidden());
        QVERIFY(error.clientAddress.isEmpty());
        QVERIFY(!error.shortMessage().isEmpty());
    }

    void readsNotFoundAndThrottling()
    {
        const auto notFound = AzureError::http(
            404, "{\"error\":{\"code\":\"SecretNotFound\",\"message\":\"A secret with (name/id) "
                 "db-password was not found in this key vault. If you recently deleted this "
                 "secret you may be able to recover it using the correct recovery command.\"}}");
        QVERIFY(notFound.isNotFound());
        QCOMPARE(notFound.code, QStringLiteral("SecretNotFound"));
        QVERIFY(notFound.innerCode.isEmpty());
        QVERIFY(notFound.shortMessage().startsWith(
            QLatin1String("A secret with (name/id) db-password")));

        const auto throttled = AzureError::http(
            429,
            "{\"error\":{\"code\":\"Throttled\",\"message\":\"Request was not processed "
            "because too many requests were received. Reason: VaultRequestTypeLimitReached\"}}");
        QVERIFY(throttled.isThrottled());
        QCOMPARE(throttled.code, QStringLiteral("Throttled"));
    }

    void keepsABodyThatIsNotJson()
    {
        const auto error =
            AzureError::http(502, "<html><body>Bad gateway from proxy</body></html>");
        QVERIFY(error.code.isEmpty());
        QVERIFY(error.message.contains(QLatin1String("Bad gateway")));
        QVERIFY(error.shortMessage().contains(QLatin1String("502")));
    }

    void describesTransportFailures()
    {
        const auto error =
            AzureError::transport(QNetworkReply::HostNotFoundError,
                                  QStringLiteral("Host demo.vault.azure.net not found"));
        QCOMPARE(error.kind, AzureError::Kind::Transport);
        QVERIFY(!error.isFirewall());
        QVERIFY(error.shortMessage().contains(QLatin1String("demo.vault.azure.net")));
        QVERIFY(error.detailedMessage().contains(
            QString::number(int(QNetworkReply::HostNotFoundError))));
    }

    void parsesTheNetworkInfoHeader()
    {
        QCOMPARE(kluis::core::parseNetworkInfoAddress(
                     "conn_type=Ipv4;addr=203.0.113.9;act_addr_fam=InterNetwork;"),
                 QStringLiteral("203.0.113.9"));
        QVERIFY(kluis::core::parseNetworkInfoAddress("").isEmpty());
        QCOMPARE(kluis::core::innermostErrorCode(
                     "{\"error\":{\"code\":\"Conflict\",\"innererror\":{\"code\":"
                     "\"ObjectIsDeletedButRecoverable\"}}}"),
                 QStringLiteral("ObjectIsDeletedButRecoverable"));
    }
};

QTEST_GUILESS_MAIN(TestAzureError)
#include "tst_azureerror.moc"
