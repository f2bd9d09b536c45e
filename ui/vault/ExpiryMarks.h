#pragma once

#include <QDateTime>
#include <QString>

namespace kluis::ui {

// How the lists show an item's expiry and whether it is enabled: expired items struck through,
// those expiring within the warning period (Settings, 30 days unless changed) marked as a
// warning, disabled ones greyed. Each state also has words, for the tooltip and for assistive
// technology: never colour alone.
struct ExpiryMark
{
    enum class State
    {
        None,
        ExpiresSoon,
        Expired,
    };

    State state = State::None;
    bool disabled = false;
    QString text; // "Expired on …", "Expires in 3 days, on …", "Disabled"; empty for none

    // Without `describe`, the state alone (painting needs no words).
    static ExpiryMark of(const QDateTime &expires, bool enabled, const QDateTime &now,
                         int warningDays, bool describe = true);
};

// For sorting by expiry: the soonest first, items that never expire last.
bool expiresBefore(const QDateTime &left, const QDateTime &right);

} // namespace kluis::ui
