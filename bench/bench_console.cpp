// bench_console: the console at scale (issue 3, "Performance"). See docs/benchmarks.md.
//
//   bench_console [--orders N] [--drain N] [--phase open|stall|all] [--journal PATH]
//                 [--tick-ms 1] [--max-seconds 900]
//   bench_console --serve-sim ARGS...   the simulators (child process): exactly `backroom sim ARGS...`
//
// Phase "open": fills (or reuses) a journal with N orders, opens a MainWindow on it through a
// JournalReader, and measures on the GUI thread, for the orders view and each dashboard, the wall
// time from switching to the view until its data has arrived and the view has painted.
// Phase "stall": simulators with --drain orders in a child process, the engine on a worker thread
// (EngineHost, fresh data dir), the console attached to that data dir; while the engine drains, a
// PreciseTimer ticking every --tick-ms records how late each tick is: p50/p99/max until idle.
// At the end: peak RSS (VmHWM) of this process (console + engine; the simulators are a child).
//
// The targets are printed, never asserted. Exit code 0 when the sanity checks passed (the orders
// view shows the journal's count; the drain delivered every processing order), 1 otherwise.
#include "app/enginehost.h"
#include "models/exceptionsmodel.h"
#include "models/journalreader.h"
#include "models/ordersmodel.h"
#include "sim/simcluster.h"
#include "sync/engine/engine.h"
#include "bench/benchutil.h"
#include "bench/journalfill.h"
#include "sync/journal/journal.h"
#include "ui/agingview.h"
#include "ui/exceptionsview.h"
#include "ui/healthview.h"
#include "ui/lagview.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/ordersview.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace backroom;
using backroom::bench::fillJournal;
using namespace backroom::bench;

namespace {






// Runs the event loop until done() or timeoutMs; returns done(). It sleeps in the event loop
// between events, as the console's GUI thread does (processEvents with a maximum time polls
// without sleeping, which took a CPU from the reader threads being measured); a 50 ms timer
// wakes it to check the timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::AllEvents);
    }
    return true;
}


struct Row {
    QString what;
    QString value;
    QString target;
};

QString fmtMs(double v) { return QString::number(v, 'f', 1) + QStringLiteral(" ms"); }

// ---------------------------------------------------------------------------------------------
// Which GUI-thread event took long: every event delivered on the GUI thread is timed while
// tracking is on; the ones over 16 ms are kept (receiver class, event type, duration).

struct SlowEvent {
    double atS;
    double ms;
    QString what;
};

class BenchApp final : public QApplication {
public:
    using QApplication::QApplication;
    bool tracking = false;
    QElapsedTimer since;
    QList<SlowEvent> slow;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!tracking || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        if (m_depth == 0 && t.nsecsElapsed() > 16000000) {
            QString what = QString::fromLatin1(receiver->metaObject()->className());
            if (!receiver->objectName().isEmpty())
                what += QLatin1Char('#') + receiver->objectName();
            slow.append({double(since.nsecsElapsed() - t.nsecsElapsed()) / 1e9, ms(t), what + QStringLiteral(" event %1").arg(type)});
        }
        return r;
    }

private:
    int m_depth = 0;
};

class Bench {
public:
    QString self;
    QString journalPath = QStringLiteral("/tmp/backroom-bench-1m/journal.sqlite");
    qint64 orders = 1000000;
    int drain = 10000;
    int tickMs = 1;
    int maxSeconds = 900;
    QList<Row> rows;
    QStringList failures;
    QStringList notes;

    // Paint now, on the GUI thread, and wait for nothing else.
    static void paint(QWidget *w)
    {
        w->window()->repaint();
    }

    void phaseOpen()
    {
        double fillMsV = 0;
        const qint64 have = fillJournal(journalPath, orders, &fillMsV);
        if (have < 0) {
            failures << QStringLiteral("the journal could not be filled");
            return;
        }
        rows << Row{QStringLiteral("journal orders"),
                    fillMsV > 0 ? QStringLiteral("%1 (filled in %2 s)").arg(have).arg(fillMsV / 1000.0, 0, 'f', 1)
                                : QStringLiteral("%1 (reused %2)").arg(have).arg(journalPath),
                    {}};

        const QString target = QStringLiteral("< 300 ms");
        QElapsedTimer t;
        {
            // Where a dashboard's time goes: one snapshot read on the reader thread, no window.
            JournalReader bare(journalPath);
            QStringList times;
            int got = 0;
            QObject::connect(&bare, &JournalReader::snapshotReady, &bare, [&] { ++got; });
            bare.start(0);
            spinUntil([&] { return got > 0; }, 120000);
            for (int i = 0; i < 3; ++i) {
                const int before = got;
                t.restart();
                bare.refreshNow();
                spinUntil([&] { return got > before; }, 120000);
                times << QString::number(ms(t), 'f', 1);
            }
            notes << QStringLiteral("a dashboard snapshot alone (reader thread, no window), 3 runs: %1 ms").arg(times.join(QStringLiteral(", ")));
        }
        t.restart();
        auto *reader = new JournalReader(journalPath);
        auto *w = new MainWindow(reader);
        w->resize(1366, 768);
        w->show();
        int snapshots = 0;
        QObject::connect(reader, &JournalReader::snapshotReady, w, [&] { ++snapshots; }); // after MainWindow's own
        OrdersModel *om = w->ordersView()->model();
        int pages = 0;
        QObject::connect(om, &OrdersModel::pageLoaded, w, [&] { ++pages; });
        reader->start(0); // no periodic refresh: every snapshot below is the one we asked for
        const bool coldOk = spinUntil([&] { return snapshots > 0 && pages > 0; }, 120000);
        paint(w);
        rows << Row{QStringLiteral("cold open: window + first snapshot + first orders page"),
                    coldOk ? fmtMs(ms(t)) : QStringLiteral("timeout"), target};

        // Each dashboard: switch, ask for a fresh snapshot, wait until it is applied, paint.
        struct Dash {
            const char *name;
            MainWindow::Page page;
        };
        for (const Dash &d : {Dash{"open health", MainWindow::Health}, Dash{"open sync lag", MainWindow::Lag},
                              Dash{"open order aging", MainWindow::Aging}}) {
            const int before = snapshots;
            t.restart();
            w->showPage(d.page);
            reader->refreshNow();
            const bool ok = spinUntil([&] { return snapshots > before; }, 120000);
            const double dataMs = ms(t);
            paint(w);
            rows << Row{QString::fromLatin1(d.name), ok ? fmtMs(ms(t)) : QStringLiteral("timeout"), target};
            notes << QStringLiteral("%1: data arrived and applied after %2 ms, paint %3 ms").arg(QString::fromLatin1(d.name)).arg(dataMs, 0, 'f', 1).arg(ms(t) - dataMs, 0, 'f', 1);
        }
        {
            // Exceptions: a snapshot (the summary) and the exceptions table (its own query).
            ExceptionsModel *em = w->exceptionsView()->model();
            int loaded = 0;
            auto c = QObject::connect(em, &ExceptionsModel::loaded, w, [&] { ++loaded; });
            const int before = snapshots;
            t.restart();
            w->showPage(MainWindow::Exceptions);
            reader->refreshNow();
            w->exceptionsView()->refresh();
            const bool ok = spinUntil([&] { return snapshots > before && loaded > 0; }, 120000);
            paint(w);
            rows << Row{QStringLiteral("open exceptions"), ok ? fmtMs(ms(t)) : QStringLiteral("timeout"), target};
            QObject::disconnect(c);
        }
        {
            // Orders: the view re-reads (count + first page) when switched to with new data.
            const int before = pages;
            t.restart();
            w->showPage(MainWindow::Orders);
            w->ordersView()->refresh();
            const bool ok = spinUntil([&] { return pages > before && !om->isLoading(); }, 120000);
            paint(w);
            rows << Row{QStringLiteral("open orders (count + first page)"), ok ? fmtMs(ms(t)) : QStringLiteral("timeout"), target};
            // Sanity: the view shows the journal's count.
            if (om->totalCount() != have)
                failures << QStringLiteral("the orders view counts %1 orders, the journal has %2").arg(om->totalCount()).arg(have);
            bool labelOk = false;
            for (QLabel *l : w->ordersView()->findChildren<QLabel *>()) {
                const QString s = l->text();
                if (s.contains(QLocale().toString(have)) || s.contains(QString::number(have)))
                    labelOk = l->isVisible();
            }
            if (!labelOk)
                failures << QStringLiteral("no visible label of the orders view shows %1").arg(have);
            // Scrolling to the middle: a page fetched on demand (keyset/offset), painted.
            const int pagesBefore = pages;
            t.restart();
            const QModelIndex mid = om->index(om->rowCount() / 2, 0);
            w->ordersView()->table()->scrollTo(mid, QAbstractItemView::PositionAtCenter);
            paint(w);
            const bool scrolled = spinUntil([&] { return pages > pagesBefore && om->data(mid, OrdersModel::LoadedRole).toBool(); }, 120000);
            paint(w);
            rows << Row{QStringLiteral("orders: scroll to the middle"), scrolled ? fmtMs(ms(t)) : QStringLiteral("timeout"), target};
        }
        delete w;
        delete reader;
        rows << Row{QStringLiteral("peak RSS after open (VmHWM)"), QStringLiteral("%1 MB").arg(double(procStatusKb("self", "VmHWM")) / 1024.0, 0, 'f', 1),
                    QStringLiteral("< 250 MB")};
    }

    static QByteArray syncGet(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &auth, QByteArray *total)
    {
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", auth);
        QNetworkReply *r = nam.get(req);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!r->isFinished())
            loop.exec();
        *total = r->rawHeader("X-WP-Total");
        const QByteArray body = r->readAll();
        delete r;
        return body;
    }

    void phaseStall()
    {
        QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/bench_console-XXXXXX"));
        const QString configPath = tmp.filePath(QStringLiteral("sim.json"));
        const QString dataDir = tmp.filePath(QStringLiteral("data"));
        QDir().mkpath(dataDir);

        // 1. The simulators, in their own process.
        QProcess sim;
        sim.setStandardErrorFile(tmp.filePath(QStringLiteral("sim.log")));
        sim.start(self, {QStringLiteral("--serve-sim"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--orders"),
                         QString::number(drain), QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--config-out"), configPath});
        QString simOut;
        while (!simOut.contains(QStringLiteral("\nconfig ")) && sim.waitForReadyRead(120000))
            simOut += QString::fromUtf8(sim.readAllStandardOutput());
        if (!simOut.contains(QStringLiteral("\nconfig "))) {
            failures << QStringLiteral("the simulator did not start: ") + simOut;
            return;
        }
        QFile cf(configPath);
        (void)cf.open(QIODevice::ReadOnly);
        const QJsonObject cfg = QJsonDocument::fromJson(cf.readAll()).object();
        const QJsonObject woo = cfg.value(QStringLiteral("stores")).toArray().first().toObject().value(QStringLiteral("woocommerce")).toObject();
        const QByteArray basic = "Basic " + (woo.value(QStringLiteral("consumer_key")).toString() + QLatin1Char(':')
                                             + woo.value(QStringLiteral("consumer_secret")).toString()).toUtf8().toBase64();
        // What must arrive: the store's own count of processing orders (before the measurement).
        int syncable = 0;
        {
            QNetworkAccessManager nam;
            QUrl u(woo.value(QStringLiteral("url")).toString() + QStringLiteral("/wp-json/wc/v3/orders"));
            u.setQuery(QStringLiteral("status=processing&per_page=1"));
            QByteArray total;
            (void)syncGet(nam, u, basic, &total);
            syncable = total.toInt();
        }
        if (syncable <= 0) {
            failures << QStringLiteral("the simulator reports no processing orders");
            stopSim(sim);
            return;
        }

        // 2. The console attached to the engine's data dir, the engine on its worker thread.
        auto *reader = new JournalReader(Engine::journalPath(dataDir));
        auto *w = new MainWindow(reader);
        w->resize(1366, 768);
        w->show();
        w->showPage(MainWindow::Orders); // the busiest page: dashboards get every snapshot anyway
        auto *host = new app::EngineHost;
        QString failed;
        QObject::connect(host, &app::EngineHost::failed, w, [&](const QString &m) { failed = m; });
        bool started = false;
        QObject::connect(host, &app::EngineHost::started, w, [&] {
            started = true;
            reader->start(1000); // as the console does
        });
        QJsonObject last;
        int snapshots = 0;
        QList<ConsoleSnapshot> history;
        QObject::connect(reader, &JournalReader::snapshotReady, w, [&](const ConsoleSnapshot &s) {
            history.append(s);
            last = s.status;
            ++snapshots;
        });
        auto settled = [&](const QJsonObject &st) -> qint64 {
            const QJsonObject by = st.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject();
            qint64 n = 0;
            for (const char *k : {"posted", "confirmed", "fulfilled", "cancelled", "refunded", "exception", "skipped"})
                n += by.value(QLatin1String(k)).toInteger();
            return n;
        };
        auto idle = [&] {
            return !failed.isEmpty()
                || (snapshots > 0 && settled(last) >= syncable
                    && last.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger() == 0);
        };

        std::vector<double> lateness;
        lateness.reserve(size_t(maxSeconds) * 1000 / size_t(tickMs) + 16);
        QElapsedTimer clock;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(tickMs);
        qint64 prev = -1;
        QList<QPair<double, double>> late; // (at s, lateness ms) of the ticks later than 16 ms
        QObject::connect(&tick, &QTimer::timeout, w, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (prev >= 0) {
                const double l = std::max(0.0, double(now - prev) / 1e6 - tickMs);
                lateness.push_back(l);
                if (l > 16.0)
                    late.append({double(prev) / 1e9, l});
            }
            prev = now;
        });
        double startedAtS = -1, firstSnapshotAtS = -1;
        QObject::connect(host, &app::EngineHost::started, w, [&] { startedAtS = double(clock.nsecsElapsed()) / 1e9; });
        QObject::connect(reader, &JournalReader::snapshotReady, w, [&] {
            if (firstSnapshotAtS < 0)
                firstSnapshotAtS = double(clock.nsecsElapsed()) / 1e9;
        });
        // The window's first layout and paint are not the drain's: let them happen first.
        spinUntil([] { return false; }, 300);
        auto *bapp = static_cast<BenchApp *>(QCoreApplication::instance());
        QElapsedTimer wall;
        wall.start();
        clock.start();
        bapp->since = clock;
        bapp->slow.clear();
        bapp->tracking = true;
        tick.start();
        host->startEngine(cfg, QFileInfo(configPath).absolutePath(), dataDir);
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(100);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (idle() || wall.elapsed() > qint64(maxSeconds) * 1000)
                loop.quit();
        });
        poll.start();
        loop.exec();
        tick.stop();
        bapp->tracking = false;
        QStringList slowText;
        for (const SlowEvent &e : bapp->slow)
            slowText << QStringLiteral("%1 at %2 s: %3 ms").arg(e.what).arg(e.atS, 0, 'f', 2).arg(e.ms, 0, 'f', 1);
        notes << QStringLiteral("GUI-thread events over 16 ms during the drain: %1")
                     .arg(slowText.isEmpty() ? QStringLiteral("none") : slowText.join(QStringLiteral("; ")));
        const double drainS = double(wall.elapsed()) / 1000.0;

        if (!failed.isEmpty())
            failures << QStringLiteral("the engine failed: ") + failed;
        else if (!started || !idle())
            failures << QStringLiteral("not idle after %1 s (settled %2 of %3)").arg(maxSeconds).arg(settled(last)).arg(syncable);
        const QJsonObject by = last.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject();
        const qint64 delivered = by.value(QStringLiteral("posted")).toInteger() + by.value(QStringLiteral("confirmed")).toInteger()
            + by.value(QStringLiteral("fulfilled")).toInteger();
        const qint64 parked = by.value(QStringLiteral("exception")).toInteger();
        // Sanity: every processing order reached the ERP or was parked as an exception.
        if (failed.isEmpty() && delivered + parked < syncable)
            failures << QStringLiteral("the drain delivered %1 and parked %2 of %3 processing orders").arg(delivered).arg(parked).arg(syncable);

        rows << Row{QStringLiteral("drain: processing orders in the store"), QString::number(syncable), {}};
        rows << Row{QStringLiteral("drain: delivered to the ERP / parked"), QStringLiteral("%1 / %2").arg(delivered).arg(parked), {}};
        rows << Row{QStringLiteral("drain: wall time until idle (seen by the console)"), QStringLiteral("%1 s").arg(drainS, 0, 'f', 1), {}};
        rows << Row{QStringLiteral("GUI stall: ticks of %1 ms measured").arg(tickMs), QString::number(lateness.size()), {}};
        rows << Row{QStringLiteral("GUI stall p50 (tick lateness)"), fmtMs(percentile(lateness, 50)), {}};
        rows << Row{QStringLiteral("GUI stall p99 (tick lateness)"), fmtMs(percentile(lateness, 99)), QStringLiteral("<= 16 ms")};
        rows << Row{QStringLiteral("GUI stall max (tick lateness)"), fmtMs(lateness.empty() ? 0 : *std::max_element(lateness.begin(), lateness.end())), {}};
        const auto over16 = std::count_if(lateness.begin(), lateness.end(), [](double v) { return v > 16.0; });
        rows << Row{QStringLiteral("GUI stall: ticks later than 16 ms"), QString::number(over16), {}};
        QStringList lateText;
        for (const auto &p : late)
            lateText << QStringLiteral("%1 ms at %2 s").arg(p.second, 0, 'f', 1).arg(p.first, 0, 'f', 2);
        notes << QStringLiteral("stall phase: engine started at %1 s, first snapshot at %2 s; ticks later than 16 ms: %3")
                     .arg(startedAtS, 0, 'f', 2).arg(firstSnapshotAtS, 0, 'f', 2)
                     .arg(lateText.isEmpty() ? QStringLiteral("none") : lateText.join(QStringLiteral(", ")));

        // Attribution: the last snapshot applied view by view to a fresh, shown window (first-time
        // costs included, as in the drain's first snapshot with data), then to the same window again.
        if (snapshots > 0) {
            ConsoleSnapshot snap;
            QObject::connect(reader, &JournalReader::snapshotReady, w, [&](const ConsoleSnapshot &s) { snap = s; });
            const int before = snapshots;
            reader->refreshNow();
            spinUntil([&] { return snapshots > before; }, 60000);
            JournalReader idleReader(Engine::journalPath(dataDir)); // never started: no snapshots of its own
            MainWindow *fresh = nullptr;
            for (int round = 0; round < 2; ++round) {
                if (round == 0) {
                    fresh = new MainWindow(&idleReader);
                    fresh->resize(1366, 768);
                    fresh->show();
                    fresh->showPage(MainWindow::Orders);
                    spinUntil([] { return false; }, 300);
                }
                QStringList parts;
                QElapsedTimer a;
                auto step = [&](const char *name, const std::function<void()> &f) {
                    a.restart();
                    f();
                    parts << QStringLiteral("%1 %2").arg(QString::fromLatin1(name)).arg(ms(a), 0, 'f', 1);
                };
                step("health", [&] { fresh->healthView()->applySnapshot(snap); });
                step("lag", [&] { fresh->lagView()->applySnapshot(snap); });
                step("aging", [&] { fresh->agingView()->applySnapshot(snap); });
                step("exceptions", [&] { fresh->exceptionsView()->applySnapshot(snap, 3600000); });
                step("notifier", [&] { fresh->notifier()->onSnapshot(snap); });
                if (round == 0) {
                    // Every snapshot of the drain again, in order: the slowest one per view.
                    double worst[3] = {0, 0, 0};
                    for (const ConsoleSnapshot &h : history) {
                        a.restart();
                        fresh->agingView()->applySnapshot(h);
                        worst[0] = std::max(worst[0], ms(a));
                        a.restart();
                        fresh->lagView()->applySnapshot(h);
                        worst[1] = std::max(worst[1], ms(a));
                        a.restart();
                        fresh->healthView()->applySnapshot(h);
                        worst[2] = std::max(worst[2], ms(a));
                    }
                    parts << QStringLiteral("replaying the drain's %1 snapshots, slowest: aging %2, lag %3, health %4")
                                 .arg(history.size()).arg(worst[0], 0, 'f', 1).arg(worst[1], 0, 'f', 1).arg(worst[2], 0, 'f', 1);
                }
                step("whole applySnapshot", [&] { fresh->applySnapshot(snap); });
                step("layout+paint", [&] { fresh->repaint(); QCoreApplication::processEvents(); fresh->repaint(); });
                notes << QStringLiteral("applying one snapshot (%1 round) on the GUI thread, ms: %2")
                             .arg(round == 0 ? QStringLiteral("first") : QStringLiteral("second"), parts.join(QStringLiteral(", ")));
                if (round == 1) {
                    delete fresh;
                    fresh = nullptr;
                }
            }
        }

        delete w;      // views and models first,
        delete reader; // then the reader thread,
        delete host;   // then the engine
        stopSim(sim);
    }

    static void stopSim(QProcess &sim)
    {
        sim.terminate();
        if (!sim.waitForFinished(10000)) {
            sim.kill();
            sim.waitForFinished(5000);
        }
    }
};

void usage()
{
    err(QStringLiteral("usage: bench_console [--orders N] [--drain N] [--phase open|stall|all] [--journal PATH] [--tick-ms MS] [--max-seconds S]"));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::string_view(argv[1]) == "--serve-sim") {
        QCoreApplication app(argc, argv);
        return backroom::sim::runSimCommand(QCoreApplication::arguments().mid(2));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApp app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    Bench b;
    b.self = QCoreApplication::applicationFilePath();
    QString phase = QStringLiteral("all");
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const QString v = args.value(i + 1);
        bool ok = true;
        if (a == QLatin1String("--orders"))
            b.orders = v.toLongLong(&ok);
        else if (a == QLatin1String("--drain"))
            b.drain = v.toInt(&ok);
        else if (a == QLatin1String("--phase"))
            phase = v;
        else if (a == QLatin1String("--journal"))
            b.journalPath = v;
        else if (a == QLatin1String("--tick-ms"))
            b.tickMs = v.toInt(&ok);
        else if (a == QLatin1String("--max-seconds"))
            b.maxSeconds = v.toInt(&ok);
        else {
            usage();
            return 2;
        }
        ++i;
        if (!ok || v.isEmpty()) {
            usage();
            return 2;
        }
    }
    if (phase != QLatin1String("open") && phase != QLatin1String("stall") && phase != QLatin1String("all")) {
        usage();
        return 2;
    }
    if (b.orders <= 0 || b.drain <= 0 || b.tickMs <= 0) {
        usage();
        return 2;
    }

    if (phase != QLatin1String("stall"))
        b.phaseOpen();
    if (phase != QLatin1String("open"))
        b.phaseStall();
    b.rows << Row{QStringLiteral("peak RSS at the end (VmHWM, console + engine)"),
                  QStringLiteral("%1 MB").arg(double(procStatusKb("self", "VmHWM")) / 1024.0, 0, 'f', 1), QStringLiteral("< 250 MB")};

    out(QStringLiteral("bench_console: %1").arg(args.join(QLatin1Char(' '))));
    out(QStringLiteral("platform: %1, %2 CPUs").arg(QGuiApplication::platformName()).arg(QThread::idealThreadCount()));
    int width = 0;
    for (const Row &r : b.rows)
        width = std::max(width, int(r.what.size()));
    out(QStringLiteral("%1  %2  %3").arg(QStringLiteral("figure"), -width).arg(QStringLiteral("value"), -24).arg(QStringLiteral("target")));
    for (const Row &r : b.rows)
        out(QStringLiteral("%1  %2  %3").arg(r.what, -width).arg(r.value, -24).arg(r.target));
    double load[3] = {0, 0, 0};
    ::getloadavg(load, 3);
    out(QStringLiteral("load average at end: %1 %2 %3; sanity checks: %4")
            .arg(load[0], 0, 'f', 2).arg(load[1], 0, 'f', 2).arg(load[2], 0, 'f', 2)
            .arg(b.failures.isEmpty() ? QStringLiteral("passed") : QStringLiteral("FAILED")));
    for (const QString &n : b.notes)
        out(QStringLiteral("note: ") + n);
    for (const QString &f : b.failures)
        out(QStringLiteral("  FAILED: ") + f);
    return b.failures.isEmpty() ? 0 : 1;
}
