#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace kluis::ui {

// Keeps a secondary window's size and place across runs (QSettings "windows/KEY/geometry"):
// restored when it is made, saved each time it is hidden or closed.
class RememberedGeometry : public QObject
{
    Q_OBJECT

public:
    RememberedGeometry(QWidget *window, QString key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString settingsKey() const;

    QWidget *m_window;
    QString m_key;
};

} // namespace kluis::ui
