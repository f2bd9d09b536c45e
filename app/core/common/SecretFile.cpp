#include "common/SecretFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace kluis::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kluis::core::SecretFile", text);
}

// QSaveFile makes its temporary file 0600 only when the target exists (it then copies the
// target's permissions onto it); for a new target it starts at 0666 minus the umask. So a new
// target is first created empty and owner-only, and an existing one is made owner-only.
bool prepareTarget(const QString &path, bool *created)
{
    *created = false;
    const QFileInfo info(path);
    if (info.exists()) {
        if ((QFile::permissions(path) & ~SecretFile::permissions) == 0)
            return true;
        return QFile::setPermissions(path, SecretFile::permissions);
    }
#ifdef Q_OS_UNIX
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return true; // QSaveFile reports why (a missing folder, say)
    ::close(fd);
    *created = true;
#endif
    return true;
}
} // namespace

bool SecretFile::write(const QString &path, QByteArrayView data, QString *error)
{
    bool created = false;
    const auto fail = [&](const QString &why) {
        if (created)
            QFile::remove(path); // the empty placeholder made above, never an old file
        if (error)
            *error = why;
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(tr("%1 is a folder.").arg(path));
    if (!prepareTarget(path, &created))
        return fail(tr("Cannot make %1 readable by its owner only.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Before the first byte, whatever the umask or the old file's mode was.
    if (!file.setPermissions(permissions)) {
        file.cancelWriting();
        return fail(tr("Cannot make %1 readable by its owner only.").arg(path));
    }
    // flush() before commit(): QSaveFile 6.4 ignores an error of the flush inside commit() and
    // would put a truncated file in place of the old one.
    if (file.write(data.data(), data.size()) != data.size() || !file.flush()) {
        const auto why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace kluis::core
