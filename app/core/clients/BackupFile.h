#pragma once

#include <QByteArray>

namespace kluis::core::backupfile {

// A backup is saved as the binary blob (as the Azure CLI writes it) and sent back as the
// base64url text the service hands out and expects.
QByteArray toFile(const QByteArray &serviceBlob);
// A binary file is encoded again; a file that already is base64url text (kluisctl's, another
// tool's) goes as it is.
QByteArray fromFile(const QByteArray &file);

} // namespace kluis::core::backupfile
