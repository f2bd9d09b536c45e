#pragma once

#include "crossvault/VaultInventory.h"

#include <QFrame>
#include <QSet>
#include <QUrl>

class QLabel;
class QPushButton;
class QToolButton;

namespace kluis::core {
class CrossVaultReader;
}

namespace kluis::ui {

// A bar above the vault (not a modal box, as KeePassXC warns of expiring entries): how many
// items of the favourite vaults have expired or expire within the warning days, with a button
// to the expiry report. Each vault is read once a session; dismissed, the bar stays away.
class ExpiryNotice : public QFrame
{
    Q_OBJECT

public:
    explicit ExpiryNotice(QWidget *parent = nullptr);

    // Reads the vaults not read yet (metadata only) and shows the bar when any item needs an
    // eye. Vaults already read keep their count.
    void check(const QList<core::NamedVault> &favourites, int warningDays);
    int count() const { return m_count; }
    int warningDays() const { return m_days; }
    QLabel *message() const { return m_message; }
    QPushButton *showButton() const { return m_show; }
    QToolButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void reportRequested(int warningDays);

private:
    void update();

    core::CrossVaultReader *m_reader;
    QSet<QUrl> m_read; // vaults read (or being read) this session
    QList<core::NamedVault> m_pending;
    int m_count = 0;
    int m_days = 30;
    bool m_dismissed = false;
    QLabel *m_message;
    QPushButton *m_show;
    QToolButton *m_dismiss;
};

} // namespace kluis::ui
