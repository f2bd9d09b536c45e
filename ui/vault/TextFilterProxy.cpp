#include "vault/TextFilterProxy.h"

namespace kluis::ui {

TextFilterProxy::TextFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void TextFilterProxy::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

} // namespace kluis::ui
