#pragma once

#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace kluis::ui {

// Asks where to save a report as csv, json or markdown (a file dialog, opened, not exec'd), then
// writes it through `write`; a failure is said in a warning box, a success on `status`.
void exportReport(QWidget *parent, const QString &title, const QString &baseName,
                  const QString &format, QLabel *status,
                  std::function<bool(const QString &path, QString *error)> write);

} // namespace kluis::ui
