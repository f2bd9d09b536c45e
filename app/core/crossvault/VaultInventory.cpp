#include "crossvault/VaultInventory.h"

#include "net/PagingGuard.h"

namespace kluis::core {

namespace {

template<typename Item>
QCoro::Task<Status> readKind(NamedVault vault,
                             std::function<void(const QList<ObjectSummary> &)> page)
{
    PagingGuard guard;
    QUrl next;
    do {
        auto task = vault.client.list<Item>(next);
        auto read = co_await task;
        if (!read)
            co_return read.error();
        QList<ObjectSummary> summaries;
        summaries.reserve(read->items.size());
        for (const auto &item : read->items)
            summaries.append(ObjectSummary::from(vault.name, item));
        page(summaries);
        if (auto refused = guard.check(read->url, read->items.size(), read->nextLink))
            co_return *refused;
        next = read->nextLink;
    } while (!next.isEmpty());
    co_return Done{};
}

} // namespace

QCoro::Task<Status> readInventory(NamedVault vault,
                                  std::function<void(const QList<ObjectSummary> &)> page,
                                  QList<ObjectKind> kinds)
{
    for (const auto kind : kinds) {
        QCoro::Task<Status> task = kind == ObjectKind::Secret ? readKind<SecretItem>(vault, page)
                                   : kind == ObjectKind::Key
                                       ? readKind<KeyItem>(vault, page)
                                       : readKind<CertificateItem>(vault, page);
        auto read = co_await task;
        if (!read)
            co_return read.error();
    }
    co_return Done{};
}

QCoro::Task<QString> currentVersion(KeyVaultClient client, ObjectSummary object)
{
    if (object.kind == ObjectKind::Key) {
        auto task = client.getKey(object.name);
        auto key = co_await task;
        co_return key ? key->version : QString();
    }
    if (object.kind == ObjectKind::Certificate) {
        auto task = client.getCertificate(object.name);
        auto certificate = co_await task;
        co_return certificate ? certificate->version : QString();
    }
    PagingGuard guard;
    QUrl next;
    do {
        auto task = client.listVersions<SecretItem>(object.name, next);
        auto page = co_await task;
        if (!page)
            co_return QString();
        for (const auto &version : page->items) {
            if (version.attributes.created == object.attributes.created &&
                version.attributes.updated == object.attributes.updated)
                co_return version.version;
        }
        if (guard.check(page->url, page->items.size(), page->nextLink))
            co_return QString();
        next = page->nextLink;
    } while (!next.isEmpty());
    co_return QString();
}

QCoro::Task<Result<QList<ObjectSummary>>> inventory(NamedVault vault, QList<ObjectKind> kinds)
{
    QList<ObjectSummary> all;
    auto task = readInventory(
        std::move(vault), [&all](const QList<ObjectSummary> &page) { all.append(page); },
        std::move(kinds));
    auto read = co_await task;
    if (!read)
        co_return read.error();
    co_return all;
}

} // namespace kluis::core
