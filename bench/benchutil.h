#pragma once

// Small helpers every benchmark program shares: output, /proc figures, percentiles.
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace backroom::bench {

inline void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

inline void err(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

// VmHWM / VmRSS of a process in KiB (from /proc/<pid>/status; pid "self" for this one).
inline qint64 procStatusKb(const QByteArray &pid, const QByteArray &key)
{
    QFile f(QString::fromLatin1(QByteArray(QByteArrayLiteral("/proc/") + pid + QByteArrayLiteral("/status"))));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

// Nearest-rank percentile, p in 0..100.
template <typename T>
double percentile(std::vector<T> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = size_t(std::max(1.0, std::ceil(p / 100.0 * double(v.size()))));
    return double(v[std::min(rank, v.size()) - 1]);
}

} // namespace backroom::bench
