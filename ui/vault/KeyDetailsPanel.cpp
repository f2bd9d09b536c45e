#include "vault/KeyDetailsPanel.h"

#include "models/VersionListModel.h"
#include "vault/DetailsFields.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kluis::ui {

KeyDetailsPanel::KeyDetailsPanel(QWidget *parent)
    : QGroupBox(tr("Details"), parent)
    , m_showVersions(new QPushButton(tr("Sh&ow versions"), this))
    , m_versions(new core::VersionListModel(this))
    , m_versionsView(new QTableView(this))
{
    setObjectName(QStringLiteral("keyDetails"));
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    m_fields.addHead(this, left);
    m_keyType = addField(left, tr("Key type:"), tr("Key type"));
    m_operations = addField(left, tr("Permitted operations:"), tr("Permitted operations"));
    m_tags = addField(left, tr("Tags:"), tr("Tags"));
    m_fields.addDates(this, right);

    const auto identifier =
        details::makeIdentifierRow(this, tr("Key identifier"), tr("Copy the key identifier"));
    m_identifier = identifier.edit;

    m_showVersions->setAccessibleName(tr("Show the versions of this key"));
    m_versionsView->setModel(m_versions);
    m_versionsView->setAccessibleName(tr("Key versions"));
    m_versionsView->setTabKeyNavigation(false);
    m_versionsView->verticalHeader()->hide();
    m_versionsView->horizontalHeader()->setStretchLastSection(true);
    m_versionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionsView->setColumnHidden(core::VersionListModel::DetailColumn, true);
    m_versionsView->setMinimumHeight(90);
    m_versionsView->hide();
    // Every page: a key has few versions.
    connect(m_versions, &core::VersionListModel::loadingChanged, this, [this](bool loading) {
        if (!loading && m_versions->canFetchMore())
            m_versions->fetchMore();
    });
    connect(m_showVersions, &QPushButton::clicked, this, [this] {
        if (!m_item || !m_client)
            return;
        m_versions->showVersions<core::KeyItem>(*m_client, m_item->name);
        if (m_versions->canFetchMore())
            m_versions->fetchMore();
        m_versionsView->show();
    });

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    auto *bottom = new QFormLayout;
    bottom->addRow(tr("Key identifier:"), identifier.layout);
    auto *versionsRow = new QHBoxLayout;
    versionsRow->addWidget(m_showVersions);
    versionsRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(bottom);
    layout->addLayout(versionsRow);
    layout->addWidget(m_versionsView, 1);
    setItem(std::nullopt, false, std::nullopt);
}

QLabel *KeyDetailsPanel::addField(QFormLayout *form, const QString &label,
                                  const QString &accessible)
{
    return details::addField(this, form, label, accessible);
}

void KeyDetailsPanel::setItem(const std::optional<core::KeyItem> &item, bool deleted,
                              std::optional<core::KeyVaultClient> client)
{
    const bool sameKey = item && m_item && item->name == m_item->name;
    m_item = item;
    m_client = std::move(client);
    setEnabled(item.has_value());
    const core::KeyItem shown = item.value_or(core::KeyItem());
    m_fields.showHead(item.has_value(), shown.name, shown.version, shown.attributes);
    // List items lack the type until the list fetched the key's details.
    QString type = item && shown.keyType.isEmpty() ? tr("…") : shown.keyDescription();
    if (item && shown.managed)
        type = tr("%1 (backs a certificate)").arg(type);
    m_keyType->setText(type);
    QString operations;
    if (item && shown.keyType.isEmpty())
        operations = tr("…");
    else if (item)
        operations = shown.keyOperations.isEmpty() ? tr("—")
                                                   : shown.keyOperations.join(QStringLiteral(", "));
    m_operations->setText(operations);
    m_tags->setText(details::tagsText(shown.tags));
    m_fields.showDates(shown.attributes, deleted, shown.scheduledPurgeDate);
    m_identifier->setText(item ? (deleted ? shown.recoveryId : shown.kid).toString() : QString());
    m_identifier->setCursorPosition(0);
    m_showVersions->setEnabled(item && !deleted && m_client);
    // Details arriving for the same key keep its versions; another key hides them.
    if (!sameKey) {
        m_versions->clear();
        m_versionsView->hide();
    }
}

} // namespace kluis::ui
