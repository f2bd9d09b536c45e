#pragma once

#include "cloud/CloudProfile.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTreeView;

namespace kluis::core {
class AccountTreeModel;
}

namespace kluis::ui {

class VaultNavigatorModel;

// The left side of the window: a quick filter over vault names; the stored accounts as a tree
// (account → subscription → resource group → vault, loaded as it is opened); and the vaults of
// the window's own connection (emulator, attached by URL), favourites pinned on top (click the
// star, or use the Favourite action, to pin one).
class VaultNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit VaultNavigator(QWidget *parent = nullptr);

    void setVaults(const QList<core::VaultReference> &vaults);
    void setAccountTree(core::AccountTreeModel *model);
    // Selects the vault with this URL, if shown; returns whether it did.
    bool selectVault(const QUrl &url);
    std::optional<core::VaultReference> currentVault() const;
    bool isCurrentFavourite() const;
    void setCurrentFavourite(bool favourite);
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *view() const { return m_view; }
    QTreeView *accountView() const { return m_tree; }

Q_SIGNALS:
    void currentVaultChanged();

private:
    void onClicked(const QModelIndex &index);
    void onTreeCurrentChanged(const QModelIndex &index);

    VaultNavigatorModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_view;
    QTreeView *m_tree;
    QSortFilterProxyModel *m_treeProxy = nullptr;
    core::AccountTreeModel *m_accounts = nullptr;
    bool m_treeCurrent = false;
    bool m_switching = false;
};

} // namespace kluis::ui
