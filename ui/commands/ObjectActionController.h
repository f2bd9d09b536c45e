#pragma once

#include "clients/CertificateDownload.h"
#include "clients/KeyVaultClient.h"
#include "commands/Command.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace kluis::ui {

class CommandRunner;
class LifecycleCommands;
class ConnectionSession;
class VaultPane;

// The actions on keys and certificates (and on deleted ones), enabled from the current tab and
// selection; one Command per trigger. They share the Secrets tab's shortcuts (new, delete,
// recover, purge): only the actions of the tab shown are enabled, so no shortcut is ambiguous.
class ObjectActionController : public QObject
{
    Q_OBJECT

public:
    ObjectActionController(ConnectionSession *session, VaultPane *pane, QWidget *window);

    QAction *newObject() const { return m_new; }
    QAction *deleteObject() const { return m_delete; }
    QAction *recoverObject() const { return m_recover; }
    QAction *purgeObject() const { return m_purge; }
    QAction *backupObject() const { return m_backup; }
    QAction *restoreObject() const { return m_restore; }
    QAction *testKey() const { return m_testKey; }
    QAction *rotateKey() const { return m_rotate; }
    QAction *toggleKeyEnabled() const { return m_toggleEnabled; }
    QAction *importCertificate() const { return m_import; }
    QAction *downloadCer() const { return m_downloadCer; }
    QAction *downloadPem() const { return m_downloadPem; }
    QAction *exportPfx() const { return m_exportPfx; }
    QAction *exportPemWithKey() const { return m_exportPem; }
    QAction *viewPolicy() const { return m_viewPolicy; }
    QList<QAction *> keyActions() const;
    QList<QAction *> certificateActions() const;
    // The last command started (for tests that answer its dialogs).
    Command *lastCommand() const { return m_last; }
    bool isBusy() const;

    void updateActions();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void busyChanged(bool busy);

private:
    std::optional<core::KeyVaultClient> client() const;
    // Starts a command; its ending reloads the lists it changed.
    void run(Command *command, bool reloadList, bool reloadDeleted);
    void createNew();
    void restore();
    void saveCertificate(core::CertificateFileFormat format);
    LifecycleCommands lifecycle(const core::KeyVaultClient &client) const;
    QString currentName() const;
    // The vault's client and the selected item's name, if both are there.
    struct Current
    {
        core::KeyVaultClient client;
        QString name;
    };
    std::optional<Current> current() const;

    QPointer<ConnectionSession> m_session;
    VaultPane *m_pane;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_delete;
    QAction *m_recover;
    QAction *m_purge;
    QAction *m_backup;
    QAction *m_restore;
    QAction *m_testKey;
    QAction *m_rotate;
    QAction *m_toggleEnabled;
    QAction *m_import;
    QAction *m_downloadCer;
    QAction *m_downloadPem;
    QAction *m_exportPfx;
    QAction *m_exportPem;
    QAction *m_viewPolicy;
    QPointer<Command> m_last;
    CommandRunner *m_runner;
};

} // namespace kluis::ui
