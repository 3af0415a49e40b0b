#include "sync/engine/engine.h"

#include "sync/engine/commandexecutor.h"
#include "sync/engine/connectionmonitor.h"
#include "sync/engine/engineflow.h"
#include "sync/engine/mappingcommands.h"
#include "sync/engine/erpdelivery.h"
#include "sync/engine/backorderflow.h"
#include "sync/engine/cancellationflow.h"
#include "sync/engine/fulfilmentflow.h"
#include "sync/engine/reconcileflow.h"
#include "sync/engine/refundflow.h"
#include "sync/engine/ordercache.h"
#include "sync/engine/stockflow.h"
#include "sync/engine/orderintake.h"
#include "sync/engine/ticketflow.h"
#include "sync/engine/retrypreview.h"
#include "sync/engine/writeback.h"
#include "sync/engine/writebatch.h"
#include "sync/erp/erpfactory.h"
#include "sync/helpdesk/helpdeskfactory.h"
#include "sync/http/httpclient.h"
#include "sync/journal/journal.h"
#include "sync/mapping/statusmap.h"
#include "sync/woo/woocommerceclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcEngine, "backroom.sync.engine")

namespace backroom {

namespace {
SyncError setupError(const QString &message, const QString &hint)
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = QStringLiteral("setup");
    e.message = message;
    e.hint = hint;
    return e;
}
constexpr std::chrono::milliseconds kAuthProbeAfter{30000};

WooConnection wooConnection(const StoreConfig &store, std::chrono::milliseconds timeout)
{
    WooConnection conn;
    conn.storeId = store.id;
    conn.url = store.url;
    conn.auth = store.auth;
    conn.consumerKey = store.consumerKey;
    conn.consumerSecret = store.consumerSecret;
    conn.caFile = store.caFile;
    conn.timeout = timeout;
    return conn;
}

// Refuses a connection setting before anything touches the disk or the network, naming the key.
Status validateConnections(const Config &config)
{
    for (qsizetype i = 0; i < config.stores.size(); ++i) {
        if (Status s = WooCommerceClient::validate(wooConnection(config.stores[i], std::chrono::seconds(1))); !s) {
            SyncError err = s.error();
            const QString prefix = err.message.startsWith(QLatin1String("woocommerce."))
                ? QStringLiteral("stores[%1].").arg(i)
                : QStringLiteral("stores[%1].woocommerce.").arg(i);
            err.message = prefix + err.message;
            return err;
        }
    }
    return okStatus();
}
} // namespace

QString Engine::journalPath(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("journal.sqlite"));
}

Engine::Engine(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock) {}

Engine::~Engine()
{
    stop();
    // Children first, in dependency order, while the journal they write to is alive: the flows,
    // then the HTTP client (aborts what is in flight without calling back), then the clients and
    // the write batch (its last flush commits).
    for (StoreFlows &f : m_stores) {
        delete f.intake;
        delete f.writeBack;
    }
    delete m_erpDelivery;
    delete m_http;
    for (StoreFlows &f : m_stores)
        delete f.client;
    m_stores.clear();
    delete m_erp;
    delete m_nam;
    delete m_monitor;
    delete m_batch;
    m_commands.reset();
    m_journal.reset();
}

Result<std::unique_ptr<Engine>> Engine::create(const Config &config, const QString &dataDir, Clock *clock, QObject *parent)
{
    if (Status s = validateConnections(config); !s)
        return s.error();
    if (!QDir().mkpath(dataDir))
        return setupError(QStringLiteral("cannot create the data directory %1").arg(dataDir),
                          QStringLiteral("Check the path and its permissions."));
    std::unique_ptr<Engine> e(new Engine(clock, parent));
    e->m_config = config;
    e->m_lock = std::make_unique<QLockFile>(QDir(dataDir).absoluteFilePath(QStringLiteral("engine.lock")));
    e->m_lock->setStaleLockTime(0);
    if (!e->m_lock->tryLock(100)) {
        qint64 pid = 0;
        QString host, app;
        e->m_lock->getLockInfo(&pid, &host, &app);
        return setupError(QStringLiteral("another engine (pid %1) is running on %2").arg(pid).arg(dataDir),
                          QStringLiteral("Stop it first, or use backroom status/retry/resolve/skip to work with it."));
    }
    e->m_journal = std::make_unique<Journal>();
    e->m_parsedOrders = std::make_unique<ParsedOrderCache>();
    if (Status s = e->m_journal->open(journalPath(dataDir)); !s)
        return s.error();
    // The journal's latest mapping version; the mappings file seeds version 1.
    (void)e->m_journal->begin();
    const Result<VersionedMappings> mappings = currentMappings(*e->m_journal, config.mappingsFile, clock->nowMs());
    if (!mappings) {
        e->m_journal->rollback();
        return mappings.error();
    }
    (void)e->m_journal->commit();
    e->m_mappingVersion = mappings.value().version;

    e->m_nam = new QNetworkAccessManager(e.get());
    HttpClientOptions httpOptions;
    httpOptions.perHostConcurrency = config.perHostConcurrency;
    e->m_http = new HttpClient(e->m_nam, httpOptions, clock, e.get());
    e->m_batch = new WriteBatch(e->m_journal.get(), std::chrono::milliseconds(100), e.get());
    connect(e->m_batch, &WriteBatch::failed, e.get(), &Engine::fatal);
    e->m_monitor = new ConnectionMonitor(e->m_journal.get(), clock, kAuthProbeAfter, e.get());
    const DeliveryPolicy policy(config.retry, kAuthProbeAfter);
    const auto timeout = std::chrono::milliseconds(qint64(config.httpTimeoutS) * 1000);

    const Result<ErpAdapter *> made = createErpAdapter(config.erp, e->m_http, timeout, e.get());
    if (!made)
        return made.error();
    ErpAdapter *adapter = made.value();
    e->m_erp = adapter;
    if (!config.erp.caFile.isEmpty()) {
        if (Status s = e->m_http->setCaFile(adapter->connectionName(), config.erp.caFile); !s)
            return s.error();
    }
    e->m_monitor->add(adapter->connectionName());
    // Enough orders in flight to keep the per-host limit busy while some wait on look-ups.
    QHash<QString, QString> prefixes;
    for (const StoreConfig &store : config.stores)
        prefixes.insert(store.id, store.referencePrefix);
    e->m_erpDelivery = new ErpDelivery(adapter, e->m_journal.get(), e->m_batch, e->m_monitor, clock,
                                       mappings.value().mappings, policy, config.perHostConcurrency * 2, prefixes, e.get(), e->m_parsedOrders.get());

    for (const StoreConfig &store : config.stores) {
        const WooConnection conn = wooConnection(store, timeout);
        StoreFlows f;
        auto *client = new WooCommerceClient(conn, e->m_http, clock, e.get());
        f.client = client;
        e->m_monitor->add(client->connectionName());
        f.intake = new OrderIntake(store, client, e->m_journal.get(), e->m_batch, e->m_monitor, clock, e.get(),
                                   e->m_parsedOrders.get());
        f.intake->setStatusMap(mappings.value().mappings.status);
        f.writeBack = new WriteBack(store, client, e->m_journal.get(), e->m_batch, e->m_monitor, clock, policy, e.get());
        f.pollTimer = new QTimer(e.get());
        f.pollTimer->setInterval(std::chrono::seconds(store.pollIntervalS));
        f.reconcileTimer = new QTimer(e.get());
        f.reconcileTimer->setInterval(std::chrono::seconds(store.reconcileIntervalS));
        e->m_stores.push_back(f);
    }
    // --- further flows: each adds itself to e->m_flows here, in its own block -----------------

    // flows: stock
    if (config.stock.enabled) {
        adapter->setStockWarehouses(config.stock.warehouses);
        for (std::size_t i = 0; i < e->m_stores.size(); ++i)
            e->m_flows.push_back(new StockFlow(config.stores.at(qsizetype(i)), config.stock, mappings.value().mappings,
                                               e->m_stores[i].client, adapter, e->m_journal.get(), e->m_batch,
                                               e->m_monitor, clock, e.get()));
    }

    // flows: fulfilment, cancellation, refunds, backorders
    {
        OrderFlowContext ctx{adapter, e->m_journal.get(), e->m_batch, e->m_monitor, clock, policy, config.retry,
                             config.orderFlows, config.erp.pollIntervalS, mappings.value().mappings, {}, prefixes};
        QStringList followed;
        *e->m_flowMappings = mappings.value().mappings;
        ctx.liveMappings = e->m_flowMappings;
        e->m_journal->setCancelStatuses(cancelStatuses(mappings.value().mappings.status));
        for (StoreFlows &f : e->m_stores) {
            ctx.stores.insert(f.intake->store().id, f.client);
            // Cancelled, refunded and completed orders that Backroom posted (and the status map's
            // cancel and write-back statuses): the flows after posting.
            f.intake->setFollowedStatuses(statusesToFollow(mappings.value().mappings, config.orderFlows.deliveredStatus));
        }
        e->m_flows.push_back(new FulfilmentFlow(ctx, e.get()));
        e->m_flows.push_back(new CancellationFlow(ctx, e.get()));
        e->m_flows.push_back(new RefundFlow(ctx, e.get()));
        e->m_flows.push_back(new BackorderFlow(ctx, e.get()));
        e->m_flows.push_back(new ReconcileFlow(ctx, e.get()));
    }

    // flows: helpdesk tickets
    if (config.helpdesk) {
        const Result<HelpdeskAdapter *> helpdesk = createHelpdeskAdapter(*config.helpdesk, e->m_http, timeout, e.get());
        if (!helpdesk)
            return helpdesk.error();
        e->m_helpdesk = helpdesk.value();
        e->m_monitor->add(e->m_helpdesk->connectionName());
        TicketFlow::Options ticketOptions;
        ticketOptions.retry = config.retry;
        ticketOptions.authProbeAfter = kAuthProbeAfter;
        e->m_flows.push_back(new TicketFlow(e->m_helpdesk, e->m_journal.get(), e->m_batch, e->m_monitor, clock,
                                            ticketOptions, e.get()));
    }

    // flows: reconciliation

    e->m_commands = std::make_unique<CommandExecutor>(e->m_journal.get(), [mon = e->m_monitor](const QString &c) { mon->resume(c); });
    // preview_retry asks the ERP: answered asynchronously, off the console's thread.
    Engine *raw = e.get();
    auto *preview = new RetryPreview(e->m_journal.get(), adapter, prefixes, [raw](qint64 id, bool ok, const QString &result) {
        if (raw->m_batch->open()) {
            (void)raw->m_journal->finishCommand(id, ok, result, raw->m_clock->nowMs());
            (void)raw->m_batch->flush();
        }
    }, e.get());
    e->m_commands->setAsyncHandler([preview](const CommandRecord &c) { return preview->take(c); });
    return e;
}

void Engine::start()
{
    const qint64 now = m_clock->nowMs();
    // Deliveries a crash left in flight: their outcome is unknown, so they go back to the
    // queue with their attempt counted; the next send looks the document up first.
    (void)m_journal->begin();
    (void)m_journal->recoverInflight(now);
    (void)m_journal->heartbeat(QCoreApplication::applicationPid(), now);
    (void)m_journal->commit();
    // Commands queued while no engine ran (retry, resolve, skip) apply before the first poll.
    runCommands();

    for (StoreFlows &f : m_stores) {
        connect(f.pollTimer, &QTimer::timeout, f.intake, &OrderIntake::poll);
        connect(f.reconcileTimer, &QTimer::timeout, f.intake, &OrderIntake::reconcile);
        connect(f.intake, &OrderIntake::ordersEnqueued, this, [this] { m_pumpTimer.start(0); });
        connect(f.writeBack, &WriteBack::progressed, this, [this] { m_pumpTimer.start(0); });
        f.pollTimer->start();
        f.reconcileTimer->start();
        f.intake->poll();
    }
    connect(m_erpDelivery, &ErpDelivery::progressed, this, [this] { m_pumpTimer.start(0); });
    for (EngineFlow *flow : m_flows) {
        connect(flow, &EngineFlow::progressed, this, [this] { m_pumpTimer.start(0); });
        flow->start();
    }
    for (StoreFlows &f : m_stores)
        connect(f.intake, &OrderIntake::scanFinished, this, [this] { m_pumpTimer.start(0); });
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &Engine::tick);
    m_pumpTimer.start(0);
    m_commandTimer.setInterval(std::chrono::milliseconds(250));
    connect(&m_commandTimer, &QTimer::timeout, this, &Engine::runCommands);
    m_commandTimer.start();
    // Commands queued while no engine ran (resolve, skip, retry) first: --until-idle must not
    // finish before them.
    runCommands();
    m_heartbeatTimer.setInterval(std::chrono::seconds(1));
    connect(&m_heartbeatTimer, &QTimer::timeout, this, [this] {
        if (m_batch->open()) {
            (void)m_journal->heartbeat(QCoreApplication::applicationPid(), m_clock->nowMs());
            if (++m_heartbeats % 10 == 1)
                sampleMetrics();
        }
        // A wake-up for items whose retry time came, even when nothing else happens.
        m_pumpTimer.start(0);
    });
    m_heartbeatTimer.start();
    qCInfo(lcEngine) << "engine started with" << m_stores.size() << "store(s)";
}

void Engine::tick()
{
    m_erpDelivery->pump();
    for (StoreFlows &f : m_stores)
        f.writeBack->pump();
    for (EngineFlow *flow : m_flows)
        flow->pump();
    if (isIdle()) {
        if (!m_idleEmitted) {
            m_idleEmitted = true;
            (void)m_batch->flush();
            Q_EMIT idle();
        }
    } else {
        m_idleEmitted = false;
        // Items due later: look again shortly (the heartbeat covers long waits too).
        if (!m_pumpTimer.isActive())
            m_pumpTimer.start(std::chrono::milliseconds(100));
    }
}

void Engine::runCommands()
{
    if (!m_batch->open())
        return;
    if (m_commands->executeQueued(m_clock->nowMs()) > 0) {
        (void)m_batch->flush();
        if (const int latest = m_journal->latestMappingVersion(); latest != m_mappingVersion) {
            if (const Result<Mappings> m = mappingsAtVersion(*m_journal, latest)) {
                m_erpDelivery->setMappings(m.value());
                *m_flowMappings = m.value();
                m_journal->setCancelStatuses(cancelStatuses(m.value().status));
                for (StoreFlows &f : m_stores) {
                    f.intake->setStatusMap(m.value().status);
                    f.intake->setFollowedStatuses(statusesToFollow(m.value(), m_config.orderFlows.deliveredStatus));
                }
                m_mappingVersion = latest;
                qCInfo(lcEngine) << "using mapping version" << latest;
            }
        }
        m_pumpTimer.start(0);
    }
}

void Engine::sampleMetrics()
{
    // The series the console charts: backlog, exceptions and lag over time.
    const qint64 now = m_clock->nowMs();
    const QJsonObject s = m_journal->statusJson(now);
    const QJsonObject lag = s.value(QStringLiteral("lag")).toObject();
    (void)m_journal->addMetric(QStringLiteral("outbox.pending"), s.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toDouble(), now);
    (void)m_journal->addMetric(QStringLiteral("exceptions.open"), s.value(QStringLiteral("exceptions")).toObject().value(QStringLiteral("open")).toDouble(), now);
    (void)m_journal->addMetric(QStringLiteral("lag.order_to_erp_p50_s"), lag.value(QStringLiteral("order_to_erp_p50_s")).toDouble(), now);
    (void)m_journal->addMetric(QStringLiteral("lag.order_to_erp_p95_s"), lag.value(QStringLiteral("order_to_erp_p95_s")).toDouble(), now);
    (void)m_journal->addMetric(QStringLiteral("lag.oldest_unsynced_s"), lag.value(QStringLiteral("oldest_unsynced_s")).toDouble(), now);
}

void Engine::reconcileNow()
{
    m_idleEmitted = false;
    for (StoreFlows &f : m_stores)
        f.intake->reconcile();
}

void Engine::pollNow()
{
    m_idleEmitted = false;
    for (StoreFlows &f : m_stores)
        f.intake->poll();
}

bool Engine::isIdle() const
{
    for (const StoreFlows &f : m_stores) {
        if (!f.intake->completedScan() || f.intake->busy() || f.writeBack->inFlight() > 0)
            return false;
    }
    for (const EngineFlow *flow : m_flows) {
        if (flow->busy())
            return false;
    }
    return m_erpDelivery->inFlight() == 0 && m_journal->outboxActive() == 0;
}

QString Engine::authBlocker() const
{
    QString which, message;
    if (m_monitor->anyPausedForAuth(&which, &message))
        return which + QStringLiteral(": ") + message;
    return {};
}

void Engine::stop()
{
    m_pumpTimer.stop();
    m_commandTimer.stop();
    m_heartbeatTimer.stop();
    for (StoreFlows &f : m_stores) {
        if (f.pollTimer)
            f.pollTimer->stop();
        if (f.reconcileTimer)
            f.reconcileTimer->stop();
    }
    for (EngineFlow *flow : m_flows)
        flow->stop();
    if (m_batch)
        (void)m_batch->flush();
}

} // namespace backroom
