#include "widgets/AccessibleValueLabel.h"

#include <QAccessibleWidget>
#include <QLabel>
#include <QTextDocumentFragment>

namespace kluis::ui {

namespace {

constexpr char kValueLabel[] = "kluisAccessibleValueLabel";

class ValueLabelInterface : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit ValueLabelInterface(QLabel *label)
        : QAccessibleWidget(label, QAccessible::StaticText)
    {}

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return shown();
        return QAccessibleWidget::text(t);
    }

    // Read-only text without a caret or a selection.
    void selection(int, int *startOffset, int *endOffset) const override
    {
        *startOffset = *endOffset = 0;
    }
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    QString text(int startOffset, int endOffset) const override
    {
        return shown().mid(startOffset, endOffset - startOffset);
    }
    int characterCount() const override { return static_cast<int>(shown().size()); }
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int, int *startOffset, int *endOffset) const override
    {
        *startOffset = 0;
        *endOffset = characterCount();
        return {};
    }

private:
    QString shown() const
    {
        const auto *label = static_cast<const QLabel *>(widget());
        const QString text = label->text();
        if (label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            return QTextDocumentFragment::fromHtml(text).toPlainText();
        return text;
    }
};

QAccessibleInterface *valueLabelFactory(const QString &className, QObject *object)
{
    if (className != QLatin1String("QLabel") || !object || !object->property(kValueLabel).toBool())
        return nullptr;
    return new ValueLabelInterface(static_cast<QLabel *>(object));
}

} // namespace

void setAccessibleValueLabel(QLabel *label, const QString &name)
{
    static const bool installed = [] {
        QAccessible::installFactory(valueLabelFactory);
        return true;
    }();
    Q_UNUSED(installed)
    label->setProperty(kValueLabel, true);
    label->setAccessibleName(name);
}

} // namespace kluis::ui
