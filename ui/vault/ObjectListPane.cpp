#include "vault/ObjectListPane.h"

#include "models/PagedListModel.h"
#include "vault/DetailsPrefetcher.h"
#include "vault/ObjectFilterProxy.h"

namespace kluis::ui {

using core::PagedListModel;

ObjectListPane::ObjectListPane(PagedListModel *model, Attach attach, const Texts &texts,
                               QWidget *parent)
    : ListPaneBase(parent)
    , m_model(model)
    , m_attach(std::move(attach))
    , m_proxy(new ObjectFilterProxy(this))
{
    m_model->setParent(this);
    setListModel(m_model, m_proxy, PagedListModel::NameRole, texts);
    m_prefetcher = new DetailsPrefetcher(view(), m_proxy, m_model, this);
}

ObjectListPane::~ObjectListPane() = default;

void ObjectListPane::setClient(std::optional<core::KeyVaultClient> client)
{
    m_attach(m_model, client ? &*client : nullptr);
    sourceChanged(client.has_value(), client ? client->listingKey() : QString());
}

} // namespace kluis::ui
