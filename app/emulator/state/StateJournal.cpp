#include "StateJournal.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace kluis::emulator {

StateJournal::StateJournal(const QString &dataDir)
    : m_dir(dataDir)
{}

QString StateJournal::snapshotPath() const
{
    return QDir(m_dir).absoluteFilePath(QStringLiteral("state.json"));
}

QString StateJournal::journalPath() const
{
    return QDir(m_dir).absoluteFilePath(QStringLiteral("journal.jsonl"));
}

bool StateJournal::read(QJsonObject *snapshot, QList<QJsonObject> *records, QString *error)
{
    if (!isPersistent())
        return true;
    QFile file(snapshotPath());
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        QJsonParseError parseError{};
        const auto document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = QStringLiteral("%1 is not valid JSON: %2")
                         .arg(file.fileName(), parseError.errorString());
            return false;
        }
        *snapshot = document.object();
    }
    QFile journal(journalPath());
    if (journal.open(QIODevice::ReadOnly)) {
        while (!journal.atEnd()) {
            const auto line = journal.readLine();
            // A line without its newline was cut short by a crash mid-write: it never counted.
            if (!line.endsWith('\n'))
                break;
            const auto document = QJsonDocument::fromJson(line);
            if (document.isObject())
                records->append(document.object());
        }
    }
    return true;
}

bool StateJournal::openJournal()
{
    if (m_journal.isOpen())
        return true;
    m_journal.setFileName(journalPath());
    return m_journal.open(QIODevice::WriteOnly | QIODevice::Append);
}

void StateJournal::append(const QJsonObject &record)
{
    if (!isPersistent() || !openJournal())
        return;
    m_journal.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    // Into the kernel at once, so a killed process loses nothing it acknowledged.
    m_journal.flush();
    ++m_pending;
}

bool StateJournal::writeSnapshot(const QJsonObject &snapshot)
{
    if (!isPersistent())
        return true;
    QDir().mkpath(m_dir);
    QSaveFile file(snapshotPath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return false;
    m_journal.close();
    QFile::resize(journalPath(), 0);
    m_pending = 0;
    return true;
}

} // namespace kluis::emulator
