#include "vault/SecretListPane.h"

#include "models/SecretListModel.h"
#include "vault/SecretFilterProxy.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace kluis::ui {

using core::SecretListModel;

SecretListPane::SecretListPane(Kind kind, QWidget *parent)
    : ListPaneBase(parent)
    , m_kind(kind)
    , m_model(new SecretListModel(this))
    , m_proxy(new SecretFilterProxy(this))
{
    const bool deleted = kind == Kind::Deleted;
    const QString settingsKey =
        deleted ? QStringLiteral("window/deletedHeader") : QStringLiteral("window/secretsHeader");
    setListModel(m_model, m_proxy, SecretListModel::NameRole,
                 {deleted ? QStringLiteral("deletedPane") : QStringLiteral("secretsPane"),
                  settingsKey, deleted ? tr("Deleted secrets") : tr("Secrets"),
                  deleted ? tr("Filter deleted secrets") : tr("Filter secrets"),
                  tr("Filter by name, content type or tag")});
    m_proxy->setExpiresColumn(SecretListModel::ExpiresColumn);
    if (!QSettings().contains(settingsKey)) {
        auto *header = view()->horizontalHeader();
        header->resizeSection(SecretListModel::EnabledColumn, 90);
        header->resizeSection(SecretListModel::ExpiresColumn, 150);
    }
}

SecretListPane::~SecretListPane() = default;

void SecretListPane::setClient(std::optional<core::KeyVaultClient> client)
{
    if (!client)
        m_model->setSource({});
    else
        m_model->setSource(m_kind == Kind::Deleted ? SecretListModel::deleted(*client)
                                                   : SecretListModel::live(*client),
                           {}, client->listingKey());
    sourceChanged(client.has_value(), client ? client->listingKey() : QString());
}

std::optional<core::SecretItem> SecretListPane::currentItem() const
{
    const auto index = currentSourceIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->item(index);
}

} // namespace kluis::ui
