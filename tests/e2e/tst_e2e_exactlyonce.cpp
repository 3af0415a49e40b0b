// End-to-end: the real `backroom` binary, headless, drains 300 orders from the WooCommerce
// simulator into the ERPNext simulator through 20 % injected faults, exactly once; a second run
// on the same data directory creates nothing new.
#include "tests/e2e/e2eutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace backroom::sim;

class TestE2eExactlyOnce : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunDeliversEachOrderExactlyOnce();
    void secondRunCreatesNothingNew();

private:
    e2e::ProcResult runEngine(int maxSeconds);
    // Checks every order of the shop against the journal and the ERP; returns the failures.
    QStringList crossCheck(int *delivered, int *parked);

    std::unique_ptr<SimCluster> m_cluster;
    QTemporaryDir m_tmp;
    QString m_config;
    QString m_dataDir;
    bool m_firstRunOk = false;
};

static const char *const kFaults = "rate=0.2,kinds=429,429ra,500html,502html,503,timeout,reset,truncate,shift";

void TestE2eExactlyOnce::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    SimCluster::Options o;
    o.orders = 300;
    o.seed = 20261122;
    QString error;
    const auto faults = FaultSpec::parse(QString::fromLatin1(kFaults), &error);
    QVERIFY2(faults, qPrintable(error));
    o.faults = *faults;
    o.faults.seed = 4242;
    m_cluster = std::make_unique<SimCluster>(o);
    QVERIFY2(m_cluster->start(&error), qPrintable(error));

    QJsonObject config = m_cluster->makeConfig();
    e2e::tuneConfig(config, 30, 50, 1000, 2);
    m_config = m_tmp.filePath(QStringLiteral("config.json"));
    QVERIFY(e2e::writeJsonFile(m_config, config));
    m_dataDir = m_tmp.filePath(QStringLiteral("data"));
}

e2e::ProcResult TestE2eExactlyOnce::runEngine(int maxSeconds)
{
    return e2e::runUntilIdle(m_config, m_dataDir, maxSeconds);
}

QStringList TestE2eExactlyOnce::crossCheck(int *delivered, int *parked)
{
    QStringList failures;
    const auto fail = [&failures](const QString &s) {
        if (failures.size() < 40)
            failures << s;
    };
    WooSim *woo = m_cluster->woo();
    ErpNextSim *erp = m_cluster->erp();
    const QStringList unknown = woo->erpUnknownSkus();
    const QStringList disabled = woo->erpDisabledSkus();
    const QHash<int, QString> wooRefs = woo->erpRefs();

    e2e::JournalReader journal(m_dataDir);
    if (!journal.ok())
        return {QStringLiteral("cannot open the journal: ") + journal.error()};
    const QHash<qint64, e2e::JournalOrder> journaled = journal.orders();

    // Open exceptions, by order id.
    QHash<qint64, QJsonObject> openByOrder;
    for (const QJsonValue &v : e2e::exceptionsJson(m_dataDir, true)) {
        const QJsonObject e = v.toObject();
        const qint64 orderId = e.value(QStringLiteral("order_id")).toInteger();
        if (orderId == 0) {
            fail(QStringLiteral("an open exception without an order (a connection exception): %1")
                     .arg(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact))));
            continue;
        }
        if (openByOrder.contains(orderId))
            fail(QStringLiteral("order %1 has two open exceptions").arg(orderId));
        openByOrder.insert(orderId, e);
    }

    *delivered = 0;
    *parked = 0;
    for (int id : woo->orderIds()) {
        const QJsonObject order = woo->order(id);
        const bool syncable = order.value(QStringLiteral("status")).toString() == QLatin1String("processing");
        const e2e::SeedProblems problems = e2e::seedProblems(order, unknown, disabled);
        const e2e::ErpRefs refs = e2e::erpSalesOrders(erp, id);
        const e2e::JournalOrder j = journaled.value(id);
        if (refs.total() > 1)
            fail(QStringLiteral("order %1: %2 sales orders in the ERP (%3)").arg(id).arg(refs.total()).arg(refs.submittedNames.join(QLatin1Char(','))));
        if (refs.drafts > 0)
            fail(QStringLiteral("order %1: a draft (unsubmitted) sales order in the ERP").arg(id));
        if (!syncable) {
            if (refs.total() != 0)
                fail(QStringLiteral("order %1 (status %2) reached the ERP").arg(id).arg(order.value(QStringLiteral("status")).toString()));
            if (wooRefs.contains(id))
                fail(QStringLiteral("order %1 (not syncable) carries an ERP ref").arg(id));
            continue;
        }
        if (!journaled.contains(id)) {
            fail(QStringLiteral("order %1 (processing) never reached the journal").arg(id));
            continue;
        }
        if (j.stage == QLatin1String("posted") || j.stage == QLatin1String("confirmed")) {
            ++*delivered;
            if (problems.any())
                fail(QStringLiteral("order %1 has seeded problems (%2) but was delivered as %3").arg(id).arg(problems.describe(), j.erpRef));
            if (refs.submitted != 1)
                fail(QStringLiteral("order %1 is %2 in the journal but the ERP holds %3 submitted sales orders for it")
                         .arg(id).arg(j.stage).arg(refs.submitted));
            else if (refs.submittedNames.first() != j.erpRef)
                fail(QStringLiteral("order %1: journal says %2, ERP holds %3").arg(id).arg(j.erpRef, refs.submittedNames.first()));
            if (j.stage != QLatin1String("confirmed"))
                fail(QStringLiteral("order %1 is still only posted after --until-idle (write-back pending)").arg(id));
            if (wooRefs.value(id) != j.erpRef)
                fail(QStringLiteral("order %1: WooCommerce meta _backroom_erp_ref is \"%2\", ERP name is \"%3\"")
                         .arg(id).arg(wooRefs.value(id), j.erpRef));
            if (openByOrder.contains(id))
                fail(QStringLiteral("order %1 is delivered but has an open exception").arg(id));
        } else if (j.stage == QLatin1String("exception")) {
            ++*parked;
            if (refs.total() != 0)
                fail(QStringLiteral("order %1 is parked as an exception but the ERP holds %2 (lost link)")
                         .arg(id).arg(refs.submittedNames.join(QLatin1Char(','))));
            if (wooRefs.contains(id))
                fail(QStringLiteral("order %1 is parked but WooCommerce carries ERP ref %2").arg(id).arg(wooRefs.value(id)));
            const QJsonObject e = openByOrder.value(id);
            if (e.isEmpty()) {
                fail(QStringLiteral("order %1 is in stage exception without an open exception").arg(id));
                continue;
            }
            const QString category = e.value(QStringLiteral("category")).toString();
            if (!problems.any())
                fail(QStringLiteral("order %1 is a good order but was parked: %2 %3 \"%4\"")
                         .arg(id).arg(category, e.value(QStringLiteral("code")).toString(), e.value(QStringLiteral("message")).toString()));
            else if (!problems.allowedCategories().contains(category))
                fail(QStringLiteral("order %1 (%2) was parked as %3 (%4)").arg(id).arg(problems.describe(), category,
                                                                                  e.value(QStringLiteral("message")).toString()));
            if (problems.noEmail && e.value(QStringLiteral("code")).toString() != QLatin1String("no_email"))
                fail(QStringLiteral("order %1 has no e-mail but the exception code is %2").arg(id).arg(e.value(QStringLiteral("code")).toString()));
            if (!problems.noEmail && problems.emptySku && e.value(QStringLiteral("code")).toString() != QLatin1String("empty_sku"))
                fail(QStringLiteral("order %1 has an empty SKU but the exception code is %2").arg(id).arg(e.value(QStringLiteral("code")).toString()));
        } else {
            fail(QStringLiteral("order %1 (processing, seeded problems: %2) is in stage %3: neither delivered nor parked")
                     .arg(id).arg(problems.describe(), j.stage));
        }
    }
    for (auto it = openByOrder.cbegin(); it != openByOrder.cend(); ++it) {
        if (journaled.value(it.key()).stage != QLatin1String("exception"))
            fail(QStringLiteral("open exception %1 for order %2 whose stage is %3")
                     .arg(it.value().value(QStringLiteral("id")).toInteger()).arg(it.key()).arg(journaled.value(it.key()).stage));
    }
    // Every ERP ref on the shop side names the one sales order of that order.
    for (auto it = wooRefs.cbegin(); it != wooRefs.cend(); ++it) {
        const e2e::ErpRefs refs = e2e::erpSalesOrders(erp, it.key());
        if (!refs.submittedNames.contains(it.value()))
            fail(QStringLiteral("order %1 carries %2, which is not its sales order in the ERP").arg(it.key()).arg(it.value()));
    }
    return failures;
}

void TestE2eExactlyOnce::firstRunDeliversEachOrderExactlyOnce()
{
    const e2e::ProcResult r = runEngine(240);
    qInfo("first run: exit %d after %lld ms", r.exitCode, r.ms);
    QVERIFY2(r.ok(), qPrintable(r.describe()));

    const WooStats wooStats = m_cluster->woo()->stats();
    const ErpNextStats erpStats = m_cluster->erp()->stats();
    qInfo("woo: %d orders, %lld requests, %lld faults; erp: %d sales orders, %d requests, %d answers lost after commit, %d duplicate references",
          wooStats.orders, wooStats.requests, wooStats.faults, erpStats.salesOrders, erpStats.requests, erpStats.lostAfterCommit,
          erpStats.duplicateReferences);
    // The faults really happened, or the test proves nothing.
    QVERIFY2(wooStats.faults >= 20, qPrintable(QStringLiteral("only %1 WooCommerce faults").arg(wooStats.faults)));
    QVERIFY2(erpStats.requests > 0, "the ERP simulator saw no request");

    const QJsonObject status = e2e::statusJson(m_dataDir);
    QVERIFY2(!status.isEmpty(), "status --json failed");
    const qint64 posted = e2e::stageCount(status, "posted");
    const qint64 confirmed = e2e::stageCount(status, "confirmed");
    qInfo("status: %s", QJsonDocument(status.value(QStringLiteral("orders")).toObject()).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(erpStats.duplicateReferences, 0);
    QCOMPARE(qint64(erpStats.salesOrders), posted + confirmed);
    QCOMPARE(status.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger(), 0);

    int delivered = 0, parked = 0;
    const QStringList failures = crossCheck(&delivered, &parked);
    qInfo("cross-check: %d delivered, %d parked as exceptions", delivered, parked);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n')) + QStringLiteral("\n") + r.describe()));
    QVERIFY2(delivered >= 150, qPrintable(QStringLiteral("only %1 orders delivered").arg(delivered)));
    QVERIFY2(parked >= 1, "the seed holds bad orders, none was parked");
    QCOMPARE(qint64(delivered), posted + confirmed);
    QCOMPARE(e2e::stageCount(status, "exception"), qint64(parked));

    // One order note per delivered order, even when a note's answer was lost.
    QCOMPARE(wooStats.ordersWithErpRef, delivered);
    QVERIFY2(wooStats.ordersWithSeveralApiNotes == 0,
             qPrintable(QStringLiteral("%1 orders got more than one Backroom note").arg(wooStats.ordersWithSeveralApiNotes)));
    m_firstRunOk = true;
}

void TestE2eExactlyOnce::secondRunCreatesNothingNew()
{
    if (!m_firstRunOk)
        QSKIP("the first run failed");
    e2e::JournalReader before(m_dataDir);
    QVERIFY(before.ok());
    const qint64 journaledBefore = before.scalar("SELECT count(*) FROM orders");
    const ErpNextStats erpBefore = m_cluster->erp()->stats();
    const WooStats wooBefore = m_cluster->woo()->stats();
    // Same faults, minus `shift`: it adds orders to the shop, which would rightly go to the ERP.
    const auto faults = FaultSpec::parse(QStringLiteral("rate=0.2,kinds=429,429ra,500html,502html,503,timeout,reset,truncate"));
    QVERIFY(faults);
    FaultSpec spec = *faults;
    spec.seed = 777;
    m_cluster->setFaults(spec);

    const e2e::ProcResult r = runEngine(120);
    qInfo("second run: exit %d after %lld ms", r.exitCode, r.ms);
    QVERIFY2(r.ok(), qPrintable(r.describe()));

    const ErpNextStats erpAfter = m_cluster->erp()->stats();
    const WooStats wooAfter = m_cluster->woo()->stats();
    e2e::JournalReader after(m_dataDir);
    QVERIFY(after.ok());
    const qint64 journaledAfter = after.scalar("SELECT count(*) FROM orders");
    qInfo("second run: %lld -> %lld journaled orders, ERP %d -> %d sales orders, %d -> %d customers",
          journaledBefore, journaledAfter, erpBefore.salesOrders, erpAfter.salesOrders, erpBefore.customers, erpAfter.customers);
    // The first run's cross-check proved every order of the shop journaled and settled, and
    // the shop gets no new order now: nothing may be created.
    QCOMPARE(journaledAfter, journaledBefore);
    QCOMPARE(erpAfter.salesOrders, erpBefore.salesOrders);
    QCOMPARE(erpAfter.customers, erpBefore.customers);
    QCOMPARE(erpAfter.duplicateReferences, 0);
    QCOMPARE(wooAfter.apiNotes, wooBefore.apiNotes);
    // --until-idle means "every store was polled": the second run did ask the shop.
    QVERIFY2(wooAfter.requests > wooBefore.requests, "the second run went idle without polling WooCommerce");
    int delivered = 0, parked = 0;
    const QStringList failures = crossCheck(&delivered, &parked);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestE2eExactlyOnce)
#include "tst_e2e_exactlyonce.moc"
