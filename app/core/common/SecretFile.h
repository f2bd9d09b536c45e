#pragma once

#include <QByteArrayView>
#include <QFileDevice>
#include <QString>

namespace kluis::core {

// Writes a file that holds something secret (a private key, a PFX, a backup, the firewall
// journal, a support bundle): readable by its owner only (0600) from the moment it exists,
// whatever the umask, and atomic (QSaveFile): a failed write leaves the old file's content as
// it was. An existing file that others could read is made owner-only first.
class SecretFile
{
public:
    static constexpr QFileDevice::Permissions permissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // False, with `error` set, when the file could not be written.
    static bool write(const QString &path, QByteArrayView data, QString *error = nullptr);
};

} // namespace kluis::core
