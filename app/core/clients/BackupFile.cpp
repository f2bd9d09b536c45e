#include "clients/BackupFile.h"

#include <algorithm>
#include <cctype>

namespace kluis::core::backupfile {

QByteArray toFile(const QByteArray &serviceBlob)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        serviceBlob, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : serviceBlob;
}

QByteArray fromFile(const QByteArray &file)
{
    const QByteArray trimmed = file.trimmed();
    const bool text =
        !trimmed.isEmpty() && std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
        });
    return text ? trimmed
                : file.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace kluis::core::backupfile
