#include "dialogs/SecretEditDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kluis::ui {

SecretEditDialog::SecretEditDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretEditDialog"));
    setWindowTitle(tr("New secret"));
    build(false);
}

SecretEditDialog::SecretEditDialog(const core::SecretItem &item, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("secretEditDialog"));
    setWindowTitle(tr("Edit secret %1").arg(item.name));
    build(true);
    m_name->setText(item.name);
    m_contentType->setText(item.contentType);
    m_enabled->setChecked(item.attributes.enabled);
    if (item.attributes.notBefore) {
        m_hasNotBefore->setChecked(true);
        m_notBefore->setDateTime(item.attributes.notBefore->toLocalTime());
    }
    if (item.attributes.expires) {
        m_hasExpires->setChecked(true);
        m_expires->setDateTime(item.attributes.expires->toLocalTime());
    }
    setTags(item.tags);
    validate();
}

void SecretEditDialog::build(bool editing)
{
    m_editing = editing;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setReadOnly(editing);
    m_name->setMaxLength(127);
    m_value = new QPlainTextEdit(this);
    m_value->setAccessibleName(tr("Value"));
    m_value->setTabChangesFocus(true);
    // An undo history would keep every value typed or pasted, out of reach of any wipe.
    m_value->setUndoRedoEnabled(false);
    m_value->setPlaceholderText(editing ? tr("Leave empty to keep the current value")
                                        : tr("The secret value"));
    m_value->setFixedHeight(m_value->fontMetrics().lineSpacing() * 4 + 12);
    m_contentType = new QLineEdit(this);
    m_contentType->setAccessibleName(tr("Content type"));
    m_contentType->setPlaceholderText(tr("for example text/plain"));
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setChecked(true);

    const auto dateRow = [this](QCheckBox *&check, QDateTimeEdit *&edit, const QString &label) {
        check = new QCheckBox(label, this);
        edit = new QDateTimeEdit(QDateTime::currentDateTime().addDays(365), this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setEnabled(false);
        edit->setAccessibleName(label);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        auto *row = new QHBoxLayout;
        row->addWidget(check);
        row->addWidget(edit, 1);
        return row;
    };
    auto *notBeforeRow = dateRow(m_hasNotBefore, m_notBefore, tr("Activation date"));
    m_notBefore->setDateTime(QDateTime::currentDateTime());
    auto *expiresRow = dateRow(m_hasExpires, m_expires, tr("Expiration date"));

    m_tags = new QTableWidget(0, 2, this);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setHorizontalHeaderLabels({tr("Tag"), tr("Value")});
    m_tags->horizontalHeader()->setStretchLastSection(true);
    m_tags->verticalHeader()->hide();
    m_tags->setMinimumHeight(110);
    auto *addTag = new QPushButton(tr("Add tag"), this);
    addTag->setAccessibleName(tr("Add tag"));
    auto *removeTag = new QPushButton(tr("Remove tag"), this);
    removeTag->setAccessibleName(tr("Remove tag"));
    connect(addTag, &QPushButton::clicked, this, [this] {
        addTagRow();
        m_tags->setCurrentCell(m_tags->rowCount() - 1, 0);
        m_tags->editItem(m_tags->currentItem());
    });
    connect(removeTag, &QPushButton::clicked, this, [this] {
        if (m_tags->currentRow() >= 0)
            m_tags->removeRow(m_tags->currentRow());
        validate();
    });
    connect(m_tags, &QTableWidget::itemChanged, this, &SecretEditDialog::validate);
    auto *tagButtons = new QVBoxLayout;
    tagButtons->addWidget(addTag);
    tagButtons->addWidget(removeTag);
    tagButtons->addStretch();
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tags, 1);
    tagRow->addLayout(tagButtons);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(palette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("&Save") : tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("Content &type:"), m_contentType);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), notBeforeRow);
    form->addRow(QString(), expiresRow);
    // A row holding a layout gets no buddy by itself; without one the & would show.
    auto *tagsLabel = new QLabel(tr("Ta&gs:"), this);
    tagsLabel->setBuddy(m_tags);
    form->addRow(tagsLabel, tagRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &SecretEditDialog::validate);
    connect(m_value, &QPlainTextEdit::textChanged, this, &SecretEditDialog::validate);
    validate();
}

void SecretEditDialog::addTagRow(const QString &key, const QString &value)
{
    const int row = m_tags->rowCount();
    m_tags->insertRow(row);
    m_tags->setItem(row, 0, new QTableWidgetItem(key));
    m_tags->setItem(row, 1, new QTableWidgetItem(value));
}

void SecretEditDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void SecretEditDialog::setValue(const QString &value)
{
    m_value->setPlainText(value);
}

void SecretEditDialog::setContentType(const QString &contentType)
{
    m_contentType->setText(contentType);
}

void SecretEditDialog::setTags(const QMap<QString, QString> &tags)
{
    m_tags->setRowCount(0);
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        addTagRow(it.key(), it.value());
    validate();
}

QString SecretEditDialog::problem() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[0-9a-zA-Z-]{1,127}$"));
    const auto name = m_name->text();
    if (name.isEmpty())
        return tr("Enter a name.");
    if (!namePattern.match(name).hasMatch())
        return tr("A name has 1 to 127 characters: letters, digits and dashes (-).");
    const auto value = m_value->toPlainText();
    if (!m_editing && value.isEmpty())
        return tr("Enter a value.");
    if (value.toUtf8().size() > maxValueBytes)
        return tr("The value is %1 KB; Key Vault accepts at most 25 KB.")
            .arg(value.toUtf8().size() / 1024.0, 0, 'f', 1);
    if (m_tags->rowCount() > maxTags)
        return tr("Key Vault accepts at most %n tags.", nullptr, maxTags);
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const auto *key = m_tags->item(row, 0);
        if (!key || key->text().trimmed().isEmpty())
            return tr("Every tag needs a name.");
        if (key->text().size() > 512)
            return tr("A tag name has at most 512 characters.");
        const auto *tagValue = m_tags->item(row, 1);
        if (tagValue && tagValue->text().size() > 256)
            return tr("A tag value has at most 256 characters.");
    }
    return {};
}

void SecretEditDialog::validate()
{
    const auto text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void SecretEditDialog::done(int result)
{
    // QDialog::done() emits accepted/rejected: whoever takes form() has it by now.
    QDialog::done(result);
    m_value->clear();
}

SecretForm SecretEditDialog::form() const
{
    SecretForm form;
    form.name = m_name->text();
    const auto value = m_value->toPlainText();
    if (!m_editing || !value.isEmpty())
        form.value = value;
    form.contentType = m_contentType->text().trimmed();
    form.enabled = m_enabled->isChecked();
    if (m_hasNotBefore->isChecked())
        form.notBefore = m_notBefore->dateTime().toUTC();
    if (m_hasExpires->isChecked())
        form.expires = m_expires->dateTime().toUTC();
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const auto *key = m_tags->item(row, 0);
        const auto *tagValue = m_tags->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            form.tags.insert(key->text().trimmed(), tagValue ? tagValue->text() : QString());
    }
    return form;
}

} // namespace kluis::ui
