#include "dialogs/ConfirmByNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kluis::ui {

ConfirmByNameDialog::ConfirmByNameDialog(const QString &title, const QString &text,
                                         const QString &name, const QString &actionText,
                                         QWidget *parent)
    : QDialog(parent)
    , m_name(name)
    , m_edit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("confirmByNameDialog"));
    setWindowTitle(title);
    auto *message = new QLabel(text, this);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    auto *prompt = new QLabel(tr("Type %1 to confirm:").arg(name), this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setBuddy(m_edit);
    m_edit->setAccessibleName(tr("Name to confirm"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(actionText, QDialogButtonBox::DestructiveRole);
    m_confirm->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString &typed) { m_confirm->setEnabled(typed == m_name); });
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

} // namespace kluis::ui
