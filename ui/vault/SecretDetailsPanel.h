#pragma once

#include "clients/KeyVaultTypes.h"

#include <QGroupBox>

#include <optional>

class QAction;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace kluis::ui {

// Attributes, tags and identifier of the selected secret. The value stays masked until
// Reveal is pressed; it is fetched then (by whoever listens to revealRequested) and forgotten
// when the selection changes or Hide is pressed.
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

    QPushButton *revealButton() const { return m_reveal; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *identifierEdit() const { return m_identifier; }
    QToolButton *copyIdentifierButton() const { return m_copyIdentifier; }

Q_SIGNALS:
    void revealRequested();

private:
    QLabel *addField(QFormLayout *form, const QString &label, const QString &accessible);

    QLabel *m_name;
    QLabel *m_version;
    QLabel *m_contentType;
    QLabel *m_enabled;
    QLabel *m_notBefore;
    QLabel *m_expires;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_recovery;
    QLabel *m_deletedOn;
    QLabel *m_tags;
    QLineEdit *m_identifier;
    QToolButton *m_copyIdentifier;
    QLineEdit *m_value;
    QPushButton *m_reveal;
    QToolButton *m_copyValue;
};

} // namespace kluis::ui
