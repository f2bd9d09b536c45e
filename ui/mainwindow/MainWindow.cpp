#include "MainWindow.h"

#include "access/AccessWindow.h"
#include "access/RbacReadinessWindow.h"
#include "accounts/AccountTreeModel.h"
#include "commands/ConnectionCommands.h"
#include "commands/ExportMetadataCommand.h"
#include "commands/ObjectActionController.h"
#include "commands/SecretActionController.h"
#include "crossvault/CompareCopyWindow.h"
#include "crossvault/ExpiryNotice.h"
#include "crossvault/ExpiryReportWindow.h"
#include "crossvault/SearchWindow.h"
#include "crossvault/SecretImportDialog.h"
#include "diagnostics/DiagnosticsController.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/SignInDialog.h"
#include "mainwindow/ContextToolBar.h"
#include "navigator/VaultNavigator.h"
#include "session/AppSettings.h"
#include "session/ConnectionSession.h"
#include "vault/ListPaneBase.h"
#include "vault/ObjectListPane.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"
#include "widgets/AccessibleValueLabel.h"
#include "widgets/ClipboardGuard.h"
#include "widgets/ThemeIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace kluis::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ConnectionSession(this))
    , m_clipboard(new ClipboardGuard(this))
    , m_navigator(new VaultNavigator(this))
    , m_vaultPane(new VaultPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_secretActions(new SecretActionController(m_session, m_vaultPane, m_clipboard, this))
    , m_objectActions(new ObjectActionController(m_session, m_vaultPane, this))
    , m_diagnostics(new DiagnosticsController(m_session, {}, this))
    , m_cloudLabel(new QLabel(this))
    , m_accountLabel(new QLabel(this))
    , m_activityLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_messageTimer(new QTimer(this))
{
    m_expiryNotice = new ExpiryNotice(this);
    m_expiryCheckTimer = new QTimer(this);
    Command::setAccessOffer([this](const QString &role) { offerAccess(role); });
    setWindowTitle(tr("Kluis"));
    m_vaultPane->setDiagnostics(m_diagnostics);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_vaultPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 960});
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addWidget(m_expiryNotice);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Messages in a label of their own rather than QStatusBar::showMessage, whose text
    // assistive technology cannot read.
    setAccessibleValueLabel(m_messageLabel, tr("Status message"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, m_messageLabel, &QLabel::clear);
    statusBar()->addWidget(m_messageLabel, 1);
    setAccessibleValueLabel(m_cloudLabel, tr("Cloud"));
    setAccessibleValueLabel(m_accountLabel, tr("Account"));
    setAccessibleValueLabel(m_activityLabel, tr("Network activity"));
    statusBar()->addPermanentWidget(m_activityLabel);
    statusBar()->addPermanentWidget(m_cloudLabel);
    statusBar()->addPermanentWidget(m_accountLabel);

    m_navigator->setAccountTree(m_session->accountTree());
    buildMenus();
    connect(m_session, &ConnectionSession::connectionChanged, this,
            &MainWindow::onConnectionChanged);
    connect(m_session, &ConnectionSession::vaultsChanged, this, &MainWindow::onVaultsChanged);
    connect(m_navigator, &VaultNavigator::currentVaultChanged, this,
            &MainWindow::onCurrentVaultChanged);
    connect(m_navigator, &VaultNavigator::contentChanged, this,
            [this] { m_vaultPane->setNavigatorEmpty(m_navigator->isEmpty()); });
    m_vaultPane->setNavigatorEmpty(m_navigator->isEmpty());
    connect(m_navigator, &VaultNavigator::favouritesChanged, this, [this] {
        const QSignalBlocker blocker(m_favourite);
        m_favourite->setChecked(m_navigator->isCurrentFavourite());
    });
    connect(m_vaultPane, &VaultPane::loadingChanged, this, &MainWindow::updateActivity);
    connect(m_secretActions, &SecretActionController::busyChanged, this,
            &MainWindow::updateActivity);
    connect(m_secretActions, &SecretActionController::statusMessage, this,
            [this](const QString &message) { showStatus(message, 10000); });
    connect(m_objectActions, &ObjectActionController::busyChanged, this,
            &MainWindow::updateActivity);
    connect(m_objectActions, &ObjectActionController::statusMessage, this,
            [this](const QString &message) { showStatus(message, 10000); });
    connect(m_clipboard, &ClipboardGuard::cleared, this,
            [this] { showStatus(tr("Clipboard cleared."), 5000); });

    // The vaults of the window and of every account come in at their own pace: the notice
    // looks at the favourites once things have settled.
    m_expiryCheckTimer->setSingleShot(true);
    m_expiryCheckTimer->setInterval(1500);
    connect(m_expiryCheckTimer, &QTimer::timeout, this, &MainWindow::checkFavouritesExpiry);
    connect(m_session, &ConnectionSession::vaultsChanged, m_expiryCheckTimer,
            qOverload<>(&QTimer::start));
    connect(m_session->accountTree(), &QAbstractItemModel::rowsInserted, m_expiryCheckTimer,
            [this] { m_expiryCheckTimer->start(); });
    connect(m_expiryNotice, &ExpiryNotice::reportRequested, this, [this](int days) {
        auto *window = expiryReportWindow();
        window->withinDays()->setValue(days);
        m_expiryReport->trigger();
    });

    applySettings();
    onConnectionChanged();
    onVaultsChanged();
    updateActivity();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    Command::setAccessOffer({});
    // Drop the lists first so that requests aborted with the pipeline find nobody to report to.
    m_vaultPane->setVault(std::nullopt, std::nullopt);
    delete m_session;
}

void MainWindow::createFileActions()
{
    m_attachEmulator = new QAction(tr("Attach local &emulator…"), this);
    m_attachEmulator->setToolTip(tr("Connect to kluis-emulator through its cloud.json"));
    connect(m_attachEmulator, &QAction::triggered, this,
            [this] { startCommand(new AttachCloudFileCommand(m_session, this)); });
    m_attachVault = new QAction(tr("Attach vault by &URL…"), this);
    m_attachVault->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_attachVault, &QAction::triggered, this,
            [this] { startCommand(new AttachVaultCommand(m_session, this)); });
    m_signIn = new QAction(tr("&Add account…"), this);
    m_signIn->setToolTip(
        tr("Sign in to an Azure cloud: browser, device code or service principal"));
    connect(m_signIn, &QAction::triggered, this, [this] {
        auto *dialog = new SignInDialog(m_session->accounts(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_accounts = new QAction(tr("A&ccounts…"), this);
    connect(m_accounts, &QAction::triggered, this, [this] {
        auto *dialog = new AccountsDialog(m_session->accounts(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, [this] {
        auto *command = new EditSettingsCommand(this);
        connect(command, &Command::finished, this, &MainWindow::applySettings);
        startCommand(command);
    });
    m_exportMetadata = new QAction(tr("E&xport vault metadata…"), this);
    m_exportMetadata->setToolTip(
        tr("Every secret, key and certificate of the vault with its dates and tags (never "
           "values), as CSV or JSON"));
    connect(m_exportMetadata, &QAction::triggered, this, [this] {
        if (const auto vault = shownVault())
            startCommand(new ExportMetadataCommand(*vault, this));
    });
    m_importSecrets = new QAction(tr("&Import secrets…"), this);
    m_importSecrets->setToolTip(tr("Secrets from a .env or JSON file, with a preview first"));
    connect(m_importSecrets, &QAction::triggered, this, [this] {
        const auto vault = shownVault();
        if (!vault)
            return;
        auto *dialog = new SecretImportDialog(*vault, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SecretImportDialog::secretsWritten, this,
                [this, url = vault->client.vaultUrl()] {
                    if (const auto shown = shownVault(); shown && shown->client.vaultUrl() == url)
                        m_secretActions->refresh()->trigger();
                });
        dialog->open();
    });
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Icons from the desktop theme (bundled ones where it has none).
    m_attachEmulator->setIcon(themeIcon(QStringLiteral("network-server")));
    m_attachVault->setIcon(themeIcon(QStringLiteral("insert-link")));
    m_signIn->setIcon(themeIcon(QStringLiteral("list-add-user")));
    m_accounts->setIcon(themeIcon(QStringLiteral("system-users")));
    m_settings->setIcon(themeIcon(QStringLiteral("preferences-system")));
    m_exportMetadata->setIcon(themeIcon(QStringLiteral("document-export")));
    m_importSecrets->setIcon(themeIcon(QStringLiteral("document-import")));
    m_quit->setIcon(themeIcon(QStringLiteral("application-exit")));
}

std::optional<core::NamedVault> MainWindow::shownVault() const
{
    const auto &vault = m_vaultPane->vault();
    const auto &client = m_vaultPane->client();
    if (!vault || !client)
        return std::nullopt;
    return core::NamedVault{vault->name, *client};
}

void MainWindow::createFindActions()
{
    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        QLineEdit *edit = m_vaultPane->currentListPane()
                              ? m_vaultPane->currentListPane()->filterEdit()
                              : m_navigator->filterEdit();
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    });
    m_findVault = new QAction(tr("Find &vault"), this);
    m_findVault->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_findVault, &QAction::triggered, this, [this] {
        m_navigator->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_navigator->filterEdit()->selectAll();
    });
    m_searchEverywhere = new QAction(tr("Search every&where…"), this);
    m_searchEverywhere->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchEverywhere->setToolTip(
        tr("Names, content types and tags in every vault you reach (never values)"));
    connect(m_searchEverywhere, &QAction::triggered, this, [this] {
        auto *window = searchWindow();
        window->show();
        window->raise();
        window->activateWindow();
        window->textEdit()->setFocus(Qt::ShortcutFocusReason);
        window->textEdit()->selectAll();
    });
    m_expiryReport = new QAction(tr("&Expiry and hygiene report…"), this);
    m_expiryReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_expiryReport, &QAction::triggered, this, [this] {
        auto *window = expiryReportWindow();
        window->show();
        window->raise();
        window->activateWindow();
        if (window->view()->model()->rowCount() == 0 && !window->isRunning())
            window->run();
    });
    m_compareCopy = new QAction(tr("&Compare and copy vaults…"), this);
    m_compareCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_compareCopy, &QAction::triggered, this, [this] {
        auto *window = compareCopyWindow();
        window->reloadVaults();
        window->show();
        window->raise();
        window->activateWindow();
    });
    m_vaultAccess = new QAction(tr("Vault &access…"), this);
    m_vaultAccess->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_vaultAccess->setToolTip(
        tr("Who may do what in this vault: role assignments, access policies, your permissions"));
    connect(m_vaultAccess, &QAction::triggered, this, [this] { offerAccess({}); });
    m_rbacReadiness = new QAction(tr("A&zure RBAC readiness…"), this);
    m_rbacReadiness->setToolTip(
        tr("Every vault still on access policies, each entry mapped to the built-in roles"));
    connect(m_rbacReadiness, &QAction::triggered, this, [this] {
        auto *window = rbacReadinessWindow();
        window->show();
        window->raise();
        window->activateWindow();
        if (window->table().rows.isEmpty() && !window->isRunning())
            window->run();
    });
    m_favourite = new QAction(tr("&Favourite"), this);
    m_favourite->setCheckable(true);
    m_favourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_favourite->setToolTip(tr("Pin the vault to Favourites, at the top of the navigator"));
    connect(m_favourite, &QAction::toggled, this,
            [this](bool on) { m_navigator->setCurrentFavourite(on); });

    m_find->setIcon(themeIcon(QStringLiteral("edit-find")));
    m_findVault->setIcon(themeIcon(QStringLiteral("edit-find")));
    m_searchEverywhere->setIcon(themeIcon(QStringLiteral("system-search")));
    m_expiryReport->setIcon(themeIcon(QStringLiteral("view-calendar")));
    m_compareCopy->setIcon(themeIcon(QStringLiteral("edit-copy")));
    m_vaultAccess->setIcon(themeIcon(QStringLiteral("system-users")));
    m_rbacReadiness->setIcon(themeIcon(QStringLiteral("view-list-details")));
    m_favourite->setIcon(themeIcon(QStringLiteral("starred")));
}

SearchWindow *MainWindow::searchWindow()
{
    if (!m_searchWindow) {
        m_searchWindow = new SearchWindow(this);
        m_searchWindow->setVaultSource([this] { return m_session->reachableVaults(); });
        connect(m_searchWindow, &SearchWindow::openRequested, this, &MainWindow::openObject);
    }
    return m_searchWindow;
}

ExpiryReportWindow *MainWindow::expiryReportWindow()
{
    if (!m_expiryReportWindow) {
        m_expiryReportWindow = new ExpiryReportWindow(this);
        m_expiryReportWindow->setVaultSource([this] { return m_session->reachableVaults(); });
    }
    return m_expiryReportWindow;
}

CompareCopyWindow *MainWindow::compareCopyWindow()
{
    if (!m_compareCopyWindow) {
        m_compareCopyWindow = new CompareCopyWindow(this);
        m_compareCopyWindow->setVaultSource([this] { return m_session->reachableVaults(); });
    }
    return m_compareCopyWindow;
}

AccessWindow *MainWindow::accessWindow()
{
    if (!m_accessWindow) {
        m_accessWindow = new AccessWindow(this);
        // A grant may let the lists read what they were refused; they say so after a reload.
        connect(m_accessWindow, &AccessWindow::accessChanged, this,
                [this] { m_secretActions->refresh()->trigger(); });
    }
    return m_accessWindow;
}

RbacReadinessWindow *MainWindow::rbacReadinessWindow()
{
    if (!m_rbacReadinessWindow) {
        m_rbacReadinessWindow = new RbacReadinessWindow(this);
        m_rbacReadinessWindow->setPipelineSource([this] {
            QList<core::HttpPipeline *> pipelines;
            if (m_session->pipeline())
                pipelines.append(m_session->pipeline());
            for (const auto &vault : m_session->reachableVaults()) {
                if (auto *pipeline = vault.client.pipeline())
                    pipelines.append(pipeline);
            }
            return pipelines;
        });
    }
    return m_rbacReadinessWindow;
}

void MainWindow::offerAccess(const QString &roleName)
{
    const auto &vault = m_vaultPane->vault();
    const auto shown = shownVault();
    if (!vault || !shown)
        return;
    auto *window = accessWindow();
    if (!roleName.isEmpty()) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(window, &AccessWindow::loaded, this, [window, roleName, once] {
            QObject::disconnect(*once);
            window->offerGrant({}, roleName);
        });
    }
    window->setVault(*vault, shown->client.pipeline());
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::openObject(const QUrl &vaultUrl, core::ObjectKind kind, const QString &name)
{
    if (!m_navigator->selectVault(vaultUrl))
        return;
    ListPaneBase *pane = m_vaultPane->secretsPane();
    if (kind == core::ObjectKind::Key)
        pane = m_vaultPane->keysPane();
    else if (kind == core::ObjectKind::Certificate)
        pane = m_vaultPane->certificatesPane();
    m_vaultPane->tabs()->setCurrentWidget(pane);
    if (!name.isEmpty())
        pane->selectWhenListed(name);
    activateWindow();
    raise();
}

void MainWindow::buildMenus()
{
    createFileActions();
    createFindActions();

    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_signIn);
    file->addAction(m_accounts);
    file->addSeparator();
    file->addAction(m_attachEmulator);
    file->addAction(m_attachVault);
    file->addSeparator();
    file->addAction(m_importSecrets);
    file->addAction(m_exportMetadata);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_secretActions->newSecret());
    edit->addAction(m_secretActions->editSecret());
    edit->addAction(m_secretActions->newVersion());
    edit->addAction(m_secretActions->revealValue());
    edit->addAction(m_secretActions->copyValue());
    edit->addAction(m_secretActions->deleteSecret());
    edit->addSeparator();
    edit->addAction(m_secretActions->recoverSecret());
    edit->addAction(m_secretActions->purgeSecret());
    edit->addSeparator();
    edit->addAction(m_secretActions->backupSecret());
    edit->addAction(m_secretActions->restoreSecret());
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_findVault);
    edit->addAction(m_searchEverywhere);

    const QList<QAction *> shared = {
        m_objectActions->newObject(),     m_objectActions->deleteObject(),
        m_objectActions->backupObject(),  m_objectActions->restoreObject(),
        m_objectActions->recoverObject(), m_objectActions->purgeObject()};
    auto *keys = menuBar()->addMenu(tr("&Keys"));
    keys->addActions(m_objectActions->keyActions());
    keys->addSeparator();
    keys->addActions(shared);
    auto *certificates = menuBar()->addMenu(tr("&Certificates"));
    certificates->addActions(m_objectActions->certificateActions());
    certificates->addSeparator();
    certificates->addActions(shared);

    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_secretActions->refresh());
    view->addAction(m_favourite);
    view->addSeparator();
    view->addAction(m_expiryReport);
    view->addAction(m_compareCopy);
    view->addSeparator();
    view->addAction(m_vaultAccess);
    view->addAction(m_rbacReadiness);

    auto *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About Kluis"));
    about->setMenuRole(QAction::AboutRole);
    about->setIcon(themeIcon(QStringLiteral("help-about")));
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    buildToolbar();
}

void MainWindow::buildToolbar()
{
    using Context = ContextToolBar::Context;
    m_toolbar = new ContextToolBar(tr("Main toolbar"), this);
    addToolBar(m_toolbar);
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setAccessibleName(tr("Main toolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Small icons beside the words keep the toolbar one text line high (the window fits 640
    // pixels).
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setMovable(false);
    const auto *secrets = m_secretActions;
    const auto *objects = m_objectActions;
    m_toolbar->setContextActions(Context::Secrets, {secrets->newSecret(), secrets->editSecret(),
                                                    secrets->revealValue(), secrets->copyValue(),
                                                    secrets->deleteSecret()});
    m_toolbar->setContextActions(Context::Keys,
                                 {objects->newObject(), objects->rotateKey(), objects->testKey(),
                                  objects->toggleKeyEnabled(), objects->deleteObject()});
    m_toolbar->setContextActions(Context::Certificates,
                                 {objects->newObject(), objects->importCertificate(),
                                  objects->downloadCer(), objects->deleteObject()});
    m_toolbar->setContextActions(Context::DeletedSecrets,
                                 {secrets->recoverSecret(), secrets->purgeSecret()});
    m_toolbar->setContextActions(Context::DeletedObjects,
                                 {objects->recoverObject(), objects->purgeObject()});
    m_toolbar->setCommonActions({secrets->refresh(), m_favourite});
    connect(m_vaultPane, &VaultPane::currentItemChanged, this, &MainWindow::updateToolbar);
    updateToolbar();
}

void MainWindow::updateToolbar()
{
    using Context = ContextToolBar::Context;
    using Kind = VaultPane::ObjectKind;
    Context context = Context::None;
    if (m_vaultPane->vault()) {
        const Kind kind = m_vaultPane->currentKind();
        if (m_vaultPane->isShowingDeleted())
            context = kind == Kind::Secret ? Context::DeletedSecrets : Context::DeletedObjects;
        else if (kind == Kind::Key)
            context = Context::Keys;
        else if (kind == Kind::Certificate)
            context = Context::Certificates;
        else
            context = Context::Secrets;
    }
    m_toolbar->setContext(context);
}

void MainWindow::showStatus(const QString &message, int milliseconds)
{
    m_messageLabel->setText(message);
    m_messageTimer->start(milliseconds);
}

QString MainWindow::statusMessage() const
{
    return m_messageLabel->text();
}

void MainWindow::startCommand(Command *command)
{
    connect(command, &Command::finished, this, [this](const QString &message) {
        if (!message.isEmpty())
            showStatus(message, 10000);
    });
    command->start();
}

void MainWindow::applySettings()
{
    m_clipboard->setTimeout(std::chrono::seconds(AppSettings::clipboardTimeoutSeconds.value()));
    m_vaultPane->setExpiryWarningDays(AppSettings::expiryWarningDays.value());
}

void MainWindow::setCloudProfile(const core::CloudProfile &profile)
{
    m_session->setCloud(profile);
}

bool MainWindow::attachCloudFile(const QString &path, QString *error)
{
    return m_session->attachCloudFile(path, error);
}

// A long account (an application id and a tenant id) would push status messages out of the
// status bar: shortened in the middle, whole in the tooltip.
void MainWindow::setAccountText(const QString &text)
{
    m_accountLabel->setToolTip(text);
    m_accountLabel->setText(m_accountLabel->fontMetrics().elidedText(text, Qt::ElideMiddle, 360));
}

void MainWindow::onConnectionChanged()
{
    const bool connected = m_session->isConnected();
    m_cloudLabel->setText(connected ? tr("Cloud: %1").arg(m_session->cloud().displayName)
                                    : tr("Not connected"));
    setAccountText(connected ? tr("Account: %1").arg(m_session->accountDescription()) : QString());
    m_accountLabel->setVisible(connected);
    // The old pipeline is gone; lists built on it start again.
    onCurrentVaultChanged();
}

void MainWindow::onVaultsChanged()
{
    m_navigator->setVaults(m_session->vaults());
    if (!m_navigator->currentVault()) {
        m_restoringVault = true;
        m_navigator->selectVault(QUrl(AppSettings::lastVault.value()));
        m_restoringVault = false;
        onCurrentVaultChanged();
    }
}

void MainWindow::checkFavouritesExpiry()
{
    const auto favourites = AppSettings::favouriteVaults.value();
    if (favourites.isEmpty())
        return;
    QList<core::NamedVault> chosen;
    QSet<QUrl> seen;
    for (const auto &vault : m_session->reachableVaults()) {
        const auto url = vault.client.vaultUrl();
        if (favourites.contains(url.toString()) && !seen.contains(url)) {
            seen.insert(url);
            chosen.append(vault);
        }
    }
    m_expiryNotice->check(chosen, AppSettings::expiryWarningDays.value());
}

void MainWindow::onCurrentVaultChanged()
{
    const auto vault = m_navigator->currentVault();
    if (m_restoringVault)
        return;
    // The client, account and cloud that reach this vault (a stored account's, or the window's
    // own), found once.
    const auto connection =
        vault ? m_session->connectionFor(vault->uri, m_navigator->currentPlace()) : std::nullopt;
    m_vaultPane->setVault(vault, connection ? std::optional(connection->client) : std::nullopt);
    if (vault)
        AppSettings::lastVault.set(vault->uri.toString());
    if (connection) {
        m_cloudLabel->setText(tr("Cloud: %1").arg(connection->cloudName));
        setAccountText(tr("Account: %1").arg(connection->accountDescription));
        m_accountLabel->setVisible(true);
    }
    const QSignalBlocker blocker(m_favourite);
    m_favourite->setEnabled(vault.has_value());
    m_exportMetadata->setEnabled(shownVault().has_value());
    m_vaultAccess->setEnabled(shownVault().has_value());
    m_importSecrets->setEnabled(shownVault().has_value());
    m_favourite->setChecked(m_navigator->isCurrentFavourite());
    m_secretActions->updateActions();
    m_objectActions->updateActions();
}

void MainWindow::updateActivity()
{
    const bool busy =
        m_vaultPane->isLoading() || m_secretActions->isBusy() || m_objectActions->isBusy();
    m_activityLabel->setText(busy ? tr("Network: busy…") : tr("Network: idle"));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_vaultPane->splitter()->restoreState(
        settings.value(QStringLiteral("window/detailsSplitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_clipboard->clear();
    event->accept();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/detailsSplitter"),
                      m_vaultPane->splitter()->saveState());
}

} // namespace kluis::ui
