#pragma once

#include <QCoro/QCoroTask>
#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace kluis::core {
class AccountStore;
}

namespace kluis::ui {

class SignInDialog;

// The accounts Kluis keeps: who, how and in which cloud. Add opens the sign-in dialog; Remove
// signs out and forgets the account's keychain entries.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(core::AccountStore *store, QWidget *parent);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    SignInDialog *signInDialog() const { return m_signIn; }

Q_SIGNALS:
    void signInDialogOpened(kluis::ui::SignInDialog *dialog);

private:
    void refresh();
    void addAccount();
    QCoro::Task<> removeCurrent();

    QPointer<core::AccountStore> m_store;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
    QPointer<SignInDialog> m_signIn;
};

} // namespace kluis::ui
