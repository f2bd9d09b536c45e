// HttpPipeline::retryAfter: Retry-After (seconds or an HTTP date), retry-after-ms and
// x-ms-retry-after-ms, as "name: value" lines. A delay is never negative.
#include "net/HttpPipeline.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace kluis::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    HttpResponse response;
    response.status = 429;
    for (const auto &line : text.split('\n')) {
        const auto colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1)});
    }
    if (const auto delay = HttpPipeline::retryAfter(response); delay && delay->count() < 0)
        std::abort();
    return 0;
}
