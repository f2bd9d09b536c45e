#pragma once

#include "crossvault/ObjectSummary.h"
#include "crossvault/ReportTable.h"

namespace kluis::core {

// A vault's metadata as a table for CSV or JSON: every secret, key and certificate with its
// state, content type, tags and dates. Never a value.
class MetadataExport
{
public:
    // Columns: kind, name, enabled, contentType, tags (JSON object text), notBefore, expires,
    // created, updated (ISO 8601 UTC), managed ("true" for a certificate's key or secret).
    static ReportTable table(const QList<ObjectSummary> &objects);
};

} // namespace kluis::core
