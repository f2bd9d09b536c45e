#include "dialogs/FormFooter.h"

#include "widgets/AccessibleValueLabel.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace kluis::ui {

void setUpFormFooter(QDialog *dialog, QLabel *problem, QDialogButtonBox *buttons,
                     const QString &okText)
{
    problem->setWordWrap(true);
    setAccessibleValueLabel(problem,
                            QCoreApplication::translate("kluis::ui::FormFooter", "Problem"));
    problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace kluis::ui
