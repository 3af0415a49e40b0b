#pragma once
// The engine in-process against the simulators (WooCommerce, ERPNext, Zendesk), with an
// optional mappings_file and fast retries: what the engine-level tests of the mapping and
// workbench features share. Header-only; the test links the engine and simulator modules.
#include "sim/simcluster.h"
#include "sync/config/config.h"
#include "sync/core/clock.h"
#include "sync/engine/engine.h"
#include "sync/journal/journal.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace backroom::testsupport {

struct EngineRig {
    struct Options {
        int orders = 50;
        quint64 seed = 7;
        QJsonObject mappings;    // written as the mappings_file when not empty
        bool helpdesk = true;    // false: no helpdesk connection in the config
        int maxAttempts = 30;    // retry.max_attempts (20 ms base delay, 200 ms cap)
    };

    std::unique_ptr<sim::SimCluster> cluster;
    QTemporaryDir dir;
    Config config;
    std::unique_ptr<Engine> engine;
    bool started = false;

    explicit EngineRig(const Options &options)
    {
        sim::SimCluster::Options o;
        o.orders = options.orders;
        o.seed = options.seed;
        cluster = std::make_unique<sim::SimCluster>(o);
        if (!cluster->start())
            qFatal("sim: cannot listen");
        QJsonObject cfg = cluster->makeConfig();
        if (!options.helpdesk)
            cfg.remove(QStringLiteral("helpdesk"));
        cfg.insert(QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_attempts"), options.maxAttempts},
                                                        {QStringLiteral("base_delay_ms"), 20},
                                                        {QStringLiteral("max_delay_ms"), 200}});
        if (!options.mappings.isEmpty()) {
            QFile f(dir.filePath(QStringLiteral("mappings.json")));
            if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(options.mappings).toJson()) <= 0)
                qFatal("cannot write the mappings file");
            f.close();
            cfg.insert(QStringLiteral("mappings_file"), f.fileName());
        }
        config = parseConfig(cfg, QString()).value();
        engine = std::move(Engine::create(config, dir.path(), SystemClock::instance()).value());
    }

    bool runUntilIdle(int timeoutMs = 60000)
    {
        QSignalSpy idle(engine.get(), &Engine::idle);
        if (!started) {
            engine->start();
            started = true;
        }
        return idle.count() > 0 || idle.wait(timeoutMs);
    }

    Journal *journal() const { return engine->journal(); }

    // Queues a command as a console would and waits until the engine has taken it.
    CommandRecord command(const QString &kind, const QJsonObject &args)
    {
        const qint64 id = journal()->enqueueCommand(kind, args, QStringLiteral("tester"), QDateTime::currentMSecsSinceEpoch()).value();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(journal()->command(id)->state != QLatin1String("queued"), 10000); }();
        return *journal()->command(id);
    }
};

} // namespace backroom::testsupport
