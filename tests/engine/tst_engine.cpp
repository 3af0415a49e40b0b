// The engine in-process against the simulators: intake, delivery, write-back, exceptions.
#include "sim/erpnext/erpnextsim.h"
#include "sim/simcluster.h"
#include "sim/woo/woosim.h"
#include "sync/journal/journal.h"
#include "sync/engine/engine.h"
#include "sync/journal/journal.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {
struct Rig {
    std::unique_ptr<sim::SimCluster> cluster;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;

    explicit Rig(int orders, const QString &faults = {}, std::function<void(QJsonObject &)> editConfig = {})
    {
        sim::SimCluster::Options o;
        o.orders = orders;
        o.seed = 7;
        if (!faults.isEmpty())
            o.faults = *sim::FaultSpec::parse(faults);
        cluster = std::make_unique<sim::SimCluster>(o);
        QString error;
        if (!cluster->start(&error))
            qFatal("sim: %s", qPrintable(error));
        QJsonObject cfg = cluster->makeConfig();
        QJsonObject retry{{QStringLiteral("max_attempts"), 30}, {QStringLiteral("base_delay_ms"), 20}, {QStringLiteral("max_delay_ms"), 200}};
        cfg.insert(QStringLiteral("retry"), retry);
        cfg.insert(QStringLiteral("http"), QJsonObject{{QStringLiteral("timeout_s"), 2}});
        if (editConfig)
            editConfig(cfg);
        const Result<Config> config = parseConfig(cfg, QString());
        if (!config)
            qFatal("config: %s", qPrintable(config.error().message));
        Result<std::unique_ptr<Engine>> e = Engine::create(config.value(), dir.path(), SystemClock::instance());
        if (!e)
            qFatal("engine: %s", qPrintable(e.error().message));
        engine = std::move(e.value());
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

    QJsonObject status() { return engine->journal()->statusJson(QDateTime::currentMSecsSinceEpoch()); }
    int stage(const char *name)
    {
        return status().value(QStringLiteral("orders")).toObject().value(QStringLiteral("by_stage")).toObject()
            .value(QLatin1String(name)).toInt();
    }
    bool started = false;
};
} // namespace

class TestEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void drainsEveryOrderOnce()
    {
        Rig rig(80);
        QVERIFY(rig.runUntilIdle());
        const int confirmed = rig.stage(Stage::Confirmed);
        const int exceptions = rig.stage(Stage::Exception);
        QVERIFY(confirmed > 40);
        const sim::ErpNextStats erp = rig.cluster->erp()->stats();
        QCOMPARE(erp.duplicateReferences, 0);
        QCOMPARE(erp.salesOrders, confirmed);
        // every confirmed order carries its ERP reference in the store
        const QHash<int, QString> refs = rig.cluster->woo()->erpRefs();
        QCOMPARE(int(refs.size()), confirmed);
        for (auto it = refs.begin(); it != refs.end(); ++it) {
            const QJsonArray so = rig.cluster->erp()->salesOrdersWithReference(QString::number(it.key()));
            QCOMPARE(so.size(), 1);
            QCOMPARE(so.at(0).toObject().value(QStringLiteral("name")).toString(), it.value());
        }
        // one note per order, none twice
        QCOMPARE(rig.cluster->woo()->stats().ordersWithSeveralApiNotes, 0);
        QCOMPARE(rig.cluster->woo()->stats().apiNotes, confirmed);
        // exceptions have categories, sentences and never block the rest
        const QList<ExceptionRecord> ex = rig.engine->journal()->exceptions(true);
        QCOMPARE(int(ex.size()), exceptions);
        for (const ExceptionRecord &e : ex) {
            QVERIFY2(e.category == QLatin1String("mapping") || e.category == QLatin1String("business")
                         || e.category == QLatin1String("validation"),
                     qPrintable(e.category + QStringLiteral(": ") + e.message));
            QVERIFY(!e.hint.isEmpty());
        }
        // a second pass changes nothing in the ERP, and does not fetch the orders our own
        // write-back modified again: one light listing page (id, status, modified) is enough
        const qint64 wooRequests = rig.cluster->woo()->stats().requests;
        rig.engine->pollNow();
        QVERIFY(rig.runUntilIdle());
        QCOMPARE(rig.cluster->erp()->stats().salesOrders, confirmed);
        QCOMPARE(rig.cluster->woo()->stats().requests - wooRequests, qint64(1));
    }

    void backlogCommitsAndListsInBatches()
    {
        // Every flow runs (backorder checks, tickets for the exceptions, ...): a flow that
        // commits once per order shows here as a commit count near the order count.
        Rig rig(600);
        QVERIFY(rig.runUntilIdle(120000));
        const int handled = rig.stage(Stage::Confirmed) + rig.stage(Stage::Exception);
        QVERIFY(handled > 300);
        const qint64 commits = rig.engine->journal()->commits();
        qInfo() << commits << "commits for" << handled << "orders";
        QVERIFY2(commits * 4 < handled, qPrintable(QStringLiteral("%1 commits for %2 orders").arg(commits).arg(handled)));
        // A backlog is listed with whole orders after its first page: one request a page, not
        // ids first and the orders by include= after.
        const int pages = (handled + 99) / 100;
        const int listings = rig.cluster->woo()->stats().orderListings;
        QVERIFY2(listings <= pages + 2, qPrintable(QStringLiteral("%1 listings for %2 pages").arg(listings).arg(pages)));
    }

    void lostAnswersAreLookedUpNotRepeated()
    {
        Rig rig(60);
        // creates the ERP stores but whose answers are lost (connection reset after commit)
        rig.cluster->erp()->setFaults(*sim::FaultSpec::parse(QStringLiteral("rate=0.4,kinds=reset")));
        QVERIFY(rig.runUntilIdle(180000));
        const sim::ErpNextStats erp = rig.cluster->erp()->stats();
        QCOMPARE(erp.duplicateReferences, 0);
        QCOMPARE(erp.salesOrders, rig.stage(Stage::Confirmed));
        QVERIFY(erp.lostAfterCommit >= 1);
    }

    void faultsDoNotLoseOrDuplicate()
    {
        Rig rig(120, QStringLiteral("rate=0.25,kinds=429,429ra,500html,502html,503,reset,truncate,shift"));
        QVERIFY(rig.runUntilIdle(120000));
        const sim::ErpNextStats erp = rig.cluster->erp()->stats();
        QCOMPARE(erp.duplicateReferences, 0);
        QCOMPARE(erp.salesOrders, rig.stage(Stage::Confirmed));
        // every processing order in the store is in the journal
        int processing = 0;
        for (int id : rig.cluster->woo()->orderIds())
            processing += rig.cluster->woo()->order(id).value(QStringLiteral("status")).toString() == QLatin1String("processing");
        QCOMPARE(rig.stage(Stage::Confirmed) + rig.stage(Stage::Exception), processing);
        for (const ExceptionRecord &e : rig.engine->journal()->exceptions(true))
            QVERIFY2(!e.category.startsWith(QLatin1String("transient")), qPrintable(e.message));
    }

    void reconciliationCatchesSilentEdits()
    {
        Rig rig(20, {}, [](QJsonObject &cfg) {
            QJsonArray stores = cfg.value(QStringLiteral("stores")).toArray();
            QJsonObject store = stores.at(0).toObject();
            QJsonObject woo = store.value(QStringLiteral("woocommerce")).toObject();
            woo.insert(QStringLiteral("overlap_s"), 1);
            store.insert(QStringLiteral("woocommerce"), woo);
            stores[0] = store;
            cfg.insert(QStringLiteral("stores"), stores);
        });
        QVERIFY(rig.runUntilIdle());
        // move the cursor well past the older orders, so they fall out of the overlap window
        const QList<int> ids0 = rig.cluster->woo()->erpRefs().keys();
        QVERIFY(ids0.size() >= 2);
        QTest::qWait(2500);
        QVERIFY(rig.cluster->woo()->touchOrder(ids0.last())); // a later change moves the cursor
        rig.engine->pollNow();
        QVERIFY(rig.runUntilIdle());
        const QList<int> ids = rig.cluster->woo()->orderIds();
        SqliteStatement &count = rig.engine->journal()->db().prepare("SELECT count(*) FROM order_revisions");
        QVERIFY(count.step());
        const qint64 before = count.int64(0);
        count.reset();
        Q_UNUSED(ids);
        QVERIFY(rig.cluster->woo()->silentEdit(ids0.first()));
        // an incremental poll does not see it (the modified date did not move) ...
        rig.engine->pollNow();
        QVERIFY(rig.runUntilIdle());
        QVERIFY(count.step());
        const qint64 afterPoll = count.int64(0);
        count.reset();
        if (afterPoll != before) {
            SqliteStatement &last = rig.engine->journal()->db().prepare(
                "SELECT r.woo_id, v.date_modified_gmt, o2.value FROM order_revisions v JOIN orders r ON r.id=v.order_id "
                "LEFT JOIN cursors o2 ON o2.store='main' ORDER BY v.id DESC LIMIT 1");
            QVERIFY(last.step());
            qWarning() << "unexpected revision of order" << last.int64(0) << "modified" << last.text(1) << "cursor" << last.text(2)
                       << "edited" << ids0.first();
            last.reset();
        }
        QCOMPARE(afterPoll, before);
        // ... the sweep by id does
        rig.engine->reconcileNow();
        QVERIFY(rig.runUntilIdle());
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), before + 1);
        count.reset();
    }

    void twoStoresKeepTheirOwnCursorsAndReferences()
    {
        sim::WooSim::Options wo;
        wo.orders = 25;
        wo.seed = 99;
        sim::WooSim second(wo);
        QVERIFY(second.listen() != 0);
        Rig rig(25, {}, [&second, &wo](QJsonObject &cfg) {
            QJsonArray stores = cfg.value(QStringLiteral("stores")).toArray();
            QJsonObject s = stores.at(0).toObject();
            QJsonObject woo = s.value(QStringLiteral("woocommerce")).toObject();
            woo.insert(QStringLiteral("url"), second.url().toString(QUrl::StripTrailingSlash));
            woo.insert(QStringLiteral("consumer_key"), wo.consumerKey);
            woo.insert(QStringLiteral("consumer_secret"), wo.consumerSecret);
            woo.insert(QStringLiteral("reference_prefix"), QStringLiteral("outlet-"));
            s.insert(QStringLiteral("id"), QStringLiteral("outlet"));
            s.insert(QStringLiteral("woocommerce"), woo);
            stores.append(s);
            cfg.insert(QStringLiteral("stores"), stores);
        });
        // the second store sells SKUs the ERP knows from the first one only in part
        for (const QString &sku : second.skus())
            rig.cluster->erp()->setItem(sku, false);
        QVERIFY(rig.runUntilIdle());
        const int mainRefs = int(rig.cluster->woo()->erpRefs().size());
        const int outletRefs = int(second.erpRefs().size());
        QVERIFY(mainRefs > 10);
        QVERIFY(outletRefs > 10);
        QCOMPARE(rig.cluster->erp()->stats().salesOrders, mainRefs + outletRefs);
        QCOMPARE(rig.cluster->erp()->stats().duplicateReferences, 0);
        // the same order id exists in both stores; each went to its own sales order
        const int shared = second.orderIds().first();
        QVERIFY(rig.cluster->woo()->orderIds().contains(shared));
        if (second.erpRefs().contains(shared)) {
            const QJsonArray so = rig.cluster->erp()->salesOrdersWithReference(QStringLiteral("outlet-%1").arg(shared));
            QCOMPARE(so.size(), 1);
            QCOMPARE(so.at(0).toObject().value(QStringLiteral("name")).toString(), second.erpRefs().value(shared));
        }
        Journal *j = rig.engine->journal();
        QVERIFY(!j->cursor(QStringLiteral("main"), QStringLiteral("orders.modified")).isEmpty());
        QVERIFY(!j->cursor(QStringLiteral("outlet"), QStringLiteral("orders.modified")).isEmpty());
        QStringList names;
        for (const ConnectionRecord &c : j->connections())
            names << c.name;
        QVERIFY(names.contains(QStringLiteral("woocommerce:outlet")));
        QVERIFY(names.contains(QStringLiteral("woocommerce:main")));
    }

    void newOrdersArePickedUp()
    {
        Rig rig(10);
        QVERIFY(rig.runUntilIdle());
        const int before = rig.cluster->erp()->stats().salesOrders;
        rig.cluster->woo()->addOrders(15);
        rig.engine->pollNow();
        QVERIFY(rig.runUntilIdle());
        QVERIFY(rig.cluster->erp()->stats().salesOrders > before);
        QCOMPARE(rig.cluster->erp()->stats().duplicateReferences, 0);
        QCOMPARE(rig.stage(Stage::Received), 0);
    }

    void erpAuthFailurePausesOnceAndKeepsOrders()
    {
        Rig rig(25, {}, [](QJsonObject &cfg) {
            QJsonObject erp = cfg.value(QStringLiteral("erp")).toObject();
            erp.insert(QStringLiteral("api_secret"), QStringLiteral("wrong"));
            cfg.insert(QStringLiteral("erp"), erp);
        });
        rig.engine->start();
        rig.started = true;
        QTRY_VERIFY_WITH_TIMEOUT(!rig.engine->authBlocker().isEmpty(), 20000);
        QTest::qWait(500);
        const QList<ExceptionRecord> auth = rig.engine->journal()->exceptions(true, QStringLiteral("auth"));
        QCOMPARE(auth.size(), 1);
        QCOMPARE(auth.first().orderKey, qint64(0));
        // no order was given up or turned into an exception because of the credentials
        QCOMPARE(rig.engine->journal()->exceptions(true).size(), 1);
        QVERIFY(rig.engine->journal()->outboxActive() > 0);
        QCOMPARE(rig.cluster->erp()->stats().salesOrders, 0);
    }

    void mappingFixThenRetryGroup()
    {
        Rig rig(80);
        QVERIFY(rig.runUntilIdle());
        const QList<ExceptionRecord> mapping = rig.engine->journal()->exceptions(true, QStringLiteral("mapping"));
        QString sku;
        for (const ExceptionRecord &e : mapping) {
            if (e.code == QLatin1String("LinkValidationError") || e.message.contains(QStringLiteral("Item Code"))) {
                sku = e.groupKey;
                break;
            }
        }
        QVERIFY2(!sku.isEmpty(), "the seed should produce an unknown-item exception");
        int group = 0;
        for (const ExceptionRecord &e : mapping)
            group += e.groupKey == sku;
        const int before = rig.cluster->erp()->stats().salesOrders;
        rig.cluster->erp()->setItem(sku, false); // created in the ERP
        Journal *j = rig.engine->journal();
        QVERIFY(j->enqueueCommand(QStringLiteral("retry"), QJsonObject{{QStringLiteral("category"), QStringLiteral("mapping")}},
                                  QStringLiteral("tester"), QDateTime::currentMSecsSinceEpoch()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(rig.cluster->erp()->stats().salesOrders >= before + group, 20000);
        QVERIFY(rig.runUntilIdle());
        QCOMPARE(rig.cluster->erp()->stats().duplicateReferences, 0);
        for (const ExceptionRecord &e : j->exceptions(true))
            QVERIFY(e.groupKey != sku);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
