#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace kluis::ui {

// Puts a secret on the clipboard and takes it off again: after a timeout, and when the
// application quits, but only while the clipboard still holds that value (the user may have
// copied something else since). Marks the data so clipboard managers keep it out of their
// history (x-kde-passwordManagerHint, as KeePassXC does).
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void copySecret(const QString &value);
    // Clears the clipboard if it still holds the copied secret.
    void clear();
    bool isArmed() const { return m_timer.isActive(); }

Q_SIGNALS:
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_digest; // of the copied value; the value itself is not kept
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace kluis::ui
