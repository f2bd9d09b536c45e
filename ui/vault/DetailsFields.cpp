#include "vault/DetailsFields.h"
#include "widgets/AccessibleValueLabel.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

namespace kluis::ui::details {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kluis::ui::details", text);
}
} // namespace

QLabel *addField(QWidget *owner, QFormLayout *form, const QString &label, const QString &accessible)
{
    auto *field = new QLabel(owner);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleValueLabel(field, accessible);
    field->setWordWrap(true);
    form->addRow(label, field);
    return field;
}

QString dateText(const std::optional<QDateTime> &time)
{
    return time ? dateText(*time) : tr("—");
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("—");
}

QString tagsText(const QMap<QString, QString> &tags)
{
    QStringList lines;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        lines.append(it.key() + QStringLiteral(" = ") + it.value());
    return lines.isEmpty() ? tr("—") : lines.join(QLatin1Char('\n'));
}

IdentifierRow makeIdentifierRow(QWidget *owner, const QString &accessible,
                                const QString &copyToolTip)
{
    IdentifierRow row{new QLineEdit(owner), new QToolButton(owner), new QHBoxLayout};
    row.edit->setReadOnly(true);
    row.edit->setAccessibleName(accessible);
    row.copy->setText(tr("Copy"));
    row.copy->setToolTip(copyToolTip);
    row.copy->setAccessibleName(copyToolTip);
    QObject::connect(row.copy, &QToolButton::clicked, row.edit,
                     [edit = row.edit] { QGuiApplication::clipboard()->setText(edit->text()); });
    row.layout->addWidget(row.edit, 1);
    row.layout->addWidget(row.copy);
    return row;
}

} // namespace kluis::ui::details
