#include "widgets/ThemeIcon.h"

#include <QAction>

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace kluis::ui {

namespace {
// Rendered here rather than by Qt's SVG icon plugin: the plugin is loaded at run time, so a
// package could not tell it is needed; the renderer is linked, so its library is a dependency.
QIcon bundledIcon(const QString &name)
{
    QSvgRenderer renderer(QStringLiteral(":/icons/%1.svg").arg(name));
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QIcon themeIcon(const QString &name)
{
    static QHash<QString, QIcon> bundled;
    auto found = bundled.constFind(name);
    if (found == bundled.cend())
        found = bundled.insert(name, bundledIcon(name));
    return QIcon::fromTheme(name, found.value());
}

QAction *makeAction(const QString &text, const char *iconName, QObject *parent,
                    const QKeySequence &shortcut)
{
    auto *action = new QAction(text, parent);
    action->setIcon(themeIcon(QString::fromLatin1(iconName)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace kluis::ui
