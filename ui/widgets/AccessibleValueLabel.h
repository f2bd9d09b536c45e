#pragma once

#include <QString>

class QLabel;

namespace kluis::ui {

// A label that shows a value (a details field, a status line, a diagnosis) is named for what it
// holds ("Expiration date", "List status"), and its text is the value. Qt's own interface for a
// label gives assistive technology only one of the two: the name hides the text. Marked labels
// get an interface with both, the text read as a read-only text field's is (AT-SPI Text).
void setAccessibleValueLabel(QLabel *label, const QString &name);

} // namespace kluis::ui
