#pragma once

#include <QString>

#include <optional>

namespace kluis::emulator {

// The position a list page ends at, carried opaquely in the next link's $skiptoken: the sort
// key of the last item served (so a page continues after it even when items were added or
// removed meanwhile), how many items were served so far, and whether the empty page due at
// this position was already given.
struct PageToken
{
    QString after;
    int served = 0;
    bool emptyGiven = false;

    QString encode() const;
    static std::optional<PageToken> decode(const QString &text);

    // The service now and then answers a page with no items but a next link; the emulator
    // does so deterministically each time a page would start at a multiple of 100 items.
    bool dueForEmptyPage() const { return served > 0 && served % 100 == 0 && !emptyGiven; }
};

} // namespace kluis::emulator
