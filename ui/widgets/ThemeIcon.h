#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

namespace kluis::ui {

// An icon from the desktop's theme by its freedesktop name ("document-new"), as KDE and GNOME
// applications take them; where the theme has none, Kluis's own (resources/icons/NAME.svg),
// drawn at the sizes menus and toolbars use.
QIcon themeIcon(const QString &name);

// An action with its text, its theme icon and (optionally) its shortcut.
QAction *makeAction(const QString &text, const char *iconName, QObject *parent,
                    const QKeySequence &shortcut = {});

} // namespace kluis::ui
