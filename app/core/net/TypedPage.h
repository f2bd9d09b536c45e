#pragma once

#include "net/HttpPipeline.h"

namespace kluis::core {

template<typename T> struct ItemPage;

// One page of a {"value": [...], "nextLink": ...} listing read as items of T (T::fromJson of
// each element): the one typed-page step of ArmClient and KeyVaultClient.
template<typename T>
QCoro::Task<Result<ItemPage<T>>> typedPage(QPointer<HttpPipeline> pipeline, HttpRequest request,
                                           QUrl origin)
{
    if (!pipeline)
        co_return AzureError::cancelled();
    auto page = co_await pipeline->getPage(std::move(request), origin);
    if (!page)
        co_return page.error();
    ItemPage<T> result;
    result.nextLink = page->nextLink;
    result.url = page->url;
    for (const auto &value : page->items)
        result.items.append(T::fromJson(value.toObject()));
    co_return result;
}

} // namespace kluis::core
