#pragma once

#include <QIcon>
#include <QString>

namespace kluis::ui {

// An icon from the desktop's theme by its freedesktop name ("document-new"), as KDE and GNOME
// applications take them; where the theme has none, Kluis's own (resources/icons/NAME.svg),
// drawn at the sizes menus and toolbars use.
QIcon themeIcon(const QString &name);

} // namespace kluis::ui
