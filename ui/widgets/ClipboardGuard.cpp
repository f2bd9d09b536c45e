#include "widgets/ClipboardGuard.h"

#include "common/SecureMemory.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace kluis::ui {

namespace {
QByteArray digestOf(const QString &value)
{
    return QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clear);
    connect(qGuiApp, &QGuiApplication::aboutToQuit, this, &ClipboardGuard::clear);
}

ClipboardGuard::~ClipboardGuard()
{
    clear();
}

void ClipboardGuard::copySecret(const QString &value)
{
    auto *data = new QMimeData;
    data->setText(value);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data, QClipboard::Clipboard);
    m_digest = digestOf(value);
    if (m_timeout.count() > 0)
        m_timer.start(m_timeout);
}

void ClipboardGuard::clear()
{
    m_timer.stop();
    if (m_digest.isEmpty())
        return;
    auto *clipboard = QGuiApplication::clipboard();
    auto held = clipboard->text(QClipboard::Clipboard);
    if (digestOf(held) == m_digest) {
        // `held` shares the clipboard's copy; once the clipboard drops it, it is ours to wipe.
        clipboard->clear(QClipboard::Clipboard);
        core::wipe(held);
    }
    m_digest.clear();
    Q_EMIT cleared();
}

} // namespace kluis::ui
