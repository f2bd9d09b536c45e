#pragma once

#include "cloud/CloudProfile.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace kluis::ui {

class VaultNavigatorModel;

// The left side of the window: a quick filter over vault names and the vaults, favourites
// pinned on top (click the star, or use the Favourite action, to pin one).
class VaultNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit VaultNavigator(QWidget *parent = nullptr);

    void setVaults(const QList<core::VaultReference> &vaults);
    // Selects the vault with this URL, if shown; returns whether it did.
    bool selectVault(const QUrl &url);
    std::optional<core::VaultReference> currentVault() const;
    bool isCurrentFavourite() const;
    void setCurrentFavourite(bool favourite);
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *view() const { return m_view; }

Q_SIGNALS:
    void currentVaultChanged();

private:
    void onClicked(const QModelIndex &index);

    VaultNavigatorModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_view;
};

} // namespace kluis::ui
