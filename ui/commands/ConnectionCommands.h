#pragma once

#include "commands/Command.h"

namespace kluis::ui {

class ConnectionSession;

// "Attach local emulator…": choose a cloud file (kluis-emulator's cloud.json).
class AttachCloudFileCommand : public Command
{
    Q_OBJECT
public:
    AttachCloudFileCommand(ConnectionSession *session, QWidget *parent);

protected:
    void doStart() override;

private:
    void attach(const QString &path);
    QPointer<ConnectionSession> m_session;
};

// "Attach vault by URL…": for people who may read a vault but cannot list their subscription.
class AttachVaultCommand : public Command
{
    Q_OBJECT
public:
    AttachVaultCommand(ConnectionSession *session, QWidget *parent);

protected:
    void doStart() override;

private:
    QPointer<ConnectionSession> m_session;
};

class EditSettingsCommand : public Command
{
    Q_OBJECT
public:
    explicit EditSettingsCommand(QWidget *parent);

protected:
    void doStart() override;
};

} // namespace kluis::ui
