#pragma once

#include "EmulatorProcess.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kluis::bench {

struct KluisctlRun
{
    bool ok = false;
    double seconds = 0;
    double peakMb = 0;
    QByteArray out;
};

// Runs kluisctl against `emulator` (its cloud profile and full-access client) with stdout to
// `outFile`, as a script would; wall time and peak resident memory.
KluisctlRun runKluisctl(const EmulatorProcess &emulator, const QStringList &arguments,
                        const QString &outFile);

// "CPU model, N CPUs, load average a b c, BuildType build": the line every figure is read with.
QString benchMachine();
// CPU time of the calling (main) thread: on a loaded machine wall time also counts the time the
// scheduler gave to other processes, which is no stall of ours.
qint64 threadCpuNanoseconds();

} // namespace kluis::bench
