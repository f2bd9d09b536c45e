#pragma once

#include <QMap>
#include <QToolBar>

namespace kluis::ui {

// The main toolbar: the actions of the tab in view, then those every tab shares. One set is in
// the toolbar at a time; the actions stay in the menus either way, and their controllers
// disable those of the other tabs, so a shortcut never names two enabled actions.
class ContextToolBar : public QToolBar
{
    Q_OBJECT

public:
    enum class Context
    {
        None,
        Secrets,
        Keys,
        Certificates,
        DeletedSecrets,
        DeletedObjects, // deleted keys or certificates
    };

    ContextToolBar(const QString &title, QWidget *parent = nullptr);

    // nullptr stands for a separator.
    void setContextActions(Context context, const QList<QAction *> &actions);
    void setCommonActions(const QList<QAction *> &actions);
    void setContext(Context context);
    Context context() const { return m_context; }

private:
    void rebuild();
    QAction *separator(int index);

    QMap<Context, QList<QAction *>> m_actions;
    QList<QAction *> m_common;
    QList<QAction *> m_separators; // kept: clear() leaves them to their parent
    Context m_context = Context::None;
};

} // namespace kluis::ui
