#pragma once

#include <QByteArray>
#include <QString>

namespace kluis::core {

// Overwrites what `data` holds with zeros (OPENSSL_cleanse: the compiler may not drop it) and
// empties it. Only a buffer `data` holds alone is overwritten: one that Qt's implicit sharing
// also gives another QByteArray is just let go, since overwriting it would change the other's
// value; that copy is its holder's to wipe. True when the bytes were overwritten (or there were
// none).
bool wipe(QByteArray &data);
bool wipe(QString &text);

// Bytes that are wiped when they go: a password, a key or a value while Kluis works with it.
// Move-only, so no second copy is made by accident.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray data)
        : m_data(std::move(data))
    {}
    ~SecureBytes() { wipe(m_data); }
    SecureBytes(SecureBytes &&other) noexcept
        : m_data(std::exchange(other.m_data, QByteArray()))
    {}
    SecureBytes &operator=(SecureBytes &&other) noexcept
    {
        if (this != &other) {
            wipe(m_data);
            m_data = std::exchange(other.m_data, QByteArray());
        }
        return *this;
    }
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // Wipes now (the destructor does the same).
    void clear() { wipe(m_data); }
    const QByteArray &data() const { return m_data; }
    const char *constData() const { return m_data.constData(); }
    qsizetype size() const { return m_data.size(); }
    bool isEmpty() const { return m_data.isEmpty(); }

private:
    QByteArray m_data;
};

} // namespace kluis::core
