#include "vault/ExpiryMarks.h"

#include <QCoreApplication>
#include <QLocale>

namespace kluis::ui {

namespace {
QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ExpiryMark ExpiryMark::of(const QDateTime &expires, bool enabled, const QDateTime &now,
                          int warningDays, bool describe)
{
    ExpiryMark mark;
    mark.disabled = !enabled;
    QStringList words;
    if (expires.isValid() && expires <= now) {
        mark.state = State::Expired;
        words << QCoreApplication::translate("kluis::ui::ExpiryMark", "Expired on %1")
                     .arg(when(expires));
    } else if (expires.isValid() && warningDays > 0 &&
               now.secsTo(expires) <= warningDays * 86400LL) {
        mark.state = State::ExpiresSoon;
        // Whole days left, rounded up: what is left of today counts as a day.
        const auto days = static_cast<int>((now.secsTo(expires) + 86399) / 86400);
        words << QCoreApplication::translate("kluis::ui::ExpiryMark", "Expires in %n day(s), on %1",
                                             nullptr, days)
                     .arg(when(expires));
    }
    if (mark.disabled)
        words << QCoreApplication::translate("kluis::ui::ExpiryMark", "Disabled");
    if (describe)
        mark.text = words.join(QStringLiteral("; "));
    return mark;
}

bool expiresBefore(const QDateTime &left, const QDateTime &right)
{
    if (!left.isValid() || !right.isValid())
        return left.isValid() && !right.isValid();
    return left < right;
}

} // namespace kluis::ui
