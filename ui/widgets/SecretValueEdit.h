#pragma once

#include <QLineEdit>

namespace kluis::ui {

// A read-only line for a revealed secret value that never hands the value out by itself:
// its text cannot be selected (so the X11 PRIMARY selection never receives it) or dragged, and
// Ctrl+C, Ctrl+Insert and the context menu's Copy ask for copyRequested(), which goes through
// ClipboardGuard (history hint, timed clearing) like every other copy of a value.
class SecretValueEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretValueEdit(QWidget *parent = nullptr);

    // Empties the line and overwrites the characters it held when nothing else shares them
    // (core::wipe); true when they were overwritten.
    bool clearValue();

Q_SIGNALS:
    void copyRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace kluis::ui
