#include "widgets/SecretValueEdit.h"

#include "common/SecureMemory.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

namespace kluis::ui {

namespace {
bool isCopy(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut);
}
} // namespace

SecretValueEdit::SecretValueEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setReadOnly(true);
    setDragEnabled(false);
    // QLineEdit copies a mouse or keyboard selection to PRIMARY as soon as it is made; with no
    // selection ever there is nothing to copy.
    connect(this, &QLineEdit::selectionChanged, this, [this] {
        if (hasSelectedText())
            deselect();
    });
}

bool SecretValueEdit::clearValue()
{
    // Shares the line's buffer until setText() lets go of it; then it is ours alone to wipe.
    // setText() also keeps no undo history (clear() would keep the text in it).
    auto held = text();
    setText(QString());
    return core::wipe(held);
}

bool SecretValueEdit::event(QEvent *event)
{
    // Ctrl+C belongs to this line while it has the focus, not to a window shortcut.
    if (event->type() == QEvent::ShortcutOverride && isCopy(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void SecretValueEdit::keyPressEvent(QKeyEvent *event)
{
    if (isCopy(event)) {
        if (!text().isEmpty() && echoMode() == QLineEdit::Normal)
            Q_EMIT copyRequested();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SecretValueEdit::contextMenuEvent(QContextMenuEvent *event)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("secretValueMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *copy = menu->addAction(tr("&Copy value"), this, &SecretValueEdit::copyRequested);
    copy->setObjectName(QStringLiteral("copySecretValue"));
    copy->setEnabled(!text().isEmpty() && echoMode() == QLineEdit::Normal);
    menu->popup(event->globalPos());
    event->accept();
}

} // namespace kluis::ui
