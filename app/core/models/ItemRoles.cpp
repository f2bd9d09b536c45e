#include "models/ItemRoles.h"

namespace kluis::core::itemroles {

QString headerOf(Shown column)
{
    switch (column) {
    case Shown::Name:
        return QCoreApplication::translate("kluis::core::ItemColumns", "Name");
    case Shown::Version:
        return QCoreApplication::translate("kluis::core::ItemColumns", "Version");
    case Shown::Enabled:
        return QCoreApplication::translate("kluis::core::ItemColumns", "Enabled");
    case Shown::Created:
        return QCoreApplication::translate("kluis::core::ItemColumns", "Created");
    case Shown::Expires:
        return QCoreApplication::translate("kluis::core::ItemColumns", "Expires");
    case Shown::Updated:
        return QCoreApplication::translate("kluis::core::ItemColumns", "Updated");
    case Shown::Tags:
        return QCoreApplication::translate("kluis::core::ItemColumns", "Tags");
    case Shown::Deleted:
        return QCoreApplication::translate("kluis::core::ItemColumns", "Deleted");
    case Shown::ScheduledPurge:
        return QCoreApplication::translate("kluis::core::ItemColumns", "Purge date");
    case Shown::Own:
        break;
    }
    return {};
}

} // namespace kluis::core::itemroles
