#pragma once

#include "cloud/CloudProfile.h"

#include <QPersistentModelIndex>
#include <QWidget>

#include <optional>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace kluis::core {
class AccountTreeModel;
}

namespace kluis::ui {

// The left side of the window: a quick filter over vault names above one tree: "Favourites"
// (every favourite vault, wherever it is listed), "Attached vaults" (the window's own
// connection: the emulator's, attached by URL), then the stored accounts (account →
// subscription → resource group → vault, loaded as it is opened). Favourites also sort first
// among their siblings. Click the star, or use the Favourite action, to pin a vault.
class VaultNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit VaultNavigator(QWidget *parent = nullptr);

    // The vaults of the window's own connection, listed under "Attached vaults".
    void setVaults(const QList<core::VaultReference> &vaults);
    void setAccountTree(core::AccountTreeModel *model);
    // Selects the vault with this URL, if shown; returns whether it did.
    bool selectVault(const QUrl &url);
    // The vault last chosen; it stays while accounts or groups are opened.
    std::optional<core::VaultReference> currentVault() const;
    // Where it was chosen in the account tree (the same vault under two accounts is two
    // places, each reached through its own account); invalid when that row is gone.
    QModelIndex currentPlace() const { return m_currentPlace; }
    bool isCurrentFavourite() const;
    // Whether the tree lists nothing to open yet: no vault and no account.
    bool isEmpty() const;
    void setCurrentFavourite(bool favourite);
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_tree; }

Q_SIGNALS:
    void currentVaultChanged();
    // A vault was pinned or unpinned (also by a click on its star).
    void favouritesChanged();
    // isEmpty() may have changed.
    void contentChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &index);
    void onClicked(const QModelIndex &index);
    void onFilterChanged(const QString &text);
    void restoreSelection();
    void expandGroups();
    void expandMatches(const QModelIndex &parent);
    void saveFavourites();

    QLineEdit *m_filter;
    QTreeView *m_tree;
    QSortFilterProxyModel *m_proxy = nullptr;
    core::AccountTreeModel *m_accounts = nullptr;
    QList<core::VaultReference> m_vaults;
    std::optional<core::VaultReference> m_current;
    QPersistentModelIndex m_currentPlace; // in the account tree model
    QPoint m_pressPosition;
    bool m_switching = false;
    bool m_removing = false;
};

} // namespace kluis::ui
