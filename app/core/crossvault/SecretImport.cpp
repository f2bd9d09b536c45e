#include "crossvault/SecretImport.h"

#include "common/SecureMemory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

// The parser's words are filed (by lupdate, and so looked up) under the namespace's name.
namespace kluis::core::secretimport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kluis::core::secretimport", text);
}

AzureError lineError(int line, const QString &what)
{
    return AzureError::usage(tr("Line %1: %2").arg(line).arg(what));
}

QString vaultName(QString key)
{
    key.replace(QLatin1Char('_'), QLatin1Char('-'));
    key.replace(QLatin1Char('.'), QLatin1Char('-'));
    return key;
}

// The value after KEY= on `lines[*index]`, which may run over the next lines when a double
// quote is left open; `*index` ends on the last line read.
std::optional<QString> envValue(const QStringList &lines, qsizetype *index, QString rest)
{
    rest = rest.trimmed();
    if (rest.startsWith(QLatin1Char('\''))) {
        const auto end = rest.indexOf(QLatin1Char('\''), 1);
        if (end < 0)
            return std::nullopt;
        return rest.mid(1, end - 1);
    }
    if (!rest.startsWith(QLatin1Char('"'))) {
        const auto comment = rest.indexOf(QStringLiteral(" #"));
        return (comment < 0 ? rest : rest.left(comment)).trimmed();
    }
    QString value;
    qsizetype i = 1;
    for (;;) {
        for (; i < rest.size(); ++i) {
            const auto c = rest.at(i);
            if (c == QLatin1Char('"'))
                return value;
            if (c == QLatin1Char('\\') && i + 1 < rest.size()) {
                const auto next = rest.at(++i);
                value += next == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                         : next == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                                    : next;
                continue;
            }
            value += c;
        }
        if (++*index >= lines.size())
            return std::nullopt;
        value += QLatin1Char('\n');
        rest = lines.at(*index);
        i = 0;
    }
}

Result<QList<ImportedSecret>> parseEnv(const QString &text)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    QList<ImportedSecret> entries;
    const auto lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto line = lines.at(i).trimmed();
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const auto equals = line.indexOf(QLatin1Char('='));
        const int lineNumber = int(i + 1);
        if (equals <= 0)
            return lineError(lineNumber, tr("expected NAME=value."));
        const auto key = line.left(equals).trimmed();
        if (!keyPattern.match(key).hasMatch())
            return lineError(lineNumber, tr("\"%1\" is not a variable name.").arg(key.left(64)));
        auto value = envValue(lines, &i, line.mid(equals + 1));
        if (!value)
            return lineError(lineNumber, tr("a quote is not closed."));
        ImportedSecret entry;
        entry.name = vaultName(key);
        entry.sourceKey = key;
        entry.value = std::move(*value);
        entries.append(std::move(entry));
    }
    return entries;
}

std::optional<QDateTime> jsonDate(const QJsonValue &value, bool *ok)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const auto when = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!when.isValid())
        *ok = false;
    return when.toUTC();
}

Result<ImportedSecret> jsonEntry(const QString &name, const QJsonValue &value)
{
    ImportedSecret entry;
    entry.name = name;
    entry.sourceKey = name;
    if (value.isString()) {
        entry.value = value.toString();
        return entry;
    }
    const auto object = value.toObject();
    if (!object.value(QStringLiteral("value")).isString())
        return AzureError::usage(tr("\"%1\" has no text value.").arg(name.left(64)));
    entry.value = object.value(QStringLiteral("value")).toString();
    entry.contentType = object.value(QStringLiteral("contentType")).toString();
    const auto tags = object.value(QStringLiteral("tags")).toObject();
    for (auto it = tags.begin(); it != tags.end(); ++it)
        entry.tags.insert(it.key(), it.value().toString());
    entry.attributes.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    bool ok = true;
    entry.attributes.notBefore = jsonDate(object.value(QStringLiteral("notBefore")), &ok);
    entry.attributes.expires = jsonDate(object.value(QStringLiteral("expires")), &ok);
    if (!ok)
        return AzureError::usage(tr("\"%1\" has a date that is not ISO 8601.").arg(name.left(64)));
    return entry;
}

Result<QList<ImportedSecret>> parseJson(const QByteArray &bytes)
{
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return AzureError::usage(tr("The file is not valid JSON (at byte %1: %2).")
                                     .arg(error.offset)
                                     .arg(error.errorString()));
    QList<ImportedSecret> entries;
    if (document.isObject()) {
        const auto object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto entry = jsonEntry(it.key(), it.value());
            if (!entry)
                return entry.error();
            entries.append(std::move(entry.value()));
        }
        return entries;
    }
    for (const auto &item : document.array()) {
        const auto name = item.toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return AzureError::usage(tr("An entry of the array has no \"name\"."));
        auto entry = jsonEntry(name, item);
        if (!entry)
            return entry.error();
        entries.append(std::move(entry.value()));
    }
    return entries;
}

} // namespace

} // namespace kluis::core::secretimport

namespace kluis::core {

using secretimport::parseEnv;
using secretimport::parseJson;

SecretImport::SecretImport(NamedVault target, ObjectCopy::OnConflict onConflict)
    : m_target(std::move(target))
    , m_onConflict(onConflict)
{}

Result<QList<ImportedSecret>> SecretImport::parse(const QByteArray &bytes)
{
    const auto trimmed = bytes.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return parseJson(bytes);
    auto text = QString::fromUtf8(bytes);
    auto entries = parseEnv(text);
    wipe(text);
    return entries;
}

QCoro::Task<Result<ObjectCopy::Report>> SecretImport::plan(QList<ImportedSecret> entries) const
{
    auto targetTask = ObjectCopy::targetNames(m_target, ObjectKind::Secret);
    const auto target = co_await targetTask;
    wipeValues(entries);
    if (!target)
        co_return target.error();
    ObjectCopy::Report report;
    QSet<QString> seen;
    for (const auto &entry : std::as_const(entries)) {
        if (!KeyVaultClient::isValidObjectName(entry.name))
            report.skipped.append({entry.name, QStringLiteral("invalid-name"), entry.sourceKey});
        else if (seen.contains(entry.name.toLower()))
            report.skipped.append({entry.name, QStringLiteral("duplicate"), entry.sourceKey});
        else
            ObjectCopy::place(report, entry.name, target.value(), m_onConflict, ObjectKind::Secret);
        seen.insert(entry.name.toLower());
    }
    co_return report;
}

QCoro::Task<ObjectCopy::Report>
SecretImport::write(ObjectCopy::Report plan, QList<ImportedSecret> entries,
                    std::function<void(const QString &)> progress) const
{
    ObjectCopy::Report done;
    done.skipped = plan.skipped;
    done.stopped = plan.stopped;
    if (plan.stopped) {
        wipeValues(entries);
        co_return done;
    }
    QHash<QString, qsizetype> byName;
    for (qsizetype i = entries.size() - 1; i >= 0; --i)
        byName.insert(entries.at(i).name.toLower(), i);
    for (const auto &[names, journal] :
         {std::pair{plan.created, &done.created}, std::pair{plan.newVersion, &done.newVersion}}) {
        for (const auto &name : names) {
            auto &entry = entries[byName.value(name.toLower())];
            auto task = m_target.client.setSecret(entry.name, entry.value, entry.contentType,
                                                  entry.tags, entry.attributes);
            wipe(entry.value);
            auto written = co_await task;
            if (!written) {
                done.error = written.error();
                wipeValues(entries);
                co_return done;
            }
            wipe(written.value().value);
            journal->append(name);
            if (progress)
                progress(name);
        }
    }
    wipeValues(entries);
    co_return done;
}

void SecretImport::wipeValues(QList<ImportedSecret> &entries)
{
    for (auto &entry : entries)
        wipe(entry.value);
}

} // namespace kluis::core
