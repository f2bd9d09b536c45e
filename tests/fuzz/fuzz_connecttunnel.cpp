// ConnectRequest::parse: what a local client sends the in-process CONNECT tunnel, fed whole and
// in two parts as it may arrive. Only a well-formed host:port comes out complete.
#include "net/LocalHostResolver.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace kluis::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto whole = ConnectRequest::parse(bytes);
    if (whole.state == ConnectRequest::State::Complete &&
        (whole.host.isEmpty() || !bytes.startsWith("CONNECT ")))
        std::abort();
    // The first part alone must not be taken for a complete request it is not.
    const auto first = ConnectRequest::parse(bytes.left(bytes.size() / 2));
    if (first.state == ConnectRequest::State::Complete && whole.host != first.host)
        std::abort();
    return 0;
}
