#pragma once

#include <QSortFilterProxyModel>

namespace kluis::ui {

// A sort/filter proxy driven by the text in a list's filter box; subclasses decide what of a
// row the text is matched against.
class TextFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TextFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool matches(const QString &text) const { return text.contains(m_text, Qt::CaseInsensitive); }

private:
    QString m_text;
};

} // namespace kluis::ui
