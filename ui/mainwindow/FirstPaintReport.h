#pragma once

#include <QObject>

class QWidget;

namespace kluis::ui {

// Prints "kluis: first paint" on standard error once `window` has been painted for the first
// time, for the start-up benchmark (tests/bench/startup), which times the line's arrival from
// the moment it started the process. Asked for with KLUIS_STARTUP_REPORT=1.
class FirstPaintReport : public QObject
{
public:
    static void installIfAsked(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace kluis::ui
