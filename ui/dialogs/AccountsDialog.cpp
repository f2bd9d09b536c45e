#include "dialogs/AccountsDialog.h"

#include "accounts/AccountStore.h"
#include "dialogs/SignInDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kluis::ui {

namespace {
QString kindText(core::StoredAccount::Kind kind)
{
    switch (kind) {
    case core::StoredAccount::Kind::DeviceCode:
        return AccountsDialog::tr("device code");
    case core::StoredAccount::Kind::Browser:
        return AccountsDialog::tr("browser");
    case core::StoredAccount::Kind::ClientSecret:
        return AccountsDialog::tr("service principal, secret");
    case core::StoredAccount::Kind::ClientCertificate:
        return AccountsDialog::tr("service principal, certificate");
    case core::StoredAccount::Kind::Environment:
        return AccountsDialog::tr("environment variables");
    case core::StoredAccount::Kind::AzureCli:
        return AccountsDialog::tr("Azure CLI");
    }
    return {};
}
} // namespace

AccountsDialog::AccountsDialog(core::AccountStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    m_list->setAccessibleName(tr("Accounts"));
    m_add->setAccessibleName(tr("Add an account"));
    m_remove->setAccessibleName(tr("Sign out and remove the account"));
    m_remove->setToolTip(tr("Signs out and removes the account's tokens and secrets from the "
                            "keychain"));
    m_status->setWordWrap(true);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int current) { m_remove->setEnabled(current >= 0); });
    if (m_store)
        connect(m_store, &core::AccountStore::accountsChanged, this, &AccountsDialog::refresh);
    refresh();
    // Room for "name — who (how, cloud)" without a scroll bar.
    resize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 140, sizeHint().height());
}

void AccountsDialog::refresh()
{
    m_list->clear();
    if (!m_store)
        return;
    for (const auto &account : m_store->accounts()) {
        const auto cloud = account.cloudFile.isEmpty() ? account.cloudName : account.cloudFile;
        // A cloud file's path can be long: shortened in the middle, whole in the tooltip.
        const auto metrics = m_list->fontMetrics();
        const auto shown = metrics.elidedText(cloud, Qt::ElideMiddle,
                                              metrics.horizontalAdvance(QLatin1Char('x')) * 32);
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3, %4)").arg(account.name, account.who(), kindText(account.kind), shown),
            m_list);
        item->setToolTip(cloud);
        item->setData(Qt::UserRole, account.id);
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void AccountsDialog::addAccount()
{
    m_signIn = new SignInDialog(m_store, this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT signInDialogOpened(m_signIn);
    m_signIn->open();
}

QCoro::Task<> AccountsDialog::removeCurrent()
{
    QPointer<AccountsDialog> self(this);
    auto *item = m_list->currentItem();
    if (!item || !m_store)
        co_return;
    const auto id = item->data(Qt::UserRole).toString();
    m_remove->setEnabled(false);
    auto removed = co_await m_store->remove(id);
    if (!self)
        co_return;
    m_status->setText(removed ? tr("Signed out.") : removed.error().shortMessage());
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace kluis::ui
