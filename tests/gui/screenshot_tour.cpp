// Shows the real window, each dialog and the failure pane one after another for
// scripts/screenshots.sh: prints "shot NAME" when a view is ready and waits for a line on
// stdin (the script takes the picture meanwhile). A test tool; it may block.
#include "commands/ObjectActionController.h"
#include "commands/SecretActionController.h"
#include "diagnostics/DiagnosisPane.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/SignInDialog.h"
#include "mainwindow/MainWindow.h"
#include "navigator/VaultNavigator.h"
#include "session/ConnectionSession.h"
#include "vault/ListErrorPanel.h"
#include "vault/ObjectListPane.h"
#include "vault/SecretListPane.h"
#include "vault/VaultPane.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {
void shot(const char *name)
{
    QTest::qWait(900);
    std::printf("shot %s\n", name);
    std::fflush(stdout);
    char line[64];
    if (!std::fgets(line, sizeof line, stdin))
        std::exit(1);
}

QWidget *visibleDialog(QWidget *window)
{
    for (int i = 0; i < 100; ++i) {
        for (auto *widget : QApplication::topLevelWidgets()) {
            if (widget != window && widget->isVisible() && qobject_cast<QDialog *>(widget))
                return widget;
        }
        QTest::qWait(50);
    }
    return nullptr;
}

void closeDialog(QWidget *window)
{
    if (auto *dialog = qobject_cast<QDialog *>(visibleDialog(window)))
        dialog->reject();
    QTest::qWait(200);
}

template<typename F> bool waitFor(F condition, int ms = 20000)
{
    for (int waited = 0; waited < ms; waited += 50) {
        if (condition())
            return true;
        QTest::qWait(50);
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kluis"));
    QApplication::setOrganizationName(QStringLiteral("Kluis"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: kluis-screenshot-tour CLOUD_FILE\n");
        return 2;
    }
    const QLocale locale = QLocale::system();
    QLocale::setDefault(locale);
    QTranslator qt;
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    QTranslator own;
    if (own.load(locale, QStringLiteral("kluis"), QStringLiteral("_"),
                 QStringLiteral(KLUIS_I18N_DIR)))
        QApplication::installTranslator(&own);

    kluis::ui::MainWindow window;
    window.move(0, 0);
    window.resize(1280, 800);
    window.show();
    QString error;
    if (!window.attachCloudFile(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto *pane = window.vaultPane();
    auto *secrets = pane->secretsPane();
    const auto cloudVaults = window.session()->vaults();
    const auto uriOf = [&](const QString &name) {
        for (const auto &vault : cloudVaults) {
            if (vault.name == name)
                return vault.uri;
        }
        return QUrl();
    };
    // Two favourites, so the navigator shows its Favourites group on top.
    window.navigator()->selectVault(uriOf(QStringLiteral("payments-kv")));
    window.navigator()->setCurrentFavourite(true);
    window.navigator()->selectVault(uriOf(QStringLiteral("demo")));
    window.navigator()->setCurrentFavourite(true);
    waitFor([&] { return secrets->isComplete(); });
    secrets->selectByName(QStringLiteral("database-password"));
    shot("main-window");

    auto *actions = window.secretActions();
    actions->newSecret()->trigger();
    visibleDialog(&window);
    shot("dialog-new-secret");
    closeDialog(&window);

    actions->editSecret()->trigger();
    visibleDialog(&window);
    shot("dialog-edit-secret");
    closeDialog(&window);

    actions->deleteSecret()->trigger();
    visibleDialog(&window);
    shot("dialog-delete-secret");
    closeDialog(&window);

    pane->showDeleted(kluis::ui::VaultPane::ObjectKind::Secret);
    waitFor([&] { return pane->deletedPane()->isComplete(); });
    pane->deletedPane()->selectByName(QStringLiteral("old-deployment-token"));
    shot("deleted-tab");
    actions->purgeSecret()->trigger();
    visibleDialog(&window);
    shot("dialog-purge-secret");
    closeDialog(&window);
    pane->tabs()->setCurrentWidget(secrets);

    window.settingsAction()->trigger();
    visibleDialog(&window);
    shot("dialog-settings");
    closeDialog(&window);

    window.attachVaultAction()->trigger();
    visibleDialog(&window);
    shot("dialog-attach-vault");
    closeDialog(&window);

    window.attachEmulatorAction()->trigger();
    visibleDialog(&window);
    shot("dialog-attach-emulator");
    closeDialog(&window);

    auto *objects = window.objectActions();
    pane->tabs()->setCurrentWidget(pane->keysPane());
    waitFor([&] { return pane->keysPane()->isComplete() && !pane->keysPane()->isLoading(); });
    pane->keysPane()->selectByName(QStringLiteral("data-encryption-key"));
    shot("keys-tab");
    objects->newObject()->trigger();
    visibleDialog(&window);
    shot("dialog-new-key");
    closeDialog(&window);
    objects->testKey()->trigger();
    visibleDialog(&window);
    shot("dialog-key-test");
    closeDialog(&window);

    pane->tabs()->setCurrentWidget(pane->certificatesPane());
    waitFor([&] {
        return pane->certificatesPane()->isComplete() && !pane->certificatesPane()->isLoading();
    });
    pane->certificatesPane()->selectByName(QStringLiteral("web-frontend"));
    shot("certificates-tab");
    objects->newObject()->trigger();
    visibleDialog(&window);
    shot("dialog-new-certificate");
    closeDialog(&window);
    objects->importCertificate()->trigger();
    visibleDialog(&window);
    shot("dialog-import-certificate");
    closeDialog(&window);
    objects->viewPolicy()->trigger();
    visibleDialog(&window);
    shot("dialog-certificate-policy");
    closeDialog(&window);
    pane->showDeleted(kluis::ui::VaultPane::ObjectKind::Key);
    waitFor([&] { return pane->deletedKeysPane()->isComplete(); });
    pane->deletedKeysPane()->selectByName(QStringLiteral("retired-key"));
    shot("deleted-keys");
    pane->tabs()->setCurrentWidget(secrets);

    window.navigator()->selectVault(uriOf(QStringLiteral("payments-kv")));
    waitFor([&] { return secrets->isShowingError(); });
    // A firewall refusal is diagnosed unasked; the plain failure pane is one click back.
    const auto diagnosis = [&] {
        return qobject_cast<kluis::ui::DiagnosisPane *>(secrets->errorPanel()->diagnosis());
    };
    waitFor([&] { return diagnosis() && diagnosis()->isFinished(); });
    shot("diagnosis-pane");
    if (diagnosis()) {
        diagnosis()->addTemporaryButton()->click();
        visibleDialog(&window);
        shot("dialog-temporary-rule");
        closeDialog(&window);
    }
    secrets->errorPanel()->showDiagnosis(nullptr);
    shot("failure-pane");

    // The second gate: public network access off (private endpoints only).
    window.navigator()->selectVault(uriOf(QStringLiteral("private-kv")));
    waitFor([&] { return diagnosis() && diagnosis()->isFinished(); });
    shot("diagnosis-public-access-disabled");

    for (auto *action : window.findChildren<QAction *>()) {
        if (action->menuRole() == QAction::AboutRole) {
            action->trigger();
            visibleDialog(&window);
            shot("dialog-about");
            closeDialog(&window);
            break;
        }
    }

    // Sign-in, each way, against the emulator's cloud. Last: the account it adds changes the
    // window.
    const QString cloudFile = QString::fromLocal8Bit(argv[1]);
    QFile cloudJson(cloudFile);
    if (!cloudJson.open(QIODevice::ReadOnly))
        return 1;
    const auto cloud = QJsonDocument::fromJson(cloudJson.readAll()).object();
    QJsonObject client; // a service principal with a certificate file, so with a secret too
    for (const auto &value : cloud.value(QStringLiteral("clients")).toArray()) {
        if (value.toObject().contains(QStringLiteral("certificateFile"))) {
            client = value.toObject();
            break;
        }
    }
    window.signInAction()->trigger();
    auto *signIn = qobject_cast<kluis::ui::SignInDialog *>(visibleDialog(&window));
    if (!signIn)
        return 1;
    signIn->setCloudFile(cloudFile);
    signIn->setMethod(kluis::ui::SignInDialog::Browser);
    shot("dialog-sign-in-browser");

    signIn->setMethod(kluis::ui::SignInDialog::DeviceCode);
    signIn->signInButton()->click();
    waitFor([&] { return !signIn->deviceCodeEdit()->text().isEmpty(); });
    shot("dialog-sign-in-device-code");
    signIn->cancelButton()->click(); // stops the sign-in; the dialog stays
    waitFor([&] { return !signIn->isSigningIn(); });

    signIn->resize(signIn->width(), signIn->sizeHint().height()); // without the code's rows
    signIn->setMethod(kluis::ui::SignInDialog::ServicePrincipalSecret);
    signIn->tenantEdit()->setText(cloud.value(QStringLiteral("tenantId")).toString());
    signIn->clientIdEdit()->setText(client.value(QStringLiteral("clientId")).toString());
    signIn->secretEdit()->setText(client.value(QStringLiteral("clientSecret")).toString());
    signIn->statusLabel()->clear();
    shot("dialog-sign-in-secret");

    signIn->secretEdit()->clear();
    signIn->setMethod(kluis::ui::SignInDialog::ServicePrincipalCertificate);
    signIn->certificateEdit()->setText(client.value(QStringLiteral("certificateFile")).toString());
    signIn->nameEdit()->setText(QStringLiteral("deploy-robot"));
    shot("dialog-sign-in-certificate");
    // A real sign-in: the account is kept (a certificate needs no keychain).
    signIn->signInButton()->click();
    waitFor([&] { return !window.session()->accounts()->accounts().isEmpty(); });
    QTest::qWait(300);

    window.accountsAction()->trigger();
    auto *accounts = qobject_cast<kluis::ui::AccountsDialog *>(visibleDialog(&window));
    if (accounts && accounts->list()->count() > 0)
        accounts->list()->setCurrentRow(0);
    shot("dialog-accounts");
    closeDialog(&window);
    return 0;
}
