#pragma once

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kluis::emulator {

// A snapshot file written atomically (QSaveFile: write, fsync, rename) and a journal of JSON
// lines appended after it. Replaying the journal over the snapshot is idempotent, so a crash
// between writing a snapshot and emptying the journal loses nothing; a torn last line (a kill
// in the middle of a write) is ignored.
class StateJournal
{
public:
    explicit StateJournal(const QString &dataDir);

    bool isPersistent() const { return !m_dir.isEmpty(); }
    // Reads the snapshot (empty object when there is none) and the journal's records.
    bool read(QJsonObject *snapshot, QList<QJsonObject> *records, QString *error);
    void append(const QJsonObject &record);
    int pendingRecords() const { return m_pending; }
    bool writeSnapshot(const QJsonObject &snapshot);

private:
    QString snapshotPath() const;
    QString journalPath() const;
    bool openJournal();

    QString m_dir;
    QFile m_journal;
    int m_pending = 0;
};

} // namespace kluis::emulator
