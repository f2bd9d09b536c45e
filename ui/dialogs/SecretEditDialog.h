#pragma once

#include "clients/KeyVaultTypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace kluis::ui {

// What the secret dialog collects. `value` is empty when editing without a new value.
struct SecretForm
{
    QString name;
    std::optional<QString> value;
    QString contentType;
    bool enabled = true;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    QMap<QString, QString> tags;
};

// Create a secret, or edit one (a new value makes a new version). Key Vault's rules are
// checked before anything is sent: names of 1–127 letters, digits and dashes, values up to
// 25 KB, at most 15 tags. The value field keeps no undo history, and is emptied as soon as the
// dialog closes (after `accepted` has been answered), so no earlier value stays behind in it.
class SecretEditDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int maxValueBytes = 25 * 1024;
    static constexpr int maxTags = 15;

    // New secret.
    explicit SecretEditDialog(QWidget *parent);
    // Edit an existing secret.
    SecretEditDialog(const core::SecretItem &item, QWidget *parent);

    SecretForm form() const;
    void setName(const QString &name);
    void setValue(const QString &value);
    void setContentType(const QString &contentType);
    void setTags(const QMap<QString, QString> &tags);
    // Why OK is disabled, or empty when the form is valid.
    QString problem() const;
    QPlainTextEdit *valueEdit() const { return m_value; }

    void done(int result) override;

private:
    void build(bool editing);
    void validate();
    void addTagRow(const QString &key = {}, const QString &value = {});

    bool m_editing = false;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_value = nullptr;
    QLineEdit *m_contentType = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_hasNotBefore = nullptr;
    QDateTimeEdit *m_notBefore = nullptr;
    QCheckBox *m_hasExpires = nullptr;
    QDateTimeEdit *m_expires = nullptr;
    QTableWidget *m_tags = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kluis::ui
