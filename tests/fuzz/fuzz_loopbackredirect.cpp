// parseLoopbackRedirect: what any local process may send the browser sign-in's listener. Only a
// GET that carries this sign-in's state exactly yields a code or an error.
#include "auth/LoopbackRedirect.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace kluis::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray state("expected-state-value");
    const auto redirect = parseLoopbackRedirect(bytes, state);
    const bool accepted = redirect.kind == LoopbackRedirect::Kind::Code ||
                          redirect.kind == LoopbackRedirect::Kind::Failed ||
                          redirect.kind == LoopbackRedirect::Kind::NoCode;
    if (accepted && (!bytes.startsWith("GET /") || !bytes.contains("state=")))
        std::abort();
    if (redirect.kind == LoopbackRedirect::Kind::Code && redirect.code.isEmpty())
        std::abort();
    // Another sign-in's state never passes for this one.
    if (accepted && parseLoopbackRedirect(bytes, "another-state-value").kind !=
                        LoopbackRedirect::Kind::ForeignState)
        std::abort();
    return 0;
}
