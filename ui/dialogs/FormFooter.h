#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;

namespace kluis::ui {

// The foot every form dialog has: a problem line (red, named "Problem" for screen readers) and
// OK and Cancel, OK named for what it does ("&Create", "&Import").
void setUpFormFooter(QDialog *dialog, QLabel *problem, QDialogButtonBox *buttons,
                     const QString &okText);

} // namespace kluis::ui
