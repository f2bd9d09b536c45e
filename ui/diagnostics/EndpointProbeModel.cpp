#include "diagnostics/EndpointProbeModel.h"

#include <QApplication>
#include <QStyle>

namespace kluis::ui {

using State = core::EndpointProbe::State;

EndpointProbeModel::EndpointProbeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EndpointProbeModel::setProbes(const QList<core::EndpointProbe> &probes)
{
    beginResetModel();
    m_probes = probes;
    endResetModel();
}

void EndpointProbeModel::updateProbe(int row, const core::EndpointProbe &probe)
{
    if (row < 0)
        return;
    if (row >= m_probes.size()) {
        beginInsertRows({}, static_cast<int>(m_probes.size()), row);
        m_probes.resize(row + 1);
        m_probes[row] = probe;
        endInsertRows();
        return;
    }
    m_probes[row] = probe;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString EndpointProbeModel::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Checking…");
    case State::Reachable:
        return tr("Reachable");
    case State::Blocked:
        return tr("Blocked");
    case State::Skipped:
        return tr("Skipped");
    }
    return {};
}

int EndpointProbeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_probes.size());
}

int EndpointProbeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointProbeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_probes.size())
        return {};
    const auto &probe = m_probes.at(index.row());
    if (role == StateRole)
        return static_cast<int>(probe.state);
    if (role == HostPortRole)
        return probe.endpoint.hostPort();
    switch (index.column()) {
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return probe.endpoint.roleName();
        break;
    case EndpointColumn:
        if (role == Qt::DisplayRole)
            return probe.endpoint.hostPort();
        break;
    case StateColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return stateText(probe.state);
        if (role == Qt::DecorationRole) {
            auto *style = QApplication::style();
            switch (probe.state) {
            case State::Reachable:
                return style->standardIcon(QStyle::SP_DialogApplyButton);
            case State::Blocked:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case State::Skipped:
                return style->standardIcon(QStyle::SP_MediaSkipForward);
            case State::Pending:
                return style->standardIcon(QStyle::SP_BrowserReload);
            }
        }
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return probe.evidence;
        break;
    default:
        break;
    }
    return {};
}

QVariant EndpointProbeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case EndpointColumn:
        return tr("Host:port");
    case StateColumn:
        return tr("State");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace kluis::ui
