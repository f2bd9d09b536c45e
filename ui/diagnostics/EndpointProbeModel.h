#pragma once

#include "diagnostics/Diagnosis.h"

#include <QAbstractTableModel>

namespace kluis::ui {

// The endpoints a diagnosis probes, one row each, filled in as the probes report.
class EndpointProbeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        EndpointColumn,
        StateColumn,
        EvidenceColumn,
        ColumnCount,
    };
    enum Roles
    {
        StateRole = Qt::UserRole + 1, // EndpointProbe::State as int
        HostPortRole,
    };

    explicit EndpointProbeModel(QObject *parent = nullptr);

    void setProbes(const QList<core::EndpointProbe> &probes);
    // One probe changed (FirewallDiagnosis::endpointUpdated); rows are added as needed.
    void updateProbe(int row, const core::EndpointProbe &probe);
    const QList<core::EndpointProbe> &probes() const { return m_probes; }

    static QString stateText(core::EndpointProbe::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::EndpointProbe> m_probes;
};

} // namespace kluis::ui
