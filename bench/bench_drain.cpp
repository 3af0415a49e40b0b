// bench_drain: drains a WooCommerce backlog into ERPNext with the real Engine, and with a naive
// sequential client, against the simulators running in processes of their own. See
// docs/benchmarks.md for the command and the figures.
//
// Processes (so that the engine, the simulator and the bookkeeping never share a thread, and the
// engine's peak RSS and CPU are its own):
//   bench_drain [options]                 orchestrator: per phase starts two simulator children
//                                         (WooCommerce, ERPNext) and a worker child, cross-checks
//                                         the result, prints the table
//   bench_drain --serve-sim ARGS...       the simulators: exactly `backroom sim ARGS...`
//   bench_drain --worker engine|naive ... one measured drain; prints one RESULT line (JSON)
//
// Exit code: 0 when every phase's cross-check passed (every syncable order reached the ERP
// exactly once or was parked/rejected, nothing twice, nothing unaccounted), 1 otherwise, 2 on
// bad arguments. The performance targets are printed, never asserted.
#include "bench/drainsupport.h"

namespace {

using namespace benchdrain;


struct PhaseResult {
    QString kind;            // engine | naive
    int latencyMs = 0;
    int storeOrders = 0;     // orders in the simulated store (all statuses)
    int syncable = 0;        // of them in status processing (what must reach the ERP or be parked)
    int delivered = 0;       // submitted Sales Orders
    int parked = 0;          // engine: exceptions; naive: refused by ERPNext
    double wallS = 0;
    double ordersPerS = 0;
    double p50 = 0, p95 = 0;
    double peakRssMiB = 0;
    double cpuMsPerOrder = 0;
    double requestsPerOrder = 0;
    double wooRequests = 0, erpRequests = 0;
    double simCpuS = 0;
    QStringList failures;    // cross-check failures; empty = passed
    bool ran = false;
};

class Orchestrator {
public:
    QString self;
    quint64 seed = 1;
    int maxSeconds = 3600;
    QNetworkAccessManager nam;

    PhaseResult run(const QString &kind, int orders, int latencyMs)
    {
        PhaseResult res;
        res.kind = kind;
        res.latencyMs = latencyMs;
        res.storeOrders = orders;
        QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/bench_drain-XXXXXX"));
        const QString configPath = tmp.filePath(QStringLiteral("sim.json"));
        const QString dataDir = tmp.filePath(QStringLiteral("data"));

        // 1. The simulators: WooCommerce (and Zendesk) in one process, ERPNext in another, as
        // the real servers run on machines of their own. Both are seeded alike, so the ERP's
        // item catalogue matches the store's SKUs.
        const QString erpConfigPath = tmp.filePath(QStringLiteral("sim-erp.json"));
        QStringList simArgs{QStringLiteral("--serve-sim"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--orders"), QString::number(orders), QStringLiteral("--seed"),
                            QString::number(seed)};
        if (latencyMs > 0)
            simArgs << QStringLiteral("--faults") << QStringLiteral("latency=%1").arg(latencyMs);
        QProcess sim, erpSim;
        const auto startSim = [&](QProcess &p, const QString &out, const QString &log) {
            p.setStandardErrorFile(tmp.filePath(log));
            p.start(self, QStringList(simArgs) << QStringLiteral("--config-out") << out);
        };
        const auto waitSim = [&](QProcess &p) {
            QString simOut;
            while (!simOut.contains(QStringLiteral("\nconfig ")) && p.waitForReadyRead(120000))
                simOut += QString::fromUtf8(p.readAllStandardOutput());
            if (!simOut.contains(QStringLiteral("\nconfig ")))
                res.failures << QStringLiteral("the simulator did not start: ") + simOut;
        };
        startSim(sim, configPath, QStringLiteral("sim.log"));
        startSim(erpSim, erpConfigPath, QStringLiteral("sim-erp.log"));
        waitSim(sim);
        waitSim(erpSim);
        if (!res.failures.isEmpty()) {
            stopSim(sim);
            stopSim(erpSim);
            return res;
        }
        {
            QFile a(configPath), b(erpConfigPath);
            (void)a.open(QIODevice::ReadOnly);
            (void)b.open(QIODevice::ReadOnly);
            QJsonObject merged = QJsonDocument::fromJson(a.readAll()).object();
            merged.insert(QStringLiteral("erp"), QJsonDocument::fromJson(b.readAll()).object().value(QStringLiteral("erp")));
            a.close();
            (void)a.open(QIODevice::WriteOnly | QIODevice::Truncate);
            a.write(QJsonDocument(merged).toJson());
        }
        QFile cf(configPath);
        (void)cf.open(QIODevice::ReadOnly);
        const QJsonObject cfg = QJsonDocument::fromJson(cf.readAll()).object();
        const QJsonObject woo = cfg.value(QStringLiteral("stores")).toArray().first().toObject().value(QStringLiteral("woocommerce")).toObject();
        const QString wooUrl = woo.value(QStringLiteral("url")).toString();
        const QString erpUrl = cfg.value(QStringLiteral("erp")).toObject().value(QStringLiteral("url")).toString();
        const QByteArray basic = "Basic " + (woo.value(QStringLiteral("consumer_key")).toString() + QLatin1Char(':')
                                             + woo.value(QStringLiteral("consumer_secret")).toString()).toUtf8().toBase64();
        const QByteArray token = "token " + (cfg.value(QStringLiteral("erp")).toObject().value(QStringLiteral("api_key")).toString()
                                             + QLatin1Char(':')
                                             + cfg.value(QStringLiteral("erp")).toObject().value(QStringLiteral("api_secret")).toString()).toUtf8();

        // What must arrive: the store's own count of processing orders (X-WP-Total).
        QUrl countUrl(wooUrl + QStringLiteral("/wp-json/wc/v3/orders"));
        countUrl.setQuery(QStringLiteral("status=processing&per_page=1"));
        const Reply count = syncRequest(nam, "GET", countUrl, {{"Authorization", basic}});
        res.syncable = count.headers.value("x-wp-total").toInt();
        const QJsonObject wooStats0 = adminStats(wooUrl), erpStats0 = adminStats(erpUrl);
        const qint64 simCpu0 = procCpuMs(sim.processId()) + procCpuMs(erpSim.processId());

        // 2. The measured drain, in its own process.
        QProcess worker;
        worker.setStandardErrorFile(tmp.filePath(QStringLiteral("worker.log")));
        worker.start(self, {QStringLiteral("--worker"), kind, QStringLiteral("--config"), configPath, QStringLiteral("--data-dir"),
                            dataDir, QStringLiteral("--max-seconds"), QString::number(maxSeconds)});
        worker.waitForFinished(-1);
        const qint64 simCpu = procCpuMs(sim.processId()) + procCpuMs(erpSim.processId()) - simCpu0;
        QJsonObject r;
        for (const QByteArray &line : worker.readAllStandardOutput().split('\n')) {
            if (line.startsWith("RESULT "))
                r = QJsonDocument::fromJson(line.mid(7)).object();
        }
        if (worker.exitStatus() != QProcess::NormalExit || worker.exitCode() != 0 || r.isEmpty()) {
            QFile log(tmp.filePath(QStringLiteral("worker.log")));
            (void)log.open(QIODevice::ReadOnly);
            const QByteArray tail = log.readAll().right(2000);
            res.failures << QStringLiteral("the %1 worker failed (exit %2): %3").arg(kind).arg(worker.exitCode()).arg(QString::fromUtf8(tail));
            stopSim(sim);
            stopSim(erpSim);
            return res;
        }
        res.ran = true;
        const QJsonObject wooStats = adminStats(wooUrl), erpStats = adminStats(erpUrl);
        res.simCpuS = double(simCpu) / 1000.0;
        // A counter the simulator does not serve is a failed check, not a silent 0.
        const auto stat = [&res](const QJsonObject &stats, const char *key) {
            const QJsonValue v = stats.value(QLatin1String(key));
            if (!v.isDouble())
                res.failures << QStringLiteral("the simulator's /__sim/stats has no \"%1\"").arg(QLatin1String(key));
            return v.toInt();
        };

        // 3. Cross-check: which references does the ERP hold, and how often?
        QUrl soUrl(erpUrl + QStringLiteral("/api/resource/Sales%20Order"));
        soUrl.setQuery(QStringLiteral("fields=%1&limit_page_length=0")
                           .arg(QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("[\"po_no\",\"docstatus\"]")))));
        const Reply sos = syncRequest(nam, "GET", soUrl, {{"Authorization", token}});
        QHash<QString, int> erpRefs;
        for (const QJsonValue &v : QJsonDocument::fromJson(sos.body).object().value(QStringLiteral("data")).toArray()) {
            if (v.toObject().value(QStringLiteral("docstatus")).toInt() == 1)
                ++erpRefs[v.toObject().value(QStringLiteral("po_no")).toVariant().toString()];
        }
        if (sos.status != 200)
            res.failures << QStringLiteral("cannot list the ERP's sales orders: %1").arg(sos.status);
        for (auto it = erpRefs.cbegin(); it != erpRefs.cend(); ++it) {
            if (it.value() != 1)
                res.failures << QStringLiteral("order %1 is in the ERP %2 times").arg(it.key()).arg(it.value());
        }
        if (stat(erpStats, "duplicateReferences") != 0)
            res.failures << QStringLiteral("the ERP simulator counts %1 duplicate references")
                                .arg(erpStats.value(QStringLiteral("duplicateReferences")).toInt());

        QSet<QString> delivered;
        const double wallMs = r.value(QStringLiteral("wall_ms")).toDouble();
        if (kind == QLatin1String("engine")) {
            const JournalFacts j = readJournal(Engine::journalPath(dataDir));
            if (!j.error.isEmpty())
                res.failures << j.error;
            delivered = j.delivered;
            res.delivered = int(j.delivered.size());
            res.parked = j.parked;
            res.p50 = percentile(j.latencies, 50);
            res.p95 = percentile(j.latencies, 95);
            if (j.syncable != res.syncable)
                res.failures << QStringLiteral("the journal holds %1 processing orders, the store %2").arg(j.syncable).arg(res.syncable);
            if (j.stuck != 0)
                res.failures << QStringLiteral("%1 syncable orders neither delivered nor parked").arg(j.stuck);
            const int withRef = stat(wooStats, "orders_with_erp_ref");
            if (withRef != res.delivered)
                res.failures << QStringLiteral("%1 store orders carry an ERP reference, %2 were delivered").arg(withRef).arg(res.delivered);
            if (stat(wooStats, "orders_with_several_api_notes") != 0)
                res.failures << QStringLiteral("%1 store orders got more than one note")
                                    .arg(wooStats.value(QStringLiteral("orders_with_several_api_notes")).toInt());
        } else {
            for (const QJsonValue &v : r.value(QStringLiteral("delivered_ids")).toArray())
                delivered.insert(v.toString());
            res.delivered = r.value(QStringLiteral("delivered")).toInt();
            res.parked = r.value(QStringLiteral("rejected")).toInt();
            res.p50 = r.value(QStringLiteral("p50_ms")).toDouble();
            res.p95 = r.value(QStringLiteral("p95_ms")).toDouble();
            if (res.delivered != int(delivered.size()))
                res.failures << QStringLiteral("the naive client delivered an order twice");
            if (r.value(QStringLiteral("failed_requests")).toInt() != 0)
                res.failures << QStringLiteral("%1 naive requests failed on the wire").arg(r.value(QStringLiteral("failed_requests")).toInt());
        }
        const QSet<QString> inErp(erpRefs.keyBegin(), erpRefs.keyEnd());
        if (inErp != delivered)
            res.failures << QStringLiteral("the ERP holds %1 references, %2 orders were reported delivered (%3 not in the ERP, %4 unexpected)")
                                .arg(inErp.size()).arg(delivered.size()).arg((delivered - inErp).size()).arg((inErp - delivered).size());
        if (stat(erpStats, "salesOrders") != res.delivered)
            res.failures << QStringLiteral("the ERP simulator counts %1 sales orders, %2 delivered")
                                .arg(erpStats.value(QStringLiteral("salesOrders")).toInt()).arg(res.delivered);
        if (res.delivered + res.parked != res.syncable)
            res.failures << QStringLiteral("delivered %1 + parked %2 != %3 processing orders in the store")
                                .arg(res.delivered).arg(res.parked).arg(res.syncable);
        if (res.syncable <= 0 && orders > 0)
            res.failures << QStringLiteral("the store reports no processing orders");

        const int handled = res.delivered + res.parked;
        res.wallS = wallMs / 1000.0;
        res.ordersPerS = wallMs > 0 ? handled / (wallMs / 1000.0) : 0;
        res.peakRssMiB = r.value(QStringLiteral("hwm_kb")).toDouble() / 1024.0;
        res.cpuMsPerOrder = handled > 0 ? r.value(QStringLiteral("cpu_ms")).toDouble() / handled : 0;
        // The two count checks and the Woo X-WP-Total request are outside the difference.
        res.wooRequests = wooStats.value(QStringLiteral("requests")).toDouble() - wooStats0.value(QStringLiteral("requests")).toDouble();
        res.erpRequests = erpStats.value(QStringLiteral("requests")).toDouble() - erpStats0.value(QStringLiteral("requests")).toDouble();
        const double requests = res.wooRequests + res.erpRequests;
        res.requestsPerOrder = handled > 0 ? requests / handled : 0;
        stopSim(sim);
        stopSim(erpSim);
        return res;
    }

private:
    struct JournalFacts {
        QSet<QString> delivered;
        int parked = 0;
        int syncable = 0;
        int stuck = 0;
        std::vector<qint64> latencies;
        QString error;
    };

    static JournalFacts readJournal(const QString &path)
    {
        JournalFacts j;
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            j.error = QStringLiteral("cannot open the journal %1").arg(path);
            sqlite3_close(db);
            return j;
        }
        const char *sql = "SELECT woo_id, stage, erp_ref, received_at, posted_at FROM orders WHERE status='processing'";
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
            j.error = QStringLiteral("journal query failed: %1").arg(str(sqlite3_errmsg(db)));
            sqlite3_close(db);
            return j;
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            ++j.syncable;
            const QString id = QString::number(sqlite3_column_int64(st, 0));
            const QByteArray stage(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
            const bool hasRef = sqlite3_column_type(st, 2) != SQLITE_NULL;
            if (hasRef) {
                j.delivered.insert(id);
                j.latencies.push_back(sqlite3_column_int64(st, 4) - sqlite3_column_int64(st, 3));
            } else if (stage == "exception") {
                ++j.parked;
            } else {
                ++j.stuck;
            }
        }
        sqlite3_finalize(st);
        sqlite3_close(db);
        return j;
    }

    QJsonObject adminStats(const QString &base)
    {
        const Reply r = syncRequest(nam, "GET", QUrl(base + QStringLiteral("/__sim/stats")));
        return QJsonDocument::fromJson(r.body).object();
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

QList<int> intList(const QString &s, bool *ok)
{
    QList<int> v;
    *ok = true;
    for (const QString &part : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool one = false;
        const int n = part.trimmed().toInt(&one);
        if (!one || n < 0)
            *ok = false;
        v << n;
    }
    if (v.isEmpty())
        *ok = false;
    return v;
}

void usage()
{
    err(QStringLiteral(
        "usage: bench_drain [--orders N[,N...]] [--latency-ms L[,L...]] [--phase engine|naive|all] [--seed S] [--max-seconds T]\n"
        "  --latency-ms  simulated latency per request, one run per value (default 0)\n"
        "  --orders      orders in the simulated store, one value for all runs or one per latency (default 10000)\n"
        "  --phase       which client drains the backlog (default all: the engine, then the naive baseline)\n"
        "example: bench_drain --latency-ms 0,50 --orders 10000,2000"));
}

QString fmt(double v, int prec = 0) { return QString::number(v, 'f', prec); }

int orchestrate(const QStringList &args)
{
    Orchestrator o;
    o.self = QCoreApplication::applicationFilePath();
    QList<int> orders{10000}, latencies{0};
    QString phase = QStringLiteral("all");
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        const auto next = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        bool ok = true;
        if (a == QLatin1String("--orders"))
            orders = intList(next(), &ok);
        else if (a == QLatin1String("--latency-ms"))
            latencies = intList(next(), &ok);
        else if (a == QLatin1String("--phase")) {
            phase = next();
            ok = phase == QLatin1String("engine") || phase == QLatin1String("naive") || phase == QLatin1String("all");
        } else if (a == QLatin1String("--seed"))
            o.seed = next().toULongLong(&ok);
        else if (a == QLatin1String("--max-seconds"))
            o.maxSeconds = next().toInt(&ok);
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage();
            return 0;
        } else
            ok = false;
        if (!ok) {
            err(QStringLiteral("bench_drain: bad argument \"%1\"").arg(a));
            usage();
            return 2;
        }
    }
    if (orders.size() != 1 && orders.size() != latencies.size()) {
        err(QStringLiteral("bench_drain: --orders needs one value or one per --latency-ms value"));
        return 2;
    }
    QStringList kinds;
    if (phase != QLatin1String("naive"))
        kinds << QStringLiteral("engine");
    if (phase != QLatin1String("engine"))
        kinds << QStringLiteral("naive");

    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    double load[3] = {};
    ::getloadavg(load, 3);
    out(QStringLiteral("bench_drain: %1 CPU(s), host %2, load average %3 %4 %5 at start; Qt %6, SQLite %7")
            .arg(::sysconf(_SC_NPROCESSORS_ONLN)).arg(str(host)).arg(load[0], 0, 'f', 2).arg(load[1], 0, 'f', 2)
            .arg(load[2], 0, 'f', 2).arg(str(qVersion())).arg(str(sqlite3_libversion())));
    out(QStringLiteral("the WooCommerce and the ERPNext simulator run in child processes of their own, each drain in another (the engine with a fresh journal, "
                       "WAL + synchronous=FULL)"));

    std::vector<PhaseResult> results;
    bool allPassed = true;
    for (qsizetype li = 0; li < latencies.size(); ++li) {
        const int latency = latencies[li];
        const int n = orders.size() == 1 ? orders.first() : orders[li];
        for (const QString &kind : std::as_const(kinds)) {
            out(QStringLiteral("… %1, %2 ms latency, %3 store orders").arg(kind).arg(latency).arg(n));
            PhaseResult r = o.run(kind, n, latency);
            if (!r.failures.isEmpty())
                allPassed = false;
            for (const QString &f : std::as_const(r.failures))
                out(QStringLiteral("  CHECK FAILED: ") + f);
            if (r.ran && r.failures.isEmpty())
                out(QStringLiteral("  check passed: %1 processing orders = %2 in the ERP exactly once + %3 %4; nothing twice")
                        .arg(r.syncable).arg(r.delivered).arg(r.parked)
                        .arg(kind == QLatin1String("engine") ? QStringLiteral("parked as exceptions") : QStringLiteral("refused by ERPNext")));
            if (r.ran)
                out(QStringLiteral("  %1 s wall, requests: %2 to WooCommerce, %3 to ERPNext")
                        .arg(fmt(r.wallS, 2)).arg(r.wooRequests).arg(r.erpRequests));
            results.push_back(r);
        }
    }

    out(QString());
    out(QStringLiteral("| client | latency | store orders | processing | delivered | parked | wall s | orders/s | p50 ms | p95 ms | peak RSS MiB | CPU ms/order | requests/order | sim CPU s | check |"));
    out(QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"));
    for (const PhaseResult &r : results) {
        out(QStringLiteral("| %1 | %2 ms | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 | %15 |")
                .arg(r.kind).arg(r.latencyMs).arg(r.storeOrders).arg(r.syncable).arg(r.delivered).arg(r.parked)
                .arg(fmt(r.wallS, 2), fmt(r.ordersPerS), fmt(r.p50), fmt(r.p95), fmt(r.peakRssMiB, 1), fmt(r.cpuMsPerOrder, 3),
                     fmt(r.requestsPerOrder, 2), fmt(r.simCpuS, 2), r.failures.isEmpty() ? QStringLiteral("ok") : QStringLiteral("FAILED")));
    }
    out(QString());
    for (const int latency : std::as_const(latencies)) {
        const PhaseResult *e = nullptr, *n = nullptr;
        for (const PhaseResult &r : results) {
            if (r.latencyMs == latency && r.ran)
                (r.kind == QLatin1String("engine") ? e : n) = &r;
        }
        if (e && latency == 0)
            out(QStringLiteral("target at 0 ms: >= 1,000 orders/s with the durable journal: %1 (%2)")
                    .arg(fmt(e->ordersPerS), e->ordersPerS >= 1000 ? QStringLiteral("met") : QStringLiteral("NOT met")));
        if (e && n && n->ordersPerS > 0) {
            const double ratio = e->ordersPerS / n->ordersPerS;
            out(QStringLiteral("engine/naive at %1 ms: %2x orders/s, %3x CPU per order, %4x peak RSS%5")
                    .arg(latency).arg(fmt(ratio, 2), fmt(e->cpuMsPerOrder / std::max(1e-9, n->cpuMsPerOrder), 2),
                                      fmt(e->peakRssMiB / std::max(1e-9, n->peakRssMiB), 2),
                                      latency >= 50 ? QStringLiteral(" (target >= 5x: %1)").arg(ratio >= 5 ? QStringLiteral("met") : QStringLiteral("NOT met"))
                                                    : QString()));
        }
    }
    ::getloadavg(load, 3);
    out(QStringLiteral("load average at end: %1 %2 %3; cross-checks: %4")
            .arg(load[0], 0, 'f', 2).arg(load[1], 0, 'f', 2).arg(load[2], 0, 'f', 2)
            .arg(allPassed ? QStringLiteral("all passed") : QStringLiteral("FAILED")));
    return allPassed ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("--serve-sim"))
        return backroom::sim::runSimCommand(args.mid(2));
    if (args.value(1) == QLatin1String("--worker")) {
        QString config, dataDir;
        int maxSeconds = 3600;
        for (qsizetype i = 3; i + 1 < args.size(); i += 2) {
            if (args[i] == QLatin1String("--config"))
                config = args[i + 1];
            else if (args[i] == QLatin1String("--data-dir"))
                dataDir = args[i + 1];
            else if (args[i] == QLatin1String("--max-seconds"))
                maxSeconds = args[i + 1].toInt();
        }
        if (args.value(2) == QLatin1String("engine"))
            return engineWorker(config, dataDir, maxSeconds);
        if (args.value(2) == QLatin1String("naive"))
            return naiveWorker(config);
        usage();
        return 2;
    }
    return orchestrate(args);
}
