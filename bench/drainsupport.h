#pragma once

#include "bench/benchutil.h"

// Helpers shared by bench_drain's orchestrator and its worker processes.
#include "sim/simcluster.h"
#include "sync/config/config.h"
#include "sync/engine/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace benchdrain {

using backroom::bench::err;
using backroom::bench::out;
using backroom::bench::percentile;
using backroom::bench::procStatusKb;

using backroom::Config;
using backroom::Engine;


// ---------------------------------------------------------------------------------------------
// small helpers

inline QString str(const char *s) { return QString::fromUtf8(s); }




// user+sys CPU of another process, ms (from /proc/<pid>/stat).
inline qint64 procCpuMs(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime = field 14, stime = field 15
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * 1000 / ::sysconf(_SC_CLK_TCK);
}

inline qint64 selfCpuMs()
{
    rusage ru{};
    ::getrusage(RUSAGE_SELF, &ru);
    return (qint64(ru.ru_utime.tv_sec) + ru.ru_stime.tv_sec) * 1000 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
}


// One request at a time: send, wait on a local event loop, return. Used by the naive baseline
// (that is the point of it) and by the orchestrator's checks (outside any measurement).
struct Reply {
    int status = 0;
    QByteArray body;
    QString error;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

inline Reply syncRequest(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
{
    QNetworkRequest req(url);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    req.setTransferTimeout(120000);
    QNetworkReply *r = verb == "GET" ? nam.get(req) : nam.sendCustomRequest(req, verb, body);
    if (!r->isFinished()) {
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Reply out;
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = r->readAll();
    if (r->error() != QNetworkReply::NoError && out.status == 0)
        out.error = r->errorString();
    for (const auto &p : r->rawHeaderPairs())
        out.headers.insert(p.first.toLower(), p.second);
    delete r;
    return out;
}

// ---------------------------------------------------------------------------------------------
// worker: engine

// The measured drains, each run in its own process (--worker engine|naive).
int engineWorker(const QString &configPath, const QString &dataDir, int maxSeconds);
int naiveWorker(const QString &configPath);

} // namespace benchdrain
