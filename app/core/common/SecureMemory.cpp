#include "common/SecureMemory.h"

#include <openssl/crypto.h>

namespace kluis::core {

bool wipe(QByteArray &data)
{
    if (data.isEmpty()) {
        data.clear();
        return true;
    }
    if (!data.isDetached()) {
        data.clear();
        return false;
    }
    // data() would detach (copy) a shared buffer; it is ours alone here.
    OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
    data.resize(0); // keeps the (now zeroed) allocation until `data` goes
    return true;
}

bool wipe(QString &text)
{
    if (text.isEmpty()) {
        text.clear();
        return true;
    }
    if (!text.isDetached()) {
        text.clear();
        return false;
    }
    OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.resize(0);
    return true;
}

} // namespace kluis::core
