#include "PageWalk.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

QNetworkRequest requestFor(const PageWalk::Target &target, const QString &page)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(target.port).arg(page)));
    request.setPeerVerifyName(target.host);
    request.setRawHeader("Host",
                         QStringLiteral("%1:%2").arg(target.host).arg(target.port).toLatin1());
    request.setRawHeader("Authorization", "Bearer " + target.token);
    request.setSslConfiguration(target.tls);
    return request;
}

// The next page's path?query, or empty at the end.
QString nextPage(const QJsonObject &page)
{
    const QUrl next(page.value(QStringLiteral("nextLink")).toString());
    if (next.isEmpty())
        return {};
    return next.path(QUrl::FullyEncoded) + QLatin1Char('?') + next.query(QUrl::FullyEncoded);
}

} // namespace

PageWalk::PageWalk(Target target)
    : m_target(std::move(target))
{}

PageWalk::Result PageWalk::walk(const QString &firstPage, int walkers)
{
    Result result;
    // The first walker's pages: where each was asked for and how many items it held.
    std::vector<std::pair<QString, qsizetype>> trail;
    qsizetype fullPage = 0;
    int running = walkers;
    QEventLoop loop;
    QElapsedTimer clock;
    std::function<void(int, QString)> fetch = [&](int walker, QString page) {
        auto *reply = m_network.get(requestFor(m_target, page));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, walker, page, reply] {
            reply->deleteLater();
            const auto body = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() != QNetworkReply::NoError) {
                ++result.errors;
                if (--running == 0)
                    loop.quit();
                return;
            }
            const auto items = body.value(QStringLiteral("value")).toArray().size();
            ++result.pages;
            result.items += items;
            fullPage = std::max(fullPage, items);
            if (walker == 0)
                trail.emplace_back(page, items);
            const auto next = nextPage(body);
            if (next.isEmpty()) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            fetch(walker, next);
        });
    };
    clock.start();
    for (int i = 0; i < walkers; ++i)
        fetch(i, firstPage);
    loop.exec();
    result.seconds = clock.nsecsElapsed() / 1e9;
    // The emulator gives an empty page now and then: take a full one.
    for (auto i = trail.size() * 9 / 10; i < trail.size(); ++i) {
        if (trail[i].second == fullPage) {
            result.deepPage = trail[i].first;
            break;
        }
    }
    return result;
}

double PageWalk::medianLatencyMs(const QString &page, int times)
{
    std::vector<double> latencies;
    for (int i = 0; i < times; ++i) {
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        auto *reply = m_network.get(requestFor(m_target, page));
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->readAll();
        const bool ok = reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        if (!ok)
            return -1;
        latencies.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    return latencies.empty() ? -1 : latencies[latencies.size() / 2];
}
