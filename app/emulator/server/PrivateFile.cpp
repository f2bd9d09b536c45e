#include "server/PrivateFile.h"

#include <QFile>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace kluis::emulator {

bool writePrivateFile(const QString &path, const QByteArray &data)
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // QSaveFile starts its temporary file at 0600 only when the target exists (then copies the
    // target's mode): make the target exist, owner-only, first.
    bool created = false;
    if (QFile::exists(path)) {
        if (!QFile::setPermissions(path, ownerOnly))
            return false;
    } else {
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            created = true;
        }
    }
    QSaveFile file(path);
    // flush() before commit(): QSaveFile 6.4 ignores an error of the flush inside commit().
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(ownerOnly) &&
                         file.write(data) == data.size() && file.flush() && file.commit();
    if (!written) {
        file.cancelWriting();
        if (created)
            QFile::remove(path);
    }
    return written;
}

} // namespace kluis::emulator
