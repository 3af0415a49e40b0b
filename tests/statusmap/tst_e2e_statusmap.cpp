// The status map in both directions, end to end: the real `backroom --headless --until-idle`
// against the simulated shop and ERPNext, with a mappings_file that
//   - cancels the sales order of an order put "on-hold" in the store (status: on-hold -> cancel),
//   - sets "completed" when ERPNext says "To Bill" (delivered), although the configured
//     order_flows.delivered_status is "processing",
//   - sets "cancelled" when the sales order is cancelled in ERPNext (erp_status: Cancelled);
// and refuses a bad map entry with one line that names it (CLI import and check, engine start).
#include "tests/e2e/e2eutil.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom::sim;

namespace {
QJsonObject goodMap()
{
    return QJsonObject{
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("on-hold"), QStringLiteral("cancel")}}},
        {QStringLiteral("erp_status"), QJsonObject{{QStringLiteral("To Bill"), QStringLiteral("completed")},
                                                   {QStringLiteral("Cancelled"), QStringLiteral("cancelled")}}}};
}
} // namespace

class TestE2eStatusMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void orderMappedToCancelIsCancelledOnce();
    void deliveredOrderGetsTheMappedStatus();
    void unmappedStateFallsBackToDeliveredStatus();
    void salesOrderCancelledInErpSetsMappedStatus();
    void badMapEntryIsRefusedByName();
    void orderCancelledBeforeItReachedErpIsNeverSent();
    void orderCancelledWhileItsCreateWasLostIsCancelledOnce();

private:
    e2e::ProcResult runEngine(int maxSeconds = 60);
    e2e::ProcResult cli(const QStringList &args);
    struct Posted {
        int wooId = 0;
        QString salesOrder;
    };
    Posted pickPosted();
    QJsonArray openExceptionsFor(int wooId);
    QString wooStatus(int wooId) { return m_cluster->woo()->order(wooId).value(QStringLiteral("status")).toString(); }
    bool cancelInErpDesk(const QString &salesOrder);
    // A new shop order parked as an exception (the ERP answered 503 to everything); its id and
    // the exception's.
    std::pair<int, qint64> parkNewOrder();
    e2e::ProcResult retry(qint64 exceptionId)
    {
        return e2e::run({QStringLiteral("retry"), QStringLiteral("--data-dir"), m_dataDir, QString::number(exceptionId)}, 30000);
    }

    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QJsonObject m_configJson;
    QString m_config;
    QString m_dataDir;
    QSet<int> m_used;
};

void TestE2eStatusMap::initTestCase()
{
    QVERIFY2(QFileInfo(e2e::binPath()).isExecutable(), qPrintable(e2e::binPath()));
}

void TestE2eStatusMap::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    SimCluster::Options o;
    o.orders = 6;
    o.seed = 77;
    m_cluster = std::make_unique<SimCluster>(o);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_configJson = m_cluster->makeConfig();
    m_configJson.remove(QStringLiteral("helpdesk"));
    e2e::tuneConfig(m_configJson, 3, 50, 200, 2);
    m_configJson.insert(QStringLiteral("order_flows"), QJsonObject{{QStringLiteral("delivered_status"), QStringLiteral("processing")}});
    QVERIFY(e2e::writeJsonFile(m_tmp->filePath(QStringLiteral("mappings.json")), goodMap()));
    m_configJson.insert(QStringLiteral("mappings_file"), QStringLiteral("mappings.json"));
    m_config = m_tmp->filePath(QStringLiteral("config.json"));
    QVERIFY(e2e::writeJsonFile(m_config, m_configJson));
    m_dataDir = m_tmp->filePath(QStringLiteral("data"));
    m_used.clear();
    const e2e::ProcResult r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QTest::qWait(1100); // one-second precision of WooCommerce dates (see tst_e2e_flows)
}

void TestE2eStatusMap::cleanup()
{
    m_cluster.reset();
    m_tmp.reset();
}

e2e::ProcResult TestE2eStatusMap::runEngine(int maxSeconds)
{
    return e2e::runUntilIdle(m_config, m_dataDir, maxSeconds);
}

e2e::ProcResult TestE2eStatusMap::cli(const QStringList &args)
{
    return e2e::run(QStringList{QStringLiteral("mappings")} + args, 30000);
}

TestE2eStatusMap::Posted TestE2eStatusMap::pickPosted()
{
    e2e::JournalReader journal(m_dataDir);
    const auto orders = journal.orders();
    QList<qint64> ids = orders.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        const e2e::JournalOrder &o = orders.value(id);
        if (o.stage != QLatin1String("confirmed") || o.erpRef.isEmpty() || m_used.contains(int(id)))
            continue;
        if (!m_cluster->woo()->order(int(id)).value(QStringLiteral("refunds")).toArray().isEmpty())
            continue;
        m_used.insert(int(id));
        return Posted{int(id), o.erpRef};
    }
    return {};
}

QJsonArray TestE2eStatusMap::openExceptionsFor(int wooId)
{
    QJsonArray out;
    for (const QJsonValue &v : e2e::exceptionsJson(m_dataDir, true)) {
        if (v.toObject().value(QStringLiteral("order_id")).toInt() == wooId)
            out.append(v);
    }
    return out;
}

bool TestE2eStatusMap::cancelInErpDesk(const QString &salesOrder)
{
    // As a person would in ERPNext's desk: frappe.client.cancel on the Sales Order.
    const QJsonObject erp = m_configJson.value(QStringLiteral("erp")).toObject();
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(erp.value(QStringLiteral("url")).toString() + QStringLiteral("/api/method/frappe.client.cancel")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("Authorization", QStringLiteral("token %1:%2")
                                          .arg(erp.value(QStringLiteral("api_key")).toString(),
                                               erp.value(QStringLiteral("api_secret")).toString()).toUtf8());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("doctype"), QStringLiteral("Sales Order")},
                                                      {QStringLiteral("name"), salesOrder}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam.post(req, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status == 200;
}

void TestE2eStatusMap::orderMappedToCancelIsCancelledOnce()
{
    const Posted p = pickPosted();
    QVERIFY(p.wooId > 0);
    const Posted other = pickPosted();
    QVERIFY(other.wooId > 0);
    QCOMPARE(m_cluster->erp()->cancelledSalesOrders(), 0);
    // Not "cancelled": on-hold, which the map says cancels the sales order.
    QVERIFY(m_cluster->woo()->setOrderStatus(p.wooId, QStringLiteral("on-hold")));
    e2e::ProcResult r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(m_cluster->erp()->salesOrder(p.salesOrder).value(QStringLiteral("docstatus")).toInt(), 2);
    QCOMPARE(m_cluster->erp()->cancelledSalesOrders(), 1);
    QCOMPARE(wooStatus(p.wooId), QStringLiteral("on-hold")); // the store keeps its own status
    e2e::JournalReader journal(m_dataDir);
    QCOMPARE(journal.orders().value(p.wooId).stage, QStringLiteral("cancelled"));
    QCOMPARE(openExceptionsFor(p.wooId).size(), 0);
    QCOMPARE(m_cluster->erp()->salesOrder(other.salesOrder).value(QStringLiteral("docstatus")).toInt(), 1);

    // The order changes again (still on-hold, then cancelled for good): nothing is cancelled twice.
    QTest::qWait(1100);
    QVERIFY(m_cluster->woo()->touchOrder(p.wooId));
    r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QTest::qWait(1100);
    QVERIFY(m_cluster->woo()->cancelOrder(p.wooId));
    r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(m_cluster->erp()->cancelledSalesOrders(), 1);
    QCOMPARE(openExceptionsFor(p.wooId).size(), 0);
    QCOMPARE(e2e::stageCount(e2e::statusJson(m_dataDir), "cancelled"), 1);
}

void TestE2eStatusMap::deliveredOrderGetsTheMappedStatus()
{
    const Posted p = pickPosted();
    QVERIFY(p.wooId > 0);
    QCOMPARE(wooStatus(p.wooId), QStringLiteral("processing"));
    QVERIFY(!m_cluster->erp()->addDelivery(p.salesOrder, {}, QStringLiteral("1Z9999W99999999999"), QStringLiteral("UPS")).isEmpty());
    QCOMPARE(m_cluster->erp()->salesOrder(p.salesOrder).value(QStringLiteral("status")).toString(), QStringLiteral("To Bill"));
    e2e::ProcResult r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    // "To Bill" -> completed (the map), not order_flows.delivered_status ("processing").
    QCOMPARE(wooStatus(p.wooId), QStringLiteral("completed"));
    e2e::JournalReader journal(m_dataDir);
    QCOMPARE(journal.orders().value(p.wooId).stage, QStringLiteral("fulfilled"));
    int tracking = 0;
    for (const QString &note : m_cluster->woo()->customerNotes(p.wooId))
        tracking += note.contains(QLatin1String("1Z9999W99999999999")) ? 1 : 0;
    QCOMPARE(tracking, 1);
    QCOMPARE(openExceptionsFor(p.wooId).size(), 0);
    QCOMPARE(m_cluster->erp()->cancelledSalesOrders(), 0);
}

void TestE2eStatusMap::unmappedStateFallsBackToDeliveredStatus()
{
    // A new map version without "To Bill": the configured delivered_status applies again.
    QJsonObject map = goodMap();
    map.insert(QStringLiteral("erp_status"), QJsonObject{{QStringLiteral("Cancelled"), QStringLiteral("cancelled")}});
    map.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("on-hold"), QStringLiteral("ignore")}});
    const QString file = m_tmp->filePath(QStringLiteral("v2.json"));
    QVERIFY(e2e::writeJsonFile(file, map));
    e2e::ProcResult r = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("import"), file});
    QVERIFY2(r.ok(), qPrintable(r.describe()));

    const Posted p = pickPosted();
    QVERIFY(p.wooId > 0);
    QVERIFY(m_cluster->woo()->setOrderStatus(p.wooId, QStringLiteral("on-hold")));
    QVERIFY(!m_cluster->erp()->addDelivery(p.salesOrder, {}, QStringLiteral("JJD1"), QStringLiteral("DHL")).isEmpty());
    r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    // on-hold no longer cancels; the delivery sets delivered_status.
    QCOMPARE(m_cluster->erp()->cancelledSalesOrders(), 0);
    QCOMPARE(wooStatus(p.wooId), QStringLiteral("processing"));
    e2e::JournalReader journal(m_dataDir);
    QCOMPARE(journal.orders().value(p.wooId).stage, QStringLiteral("fulfilled"));

    // The CLI shows both directions of the version in use.
    r = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    const QJsonObject shown = e2e::parseJson(r.out).object();
    bool onHoldIgnored = false;
    for (const QJsonValue &v : shown.value(QStringLiteral("woo_to_erp")).toArray())
        onHoldIgnored = onHoldIgnored || (v[QLatin1String("woo_status")].toString() == QLatin1String("on-hold")
                                          && v[QLatin1String("action")].toString() == QLatin1String("ignore"));
    QVERIFY2(onHoldIgnored, r.out.constData());
    const QJsonArray erp = shown.value(QStringLiteral("erp_to_woo")).toArray();
    QCOMPARE(erp.size(), 1);
    QCOMPARE(erp.at(0)[QLatin1String("erp_state")].toString(), QStringLiteral("Cancelled"));
}

void TestE2eStatusMap::salesOrderCancelledInErpSetsMappedStatus()
{
    const Posted p = pickPosted();
    QVERIFY(p.wooId > 0);
    QVERIFY(cancelInErpDesk(p.salesOrder));
    QCOMPARE(m_cluster->erp()->cancelledSalesOrders(), 1);
    e2e::ProcResult r = runEngine(); // reconciliation runs at start
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(wooStatus(p.wooId), QStringLiteral("cancelled"));
    const int notesAfterFirst = m_cluster->woo()->notes(p.wooId).size();
    // The store's new revision queues the cancellation, which finds it cancelled already.
    QTest::qWait(1100);
    r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(m_cluster->erp()->cancelledSalesOrders(), 1);
    QCOMPARE(wooStatus(p.wooId), QStringLiteral("cancelled"));
    QCOMPARE(openExceptionsFor(p.wooId).size(), 0);
    QCOMPARE(m_cluster->woo()->notes(p.wooId).size(), notesAfterFirst); // no second status change
}

void TestE2eStatusMap::badMapEntryIsRefusedByName()
{
    // A typo in the write-back direction: "complete" is no WooCommerce status.
    QJsonObject bad = goodMap();
    bad.insert(QStringLiteral("erp_status"), QJsonObject{{QStringLiteral("To Bill"), QStringLiteral("complete")}});
    const QString file = m_tmp->filePath(QStringLiteral("bad.json"));
    QVERIFY(e2e::writeJsonFile(file, bad));
    const QByteArray before = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("versions"), QStringLiteral("--json")}).out;
    e2e::ProcResult r = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("mappings.erp_status.To Bill: \"complete\" is not a WooCommerce order status"), r.err.constData());
    QCOMPARE(cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("versions"), QStringLiteral("--json")}).out, before);

    // check lists every refused entry, one line each.
    bad.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("wc-on-hold"), QStringLiteral("cancel")}});
    QVERIFY(e2e::writeJsonFile(file, bad));
    r = cli({QStringLiteral("check"), file});
    QCOMPARE(r.exitCode, 1);
    QStringList named;
    for (const QString &line : r.errLines()) {
        if (line.startsWith(file + QStringLiteral(": mappings.")))
            named << line.mid(file.size() + 2).section(QLatin1Char(':'), 0, 0);
    }
    named.sort();
    QCOMPARE(named, (QStringList{QStringLiteral("mappings.erp_status.To Bill"), QStringLiteral("mappings.status.wc-on-hold")}));
    QVERIFY(cli({QStringLiteral("check"), m_tmp->filePath(QStringLiteral("mappings.json"))}).ok());

    // An engine started on a fresh data directory with a bad file refuses to start, naming the entry.
    QJsonObject typo = goodMap();
    typo.insert(QStringLiteral("erp_status"), QJsonObject{{QStringLiteral("To Bill"), QStringLiteral("complete")}});
    QVERIFY(e2e::writeJsonFile(m_tmp->filePath(QStringLiteral("typo.json")), typo));
    QJsonObject cfg = m_configJson;
    cfg.insert(QStringLiteral("mappings_file"), QStringLiteral("typo.json"));
    const QString cfgFile = m_tmp->filePath(QStringLiteral("bad-config.json"));
    const int erpRequests = m_cluster->erp()->stats().requests;
    QVERIFY(e2e::writeJsonFile(cfgFile, cfg));
    r = e2e::run({QStringLiteral("--headless"), QStringLiteral("--config"), cfgFile, QStringLiteral("--data-dir"),
                  m_tmp->filePath(QStringLiteral("fresh")), QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"),
                  QStringLiteral("20")},
                 50000);
    QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("mappings.erp_status.To Bill"), r.err.constData());
    QCOMPARE(m_cluster->erp()->stats().requests, erpRequests); // refused before any traffic
}

std::pair<int, qint64> TestE2eStatusMap::parkNewOrder()
{
    const QList<int> added = m_cluster->woo()->addOrders(1);
    if (added.size() != 1)
        return {0, 0};
    const auto down = FaultSpec::parse(QStringLiteral("rate=1.0,kinds=503"));
    m_cluster->erp()->setFaults(*down);
    const e2e::ProcResult r = runEngine();
    m_cluster->erp()->setFaults(FaultSpec{});
    if (!r.ok())
        qWarning("%s", qPrintable(r.describe()));
    for (const QJsonValue &v : openExceptionsFor(added.first()))
        return {added.first(), qint64(v.toObject().value(QStringLiteral("id")).toDouble())};
    return {added.first(), 0};
}

void TestE2eStatusMap::orderCancelledBeforeItReachedErpIsNeverSent()
{
    const auto [wooId, exceptionId] = parkNewOrder();
    QVERIFY(wooId > 0);
    QVERIFY2(exceptionId > 0, "the order should wait as an exception while the ERP is down");
    QCOMPARE(e2e::erpSalesOrders(m_cluster->erp(), wooId).total(), 0);
    // The customer changes their mind meanwhile: on-hold, which the map cancels.
    QTest::qWait(1100);
    QVERIFY(m_cluster->woo()->setOrderStatus(wooId, QStringLiteral("on-hold")));
    e2e::ProcResult r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    // The support lead retries the waiting order: it is not sent, and nothing is left to do.
    r = retry(exceptionId);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    QCOMPARE(e2e::erpSalesOrders(m_cluster->erp(), wooId).total(), 0);
    e2e::JournalReader journal(m_dataDir);
    QCOMPARE(journal.orders().value(wooId).stage, QStringLiteral("cancelled"));
    QCOMPARE(openExceptionsFor(wooId).size(), 0);
    QCOMPARE(m_cluster->erp()->cancelledSalesOrders(), 0);
}

void TestE2eStatusMap::orderCancelledWhileItsCreateWasLostIsCancelledOnce()
{
    // The create reaches ERPNext but its answer is lost; with one attempt the order waits.
    QJsonObject once = m_configJson;
    e2e::tuneConfig(once, 1, 50, 200, 2);
    const QString config = m_tmp->filePath(QStringLiteral("once.json"));
    QVERIFY(e2e::writeJsonFile(config, once));
    const QList<int> added = m_cluster->woo()->addOrders(1);
    QCOMPARE(added.size(), 1);
    const int wooId = added.first();
    m_cluster->erp()->loseNextCreateOf(QStringLiteral("Sales Order"));
    e2e::ProcResult r = e2e::run({QStringLiteral("--headless"), QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
                                  m_dataDir, QStringLiteral("--until-idle"), QStringLiteral("--max-seconds"), QStringLiteral("60")},
                                 90000);
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    const QJsonArray waiting = openExceptionsFor(wooId);
    if (waiting.isEmpty() || e2e::erpSalesOrders(m_cluster->erp(), wooId).submitted != 1)
        QSKIP("the seed's new order did not reach the ERP's create (unknown or disabled item)");
    // Cancelled in the store before the retry finds the lost create.
    QTest::qWait(1100);
    QVERIFY(m_cluster->woo()->cancelOrder(wooId));
    r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    r = retry(qint64(waiting.at(0).toObject().value(QStringLiteral("id")).toDouble()));
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    r = runEngine();
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    // The retry links the sales order it finds (never a second one), then cancels it once.
    const e2e::ErpRefs refs = e2e::erpSalesOrders(m_cluster->erp(), wooId);
    QCOMPARE(refs.total(), 1);
    QCOMPARE(refs.cancelled, 1);
    e2e::JournalReader journal(m_dataDir);
    QCOMPARE(journal.orders().value(wooId).stage, QStringLiteral("cancelled"));
    QCOMPARE(openExceptionsFor(wooId).size(), 0);
}

QTEST_GUILESS_MAIN(TestE2eStatusMap)
#include "tst_e2e_statusmap.moc"
