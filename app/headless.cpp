#include "app/headless.h"

#include "app/clicommands.h"
#include "app/signalwatcher.h"
#include "sim/erpnext/erpnextsim.h"
#include "sim/simcluster.h"
#include "sim/woo/woosim.h"
#include "sync/config/config.h"
#include "sync/engine/engine.h"
#include "sync/journal/journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace backroom::app {

namespace {

int fail(const QString &s, int code)
{
    std::fputs(QString(QStringLiteral("backroom: ") + s).toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    return code;
}

void printStatusLine(Journal *journal)
{
    const QJsonObject s = journal->statusJson(QDateTime::currentMSecsSinceEpoch());
    const QJsonObject stages = s.value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject();
    std::printf("orders %lld | received %lld posted %lld confirmed %lld exception %lld | outbox %lld | open exceptions %lld\n",
                s.value(QStringLiteral("orders")).toObject().value(QStringLiteral("total")).toInteger(),
                stages.value(QStringLiteral("received")).toInteger(), stages.value(QStringLiteral("posted")).toInteger(),
                stages.value(QStringLiteral("confirmed")).toInteger(), stages.value(QStringLiteral("exception")).toInteger(),
                s.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger(),
                s.value(QStringLiteral("exceptions")).toObject().value(QStringLiteral("open")).toInteger());
    std::fflush(stdout);
}

// Runs an engine until a signal, idle (with untilIdle), an auth block or maxSeconds.
int runEngine(const Config &config, const QString &dataDir, bool untilIdle, int maxSeconds, bool printStatus)
{
    Result<std::unique_ptr<Engine>> created = Engine::create(config, dataDir, SystemClock::instance());
    if (!created)
        return fail(created.error().message, 2);
    Engine *engine = created.value().get();
    int exitCode = 0;
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::stopRequested, engine, [&] {
        std::fputs("backroom: stopping (signal)\n", stderr);
        exitCode = 0;
        QCoreApplication::quit();
    });
    QObject::connect(engine, &Engine::fatal, engine, [&](const SyncError &e) {
        exitCode = fail(QStringLiteral("journal failure: %1").arg(e.message), 1);
        QCoreApplication::quit();
    });
    if (untilIdle) {
        QObject::connect(engine, &Engine::idle, engine, [&] {
            // A paused helpdesk holds up nothing else: the run finishes the rest, then says so.
            const QString blocker = engine->authBlocker();
            exitCode = blocker.isEmpty() ? 0 : fail(QStringLiteral("paused: %1").arg(blocker), 3);
            QCoreApplication::quit();
        });
    }
    QTimer watch;
    watch.setInterval(std::chrono::milliseconds(500));
    QObject::connect(&watch, &QTimer::timeout, engine, [&] {
        if (untilIdle) {
            const QString blocker = engine->authBlocker();
            if (!blocker.isEmpty() && !blocker.startsWith(QLatin1String("helpdesk:"))) {
                exitCode = fail(QStringLiteral("paused: %1").arg(blocker), 3);
                QCoreApplication::quit();
            }
        }
    });
    watch.start();
    QTimer statusTimer;
    if (printStatus) {
        statusTimer.setInterval(std::chrono::seconds(3));
        QObject::connect(&statusTimer, &QTimer::timeout, engine, [engine] { printStatusLine(engine->journal()); });
        statusTimer.start();
    }
    if (maxSeconds > 0) {
        QTimer::singleShot(std::chrono::seconds(maxSeconds), engine, [&] {
            if (untilIdle)
                exitCode = fail(QStringLiteral("not idle after %1 s").arg(maxSeconds), 4);
            QCoreApplication::quit();
        });
    }
    engine->start();
    QCoreApplication::exec();
    engine->stop();
    if (printStatus)
        printStatusLine(engine->journal());
    return exitCode;
}

} // namespace

int runHeadless(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("headless"), QStringLiteral("Run the engine without the console.")},
        {QStringLiteral("config"), QStringLiteral("Config file."), QStringLiteral("FILE")},
        {QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")},
        {QStringLiteral("until-idle"), QStringLiteral("Return once everything is delivered or parked.")},
        {QStringLiteral("max-seconds"), QStringLiteral("Stop after N seconds."), QStringLiteral("N")},
        {QStringLiteral("status"), QStringLiteral("Print a status line every few seconds.")},
    });
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (!p.isSet(QStringLiteral("config")))
        return fail(QStringLiteral("--headless needs --config FILE"), 2);
    int maxSeconds = 0;
    if (p.isSet(QStringLiteral("max-seconds"))) {
        bool ok = false;
        maxSeconds = p.value(QStringLiteral("max-seconds")).toInt(&ok);
        if (!ok || maxSeconds <= 0)
            return fail(QStringLiteral("--max-seconds: \"%1\" is not a positive whole number").arg(p.value(QStringLiteral("max-seconds"))), 2);
    }
    const Result<Config> config = loadConfig(p.value(QStringLiteral("config")));
    if (!config)
        return fail(config.error().message, 2);
    const QString dataDir = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : defaultDataDir();
    return runEngine(config.value(), dataDir, p.isSet(QStringLiteral("until-idle")), maxSeconds, p.isSet(QStringLiteral("status")));
}

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("demo"), QStringLiteral("Demo mode.")},
        {QStringLiteral("data-dir"), QStringLiteral("Data directory (default: a temporary one)."), QStringLiteral("DIR")},
        {QStringLiteral("max-seconds"), QStringLiteral("Stop after N seconds."), QStringLiteral("N")},
    });
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    sim::SimCluster::Options options;
    options.orders = 300;
    options.faults = *sim::FaultSpec::parse(QStringLiteral("rate=0.05,kinds=429ra,502html,timeout"));
    sim::SimCluster cluster(options);
    QString error;
    if (!cluster.start(&error))
        return fail(error, 1);
    // A steady trickle of new orders, deliveries, refunds and cancellations, so the demo never stands still.
    QTimer trickle;
    trickle.setInterval(std::chrono::seconds(2));
    QObject::connect(&trickle, &QTimer::timeout, &cluster, [&cluster] { cluster.demoTick(); });
    trickle.start();
    const Result<Config> config = parseConfig(cluster.makeDemoConfig(), QString());
    if (!config)
        return fail(config.error().message, 1);
    QTemporaryDir tmp;
    const QString dataDir = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : tmp.path();
    std::printf("Backroom demo: WooCommerce simulator %s, ERPNext simulator %s, journal in %s\n",
                qPrintable(cluster.woo()->url().toString()), qPrintable(cluster.erp()->url().toString()), qPrintable(dataDir));
    std::fflush(stdout);
    int maxSeconds = p.value(QStringLiteral("max-seconds")).toInt();
    return runEngine(config.value(), dataDir, false, maxSeconds, true);
}

} // namespace backroom::app
