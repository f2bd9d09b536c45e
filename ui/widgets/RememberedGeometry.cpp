#include "widgets/RememberedGeometry.h"

#include <QEvent>
#include <QSettings>
#include <QWidget>

namespace kluis::ui {

RememberedGeometry::RememberedGeometry(QWidget *window, QString key)
    : QObject(window)
    , m_window(window)
    , m_key(std::move(key))
{
    const auto saved = QSettings().value(settingsKey()).toByteArray();
    if (!saved.isEmpty())
        m_window->restoreGeometry(saved);
    m_window->installEventFilter(this);
}

QString RememberedGeometry::settingsKey() const
{
    return QStringLiteral("windows/%1/geometry").arg(m_key);
}

bool RememberedGeometry::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Hide || event->type() == QEvent::Close))
        QSettings().setValue(settingsKey(), m_window->saveGeometry());
    return QObject::eventFilter(watched, event);
}

} // namespace kluis::ui
