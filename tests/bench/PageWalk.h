#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>

// Follows a kluis-emulator list from its first page to the end over HTTPS (loopback, the
// host name kept for Host and the certificate check), as a client does, timing each page: what
// emulator_list_pages and list_scaling report as pages per second and as first-page and
// deep-page latency. Benchmarks only: it blocks in a local event loop.
class PageWalk
{
public:
    struct Target
    {
        QString host; // e.g. big.vault.localhost
        int port = 0;
        QByteArray token;
        QSslConfiguration tls;
    };

    struct Result
    {
        qint64 pages = 0;
        qint64 items = 0;
        qint64 errors = 0;
        double seconds = 0;
        // A full page at 90 % of the list (path?query), for deepLatencyMs.
        QString deepPage;
    };

    explicit PageWalk(Target target);

    // `walkers` clients walk the whole list at once, each from firstPage (path?query) to the
    // end; pages per second is pages / seconds.
    Result walk(const QString &firstPage, int walkers);
    // The median time in ms to fetch one page (path?query) on its own, over `times` tries.
    double medianLatencyMs(const QString &page, int times);

private:
    Target m_target;
    QNetworkAccessManager m_network;
};
