// Listings and answers that never end, or end badly: kluisctl (and the core under it) stops
// within seconds, with a bounded number of requests and bounded memory, and says why.
#include "HostileCloud.h"
#include "TestAwait.h"

#include "auth/ClientSecretCredential.h"
#include "clients/KeyVaultClient.h"
#include "net/HttpPipeline.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace kluis::core;
using Request = HostileServer::Request;
using Reply = HostileServer::Reply;

namespace {
// Lists go to /secrets (first page) and whatever nextLink the test hands out.
bool isListing(const Request &request)
{
    return request.hasAuthorization() && request.path() == "/secrets";
}

int listRequests(HostileCloud &cloud)
{
    int count = 0;
    for (const auto &request : cloud.requestsTo(cloud.vaultHost()))
        count += isListing(request) ? 1 : 0;
    return count;
}
} // namespace

class TestHostilePaging : public QObject
{
    Q_OBJECT

private:
    CliRun listSecrets(HostileCloud &cloud, int timeoutMs = 30000)
    {
        return runKluisctl({QStringLiteral("--cloud-file"), cloud.cloudFile(),
                            QStringLiteral("--json"), QStringLiteral("list"),
                            QStringLiteral("secrets"), QStringLiteral("--vault"),
                            QStringLiteral("hostile")},
                           cloud.environment(), timeoutMs);
    }
    static QByteArray item(const HostileCloud &cloud, const QByteArray &name)
    {
        return "{\"id\":\"" + cloud.vaultUrl().toLatin1() + "secrets/" + name +
               "\",\"attributes\":{\"enabled\":true}}";
    }

private Q_SLOTS:
    // The second reproduction: a page whose nextLink is the page itself.
    void aNextLinkThatRepeatsIsNotFollowedAgain_data()
    {
        QTest::addColumn<bool>("withItems");
        QTest::addColumn<bool>("cycle");
        QTest::newRow("empty page to itself") << false << false;
        QTest::newRow("a page with items to itself") << true << false;
        QTest::newRow("two pages in a circle") << true << true;
    }
    void aNextLinkThatRepeatsIsNotFollowedAgain()
    {
        QFETCH(bool, withItems);
        QFETCH(bool, cycle);
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        const QByteArray first = cloud.vaultUrl().toLatin1() + "secrets?api-version=7.6";
        const QByteArray second = first + "&$skiptoken=B";
        cloud.vault = [&](const Request &request) -> std::optional<Reply> {
            if (!isListing(request))
                return std::nullopt;
            const bool onSecond = request.target.contains("skiptoken=B");
            const QByteArray next =
                cycle ? (onSecond ? first : second) : (onSecond ? second : first);
            const QByteArray items = withItems
                                         ? QByteArray("[" + item(cloud, onSecond ? "b" : "a") + "]")
                                         : QByteArray("[]");
            return HostileServer::json(200,
                                       "{\"value\":" + items + ",\"nextLink\":\"" + next + "\"}");
        };
        const auto run = listSecrets(cloud);
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        QVERIFY2(listRequests(cloud) <= 3, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.error().value(QStringLiteral("code")).toString(),
                 QStringLiteral("NextLinkRepeated"));
        QVERIFY2(run.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("lead nowhere")),
                 qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < 10000, qPrintable(run.describe()));
    }

    // Work across vaults reads listings too: each command stops on the same repeating page,
    // names the vault and says why.
    void workAcrossVaultsStopsOnARepeatingPage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const auto vault = QStringLiteral("hostile");
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("db"),
                                               QStringLiteral("--vault"), vault};
        QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("expiry"),
                                               QStringLiteral("--vault"), vault};
        QTest::newRow("compare") << QStringList{QStringLiteral("compare"), QStringLiteral("--from"),
                                                vault, QStringLiteral("--to"), vault};
        QTest::newRow("copy") << QStringList{QStringLiteral("copy"),   QStringLiteral("--all"),
                                             QStringLiteral("--from"), vault,
                                             QStringLiteral("--to"),   vault};
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--vault"),
                                               vault};
    }
    void workAcrossVaultsStopsOnARepeatingPage()
    {
        QFETCH(QStringList, arguments);
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        const QByteArray page = cloud.vaultUrl().toLatin1() + "secrets?api-version=7.6";
        cloud.vault = [&](const Request &request) -> std::optional<Reply> {
            if (!isListing(request))
                return std::nullopt;
            return HostileServer::json(200, "{\"value\":[" + item(cloud, "db-password") +
                                                "],\"nextLink\":\"" + page + "\"}");
        };
        const auto run =
            runKluisctl(QStringList{QStringLiteral("--cloud-file"), cloud.cloudFile()} + arguments,
                        cloud.environment());
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < 10000, qPrintable(run.describe()));
        QVERIFY2(listRequests(cloud) <= 3, qPrintable(run.describe()));
        QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
        QVERIFY2(run.err.contains("lead nowhere"), qPrintable(run.describe()));
    }

    // Resource Manager lies about a vault's role assignments: pages that repeat themselves, or a
    // nextLink to another host. The access view stops, says so, and no token leaves the cloud.
    void accessStopsOnRoleAssignmentPagesThatLeadNowhere_data()
    {
        QTest::addColumn<bool>("foreign");
        QTest::newRow("repeating page") << false;
        QTest::newRow("foreign nextLink") << true;
    }
    void accessStopsOnRoleAssignmentPagesThatLeadNowhere()
    {
        QFETCH(bool, foreign);
        HostileCloud cloud;
        QVERIFY(cloud.isValid());
        const QByteArray vaultId =
            "/subscriptions/1111/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/hostile";
        int assignmentPages = 0;
        cloud.management = [&](const Request &request) -> std::optional<Reply> {
            const auto path = request.path();
            if (path == "/subscriptions")
                return HostileServer::json(
                    200, "{\"value\":[{\"subscriptionId\":\"1111\",\"displayName\":\"s\"}]}");
            if (path.endsWith("/providers/Microsoft.KeyVault/vaults"))
                return HostileServer::json(
                    200, "{\"value\":[{\"id\":\"" + vaultId +
                             "\",\"name\":\"hostile\",\"properties\":{\"vaultUri\":\"" +
                             cloud.vaultUrl().toLatin1() +
                             "\",\"enableRbacAuthorization\":true}}]}");
            if (path.endsWith("/roleAssignments")) {
                ++assignmentPages;
                const QByteArray next =
                    foreign ? QByteArray(QByteArray("https://evil.localhost:") +
                                         QByteArray::number(cloud.server().port()) +
                                         "/assignments?api-version=2022-04-01")
                            : QByteArray(cloud.managementUrl().toLatin1() + path.mid(1) +
                                         "?api-version=2022-04-01&%24filter=atScope()");
                return HostileServer::json(200, "{\"value\":[],\"nextLink\":\"" + next + "\"}");
            }
            return std::nullopt;
        };
        const auto run = runKluisctl({QStringLiteral("--cloud-file"), cloud.cloudFile(),
                                      QStringLiteral("--json"), QStringLiteral("access"),
                                      QStringLiteral("--vault"), QStringLiteral("hostile")},
                                     cloud.environment(), 30000);
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        QVERIFY2(assignmentPages <= 3, qPrintable(run.describe()));
        QCOMPARE(cloud.authorizedRequestsOutside(cloud.managementHost()), 0);
        QCOMPARE(cloud.requestsTo(QStringLiteral("evil.localhost")).size(), 0);
        // The rest of the view stands; the assignments say why they are missing.
        QCOMPARE(run.exitCode, 0);
        const auto view = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!view.value(QStringLiteral("roleAssignmentsError")).toString().isEmpty(),
                 qPrintable(run.describe()));
        QCOMPARE(view.value(QStringLiteral("roleAssignments")).toArray().size(), 0);
    }

    void endlessEmptyPagesStop()
    {
        HostileCloud cloud;
        int served = 0;
        cloud.vault = [&](const Request &request) -> std::optional<Reply> {
            if (!isListing(request))
                return std::nullopt;
            return HostileServer::json(
                200, "{\"value\":[],\"nextLink\":\"" + cloud.vaultUrl().toLatin1() +
                         "secrets?api-version=7.6&$skiptoken=" + QByteArray::number(++served) +
                         "\"}");
        };
        const auto run = listSecrets(cloud);
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        // 50 empty pages in a row are allowed (Key Vault does send some), not more.
        QVERIFY2(listRequests(cloud) >= 50 && listRequests(cloud) <= 52,
                 qPrintable(QString::number(listRequests(cloud)) + run.describe()));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.error().value(QStringLiteral("code")).toString(),
                 QStringLiteral("EmptyPagesEndless"));
        QVERIFY2(run.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("lead nowhere")),
                 qPrintable(run.describe()));
    }

    // Empty pages between full ones are normal: the listing goes on to the end.
    void emptyPagesBetweenItemsAreFollowed()
    {
        HostileCloud cloud;
        cloud.vault = [&](const Request &request) -> std::optional<Reply> {
            if (!isListing(request))
                return std::nullopt;
            const auto token = QUrlQuery(QUrl(QString::fromLatin1(request.target)))
                                   .queryItemValue(QStringLiteral("$skiptoken"))
                                   .toInt();
            const QByteArray items =
                token % 10 == 9
                    ? QByteArray("[" + item(cloud, "s" + QByteArray::number(token)) + "]")
                    : QByteArray("[]");
            const QByteArray next = token < 99 ? QByteArray("\"" + cloud.vaultUrl().toLatin1() +
                                                            "secrets?api-version=7.6&$skiptoken=" +
                                                            QByteArray::number(token + 1) + "\"")
                                               : QByteArray("null");
            return HostileServer::json(200, "{\"value\":" + items + ",\"nextLink\":" + next + "}");
        };
        const auto run = listSecrets(cloud);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(listRequests(cloud), 100);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 10);
    }

    void aNextLinkToAnotherHostIsNotFollowed()
    {
        HostileCloud cloud;
        cloud.vault = [&](const Request &request) -> std::optional<Reply> {
            if (!isListing(request))
                return std::nullopt;
            return HostileServer::json(
                200, "{\"value\":[" + item(cloud, "a") + "],\"nextLink\":\"" +
                         cloud.server().origin(QStringLiteral("evil.localhost")).toLatin1() +
                         "/secrets?api-version=7.6\"}");
        };
        const auto run = listSecrets(cloud);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.error().value(QStringLiteral("code")).toString(),
                 QStringLiteral("NextLinkOtherHost"));
        QVERIFY(cloud.requestsTo(QStringLiteral("evil.localhost")).isEmpty());
    }

    // The third reproduction: Content-Length 8 GiB; and a chunked body without end.
    void anEndlessBodyIsCutOff_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("Content-Length 8 GiB") << int(Reply::Body::EndlessLength);
        QTest::newRow("Content-Length 100 MB") << -1;
        QTest::newRow("chunked, never ending") << int(Reply::Body::EndlessChunked);
    }
    void anEndlessBodyIsCutOff()
    {
        QFETCH(int, mode);
        HostileCloud cloud;
        cloud.vault = [&](const Request &request) -> std::optional<Reply> {
            if (!isListing(request))
                return std::nullopt;
            Reply reply;
            reply.mode = mode < 0 ? Reply::Body::EndlessLength : Reply::Body(mode);
            if (mode < 0)
                reply.announcedLength = 100'000'000;
            return reply;
        };
        const auto run = listSecrets(cloud, 60000);
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        QVERIFY2(run.elapsedMs < 15000, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.error().value(QStringLiteral("code")).toString(),
                 QStringLiteral("ResponseTooLarge"));
        QVERIFY2(
            run.error().value(QStringLiteral("message")).toString().contains(cloud.vaultHost()),
            qPrintable(run.describe()));
        // Cut off: an announced length over the cap at once, a chunked body once the cap is
        // passed; and not asked for again.
        const auto streamed = cloud.server().streamedBytes;
        if (mode == int(Reply::Body::EndlessChunked))
            QVERIFY2(streamed >= HttpPipeline::MaxResponseBytes &&
                         streamed < HostileServer::StreamCeiling / 4,
                     qPrintable(QString::number(streamed)));
        else
            QVERIFY2(streamed < HttpPipeline::MaxResponseBytes,
                     qPrintable(QString::number(streamed)));
        QCOMPARE(listRequests(cloud), 1);
        // Bytes in flight (socket buffers, the server's own) are not the client's memory: its
        // resident size is.
        qInfo("streamed %lld bytes; kluisctl peak resident size %lld kB", streamed, run.peakRssKb);
        // AddressSanitizer keeps freed memory in quarantine (256 MB) beside its shadow memory.
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 ceilingKb = 1024 * 1024;
#else
        constexpr qint64 ceilingKb = 200 * 1024;
#endif
        QVERIFY2(run.peakRssKb < ceilingKb, qPrintable(QString::number(run.peakRssKb)));
    }

    // A body that arrives a byte at a time ends with the request's timeout, tried twice (a page
    // that stalled once is asked for again; one that trickles again is not).
    void aTrickleEndsWithTheTimeout()
    {
        HostileCloud cloud;
        cloud.vault = [&](const Request &request) -> std::optional<Reply> {
            if (!isListing(request))
                return std::nullopt;
            Reply reply;
            reply.mode = Reply::Body::Trickle;
            return reply;
        };
        QString error;
        const auto profile = CloudProfile::fromFile(cloud.cloudFile(), &error);
        QVERIFY2(profile, qPrintable(error));
        HttpPipeline pipeline(*profile);
        pipeline.setTimeout(std::chrono::milliseconds(2000));
        pipeline.setCredential(std::make_shared<ClientSecretCredential>(
            *profile, QString::fromLatin1(HostileCloud::tenant),
            QString::fromLatin1(HostileCloud::clientId),
            QString::fromLatin1(HostileCloud::clientSecret)));
        const KeyVaultClient client(&pipeline, QUrl(cloud.vaultUrl()));
        QElapsedTimer clock;
        clock.start();
        const auto page = await(client.list<SecretItem>());
        QVERIFY(!page);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(page.error().kind, AzureError::Kind::Transport);
        QVERIFY2(page.error().transportMessage.contains(cloud.vaultHost()),
                 qPrintable(page.error().detailedMessage()));
        QCOMPARE(listRequests(cloud), 2);
    }

    void aTruncatedPageIsAskedForAFewTimesThenFails_data()
    {
        QTest::addColumn<bool>("connectionCut");
        QTest::newRow("connection closed mid-body") << true;
        QTest::newRow("JSON cut short") << false;
    }
    void aTruncatedPageIsAskedForAFewTimesThenFails()
    {
        QFETCH(bool, connectionCut);
        HostileCloud cloud;
        cloud.vault = [&](const Request &request) -> std::optional<Reply> {
            if (!isListing(request))
                return std::nullopt;
            auto reply = HostileServer::json(200, "{\"value\":[" + item(cloud, "a") + ",{\"id\":");
            if (connectionCut)
                reply.mode = Reply::Body::Truncated;
            return reply;
        };
        const auto run = listSecrets(cloud, 60000);
        QVERIFY2(!run.timedOut, qPrintable(run.describe()));
        QVERIFY2(listRequests(cloud) >= 2 && listRequests(cloud) <= 5,
                 qPrintable(QString::number(listRequests(cloud))));
        QCOMPARE(run.exitCode, connectionCut ? 4 : 1);
        QVERIFY2(run.out.trimmed().isEmpty(), run.out.constData()); // no half list
    }

    void itemsThatAreNotObjectsAreRefused()
    {
        HostileCloud cloud;
        cloud.vault = [&](const Request &request) -> std::optional<Reply> {
            if (!isListing(request))
                return std::nullopt;
            return HostileServer::json(200, "{\"value\":[" + item(cloud, "a") +
                                                ",1,\"x\",null,[]],\"nextLink\":null}");
        };
        const auto run = listSecrets(cloud);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.error().value(QStringLiteral("kind")).toString(), QStringLiteral("parse"));
        QVERIFY2(run.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("not an object")),
                 qPrintable(run.describe()));
        QCOMPARE(listRequests(cloud), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostilePaging)
#include "tst_hostilepaging.moc"
