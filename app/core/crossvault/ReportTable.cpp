#include "crossvault/ReportTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kluis::core {

namespace {

QString csvCell(QString cell)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
        cell.contains(QLatin1Char('\''))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString markdownCell(QString cell)
{
    cell.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    cell.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"));
    cell.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return cell;
}

QByteArray lines(const QStringList &all, const char *end)
{
    QByteArray out;
    for (const auto &line : all)
        out += line.toUtf8() + end;
    return out;
}

} // namespace

QByteArray ReportTable::toCsv() const
{
    QStringList out;
    auto joined = [](const QStringList &cells) -> QString {
        QStringList quoted;
        for (const auto &cell : cells)
            quoted << csvCell(cell);
        return quoted.join(QLatin1Char(','));
    };
    out << joined(columns);
    for (const auto &row : rows)
        out << joined(row);
    return lines(out, "\r\n");
}

QByteArray ReportTable::toJson() const
{
    QJsonArray array;
    for (const auto &row : rows) {
        QJsonObject object;
        for (int i = 0; i < columns.size(); ++i)
            object.insert(columns.at(i), row.value(i));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray ReportTable::toMarkdown() const
{
    QStringList out;
    auto joined = [](const QStringList &cells) -> QString {
        QStringList escaped;
        for (const auto &cell : cells)
            escaped << markdownCell(cell);
        return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    };
    out << joined(columns);
    out << QStringLiteral("|") + QStringLiteral(" --- |").repeated(columns.size());
    for (const auto &row : rows)
        out << joined(row);
    return lines(out, "\n");
}

} // namespace kluis::core
