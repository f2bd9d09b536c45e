#pragma once

#include "crossvault/ObjectCopy.h"

#include <QCoreApplication>

class QComboBox;

namespace kluis::ui {

// The words of a copy's or an import's plan and journal, and its conflict choices: Compare and
// copy and Import secrets show the same core report the same way.
class CopyJournal
{
    Q_DECLARE_TR_FUNCTIONS(kluis::ui::CopyJournal)

public:
    struct Line
    {
        QString name;
        QString what;   // "Will be created", "Created", "Skipped: …"
        QString reason; // the skipped reason's id, empty otherwise
        QString detail; // a skipped entry's message (the service's words, or the file's key)
    };

    // Created, new versions, then skipped, as planned (`written` false) or as done.
    static QList<Line> lines(const core::ObjectCopy::Report &report, bool written);
    static QString reasonText(const core::ObjectCopy::Skipped &skip);
    // Skip it, Add a new version, Stop before writing anything (data: the core's names).
    static void addConflictChoices(QComboBox *combo);
    static core::ObjectCopy::OnConflict conflictChoice(const QComboBox *combo);
};

} // namespace kluis::ui
