#include "Names.h"

#include <QRandomGenerator>
#include <QStringList>

namespace kluis::emulator::names {

bool isValidObjectName(const QString &name)
{
    if (name.isEmpty() || name.size() > 127)
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                        (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

bool isValidVersion(const QString &version)
{
    if (version.size() != 32)
        return false;
    for (const QChar c : version) {
        const bool ok = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                        (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!ok)
            return false;
    }
    return true;
}

QString newVersion()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    QString out;
    out.reserve(32);
    for (const quint32 word : words)
        out += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    return out;
}

bool isKnownApiVersion(const QString &version)
{
    static const QStringList stable{
        QStringLiteral("2016-10-01"), QStringLiteral("7.0"), QStringLiteral("7.1"),
        QStringLiteral("7.2"),        QStringLiteral("7.3"), QStringLiteral("7.4"),
        QStringLiteral("7.5"),        QStringLiteral("7.6"), QStringLiteral("2025-07-01")};
    if (stable.contains(version))
        return true;
    // Previews: 7.1-preview, 7.6-preview.1, …
    const auto dash = version.indexOf(QLatin1String("-preview"));
    if (dash < 0)
        return false;
    const auto rest = version.mid(dash + 8);
    bool numeric = rest.isEmpty();
    if (rest.startsWith(QLatin1Char('.')))
        rest.mid(1).toInt(&numeric);
    return numeric && stable.contains(version.left(dash)) &&
           version.startsWith(QLatin1String("7."));
}

} // namespace kluis::emulator::names
