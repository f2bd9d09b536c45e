#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kluis::core {

// A report as rows of text under named columns, written out as CSV, JSON or Markdown: what the
// window exports and kluisctl prints are the same table.
struct ReportTable
{
    QStringList columns; // machine names: the CSV header, the JSON keys
    QList<QStringList> rows;

    // RFC 4180 (CRLF, quotes doubled). A cell a spreadsheet would run as a formula (starting
    // with =, +, -, @, tab or CR) gets a leading apostrophe: an object name is not a command.
    QByteArray toCsv() const;
    // An array of objects, one per row, every value a string.
    QByteArray toJson() const;
    // A GitHub-style table; pipes and line breaks in cells escaped.
    QByteArray toMarkdown() const;
};

} // namespace kluis::core
