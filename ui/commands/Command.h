#pragma once

#include "common/AzureError.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace kluis::ui {

// One user action (after Kleopatra's commands): it asks what it must ask (dialogs are shown
// with open(), never exec(), so no nested event loop runs), does its work as a coroutine, and
// ends with exactly one of finished(), canceled() or failed(). It deletes itself afterwards.
class Command : public QObject
{
    Q_OBJECT

public:
    // Where a refused request's error box sends "Grant access…": the window opens the vault's
    // access with that role offered. Unset, the box only names the role.
    using AccessOffer = std::function<void(const QString &roleName)>;
    static void setAccessOffer(AccessOffer offer);

    explicit Command(QWidget *parentWidget);
    ~Command() override;

    void start();
    void cancel();
    QWidget *parentWidget() const { return m_parentWidget; }
    bool isRunning() const { return m_running; }
    // The item the command made or changed, for the list to select afterwards.
    virtual QString affectedName() const { return {}; }

Q_SIGNALS:
    // `message` is one line for the status bar.
    void finished(const QString &message);
    void canceled();
    void failed(const kluis::core::AzureError &error);
    void runningChanged(bool running);
    // True while the command waits on the network (not while a dialog waits on the user).
    void busyChanged(bool busy);

protected:
    virtual void doStart() = 0;
    virtual void doCancel() {}

    // Marks the start of the network work; the end comes with done(), abort() or fail().
    void beginWork();
    void done(const QString &message = {});
    void abort();
    void fail(const core::AzureError &error);
    // Shows the error in a window-modal box (open(), not exec()) and fails.
    void failWithMessage(const QString &title, const core::AzureError &error);
    // True when `result` holds a value; otherwise shows its error as failWithMessage does.
    template<typename Result> bool succeeded(const Result &result, const QString &title)
    {
        if (result)
            return true;
        failWithMessage(title, result.error());
        return false;
    }
    // Opens `dialog` window-modal (deleted when closed): accepting it calls `accepted`, closing
    // it otherwise cancels the command.
    template<typename Accepted> void openDialog(QDialog *dialog, Accepted accepted)
    {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, accepted);
        connect(dialog, &QDialog::rejected, this, &Command::cancel);
        dialog->open();
    }

private:
    void end();

    QPointer<QWidget> m_parentWidget;
    bool m_running = false;
    bool m_ended = false;
    bool m_busy = false;
};

} // namespace kluis::ui
