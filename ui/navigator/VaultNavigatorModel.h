#pragma once

#include "cloud/CloudProfile.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QSet>

namespace kluis::ui {

// The vaults the navigator offers, each with its favourite mark. Favourites are kept by URL
// in the settings; the navigator's proxy pins them on top.
class VaultNavigatorModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        UrlRole = Qt::UserRole + 1, // QUrl
        NameRole,                   // QString
        FavouriteRole,              // bool
    };

    explicit VaultNavigatorModel(QObject *parent = nullptr);

    void setVaults(const QList<core::VaultReference> &vaults);
    core::VaultReference vault(const QModelIndex &index) const;
    QModelIndex indexOf(const QUrl &url) const;
    void setFavourite(const QModelIndex &index, bool favourite);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<core::VaultReference> m_vaults;
    QSet<QString> m_favourites;
    QIcon m_starFilled;
    QIcon m_starEmpty;
};

} // namespace kluis::ui
