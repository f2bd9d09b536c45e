// CertificateInfo: DER and PEM certificates (a vault's `cer`, files the user opens), and the
// chain ordering of several.
#include "certificates/CertificateInfo.h"

#include <cstddef>
#include <cstdint>

using namespace kluis::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    if (const auto one = CertificateInfo::fromDer(bytes)) {
        (void)one->expiry(now);
        (void)one->daysUntilExpiry(now);
        (void)one->x5t();
        (void)one->toPem();
        (void)one->isIssuedBy(one.value());
    }
    if (const auto all = CertificateInfo::fromData(bytes)) {
        const auto ordered = CertificateInfo::orderChain(all.value());
        for (const auto &certificate : ordered)
            (void)certificate.expiry(now);
    }
    return 0;
}
