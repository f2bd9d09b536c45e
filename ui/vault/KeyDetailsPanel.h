#pragma once

#include "vault/AttributeFields.h"

#include "clients/KeyVaultClient.h"

#include <QGroupBox>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kluis::core {
class VersionListModel;
}

namespace kluis::ui {

// Attributes, type, permitted operations, tags and identifier of the selected key; its versions
// are listed only when "Show versions" is pressed.
class KeyDetailsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit KeyDetailsPanel(QWidget *parent = nullptr);

    void setItem(const std::optional<core::KeyItem> &item, bool deleted,
                 std::optional<core::KeyVaultClient> client);

    QLabel *keyTypeLabel() const { return m_keyType; }
    QLabel *operationsLabel() const { return m_operations; }
    QLineEdit *identifierEdit() const { return m_identifier; }
    QPushButton *versionsButton() const { return m_showVersions; }
    QTableView *versionsView() const { return m_versionsView; }
    core::VersionListModel *versions() const { return m_versions; }

private:
    QLabel *addField(QFormLayout *form, const QString &label, const QString &accessible);

    std::optional<core::KeyItem> m_item;
    std::optional<core::KeyVaultClient> m_client;
    QLabel *m_keyType;
    QLabel *m_operations;
    AttributeFields m_fields;
    QLabel *m_tags;
    QLineEdit *m_identifier;
    QPushButton *m_showVersions;
    core::VersionListModel *m_versions;
    QTableView *m_versionsView;
};

} // namespace kluis::ui
