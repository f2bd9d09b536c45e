#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;

namespace kluis::ui {

// What the details panels of secrets, keys and certificates share: read-only fields, dates,
// tags, and an identifier with its copy button.
namespace details {

QLabel *addField(QWidget *owner, QFormLayout *form, const QString &label,
                 const QString &accessible);
QString dateText(const std::optional<QDateTime> &time);
QString dateText(const QDateTime &time);
QString tagsText(const QMap<QString, QString> &tags);

struct IdentifierRow
{
    QLineEdit *edit;
    QToolButton *copy;
    QHBoxLayout *layout;
};
// A read-only line with a Copy button that puts its text on the clipboard.
IdentifierRow makeIdentifierRow(QWidget *owner, const QString &accessible,
                                const QString &copyToolTip);

} // namespace details
} // namespace kluis::ui
