#pragma once

#include <QByteArray>
#include <QString>

namespace kluis::emulator {

// Writes a file with something secret in it (a private key, cloud.json with client secrets):
// owner-only (0600) from the moment it exists, whatever the umask, and atomic (QSaveFile), so
// a failed write leaves the old file. The emulator's own: it shares no code with the client.
bool writePrivateFile(const QString &path, const QByteArray &data);

} // namespace kluis::emulator
