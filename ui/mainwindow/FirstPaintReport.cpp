#include "mainwindow/FirstPaintReport.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace kluis::ui {

void FirstPaintReport::installIfAsked(QWidget *window)
{
    if (qEnvironmentVariableIntValue("KLUIS_STARTUP_REPORT") != 1)
        return;
    window->installEventFilter(new FirstPaintReport(window));
}

bool FirstPaintReport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        // Reported once the paint (and the flush that follows it) is done.
        QTimer::singleShot(0, [] {
            std::fputs("kluis: first paint\n", stderr);
            std::fflush(stderr);
        });
        watched->removeEventFilter(this);
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kluis::ui
