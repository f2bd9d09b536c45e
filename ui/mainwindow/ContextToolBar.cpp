#include "mainwindow/ContextToolBar.h"

#include <QAction>

namespace kluis::ui {

ContextToolBar::ContextToolBar(const QString &title, QWidget *parent)
    : QToolBar(title, parent)
{}

void ContextToolBar::setContextActions(Context context, const QList<QAction *> &actions)
{
    m_actions.insert(context, actions);
    if (context == m_context)
        rebuild();
}

void ContextToolBar::setCommonActions(const QList<QAction *> &actions)
{
    m_common = actions;
    rebuild();
}

void ContextToolBar::setContext(Context context)
{
    if (context == m_context)
        return;
    m_context = context;
    rebuild();
}

QAction *ContextToolBar::separator(int index)
{
    while (m_separators.size() <= index) {
        auto *action = new QAction(this);
        action->setSeparator(true);
        m_separators.append(action);
    }
    return m_separators.at(index);
}

void ContextToolBar::rebuild()
{
    clear();
    int separators = 0;
    const auto actions = m_actions.value(m_context);
    for (auto *action : actions)
        addAction(action ? action : separator(separators++));
    if (!actions.isEmpty() && !m_common.isEmpty())
        addAction(separator(separators++));
    addActions(m_common);
}

} // namespace kluis::ui
