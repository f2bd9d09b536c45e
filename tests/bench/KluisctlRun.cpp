#include "KluisctlRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace kluis::bench {

// Runs kluisctl with stdout to a file, as a script would, under GNU time for its peak resident
// memory: wait4 on a child spawned from this (large) process would report this process's peak
// too, which the kernel carries over through exec.
KluisctlRun runKluisctl(const EmulatorProcess &emulator, const QStringList &arguments,
                        const QString &outFile)
{
    const QString timeFile = outFile + QStringLiteral(".time");
    QStringList all{QStringLiteral("/usr/bin/time"),
                    QStringLiteral("-f"),
                    QStringLiteral("%M"),
                    QStringLiteral("-o"),
                    timeFile,
                    QStringLiteral(KLUIS_KLUISCTL_PATH),
                    QStringLiteral("--cloud-file"),
                    emulator.dataDir() + QStringLiteral("/cloud.json")};
    all << arguments;
    std::vector<QByteArray> argStorage;
    for (const auto &a : all)
        argStorage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (auto &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStorage;
    for (char **e = environ; *e; ++e) {
        if (!QByteArray(*e).startsWith("AZURE_"))
            envStorage.emplace_back(*e);
    }
    envStorage.push_back("AZURE_TENANT_ID=" +
                         emulator.cloud().value(QStringLiteral("tenantId")).toString().toUtf8());
    envStorage.push_back("AZURE_CLIENT_ID=" + emulator.clientId(true).toUtf8());
    envStorage.push_back("AZURE_CLIENT_SECRET=" + emulator.clientSecret(true).toUtf8());
    std::vector<char *> envp;
    for (auto &e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const auto outPath = outFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    KluisctlRun run;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return run;
    run.seconds = clock.nsecsElapsed() / 1e9;
    QFile times(timeFile);
    if (times.open(QIODevice::ReadOnly))
        run.peakMb = times.readAll().trimmed().split('\n').last().toDouble() / 1024.0;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && run.peakMb > 0;
    QFile out(outFile);
    if (out.open(QIODevice::ReadOnly))
        run.out = out.readAll();
    return run;
}

QString benchMachine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const auto &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    QString load;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        load = QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2);
    return QStringLiteral("%1, %2 CPUs, load average %3, %4 build")
        .arg(cpu)
        .arg(QThread::idealThreadCount())
        .arg(load, QStringLiteral(KLUIS_BUILD_TYPE));
}

qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace kluis::bench
