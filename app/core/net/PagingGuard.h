#pragma once

#include "common/AzureError.h"

#include <QByteArray>
#include <QSet>
#include <QUrl>

#include <optional>

namespace kluis::core {

// Every paging loop asks this before following a nextLink, so a server that keeps answering
// with pages that lead nowhere is stopped after a bounded number of requests: a nextLink already
// read in this listing is refused (NextLinkRepeated), a run of empty pages with next links ends
// the listing (EmptyPagesEndless; Key Vault does send some empty pages, not this many), and no
// listing reads more than MaxPages pages (TooManyPages). One guard per listing.
class PagingGuard
{
public:
    static constexpr int MaxEmptyPagesInARow = 50;
    static constexpr int MaxPages = 20000; // 500,000 items at Key Vault's 25 a page

    // Called for each page read: the URL it was read from, how many items it held and its
    // nextLink. An error when the nextLink must not be followed; nothing when it may be (or
    // when there is none).
    std::optional<AzureError> check(const QUrl &pageUrl, qsizetype items, const QUrl &nextLink);
    int pages() const { return m_pages; }

private:
    static QByteArray key(const QUrl &url);

    QSet<QByteArray> m_read; // SHA-1 of every page URL read
    int m_pages = 0;
    int m_emptyInARow = 0;
};

} // namespace kluis::core
