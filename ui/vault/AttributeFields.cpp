#include "vault/AttributeFields.h"

#include "vault/DetailsFields.h"

#include <QLabel>

namespace kluis::ui {

using details::addField;
using details::dateText;

void AttributeFields::addHead(QWidget *owner, QFormLayout *form)
{
    m_name = addField(owner, form, tr("Name:"), tr("Name"));
    m_version = addField(owner, form, tr("Version:"), tr("Version"));
    m_enabled = addField(owner, form, tr("Enabled:"), tr("Enabled"));
}

void AttributeFields::addDates(QWidget *owner, QFormLayout *form)
{
    m_notBefore = addField(owner, form, tr("Activation date:"), tr("Activation date"));
    m_expires = addField(owner, form, tr("Expiration date:"), tr("Expiration date"));
    m_created = addField(owner, form, tr("Created:"), tr("Created"));
    m_updated = addField(owner, form, tr("Updated:"), tr("Updated"));
    m_recovery = addField(owner, form, tr("Recovery level:"), tr("Recovery level"));
    m_deletedOn = addField(owner, form, tr("Deleted; purged on:"), tr("Purge date"));
}

void AttributeFields::showHead(bool present, const QString &name, const QString &version,
                               const core::ObjectAttributes &attributes)
{
    m_name->setText(name);
    m_version->setText(!present ? QString() : version.isEmpty() ? tr("latest") : version);
    m_enabled->setText(!present ? QString() : attributes.enabled ? tr("Yes") : tr("No"));
}

void AttributeFields::showDates(const core::ObjectAttributes &attributes, bool deleted,
                                const std::optional<QDateTime> &scheduledPurgeDate)
{
    m_notBefore->setText(dateText(attributes.notBefore));
    m_expires->setText(dateText(attributes.expires));
    m_created->setText(dateText(attributes.created));
    m_updated->setText(dateText(attributes.updated));
    m_recovery->setText(
        attributes.recoveryLevel.isEmpty()
            ? tr("—")
            : tr("%1 (%2 days)").arg(attributes.recoveryLevel).arg(attributes.recoverableDays));
    m_deletedOn->setText(deleted ? dateText(scheduledPurgeDate) : tr("—"));
}

} // namespace kluis::ui
