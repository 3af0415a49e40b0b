#include "models/readerworker.h"

#include "models/passportmodel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace backroom {

namespace {
constexpr qint64 kHealthWindowMs = 15 * 60 * 1000;
constexpr qint64 kAliveMs = 5000;
constexpr int kSeriesPoints = 360;
constexpr qint64 kFulfilmentDueS = 24 * 3600; // posted orders not fulfilled after a day are late
const char *const kSeriesNames[] = {"outbox.pending", "exceptions.open", "lag.order_to_erp_p50_s",
                                    "lag.order_to_erp_p95_s", "lag.oldest_unsynced_s"};
const char *const kOpenStages[] = {Stage::Received, Stage::Exception, Stage::Posted};

QString actorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("console") : user;
}

QList<qint64> bucketStarts()
{
    QList<qint64> starts;
    for (const AgeBucket &b : ageBuckets())
        starts << b.fromS;
    return starts;
}
} // namespace

ReaderWorker::ReaderWorker(QString path, JournalReader *reader)
    : m_path(std::move(path))
    , m_reader(reader)
{
}

ReaderWorker::~ReaderWorker() = default;

qint64 ReaderWorker::nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

void ReaderWorker::start(int intervalMs, bool snapshots)
{
    m_commandTimer = new QTimer(this);
    m_commandTimer->setInterval(250);
    connect(m_commandTimer, &QTimer::timeout, this, &ReaderWorker::pollCommands);
    if (!snapshots)
        return;
    m_snapshotTimer = new QTimer(this);
    connect(m_snapshotTimer, &QTimer::timeout, this, &ReaderWorker::snapshot);
    if (intervalMs > 0)
        m_snapshotTimer->start(intervalMs);
    snapshot();
}

bool ReaderWorker::ensureOpen()
{
    if (m_journal)
        return true;
    auto journal = std::make_unique<Journal>();
    QString error;
    if (!QFileInfo::exists(m_path)) {
        error = JournalReader::tr("There is no journal at %1 yet.").arg(m_path);
    } else if (Status s = journal->open(m_path, SqliteDb::Mode::ReadOnly); !s) {
        error = s.error().message;
    } else if (journal->schemaVersion() < Journal::kSchemaVersion) {
        error = JournalReader::tr("The journal at %1 has schema version %2; this console needs %3. Start the engine of "
                                  "this version once to upgrade it.")
                    .arg(m_path).arg(journal->schemaVersion()).arg(Journal::kSchemaVersion);
    }
    if (!error.isEmpty()) {
        if (error != m_lastError)
            Q_EMIT m_reader->failed(error);
        m_lastError = error;
        return false;
    }
    m_lastError.clear();
    m_journal = std::move(journal);
    m_queries = std::make_unique<JournalQueries>(*m_journal);
    return true;
}

void ReaderWorker::snapshot()
{
    if (!ensureOpen())
        return;
    Q_EMIT m_reader->snapshotReady(buildSnapshot());
}

ConsoleSnapshot ReaderWorker::buildSnapshot()
{
    ConsoleSnapshot s;
    const qint64 now = nowMs();
    s.takenMs = now;
    // One read transaction: every figure of the snapshot from the same state of the journal, so
    // the stage totals below can stand in for counting the large stages again.
    const bool inTransaction = m_journal->db().exec("BEGIN").ok();
    s.status = m_journal->statusJson(now);
    QHash<QString, qint64> stageTotals;
    const QJsonObject byStage = s.status.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject();
    for (auto it = byStage.begin(); it != byStage.end(); ++it)
        stageTotals.insert(it.key(), it.value().toInteger());

    const QList<AttemptWindowStats> stats = m_queries->attemptStats(now - kHealthWindowMs);
    for (const ConnectionRecord &c : m_journal->connections()) {
        ConnectionHealth h;
        h.name = c.name;
        h.state = c.state;
        h.lastSuccessMs = c.lastSuccessMs;
        h.lastError = c.lastError;
        const QString key = c.name.startsWith(QLatin1String("erp:")) ? QStringLiteral("erp") : c.name;
        for (const AttemptWindowStats &a : stats) {
            if (a.connection == key && a.attempts > 0) {
                h.errorRate = double(a.failed) / double(a.attempts);
                h.throttled = a.throttled;
            }
        }
        s.connections << h;
    }

    const QList<AgeBucket> buckets = ageBuckets();
    const QList<qint64> starts = bucketStarts();
    const QList<AgingCount> aging = m_queries->aging(starts, now, stageTotals);
    for (const char *stage : kOpenStages) {
        for (int b = 0; b < buckets.size(); ++b) {
            AgingCell cell{QLatin1String(stage), buckets.at(b).label, 0, buckets.at(b).fromS, buckets.at(b).toS};
            for (const AgingCount &a : aging) {
                if (a.bucket == b && a.stage == cell.stage)
                    cell.count = a.count;
            }
            s.aging << cell;
        }
    }
    for (const AgeBucket &b : buckets)
        s.exceptionsByAge.insert(b.label, 0);
    for (const ExceptionCount &e : m_queries->exceptionCounts(starts, now)) {
        s.exceptionsByCategory[e.category] += e.count;
        s.exceptionsBySystem[e.system] += e.count;
        s.exceptionsByAge[buckets.value(e.bucket).label] += e.count;
    }

    s.seriesRangeMs = m_seriesRangeMs;
    for (const char *name : kSeriesNames) {
        QList<MetricPoint> points;
        for (const auto &p : m_queries->metricSeries(QLatin1String(name), now - m_seriesRangeMs, now, kSeriesPoints))
            points << MetricPoint{p.first, p.second};
        s.series.insert(QLatin1String(name), points);
    }
    const QJsonObject stock = s.status.value(QStringLiteral("stock")).toObject();
    for (auto it = stock.begin(); it != stock.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QJsonValue age = o.value(QStringLiteral("age_s"));
        s.stock << StockFreshness{it.key(), age.isDouble() ? qint64(age.toDouble()) : -1,
                                  QDateTime::fromString(o.value(QStringLiteral("last_read")).toString(), Qt::ISODateWithMs),
                                  QDateTime::fromString(o.value(QStringLiteral("last_written")).toString(), Qt::ISODateWithMs),
                                  int(o.value(QStringLiteral("open_exceptions")).toInteger())};
    }
    const FlowCounts flows = m_queries->flowCounts(now, kFulfilmentDueS, stageTotals);
    s.flows.awaitingFulfilment = flows.awaitingFulfilment;
    s.flows.oldestUnfulfilledS = flows.oldestPostedMs > 0 ? std::max<qint64>(0, (now - flows.oldestPostedMs) / 1000) : 0;
    s.flows.refundsPending = flows.refundsPending;
    s.flows.openTickets = flows.openTickets;
    s.heartbeatMs = m_journal->engineHeartbeatMs().value_or(0);
    s.engineAlive = s.heartbeatMs > 0 && now - s.heartbeatMs <= kAliveMs;
    if (inTransaction)
        (void)m_journal->db().exec("COMMIT");
    const qint64 pragma = m_queries->dataVersion();
    if (pragma != m_lastPragmaVersion)
        ++m_dataVersion;
    m_lastPragmaVersion = pragma;
    s.dataVersion = m_dataVersion;
    return s;
}

void ReaderWorker::sendCommand(const QString &kind, const QJsonObject &args, quint64 requestId)
{
    if (!QFileInfo::exists(m_path)) {
        Q_EMIT m_reader->failed(JournalReader::tr("There is no journal at %1 yet.").arg(m_path));
        return;
    }
    // A short-lived writer connection: the engine keeps the long-lived one.
    Journal writer;
    Status s = writer.open(m_path, SqliteDb::Mode::ReadWrite);
    Result<qint64> id = s ? writer.enqueueCommand(kind, args, actorName(), nowMs()) : Result<qint64>(s.error());
    if (id)
        executeWithoutEngine(writer, id.value());
    writer.close();
    if (!id) {
        Q_EMIT m_reader->failed(JournalReader::tr("Could not queue the command: %1").arg(id.error().message));
        return;
    }
    m_pendingCommands.insert(id.value());
    if (requestId)
        Q_EMIT m_reader->commandQueuedFor(requestId, id.value());
    Q_EMIT m_reader->commandQueued(id.value());
    if (m_commandTimer && !m_commandTimer->isActive())
        m_commandTimer->start();
}

void ReaderWorker::pollCommands()
{
    if (!ensureOpen())
        return;
    const QSet<qint64> pending = m_pendingCommands;
    for (qint64 id : pending) {
        const auto c = m_journal->command(id);
        if (!c || c->state == QLatin1String("queued"))
            continue;
        m_pendingCommands.remove(id);
        Q_EMIT m_reader->commandFinished(id, c->state == QLatin1String("done"), c->result);
    }
    if (m_pendingCommands.isEmpty())
        m_commandTimer->stop();
}

void ReaderWorker::fetchOrders(quint64 id, const OrderQuery &q, qint64 offset, int limit, bool withCount,
                               const std::optional<OrderRow> &after)
{
    OrdersPage page;
    page.offset = offset;
    if (ensureOpen()) {
        QElapsedTimer t;
        t.start();
        const qint64 now = nowMs();
        if (withCount)
            page.total = m_queries->countOrders(q, now);
        page.rows = m_queries->orders(q, now, offset, limit, after);
        page.elapsedMs = double(t.nsecsElapsed()) / 1e6;
    } else if (withCount) {
        page.total = 0;
    }
    Q_EMIT m_reader->ordersFetched(id, page);
}

void ReaderWorker::fetchExceptions(quint64 id, const QString &category, bool openOnly, int limit)
{
    QList<ExceptionRecord> rows;
    if (ensureOpen())
        rows = m_queries->exceptions(category, openOnly, limit);
    Q_EMIT m_reader->exceptionsFetched(id, rows);
}

void ReaderWorker::fetchPassport(quint64 id, qint64 orderKey)
{
    OrderPassport p;
    p.orderKey = orderKey;
    if (ensureOpen())
        p = PassportModel::buildPassport(m_queries->orderHistory(orderKey));
    p.orderKey = orderKey;
    Q_EMIT m_reader->passportFetched(id, p);
}

} // namespace backroom
