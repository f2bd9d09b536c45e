#pragma once

#include "clients/KeyVaultClient.h"
#include "vault/ListPaneBase.h"

#include <functional>
#include <optional>

namespace kluis::core {
class PagedListModel;
}

namespace kluis::ui {

class DetailsPrefetcher;
class ObjectFilterProxy;

// A list of a vault's keys or certificates, or of the deleted ones (any core::PagedListModel).
// What the list items lack is fetched for the rows on screen (DetailsPrefetcher).
class ObjectListPane : public ListPaneBase
{
    Q_OBJECT

public:
    // Points the model at a vault's list (null: empties it).
    using Attach = std::function<void(core::PagedListModel *, const core::KeyVaultClient *)>;

    ObjectListPane(core::PagedListModel *model, Attach attach, const Texts &texts,
                   QWidget *parent = nullptr);
    ~ObjectListPane() override;

    void setClient(std::optional<core::KeyVaultClient> client);
    core::PagedListModel *model() const { return m_model; }
    ObjectFilterProxy *proxy() const { return m_proxy; }
    DetailsPrefetcher *prefetcher() const { return m_prefetcher; }
    using ListPaneBase::currentSourceIndex;

private:
    core::PagedListModel *m_model;
    Attach m_attach;
    ObjectFilterProxy *m_proxy;
    DetailsPrefetcher *m_prefetcher = nullptr;
};

} // namespace kluis::ui
