// End-to-end crash test: a 2,000-order sync through light faults, the engine SIGKILLed at
// random moments (seeded, 50–800 ms after each start) at least 20 times and restarted on the
// same data directory, then one run --until-idle. Nothing may be lost and nothing may exist
// twice: not in the ERP, and not on the WooCommerce side (DESIGN.md §5: "creates no duplicate
// anywhere").
#include "tests/e2e/e2eutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace backroom::sim;

class TestE2eCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killRepeatedlyDuringTheSync();
    void finalRunGoesIdle();
    void noOrderLost();
    void noDuplicateErpOrder();
    void journalSaysEveryDeliveredOrderIsPosted();
    void noDuplicateErpCustomer();
    void noDuplicateWriteBackNote();

private:
    QStringList engineArgs(bool untilIdle, int maxSeconds) const;

    std::unique_ptr<SimCluster> m_cluster;
    QTemporaryDir m_tmp;
    QString m_config;
    QString m_dataDir;
    bool m_killsDone = false;
    bool m_finalOk = false;
    e2e::ProcResult m_final;
};

static constexpr int kOrders = 2000;
static constexpr int kKills = 24;
static constexpr quint32 kKillSeed = 20261122;
static const char *const kFaults = "rate=0.03,latency=10,kinds=429ra,500html,502html,503,reset,truncate";

void TestE2eCrash::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    SimCluster::Options o;
    o.orders = kOrders;
    o.seed = 99;
    QString error;
    const auto faults = FaultSpec::parse(QString::fromLatin1(kFaults), &error);
    QVERIFY2(faults, qPrintable(error));
    o.faults = *faults;
    o.faults.seed = 31337;
    m_cluster = std::make_unique<SimCluster>(o);
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QJsonObject config = m_cluster->makeConfig();
    // Each kill counts an attempt for every delivery in flight: allow many.
    e2e::tuneConfig(config, 100, 50, 1000, 2);
    m_config = m_tmp.filePath(QStringLiteral("config.json"));
    QVERIFY(e2e::writeJsonFile(m_config, config));
    m_dataDir = m_tmp.filePath(QStringLiteral("data"));
}

QStringList TestE2eCrash::engineArgs(bool untilIdle, int maxSeconds) const
{
    QStringList a{QStringLiteral("--headless"), QStringLiteral("--config"), m_config, QStringLiteral("--data-dir"), m_dataDir};
    if (untilIdle)
        a << QStringLiteral("--until-idle");
    if (maxSeconds > 0)
        a << QStringLiteral("--max-seconds") << QString::number(maxSeconds);
    return a;
}

void TestE2eCrash::killRepeatedlyDuringTheSync()
{
    std::mt19937 rng(kKillSeed);
    std::uniform_int_distribution<int> delay(50, 800);
    int landed = 0;              // the engine was still running when SIGKILL came
    int whileErpGrew = 0;        // sales orders were being created during that run
    int withInflight = 0;        // the journal held deliveries in flight (outcome unknown) after the kill
    int inflightTotal = 0;
    int inTheGap = 0;            // kills between an ERP create and its journal commit
    int gapOrders = 0;           // orders in the ERP whose journal entry was still in flight
    QSet<qint64> earlierGaps;    // such orders seen after an earlier kill (not this kill's doing)
    QString log;
    for (int i = 0; i < kKills; ++i) {
        const int before = m_cluster->erp()->stats().salesOrders;
        const int ms = delay(rng);
        e2e::Child engine;
        QVERIFY2(engine.start(engineArgs(false, 0)), "cannot start the engine");
        QTest::qWait(ms);                       // the simulators keep serving meanwhile
        const bool wasRunning = engine.running();
        engine.kill();
        const e2e::ProcResult r = engine.wait(10000);
        QVERIFY2(r.finished, "a SIGKILLed engine did not end");
        if (!wasRunning || r.exitStatus != QProcess::CrashExit) {
            // It ended by itself before the kill: a failure to start is a failure of the test.
            QFAIL(qPrintable(QStringLiteral("run %1 ended before the kill:\n%2").arg(i).arg(r.describe())));
        }
        ++landed;
        const int after = m_cluster->erp()->stats().salesOrders;
        e2e::JournalReader j(m_dataDir);
        qint64 inflightErp = -1, inflightWoo = -1, pending = -1;
        int gap = 0;
        QSet<qint64> gapNow;
        if (j.ok()) {
            // Orders the ERP already holds while the journal still has their create in flight:
            // only the look-up before the next create keeps them from being created twice.
            for (const QStringList &row : j.rows("SELECT r.woo_id FROM outbox o JOIN orders r ON r.id=o.order_id "
                                                 "WHERE o.kind='erp_order' AND o.state='inflight'", 1)) {
                const qint64 id = row.first().toLongLong();
                if (e2e::erpSalesOrders(m_cluster->erp(), id).submitted > 0) {
                    gapNow.insert(id);
                    gap += earlierGaps.contains(id) ? 0 : 1;
                }
            }
            earlierGaps.unite(gapNow);
            inflightErp = j.scalar("SELECT count(*) FROM outbox WHERE state='inflight' AND kind='erp_order'");
            inflightWoo = j.scalar("SELECT count(*) FROM outbox WHERE state='inflight' AND kind='woo_writeback'");
            pending = j.scalar("SELECT count(*) FROM outbox WHERE state IN ('pending','inflight')");
        }
        if (after > before)
            ++whileErpGrew;
        if (gap > 0) {
            ++inTheGap;
            gapOrders += gap;
        }
        if (inflightErp + inflightWoo > 0) {
            ++withInflight;
            inflightTotal += int(inflightErp + inflightWoo);
        }
        log += QStringLiteral("kill %1 at %2 ms: ERP sales orders %3 -> %4, in flight at the kill: %5 erp_order + %6 woo_writeback, outbox active %7; %8 orders created in the ERP but not yet committed in the journal\n")
                   .arg(i + 1).arg(ms).arg(before).arg(after).arg(inflightErp).arg(inflightWoo).arg(pending).arg(gap);
    }
    const ErpNextStats erp = m_cluster->erp()->stats();
    qInfo("%s", qPrintable(log));
    qInfo("KILL STATS: %d SIGKILLs landed; %d while the ERP was receiving sales orders; %d left claimed deliveries in flight "
          "(%d in total, outcome unknown); %d landed between an ERP create and its journal commit (%d orders); "
          "after the kill phase the ERP holds %d sales orders; ERP answers lost after commit (sim fault): %d",
          landed, whileErpGrew, withInflight, inflightTotal, inTheGap, gapOrders, erp.salesOrders, erp.lostAfterCommit);
    QVERIFY(landed >= 20);
    // The kills must hit a sync in progress, or the test proves nothing.
    QVERIFY2(whileErpGrew >= 10, qPrintable(QStringLiteral("only %1 kills landed while orders were being delivered").arg(whileErpGrew)));
    QVERIFY2(withInflight >= 10, qPrintable(QStringLiteral("only %1 kills left deliveries in flight").arg(withInflight)));
    QVERIFY2(inTheGap >= 3, qPrintable(QStringLiteral("only %1 kills hit the window between an ERP create and its commit").arg(inTheGap)));
    m_killsDone = true;
}

void TestE2eCrash::finalRunGoesIdle()
{
    if (!m_killsDone)
        QSKIP("the kill phase failed");
    m_final = e2e::run(engineArgs(true, 300), 330000);
    qInfo("final run: exit %d after %lld ms", m_final.exitCode, m_final.ms);
    QVERIFY2(m_final.ok(), qPrintable(m_final.describe()));
    const QJsonObject status = e2e::statusJson(m_dataDir);
    qInfo("status: %s", QJsonDocument(status).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(status.value(QStringLiteral("outbox")).toObject().value(QStringLiteral("pending")).toInteger(), 0);
    m_finalOk = true;
}

void TestE2eCrash::noOrderLost()
{
    if (!m_finalOk)
        QSKIP("the final run failed");
    WooSim *woo = m_cluster->woo();
    const QStringList unknown = woo->erpUnknownSkus();
    const QStringList disabled = woo->erpDisabledSkus();
    e2e::JournalReader journal(m_dataDir);
    QVERIFY2(journal.ok(), qPrintable(journal.error()));
    const auto journaled = journal.orders();
    QHash<qint64, QJsonObject> openByOrder;
    for (const QJsonValue &v : e2e::exceptionsJson(m_dataDir, true))
        openByOrder.insert(v.toObject().value(QStringLiteral("order_id")).toInteger(), v.toObject());
    QStringList lost, wrongExceptions;
    int syncable = 0, inErp = 0, parked = 0;
    for (int id : woo->orderIds()) {
        const QJsonObject order = woo->order(id);
        if (order.value(QStringLiteral("status")).toString() != QLatin1String("processing"))
            continue;
        ++syncable;
        const e2e::ErpRefs refs = e2e::erpSalesOrders(m_cluster->erp(), id);
        const e2e::SeedProblems problems = e2e::seedProblems(order, unknown, disabled);
        if (refs.submitted > 0) {
            ++inErp;
            if (problems.any())
                wrongExceptions << QStringLiteral("order %1 (%2) reached the ERP").arg(id).arg(problems.describe());
            continue;
        }
        if (openByOrder.contains(id)) {
            ++parked;
            const QJsonObject e = openByOrder.value(id);
            const QString category = e.value(QStringLiteral("category")).toString();
            if (!problems.allowedCategories().contains(category))
                wrongExceptions << QStringLiteral("order %1 (seeded problems: %2) parked as %3: %4")
                                       .arg(id).arg(problems.describe(), category, e.value(QStringLiteral("message")).toString());
            continue;
        }
        if (lost.size() < 40)
            lost << QStringLiteral("order %1 (journal stage \"%2\"): not in the ERP and no open exception")
                        .arg(id).arg(journaled.value(id).stage);
    }
    qInfo("%d syncable orders: %d in the ERP, %d parked as exceptions", syncable, inErp, parked);
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("LOST:\n") + lost.join(QLatin1Char('\n'))));
    QVERIFY2(wrongExceptions.isEmpty(), qPrintable(wrongExceptions.join(QLatin1Char('\n'))));
    QVERIFY(inErp >= kOrders / 2);
}

void TestE2eCrash::noDuplicateErpOrder()
{
    if (!m_finalOk)
        QSKIP("the final run failed");
    const ErpNextStats stats = m_cluster->erp()->stats();
    qInfo("ERP: %d submitted sales orders, %d duplicate references, %d answers lost after commit",
          stats.salesOrders, stats.duplicateReferences, stats.lostAfterCommit);
    QStringList dups;
    int submitted = 0;
    for (int id : m_cluster->woo()->orderIds()) {
        const e2e::ErpRefs refs = e2e::erpSalesOrders(m_cluster->erp(), id);
        submitted += refs.submitted;
        if (refs.total() > 1 && dups.size() < 40)
            dups << QStringLiteral("order %1: %2 sales orders (%3 submitted: %4)")
                        .arg(id).arg(refs.total()).arg(refs.submitted).arg(refs.submittedNames.join(QLatin1Char(',')));
    }
    QVERIFY2(dups.isEmpty(), qPrintable(dups.join(QLatin1Char('\n'))));
    QCOMPARE(stats.duplicateReferences, 0);
    QCOMPARE(submitted, stats.salesOrders);
}

void TestE2eCrash::journalSaysEveryDeliveredOrderIsPosted()
{
    if (!m_finalOk)
        QSKIP("the final run failed");
    e2e::JournalReader journal(m_dataDir);
    QVERIFY2(journal.ok(), qPrintable(journal.error()));
    const auto journaled = journal.orders();
    const QHash<int, QString> wooRefs = m_cluster->woo()->erpRefs();
    QStringList wrong;
    int confirmed = 0;
    for (int id : m_cluster->woo()->orderIds()) {
        const e2e::ErpRefs refs = e2e::erpSalesOrders(m_cluster->erp(), id);
        const e2e::JournalOrder j = journaled.value(id);
        if (refs.submitted == 0) {
            if (j.stage == QLatin1String("posted") || j.stage == QLatin1String("confirmed"))
                wrong << QStringLiteral("order %1 is %2 (%3) in the journal but not in the ERP").arg(id).arg(j.stage, j.erpRef);
            continue;
        }
        if (j.stage != QLatin1String("confirmed") && j.stage != QLatin1String("posted"))
            wrong << QStringLiteral("order %1 is in the ERP as %2 but the journal says \"%3\"").arg(id).arg(refs.submittedNames.first(), j.stage);
        else if (j.erpRef != refs.submittedNames.first())
            wrong << QStringLiteral("order %1: journal ref %2, ERP %3").arg(id).arg(j.erpRef, refs.submittedNames.first());
        else if (wooRefs.value(id) != j.erpRef)
            wrong << QStringLiteral("order %1: WooCommerce carries \"%2\", ERP %3").arg(id).arg(wooRefs.value(id), j.erpRef);
        if (j.stage == QLatin1String("confirmed"))
            ++confirmed;
        if (wrong.size() >= 40)
            break;
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    const QJsonObject status = e2e::statusJson(m_dataDir);
    QCOMPARE(e2e::stageCount(status, "posted") + e2e::stageCount(status, "confirmed"), qint64(m_cluster->erp()->stats().salesOrders));
    QCOMPARE(e2e::stageCount(status, "posted"), 0); // --until-idle: every write-back done
}

void TestE2eCrash::noDuplicateErpCustomer()
{
    if (!m_finalOk)
        QSKIP("the final run failed");
    // Customers are matched by e-mail: at most one per distinct address that went to the ERP.
    WooSim *woo = m_cluster->woo();
    QSet<QString> emails;
    for (int id : woo->orderIds()) {
        const QJsonObject order = woo->order(id);
        if (order.value(QStringLiteral("status")).toString() != QLatin1String("processing"))
            continue;
        const e2e::SeedProblems p = e2e::seedProblems(order, {}, {});
        if (p.noEmail || p.emptySku)
            continue;
        emails << order.value(QStringLiteral("billing")).toObject().value(QStringLiteral("email")).toString().trimmed().toLower();
    }
    const int customers = m_cluster->erp()->stats().customers;
    qInfo("ERP customers: %d for %lld distinct e-mail addresses", customers, qint64(emails.size()));
    QVERIFY2(customers <= emails.size(),
             qPrintable(QStringLiteral("%1 ERP customers for %2 e-mail addresses").arg(customers).arg(emails.size())));
}

void TestE2eCrash::noDuplicateWriteBackNote()
{
    if (!m_finalOk)
        QSKIP("the final run failed");
    const WooStats s = m_cluster->woo()->stats();
    QStringList several;
    for (auto it = s.apiNotesPerOrder.cbegin(); it != s.apiNotesPerOrder.cend(); ++it)
        if (it.value() > 1 && several.size() < 20)
            several << QStringLiteral("order %1: %2 notes").arg(it.key()).arg(it.value());
    qInfo("WooCommerce: %d orders with an ERP ref, %d API notes, %d orders with more than one",
          s.ordersWithErpRef, s.apiNotes, s.ordersWithSeveralApiNotes);
    QVERIFY2(s.ordersWithSeveralApiNotes == 0, qPrintable(several.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestE2eCrash)
#include "tst_e2e_crash.moc"
