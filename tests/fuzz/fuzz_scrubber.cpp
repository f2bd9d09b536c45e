// The support bundle's scrubber: Scrubber::scrub on text and on a diagnosis (JSON) put in
// a bundle. No JWT and no bearer value survives it.
#include "diagnostics/Scrubber.h"
#include "diagnostics/SupportBundle.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kluis::core;

namespace {
void checkClean(const QString &text)
{
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*[A-Za-z0-9_-]"));
    static const QRegularExpression bearer(QStringLiteral("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]"));
    for (const auto *pattern : {&jwt, &bearer}) {
        if (const auto match = pattern->match(text); match.hasMatch()) {
            std::fprintf(stderr, "left in the scrubbed text: %s\n", qPrintable(match.captured()));
            std::abort();
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkClean(Scrubber::scrub(QString::fromUtf8(bytes)));
    const auto diagnosis = QJsonDocument::fromJson(bytes).object();
    if (!diagnosis.isEmpty()) {
        SupportBundle bundle;
        bundle.setDiagnosis(diagnosis, QString::fromUtf8(bytes));
        checkClean(QString::fromUtf8(QJsonDocument(bundle.toJson()).toJson()));
    }
    return 0;
}
