#pragma once

#include "vault/AttributeFields.h"

#include "clients/KeyVaultTypes.h"
#include "models/SecretListModel.h"
#include "widgets/SecretValueEdit.h"

#include <QGroupBox>

#include <optional>

class QAction;
class QTableView;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace kluis::ui {

// Attributes, tags and identifier of the selected secret. The value stays masked until
// Reveal is pressed; it is fetched then (by whoever listens to revealRequested) and forgotten
// when the selection changes or Hide is pressed. A shown value is copied only through the copy
// value action (ClipboardGuard), from the button, Ctrl+C or the field's context menu alike.
class SecretDetailsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SecretDetailsPanel(QWidget *parent = nullptr);

    void setItem(const std::optional<core::SecretItem> &item, bool deleted);
    void setCopyValueAction(QAction *action);
    void showValue(const QString &value);
    void hideValue();
    bool isValueShown() const;
    // Lists the versions of the shown secret from `source` (after versionsRequested); they are
    // dropped again when the selection changes.
    void showVersions(core::SecretListModel::PageSource source);
    bool areVersionsShown() const;

    QPushButton *revealButton() const { return m_reveal; }
    SecretValueEdit *valueEdit() const { return m_value; }
    QLineEdit *identifierEdit() const { return m_identifier; }
    QToolButton *copyIdentifierButton() const { return m_copyIdentifier; }
    QPushButton *versionsButton() const { return m_showVersions; }
    QTableView *versionsView() const { return m_versions; }
    core::SecretListModel *versionsModel() const { return m_versionModel; }

Q_SIGNALS:
    void revealRequested();
    void versionsRequested();

private:
    QLabel *addField(QFormLayout *form, const QString &label, const QString &accessible);

    QLabel *m_contentType;
    AttributeFields m_fields;
    QLabel *m_tags;
    QLineEdit *m_identifier;
    QToolButton *m_copyIdentifier;
    SecretValueEdit *m_value;
    QPushButton *m_reveal;
    QToolButton *m_copyValue;
    QPushButton *m_showVersions;
    QTableView *m_versions;
    core::SecretListModel *m_versionModel;
};

} // namespace kluis::ui
