#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace kluis::ui {

// A confirmation for what cannot be undone: the user types the item's name before the
// destructive button becomes available.
class ConfirmByNameDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmByNameDialog(const QString &title, const QString &text, const QString &name,
                        const QString &actionText, QWidget *parent);

    QLineEdit *nameEdit() const { return m_edit; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QString m_name;
    QLineEdit *m_edit;
    QPushButton *m_confirm;
};

} // namespace kluis::ui
