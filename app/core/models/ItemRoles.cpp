#include "models/ItemRoles.h"

#include <array>

namespace kluis::core::itemroles {

QString headerOf(Shown column)
{
    // In the order of Shown; Own has none.
    static constexpr std::array headers{
        "",
        QT_TRANSLATE_NOOP("kluis::core::ItemColumns", "Name"),
        QT_TRANSLATE_NOOP("kluis::core::ItemColumns", "Version"),
        QT_TRANSLATE_NOOP("kluis::core::ItemColumns", "Enabled"),
        QT_TRANSLATE_NOOP("kluis::core::ItemColumns", "Created"),
        QT_TRANSLATE_NOOP("kluis::core::ItemColumns", "Expires"),
        QT_TRANSLATE_NOOP("kluis::core::ItemColumns", "Updated"),
        QT_TRANSLATE_NOOP("kluis::core::ItemColumns", "Tags"),
        QT_TRANSLATE_NOOP("kluis::core::ItemColumns", "Deleted"),
        QT_TRANSLATE_NOOP("kluis::core::ItemColumns", "Purge date"),
    };
    static_assert(headers.size() == std::size_t(Shown::ScheduledPurge) + 1);
    if (column == Shown::Own)
        return {};
    return QCoreApplication::translate("kluis::core::ItemColumns", headers.at(std::size_t(column)));
}

} // namespace kluis::core::itemroles
