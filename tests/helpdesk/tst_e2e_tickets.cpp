// End to end: the real `backroom` binary, headless, against the WooCommerce, ERPNext and
// Zendesk simulators. Exceptions that need a person become exactly one Zendesk ticket per order
// and cause; resolving or skipping solves it; a Zendesk outage or lost answers create no ticket
// twice and lose none; bad Zendesk credentials pause only the helpdesk.
#include "sim/zendesk/zendesksim.h"
#include "sync/engine/ticketpolicy.h"
#include "tests/e2e/e2eutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace backroom::sim;

namespace {
constexpr int kOrders = 150;

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(100);
    }
    return true;
}
} // namespace

class TestE2eTickets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneTicketPerOrderAndCause();
    void resolvingAndSkippingSolveTheTicket();
    void outageLosesNoTicketAndCreatesNoneTwice();
    void lostAnswerAfterCreateMakesNoSecondTicket();
    void killedWhileCreatingMakesNoSecondTicket();
    void authFailureDoesNotStopOrders();

private:
    struct Setup {
        std::unique_ptr<QTemporaryDir> tmp;
        std::unique_ptr<SimCluster> cluster;
        QString config;
        QString dataDir;
    };
    Setup setup(quint64 seed, const std::function<void(QJsonObject &)> &edit = {});
    e2e::ProcResult runUntilIdle(const Setup &s, int maxSeconds = 60);
    static QStringList engineArgs(const Setup &s);
    // Counts of the shop's processing orders with and without seeded problems.
    static void expected(const Setup &s, int *good, int *parked);
    // Checks every open order exception against Zendesk; returns the failures.
    static QStringList checkTickets(const Setup &s, int *wanted);

    Setup m_first; // shared by the first two tests
};

TestE2eTickets::Setup TestE2eTickets::setup(quint64 seed, const std::function<void(QJsonObject &)> &edit)
{
    Setup s;
    s.tmp = std::make_unique<QTemporaryDir>();
    SimCluster::Options o;
    o.orders = kOrders;
    o.seed = seed;
    s.cluster = std::make_unique<SimCluster>(o);
    QString error;
    if (!s.cluster->start(&error))
        qFatal("cannot start the simulators: %s", qPrintable(error));
    QJsonObject config = s.cluster->makeConfig();
    e2e::tuneConfig(config, 6, 50, 1000, 2);
    if (edit)
        edit(config);
    s.config = s.tmp->filePath(QStringLiteral("config.json"));
    e2e::writeJsonFile(s.config, config);
    s.dataDir = s.tmp->filePath(QStringLiteral("data"));
    return s;
}

QStringList TestE2eTickets::engineArgs(const Setup &s)
{
    return {QStringLiteral("--headless"), QStringLiteral("--config"), s.config, QStringLiteral("--data-dir"), s.dataDir};
}

e2e::ProcResult TestE2eTickets::runUntilIdle(const Setup &s, int maxSeconds)
{
    return e2e::run(engineArgs(s) << QStringLiteral("--until-idle") << QStringLiteral("--max-seconds") << QString::number(maxSeconds),
                    (maxSeconds + 30) * 1000);
}

void TestE2eTickets::expected(const Setup &s, int *good, int *parked)
{
    *good = 0;
    *parked = 0;
    WooSim *woo = s.cluster->woo();
    for (int id : woo->orderIds()) {
        const QJsonObject order = woo->order(id);
        if (order.value(QStringLiteral("status")).toString() != QLatin1String("processing"))
            continue;
        if (e2e::seedProblems(order, woo->erpUnknownSkus(), woo->erpDisabledSkus()).any())
            ++*parked;
        else
            ++*good;
    }
    qInfo("shop: %d processing orders without problems, %d with", *good, *parked);
}

QStringList TestE2eTickets::checkTickets(const Setup &s, int *wanted)
{
    QStringList failures;
    ZendeskSim *zd = s.cluster->zendesk();
    *wanted = 0;
    for (const QJsonValue &v : e2e::exceptionsJson(s.dataDir, true)) {
        const QJsonObject e = v.toObject();
        const qint64 orderId = e.value(QStringLiteral("order_id")).toInteger();
        const QString category = e.value(QStringLiteral("category")).toString();
        const backroom::TicketDecision d = backroom::decideTicket(category, e.value(QStringLiteral("code")).toString(),
                                                                  QStringLiteral("erp_order"));
        if (orderId == 0 || !d.wanted)
            continue;
        ++*wanted;
        const QString ext = backroom::ticketExternalId(e.value(QStringLiteral("store")).toString(), orderId, d.cause);
        const QJsonArray tickets = zd->ticketsWithExternalId(ext);
        if (tickets.size() != 1) {
            failures << QStringLiteral("%1: %2 tickets").arg(ext).arg(tickets.size());
            continue;
        }
        const QJsonObject t = tickets.first().toObject();
        const QJsonArray tags = t.value(QStringLiteral("tags")).toArray();
        if (!tags.contains(QStringLiteral("backroom")) || !tags.contains(category))
            failures << QStringLiteral("%1: tags %2").arg(ext, QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)));
        const QJsonArray comments = t.value(QStringLiteral("comments")).toArray();
        if (comments.isEmpty() || comments.first().toObject().value(QStringLiteral("public")).toBool(true))
            failures << QStringLiteral("%1: the first comment is not internal").arg(ext);
        if (!t.value(QStringLiteral("subject")).toString().contains(QString::number(orderId)))
            failures << QStringLiteral("%1: subject \"%2\" does not name the order").arg(ext, t.value(QStringLiteral("subject")).toString());
    }
    if (zd->stats().duplicateExternalIds != 0)
        failures << QStringLiteral("%1 external ids carry more than one ticket").arg(zd->stats().duplicateExternalIds);
    int ours = 0;
    for (const QJsonValue &t : zd->tickets())
        ours += t.toObject().value(QStringLiteral("external_id")).toString().startsWith(QLatin1String("backroom:")) ? 1 : 0;
    if (ours != *wanted)
        failures << QStringLiteral("Zendesk holds %1 Backroom tickets for %2 exceptions that want one").arg(ours).arg(*wanted);
    return failures;
}

void TestE2eTickets::oneTicketPerOrderAndCause()
{
    m_first = setup(20261122);
    const e2e::ProcResult r = runUntilIdle(m_first);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    int good = 0, parked = 0;
    expected(m_first, &good, &parked);
    QVERIFY2(parked >= 3, "the seed made too few problem orders to prove anything");
    int wanted = 0;
    QStringList failures = checkTickets(m_first, &wanted);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(wanted, parked);
    QCOMPARE(m_first.cluster->erp()->stats().salesOrders, good);
    const QJsonObject status = e2e::statusJson(m_first.dataDir);
    bool helpdeskShown = false;
    for (const QJsonValue &c : status.value(QStringLiteral("connections")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("helpdesk:zendesk"))
            helpdeskShown = c.toObject().value(QStringLiteral("state")).toString() == QLatin1String("up");
    QVERIFY2(helpdeskShown, qPrintable(QString::fromUtf8(QJsonDocument(status).toJson())));

    // A second run on the same data creates nothing.
    const int creates = m_first.cluster->zendesk()->stats().creates;
    const e2e::ProcResult again = runUntilIdle(m_first);
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    QCOMPARE(m_first.cluster->zendesk()->stats().creates, creates);
    failures = checkTickets(m_first, &wanted);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    // The customers' tickets about an order (seeded by SimCluster) are linked to it.
    e2e::JournalReader j(m_first.dataDir);
    QCOMPARE(j.scalar("SELECT count(*) FROM helpdesk_mentions m JOIN orders o ON o.id=m.order_id "
                      "WHERE coalesce(m.external_id,'')=''"), qint64(2));
    QCOMPARE(j.scalar("SELECT count(DISTINCT l.order_id) FROM links l JOIN helpdesk_mentions m ON m.order_id=l.order_id "
                      "WHERE l.system='helpdesk' AND coalesce(m.external_id,'')=''"), qint64(2));
}

void TestE2eTickets::resolvingAndSkippingSolveTheTicket()
{
    QVERIFY(m_first.cluster);
    QList<QJsonObject> open;
    for (const QJsonValue &v : e2e::exceptionsJson(m_first.dataDir, true))
        if (v.toObject().value(QStringLiteral("order_id")).toInteger() > 0)
            open << v.toObject();
    QVERIFY(open.size() >= 3);
    const auto extOf = [](const QJsonObject &e) {
        const auto d = backroom::decideTicket(e.value(QStringLiteral("category")).toString(), e.value(QStringLiteral("code")).toString(),
                                              QStringLiteral("erp_order"));
        return backroom::ticketExternalId(e.value(QStringLiteral("store")).toString(), e.value(QStringLiteral("order_id")).toInteger(), d.cause);
    };
    const QString id0 = QString::number(open.at(0).value(QStringLiteral("id")).toInteger());
    const QString id1 = QString::number(open.at(1).value(QStringLiteral("id")).toInteger());
    QVERIFY(e2e::run({QStringLiteral("resolve"), QStringLiteral("--data-dir"), m_first.dataDir, id0, QStringLiteral("--note"),
                      QStringLiteral("Customer called, sent by hand")}).ok());
    QVERIFY(e2e::run({QStringLiteral("skip"), QStringLiteral("--data-dir"), m_first.dataDir, id1, QStringLiteral("--reason"),
                      QStringLiteral("test order")}).ok());
    const e2e::ProcResult r = runUntilIdle(m_first);
    QVERIFY2(r.ok(), qPrintable(r.describe()));

    ZendeskSim *zd = m_first.cluster->zendesk();
    const QJsonObject t0 = zd->ticketsWithExternalId(extOf(open.at(0))).first().toObject();
    const QJsonObject t1 = zd->ticketsWithExternalId(extOf(open.at(1))).first().toObject();
    const QJsonObject t2 = zd->ticketsWithExternalId(extOf(open.at(2))).first().toObject();
    QCOMPARE(t0.value(QStringLiteral("status")).toString(), QStringLiteral("solved"));
    QCOMPARE(t1.value(QStringLiteral("status")).toString(), QStringLiteral("solved"));
    QCOMPARE(t2.value(QStringLiteral("status")).toString(), QStringLiteral("new")); // untouched
    const QJsonObject last0 = t0.value(QStringLiteral("comments")).toArray().last().toObject();
    QVERIFY2(last0.value(QStringLiteral("body")).toString().contains(QStringLiteral("Customer called, sent by hand")),
             qPrintable(last0.value(QStringLiteral("body")).toString()));
    QCOMPARE(last0.value(QStringLiteral("public")).toBool(true), false);
    QVERIFY(t1.value(QStringLiteral("comments")).toArray().last().toObject().value(QStringLiteral("body")).toString().contains(QStringLiteral("test order")));
    QCOMPARE(zd->stats().duplicateExternalIds, 0);
}

void TestE2eTickets::outageLosesNoTicketAndCreatesNoneTwice()
{
    Setup s = setup(777);
    int good = 0, parked = 0;
    expected(s, &good, &parked);
    QVERIFY(parked >= 3);
    ZendeskSim *zd = s.cluster->zendesk();
    zd->setFaults(*FaultSpec::parse(QStringLiteral("rate=1,kinds=503,reset,timeout,500html")));
    e2e::Child child;
    QVERIFY(child.start(engineArgs(s)));
    // Everything else goes on: the good orders reach the ERP while Zendesk is down.
    QVERIFY2(waitFor([&] { return s.cluster->erp()->stats().salesOrders == good; }, 60000),
             child.partial().err.right(3000).constData());
    // And the ticket work waits in the journal, tried and failed.
    QVERIFY(waitFor([&] {
        e2e::JournalReader j(s.dataDir);
        return j.ok() && j.scalar("SELECT count(*) FROM helpdesk_queue WHERE state='pending' AND attempts>=2") >= parked;
    }, 30000));
    QCOMPARE(zd->stats().creates, 0);
    QVERIFY(zd->stats().faults > 0);

    zd->setFaults(FaultSpec{});
    QVERIFY2(waitFor([&] { return zd->stats().creates >= parked; }, 60000),
             qPrintable(QStringLiteral("%1 of %2 tickets after the outage").arg(zd->stats().creates).arg(parked)));
    QTest::qWait(1500); // anything still queued would show up now
    child.terminate();
    QVERIFY(child.wait(15000).finished);
    int wanted = 0;
    const QStringList failures = checkTickets(s, &wanted);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(wanted, parked);
    QCOMPARE(zd->stats().creates, parked);
}

void TestE2eTickets::lostAnswerAfterCreateMakesNoSecondTicket()
{
    Setup s = setup(4242);
    int good = 0, parked = 0;
    expected(s, &good, &parked);
    QVERIFY(parked >= 3);
    ZendeskSim *zd = s.cluster->zendesk();
    // The first three creates are stored, then their answers are lost in three ways.
    zd->queueCreateFault(QStringLiteral("reset-after-commit"));
    zd->queueCreateFault(QStringLiteral("timeout-after-commit"));
    zd->queueCreateFault(QStringLiteral("500html-after-commit"));
    const e2e::ProcResult r = runUntilIdle(s, 90);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(zd->stats().lostAfterCommit, 3);
    int wanted = 0;
    const QStringList failures = checkTickets(s, &wanted);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(zd->stats().creates, parked);
    // Each lost create was found by its external id, and linked to its order.
    e2e::JournalReader j(s.dataDir);
    QCOMPARE(j.scalar("SELECT count(*) FROM helpdesk_tickets WHERE remote_id IS NOT NULL"), qint64(parked));
    QCOMPARE(j.scalar("SELECT count(DISTINCT order_id) FROM links WHERE system='helpdesk' "
                      "AND order_id IN (SELECT order_id FROM helpdesk_tickets)"), qint64(parked));
}

void TestE2eTickets::killedWhileCreatingMakesNoSecondTicket()
{
    Setup s = setup(31337);
    int good = 0, parked = 0;
    expected(s, &good, &parked);
    QVERIFY(parked >= 3);
    ZendeskSim *zd = s.cluster->zendesk();
    // Zendesk stores a ticket when the request arrives and answers 1.5 s later: kill -9 the
    // engine in that window, with creates stored whose answer it never saw.
    zd->setFaults(*FaultSpec::parse(QStringLiteral("latency=1500")));
    e2e::Child child;
    QVERIFY(child.start(engineArgs(s)));
    QVERIFY2(waitFor([&] {
        if (zd->stats().creates < 1)
            return false;
        e2e::JournalReader j(s.dataDir);
        return j.ok() && j.scalar("SELECT count(*) FROM helpdesk_queue WHERE state='inflight' AND kind='ticket_create'") > 0;
    }, 60000), child.partial().err.right(3000).constData());
    child.kill();
    child.wait(10000);
    const int createdBeforeKill = zd->stats().creates;
    {
        e2e::JournalReader j(s.dataDir);
        // At least one ticket exists in Zendesk whose answer the journal never recorded.
        const qint64 recorded = j.scalar("SELECT count(*) FROM helpdesk_tickets WHERE remote_id IS NOT NULL");
        QVERIFY2(createdBeforeKill > recorded, qPrintable(QStringLiteral("%1 created, %2 recorded").arg(createdBeforeKill).arg(recorded)));
    }
    zd->setFaults(FaultSpec{});
    const e2e::ProcResult r = runUntilIdle(s, 90);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    int wanted = 0;
    const QStringList failures = checkTickets(s, &wanted);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(wanted, parked);
    QCOMPARE(zd->stats().creates, parked);
    QVERIFY(createdBeforeKill >= 1);
}

void TestE2eTickets::authFailureDoesNotStopOrders()
{
    Setup s = setup(99, [](QJsonObject &config) {
        QJsonObject h = config.value(QStringLiteral("helpdesk")).toObject();
        h.insert(QStringLiteral("api_token"), QStringLiteral("revoked-token"));
        config.insert(QStringLiteral("helpdesk"), h);
    });
    int good = 0, parked = 0;
    expected(s, &good, &parked);
    // --until-idle: the orders go through, then the run reports the paused helpdesk (exit 3).
    const e2e::ProcResult r = runUntilIdle(s, 60);
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("paused: helpdesk:zendesk")), r.err.constData());
    QCOMPARE(s.cluster->erp()->stats().salesOrders, good);
    QCOMPARE(s.cluster->woo()->erpRefs().size(), good); // the write-back to the shop went on too
    QCOMPARE(s.cluster->zendesk()->stats().creates, 0);
    const QJsonObject status = e2e::statusJson(s.dataDir);
    QString helpdeskState, erpState;
    for (const QJsonValue &c : status.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("helpdesk:zendesk"))
            helpdeskState = o.value(QStringLiteral("state")).toString();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("erp:erpnext"))
            erpState = o.value(QStringLiteral("state")).toString();
    }
    QCOMPARE(helpdeskState, QStringLiteral("paused_auth"));
    QCOMPARE(erpState, QStringLiteral("up"));
    // One exception for the connection, not one per order; the ticket work still waits.
    int authExceptions = 0;
    for (const QJsonValue &v : e2e::exceptionsJson(s.dataDir, true)) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("category")).toString() == QLatin1String("auth")) {
            ++authExceptions;
            QCOMPARE(e.value(QStringLiteral("order_id")).toInteger(), 0);
            QVERIFY(!e.value(QStringLiteral("message")).toString().contains(QStringLiteral("revoked-token")));
        }
    }
    QCOMPARE(authExceptions, 1);
    e2e::JournalReader j(s.dataDir);
    QCOMPARE(j.scalar("SELECT count(*) FROM helpdesk_queue WHERE state IN ('pending','inflight')"), qint64(parked));

    // Credentials fixed: the waiting work goes out, one ticket per exception.
    QJsonObject config = e2e::parseJson(e2e::readFile(s.config)).object();
    QJsonObject h = config.value(QStringLiteral("helpdesk")).toObject();
    h.insert(QStringLiteral("api_token"), QStringLiteral("sim-zendesk-token"));
    config.insert(QStringLiteral("helpdesk"), h);
    QVERIFY(e2e::writeJsonFile(s.config, config));
    const e2e::ProcResult again = runUntilIdle(s, 60);
    QVERIFY2(again.ok(), qPrintable(again.describe()));
    int wanted = 0;
    const QStringList failures = checkTickets(s, &wanted);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(wanted, parked);
}

QTEST_GUILESS_MAIN(TestE2eTickets)
#include "tst_e2e_tickets.moc"
