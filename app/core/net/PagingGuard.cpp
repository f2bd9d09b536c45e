#include "net/PagingGuard.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace kluis::core {

QByteArray PagingGuard::key(const QUrl &url)
{
    // Key Vault's links carry :443; the first page's URL does not.
    auto normal = url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment);
    if (normal.port() == (normal.scheme() == QLatin1String("http") ? 80 : 443))
        normal.setPort(-1);
    return QCryptographicHash::hash(normal.toEncoded(), QCryptographicHash::Sha1);
}

std::optional<AzureError> PagingGuard::check(const QUrl &pageUrl, qsizetype items,
                                             const QUrl &nextLink)
{
    ++m_pages;
    m_read.insert(key(pageUrl));
    m_emptyInARow = items == 0 ? m_emptyInARow + 1 : 0;
    if (nextLink.isEmpty())
        return std::nullopt;
    const auto host = pageUrl.host();
    QString message;
    QString code;
    if (m_read.contains(key(nextLink))) {
        message = QCoreApplication::translate(
                      "PagingGuard",
                      "%1 kept answering with pages that lead nowhere: a next link pointed back "
                      "to a page already read. The listing was stopped after %n page(s).",
                      nullptr, m_pages)
                      .arg(host);
        code = QStringLiteral("NextLinkRepeated");
    } else if (m_emptyInARow >= MaxEmptyPagesInARow) {
        message = QCoreApplication::translate(
                      "PagingGuard",
                      "%1 kept answering with pages that lead nowhere: %n empty pages in a row, "
                      "each with a next link. The listing was stopped.",
                      nullptr, m_emptyInARow)
                      .arg(host);
        code = QStringLiteral("EmptyPagesEndless");
    } else if (m_pages >= MaxPages) {
        message = QCoreApplication::translate(
                      "PagingGuard",
                      "%1 kept answering with more pages; the listing was stopped after %n "
                      "pages, the most Kluis reads in one listing.",
                      nullptr, m_pages)
                      .arg(host);
        code = QStringLiteral("TooManyPages");
    } else {
        return std::nullopt;
    }
    auto error = AzureError::parse(message);
    error.code = code;
    error.url = pageUrl.adjusted(QUrl::RemoveQuery);
    return error;
}

} // namespace kluis::core
