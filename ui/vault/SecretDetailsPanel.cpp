#include "vault/SecretDetailsPanel.h"

#include "models/SecretListModel.h"
#include "vault/DetailsFields.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace kluis::ui {

SecretDetailsPanel::SecretDetailsPanel(QWidget *parent)
    : QGroupBox(tr("Details"), parent)
    , m_value(new SecretValueEdit(this))
    , m_reveal(new QPushButton(tr("&Reveal"), this))
    , m_copyValue(new QToolButton(this))
    , m_showVersions(new QPushButton(tr("Sh&ow versions"), this))
    , m_versions(new QTableView(this))
    , m_versionModel(new core::SecretListModel(this))
{
    setObjectName(QStringLiteral("secretDetails"));
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    m_fields.addHead(this, left);
    m_contentType = addField(left, tr("Content type:"), tr("Content type"));
    m_tags = addField(left, tr("Tags:"), tr("Tags"));
    m_fields.addDates(this, right);

    const auto identifierRow =
        details::makeIdentifierRow(this, tr("Identifier"), tr("Copy the identifier"));
    m_identifier = identifierRow.edit;
    m_copyIdentifier = identifierRow.copy;

    m_value->setEchoMode(QLineEdit::Password);
    connect(m_value, &SecretValueEdit::copyRequested, this, [this] {
        if (auto *copy = m_copyValue->defaultAction(); copy && copy->isEnabled())
            copy->trigger();
    });
    m_value->setAccessibleName(tr("Value"));
    m_value->setPlaceholderText(tr("Hidden; press Reveal to fetch it"));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleName(tr("Reveal the value"));
    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT revealRequested();
        else
            hideValue();
    });
    m_copyValue->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_reveal);
    valueRow->addWidget(m_copyValue);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    auto *bottom = new QFormLayout;
    bottom->addRow(tr("Identifier:"), identifierRow.layout);
    bottom->addRow(tr("Value:"), valueRow);

    // Versions are listed only when asked for: opening a secret costs no extra request.
    m_showVersions->setAccessibleName(tr("Show the versions of this secret"));
    connect(m_showVersions, &QPushButton::clicked, this, &SecretDetailsPanel::versionsRequested);
    m_versions->setModel(m_versionModel);
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setMaximumHeight(160);
    m_versions->hide();
    bottom->addRow(tr("Versions:"), m_showVersions);
    bottom->addRow(m_versions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(bottom);
    setItem(std::nullopt, false);
}

QLabel *SecretDetailsPanel::addField(QFormLayout *form, const QString &label,
                                     const QString &accessible)
{
    return details::addField(this, form, label, accessible);
}

void SecretDetailsPanel::setCopyValueAction(QAction *action)
{
    m_copyValue->setDefaultAction(action);
}

void SecretDetailsPanel::setItem(const std::optional<core::SecretItem> &item, bool deleted)
{
    hideValue();
    m_versionModel->setSource({});
    m_versions->hide();
    m_showVersions->setEnabled(item && !deleted);
    setEnabled(item.has_value());
    const core::SecretItem shown = item.value_or(core::SecretItem());
    m_fields.showHead(item.has_value(), shown.name, shown.version, shown.attributes);
    m_contentType->setText(shown.contentType.isEmpty() ? tr("—") : shown.contentType);
    m_fields.showDates(shown.attributes, deleted, shown.scheduledPurgeDate);
    m_tags->setText(details::tagsText(shown.tags));
    m_identifier->setText((deleted ? shown.recoveryId : shown.id).toString());
    m_identifier->setCursorPosition(0);
    m_reveal->setEnabled(item && !deleted);
    m_value->setEnabled(item && !deleted);
    if (!item)
        m_identifier->clear();
}

void SecretDetailsPanel::showValue(const QString &value)
{
    m_value->setEchoMode(QLineEdit::Normal);
    m_value->setText(value);
    m_value->setCursorPosition(0);
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(true);
    m_reveal->setText(tr("H&ide"));
}

void SecretDetailsPanel::hideValue()
{
    m_value->clearValue();
    m_value->setEchoMode(QLineEdit::Password);
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
    m_reveal->setText(tr("&Reveal"));
}

void SecretDetailsPanel::showVersions(core::SecretListModel::PageSource source)
{
    m_versionModel->setSource(std::move(source));
    m_versions->show();
    m_showVersions->setEnabled(false);
    // The view asks for more as it scrolls; the first page is asked for here.
    m_versionModel->fetchMore();
}

bool SecretDetailsPanel::areVersionsShown() const
{
    return m_versions->isVisible();
}

bool SecretDetailsPanel::isValueShown() const
{
    return !m_value->text().isEmpty() && m_value->echoMode() == QLineEdit::Normal;
}

} // namespace kluis::ui
