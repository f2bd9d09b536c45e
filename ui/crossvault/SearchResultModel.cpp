#include "crossvault/SearchResultModel.h"

#include <QLocale>

namespace kluis::ui {

void SearchResultModel::append(const QList<core::ObjectSummary> &matches)
{
    if (matches.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + matches.size() - 1));
    m_rows.append(matches);
    endInsertRows();
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultModel::kindText(core::ObjectKind kind)
{
    switch (kind) {
    case core::ObjectKind::Secret:
        return tr("Secret");
    case core::ObjectKind::Key:
        return tr("Key");
    case core::ObjectKind::Certificate:
        break;
    }
    return tr("Certificate");
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case VaultColumn:
            return row.vault;
        case KindColumn:
            return kindText(row.kind);
        case NameColumn:
            return row.name;
        case ContentTypeColumn:
            return row.contentType;
        case TagsColumn: {
            QStringList tags;
            for (auto it = row.tags.cbegin(); it != row.tags.cend(); ++it)
                tags << it.key() + QLatin1Char('=') + it.value();
            return tags.join(QStringLiteral(", "));
        }
        case ExpiresColumn:
            return row.attributes.expires
                       ? QLocale().toString(row.attributes.expires->toLocalTime(),
                                            QLocale::ShortFormat)
                       : QString();
        default:
            break;
        }
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VaultColumn:
        return tr("Vault");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case ContentTypeColumn:
        return tr("Content type");
    case TagsColumn:
        return tr("Tags");
    case ExpiresColumn:
        return tr("Expires");
    default:
        break;
    }
    return {};
}

} // namespace kluis::ui
