#include "net/SendOnceBody.h"

#include <algorithm>
#include <cstring>

namespace kluis::core {

SendOnceBody::SendOnceBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool SendOnceBody::seek(qint64 position)
{
    // Forward only: going back is what sending it again would need.
    return position >= pos() && QIODevice::seek(position);
}

qint64 SendOnceBody::readData(char *data, qint64 maxSize)
{
    const auto count = std::min(maxSize, m_data.size() - pos());
    if (count <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + pos(), static_cast<size_t>(count));
    return count;
}

qint64 SendOnceBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace kluis::core
