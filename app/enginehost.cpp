#include "app/enginehost.h"

#include "sim/core/faults.h"
#include "sim/erpnext/erpnextsim.h"
#include "sim/simcluster.h"
#include "sim/woo/woosim.h"
#include "sync/config/config.h"
#include "sync/core/clock.h"
#include "sync/engine/engine.h"

#include <QTimer>

#include <memory>

namespace backroom::app {

struct EngineHost::Worker {
    std::unique_ptr<sim::SimCluster> cluster;
    std::unique_ptr<QTimer> trickle;
    std::unique_ptr<Engine> engine;

    void shutdown()
    {
        if (engine)
            engine->stop();
        engine.reset();   // flows, then the journal
        trickle.reset();
        cluster.reset();
    }
};

EngineHost::EngineHost(QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("backroom-engine"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

EngineHost::~EngineHost()
{
    stop();
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void EngineHost::stop()
{
    if (!m_thread.isRunning())
        return;
    // Shutdown only: the GUI waits for the engine's last commit here, on purpose.
    QMetaObject::invokeMethod(m_context, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
}

void EngineHost::startDemo(const QString &dataDir, int orders)
{
    QMetaObject::invokeMethod(m_context, [this, dataDir, orders] {
        sim::SimCluster::Options options;
        options.orders = orders;
        options.faults = *sim::FaultSpec::parse(QStringLiteral("rate=0.05,kinds=429ra,502html,timeout"));
        auto cluster = std::make_unique<sim::SimCluster>(options);
        QString error;
        if (!cluster->start(&error)) {
            Q_EMIT failed(tr("The simulators cannot start: %1").arg(error));
            return;
        }
        const Result<Config> config = parseConfig(cluster->makeDemoConfig(), QString());
        if (!config) {
            Q_EMIT failed(config.error().message);
            return;
        }
        Result<std::unique_ptr<Engine>> engine = Engine::create(config.value(), dataDir, SystemClock::instance());
        if (!engine) {
            Q_EMIT failed(engine.error().message);
            return;
        }
        m_worker->cluster = std::move(cluster);
        m_worker->engine = std::move(engine.value());
        // A steady trickle of new orders, deliveries, refunds and cancellations, so the demo never stands still.
        m_worker->trickle = std::make_unique<QTimer>();
        m_worker->trickle->setInterval(std::chrono::seconds(2));
        sim::SimCluster *c = m_worker->cluster.get();
        connect(m_worker->trickle.get(), &QTimer::timeout, c, [c] { c->demoTick(); });
        m_worker->trickle->start();
        m_worker->engine->start();
        Q_EMIT started(Engine::journalPath(dataDir), c->erp()->url().toString());
    });
}

void EngineHost::startEngine(const QJsonObject &configJson, const QString &baseDir, const QString &dataDir)
{
    QMetaObject::invokeMethod(m_context, [this, configJson, baseDir, dataDir] {
        const Result<Config> config = parseConfig(configJson, baseDir);
        if (!config) {
            Q_EMIT failed(config.error().message);
            return;
        }
        Result<std::unique_ptr<Engine>> engine = Engine::create(config.value(), dataDir, SystemClock::instance());
        if (!engine) {
            Q_EMIT failed(engine.error().message);
            return;
        }
        m_worker->engine = std::move(engine.value());
        connect(m_worker->engine.get(), &Engine::fatal, m_context, [this](const SyncError &e) {
            Q_EMIT failed(tr("Journal failure: %1").arg(e.message));
        });
        m_worker->engine->start();
        Q_EMIT started(Engine::journalPath(dataDir), config.value().erp.url.toString());
    });
}

} // namespace backroom::app
