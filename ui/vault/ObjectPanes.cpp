#include "vault/ObjectPanes.h"

#include "models/CertificateListModel.h"
#include "models/KeyListModel.h"
#include "vault/ObjectFilterProxy.h"
#include "vault/ObjectListPane.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace kluis::ui {

using core::CertificateListModel;
using core::KeyListModel;
using core::PagedListModel;

namespace {
template<typename Model> void sortDatesAndFlags(ObjectListPane *pane, bool deleted)
{
    auto *proxy = pane->proxy();
    proxy->setColumnSortRole(Model::EnabledColumn, PagedListModel::EnabledRole);
    proxy->setColumnSortRole(Model::ExpiresColumn, PagedListModel::ExpiresRole);
    proxy->setColumnSortRole(Model::UpdatedColumn, PagedListModel::UpdatedRole);
    proxy->setColumnSortRole(Model::DeletedColumn, PagedListModel::DeletedRole);
    proxy->setColumnSortRole(Model::ScheduledPurgeColumn, PagedListModel::ScheduledPurgeRole);
    proxy->setExpiresColumn(Model::ExpiresColumn);
    pane->view()->setColumnHidden(Model::DeletedColumn, !deleted);
    pane->view()->setColumnHidden(Model::ScheduledPurgeColumn, !deleted);
}
} // namespace

ObjectListPane *makeKeyListPane(bool deleted, QWidget *parent)
{
    auto attach = [deleted](PagedListModel *model, const core::KeyVaultClient *client) {
        auto *keys = static_cast<KeyListModel *>(model);
        if (!client)
            keys->setSource({});
        else if (deleted)
            keys->setSource(KeyListModel::deleted(*client),
                            KeyListModel::deletedKeyDetails(*client), client->listingKey());
        else
            keys->setSource(KeyListModel::live(*client), KeyListModel::keyDetails(*client),
                            client->listingKey());
    };
    // Renamed with the permitted operations column: older layouts have a column less.
    const QString settingsKey = deleted ? QStringLiteral("window/deletedKeysColumns")
                                        : QStringLiteral("window/keysColumns");
    auto *pane = new ObjectListPane(
        new KeyListModel, attach,
        {deleted ? QStringLiteral("deletedKeysPane") : QStringLiteral("keysPane"), settingsKey,
         deleted ? ObjectListPane::tr("Deleted keys") : ObjectListPane::tr("Keys"),
         deleted ? ObjectListPane::tr("Filter deleted keys") : ObjectListPane::tr("Filter keys"),
         ObjectListPane::tr("Filter by name, type, operation or tag")},
        parent);
    sortDatesAndFlags<KeyListModel>(pane, deleted);
    if (!QSettings().contains(settingsKey)) {
        // Room for an RSA key's six operations.
        const QString widest = QStringLiteral("encrypt, decrypt, sign, verify, wrapKey, unwrapKey");
        pane->view()->horizontalHeader()->resizeSection(
            KeyListModel::OperationsColumn,
            pane->view()->fontMetrics().horizontalAdvance(widest) + 16);
    }
    return pane;
}

ObjectListPane *makeCertificateListPane(bool deleted, QWidget *parent)
{
    auto attach = [deleted](PagedListModel *model, const core::KeyVaultClient *client) {
        auto *certificates = static_cast<CertificateListModel *>(model);
        if (!client)
            certificates->setSource({});
        else if (deleted)
            certificates->setSource(CertificateListModel::deleted(*client),
                                    CertificateListModel::deletedCertificateDetails(*client),
                                    client->listingKey());
        else
            certificates->setSource(CertificateListModel::live(*client),
                                    CertificateListModel::certificateDetails(*client),
                                    client->listingKey());
    };
    auto *pane = new ObjectListPane(
        new CertificateListModel, attach,
        {deleted ? QStringLiteral("deletedCertificatesPane") : QStringLiteral("certificatesPane"),
         deleted ? QStringLiteral("window/deletedCertificatesHeader")
                 : QStringLiteral("window/certificatesHeader"),
         deleted ? ObjectListPane::tr("Deleted certificates") : ObjectListPane::tr("Certificates"),
         deleted ? ObjectListPane::tr("Filter deleted certificates")
                 : ObjectListPane::tr("Filter certificates"),
         ObjectListPane::tr("Filter by name, subject or tag")},
        parent);
    sortDatesAndFlags<CertificateListModel>(pane, deleted);
    return pane;
}

std::optional<core::KeyItem> currentKey(const ObjectListPane *pane)
{
    const auto *model = pane ? qobject_cast<const KeyListModel *>(pane->model()) : nullptr;
    const auto index = pane ? pane->currentSourceIndex() : QModelIndex();
    if (!model || !index.isValid())
        return std::nullopt;
    return model->item(index);
}

std::optional<core::CertificateItem> currentCertificate(const ObjectListPane *pane)
{
    const auto *model = pane ? qobject_cast<const CertificateListModel *>(pane->model()) : nullptr;
    const auto index = pane ? pane->currentSourceIndex() : QModelIndex();
    if (!model || !index.isValid())
        return std::nullopt;
    return model->item(index);
}

} // namespace kluis::ui
