// The ERPNext adapter's calls after the sales order, against the ERPNext simulator: deliveries
// with tracking, the sales order's state (partial, delivered, missing, shortfall), cancellation
// (and its refusal once delivered), credit notes (lines, amount-only, look-up), failures.
#include "sim/erpnext/erpnextsim.h"
#include "sync/core/clock.h"
#include "sync/erp/erpnextadapter.h"
#include "sync/http/httpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace backroom;
using backroom::sim::ErpNextSim;

namespace {
template <typename R, typename Start>
R await(Start start)
{
    auto out = std::make_shared<std::optional<R>>();
    start([out](const R &r) { *out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out->has_value(), 15000); }();
    if (!out->has_value()) {
        SyncError e;
        e.message = QStringLiteral("test: no callback");
        return R(e);
    }
    return **out;
}

Money m(const char *s)
{
    return *Money::parse(QString::fromLatin1(s));
}

template <typename T>
QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().summary();
}
} // namespace

class TestErpNextFlowsAdapter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void deliveriesWithTrackingOldestFirst();
    void salesOrderStates();
    void shortfallFromProjectedQty();
    void firstStateAfterCreateCostsNoRequest();
    void cancelOpenOrderIsIdempotent();
    void cancelDeliveredIsConflict();
    void creditNoteWithLinesAndTax();
    void amountOnlyCreditNeedsCreditItem();
    void creditNoteFoundByReference();
    void erpDownIsTransient();

private:
    QString salesOrder(const QString &ref, double qty = 3);
    ErpNextSim *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
    ErpNextAdapter *m_erp = nullptr;
    ErpNextConnection m_conn;
    QString m_customer;
};

void TestErpNextFlowsAdapter::init()
{
    ErpNextSim::Options o;
    o.itemCodes = {QStringLiteral("MUG"), QStringLiteral("TEE-M"), QStringLiteral("GOODWILL")};
    m_sim = new ErpNextSim(o);
    QVERIFY(m_sim->listen() != 0);
    m_nam = new QNetworkAccessManager;
    HttpClientOptions ho;
    ho.maxAttempts = 1;
    ho.breakerFailureThreshold = 1000;
    m_http = new HttpClient(m_nam, ho, SystemClock::instance());
    m_conn.url = m_sim->url();
    m_conn.apiKey = QStringLiteral("sim-erp-key");
    m_conn.apiSecret = QStringLiteral("sim-erp-secret");
    m_conn.company = QStringLiteral("Backroom Demo Ltd");
    m_conn.warehouse = QStringLiteral("Stores - BDL");
    m_conn.taxAccount = QStringLiteral("VAT - BDL");
    m_conn.timeout = std::chrono::milliseconds(1500);
    m_erp = new ErpNextAdapter(m_conn, m_http);
    m_customer = m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
}

void TestErpNextFlowsAdapter::cleanup()
{
    delete m_erp;
    m_erp = nullptr;
    delete m_http;
    delete m_nam;
    delete m_sim;
}

QString TestErpNextFlowsAdapter::salesOrder(const QString &ref, double qty)
{
    SalesOrderDraft d;
    d.reference = ref;
    d.customerName = m_customer;
    d.transactionDate = QStringLiteral("2026-11-22");
    d.currency = QStringLiteral("EUR");
    d.lines = {SalesOrderLine{QStringLiteral("MUG"), QStringLiteral("Mug"), qty, m("10.00"), Money::fromDouble(10.0 * qty)},
               SalesOrderLine{QStringLiteral("TEE-M"), QStringLiteral("Tee"), 1, m("20.00"), m("20.00")}};
    d.charges = {SalesOrderCharge{SalesOrderCharge::Kind::Tax, QStringLiteral("VAT"), Money::fromDouble((10.0 * qty + 20) * 0.2)}};
    d.expectedTotal = Money::fromDouble((10.0 * qty + 20) * 1.2);
    const auto r = await<Result<QString>>([&](auto cb) { m_erp->createSalesOrder(d, cb); });
    if (!r.ok())
        qWarning("create failed: %s", qPrintable(r.error().summary()));
    return r.ok() ? r.value() : QString();
}

void TestErpNextFlowsAdapter::deliveriesWithTrackingOldestFirst()
{
    const QString a = salesOrder(QStringLiteral("7001"));
    const QString b = salesOrder(QStringLiteral("7002"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    auto page = await<Result<DeliveryPage>>([&](auto cb) { m_erp->deliveriesSince(QString(), cb); });
    QVERIFY2(page.ok(), qPrintable(why(page)));
    QVERIFY(page.value().deliveries.isEmpty());

    const QString dn1 = m_sim->addDelivery(a, {{QStringLiteral("MUG"), 2}}, QStringLiteral("1Z999"), QStringLiteral("UPS"));
    const QString dn2 = m_sim->addDelivery(b, {}, QStringLiteral("JJD0001"), QStringLiteral("DHL"));
    QVERIFY(!dn1.isEmpty() && !dn2.isEmpty());
    page = await<Result<DeliveryPage>>([&](auto cb) { m_erp->deliveriesSince(QString(), cb); });
    QVERIFY2(page.ok(), qPrintable(why(page)));
    QCOMPARE(page.value().deliveries.size(), 2);
    const Delivery first = page.value().deliveries.at(0);
    QCOMPARE(first.name, dn1);
    QCOMPARE(first.salesOrder, a);
    QCOMPARE(first.trackingNumber, QStringLiteral("1Z999"));
    QCOMPARE(first.carrier, QStringLiteral("UPS"));
    QCOMPARE(first.lines.size(), 1);
    QCOMPARE(first.lines.at(0).quantity, 2.0);
    QCOMPARE(page.value().deliveries.at(1).lines.size(), 2); // everything of b
    QVERIFY(!page.value().nextCursor.isEmpty());

    // From the cursor on: nothing new, then only the newer one.
    const QString cursor = page.value().nextCursor;
    page = await<Result<DeliveryPage>>([&](auto cb) { m_erp->deliveriesSince(cursor, cb); });
    QVERIFY(page.ok());
    QVERIFY(page.value().deliveries.isEmpty());
    QCOMPARE(page.value().nextCursor, cursor);
    const QString dn3 = m_sim->addDelivery(a, {}, QStringLiteral("1Z998"), QStringLiteral("UPS"));
    page = await<Result<DeliveryPage>>([&](auto cb) { m_erp->deliveriesSince(cursor, cb); });
    QCOMPARE(page.value().deliveries.size(), 1);
    QCOMPARE(page.value().deliveries.at(0).name, dn3);
}

void TestErpNextFlowsAdapter::salesOrderStates()
{
    const QString so = salesOrder(QStringLiteral("7010"));
    auto state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(so, cb); });
    QVERIFY2(state.ok(), qPrintable(why(state)));
    QCOMPARE(state.value().status, SalesOrderState::Status::Open);
    QCOMPARE(state.value().grandTotal, m("60.00"));
    QCOMPARE(state.value().totalTax, m("10.00"));
    QCOMPARE(state.value().lines.size(), 2);

    m_sim->addDelivery(so, {{QStringLiteral("MUG"), 1}});
    state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(so, cb); });
    QCOMPARE(state.value().status, SalesOrderState::Status::PartlyDelivered);
    QCOMPARE(state.value().lines.at(0).delivered, 1.0);

    m_sim->addDelivery(so, {});
    state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(so, cb); });
    QCOMPARE(state.value().status, SalesOrderState::Status::Delivered);

    QVERIFY(m_sim->deleteSalesOrder(so));
    state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(so, cb); });
    QVERIFY(state.ok());
    QCOMPARE(state.value().status, SalesOrderState::Status::Missing);
}

void TestErpNextFlowsAdapter::shortfallFromProjectedQty()
{
    m_sim->setProjectedQty(QStringLiteral("MUG"), 1); // one left before this order
    const QString so = salesOrder(QStringLiteral("7020"), 3);
    const auto state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(so, cb); });
    QVERIFY(state.ok());
    QCOMPARE(state.value().lines.at(0).itemCode, QStringLiteral("MUG"));
    QCOMPARE(state.value().lines.at(0).shortfall, 2.0);
    QCOMPARE(state.value().lines.at(1).shortfall, 0.0); // TEE-M: nothing known, nothing short
}

void TestErpNextFlowsAdapter::firstStateAfterCreateCostsNoRequest()
{
    m_sim->setProjectedQty(QStringLiteral("MUG"), 0);
    const QString so = salesOrder(QStringLiteral("7025"), 2);
    const int afterCreate = m_sim->stats().requests;
    auto state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(so, cb); });
    QVERIFY(state.ok());
    QCOMPARE(m_sim->stats().requests, afterCreate); // read off the create answer
    QCOMPARE(state.value().name, so);
    QCOMPARE(state.value().status, SalesOrderState::Status::Open);
    QCOMPARE(state.value().lines.at(0).shortfall, 2.0);
    // Taken once: the next question goes to ERPNext and sees what changed there since.
    m_sim->addDelivery(so, {});
    state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(so, cb); });
    QVERIFY(state.ok());
    QCOMPARE(m_sim->stats().requests, afterCreate + 1);
    QCOMPARE(state.value().status, SalesOrderState::Status::Delivered);
}

void TestErpNextFlowsAdapter::cancelOpenOrderIsIdempotent()
{
    const QString so = salesOrder(QStringLiteral("7030"));
    auto s = await<Status>([&](auto cb) { m_erp->cancelSalesOrder(so, cb); });
    QVERIFY2(s.ok(), qPrintable(why(s)));
    QCOMPARE(m_sim->salesOrder(so).value(QLatin1String("docstatus")).toInt(), 2);
    QCOMPARE(m_sim->cancelledSalesOrders(), 1);
    s = await<Status>([&](auto cb) { m_erp->cancelSalesOrder(so, cb); }); // a retry after a lost answer
    QVERIFY(s.ok());
    QCOMPARE(m_sim->cancelledSalesOrders(), 1);
}

void TestErpNextFlowsAdapter::cancelDeliveredIsConflict()
{
    const QString so = salesOrder(QStringLiteral("7040"));
    m_sim->addDelivery(so, {}, QStringLiteral("1Z1"), QStringLiteral("UPS"));
    const auto s = await<Status>([&](auto cb) { m_erp->cancelSalesOrder(so, cb); });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().category, ErrorCategory::Conflict);
    QCOMPARE(s.error().code, QStringLiteral("already_delivered"));
    QVERIFY2(s.error().message.contains(so), qPrintable(s.error().message));
    QVERIFY(!s.error().hint.isEmpty());
    QCOMPARE(m_sim->salesOrder(so).value(QLatin1String("docstatus")).toInt(), 1);

    const auto missing = await<Status>([&](auto cb) { m_erp->cancelSalesOrder(QStringLiteral("SAL-ORD-NOPE"), cb); });
    QCOMPARE(missing.error().category, ErrorCategory::Conflict);
    QCOMPARE(missing.error().code, QStringLiteral("sales_order_missing"));
}

void TestErpNextFlowsAdapter::creditNoteWithLinesAndTax()
{
    const QString so = salesOrder(QStringLiteral("7050"));
    CreditNoteDraft d;
    d.reference = QStringLiteral("7050-R91");
    d.salesOrder = so;
    d.customerName = m_customer;
    d.lines = {CreditNoteLine{QStringLiteral("MUG"), 1, m("10.00")}};
    d.amount = m("12.00"); // 10.00 + 2.00 tax
    d.reason = QStringLiteral("Mug arrived broken");
    const auto r = await<Result<QString>>([&](auto cb) { m_erp->createCreditNote(d, cb); });
    QVERIFY2(r.ok(), qPrintable(why(r)));
    const QJsonArray notes = m_sim->creditNotes();
    QCOMPARE(notes.size(), 1);
    const QJsonObject cn = notes.at(0).toObject();
    QCOMPARE(cn.value(QLatin1String("name")).toString(), r.value());
    QCOMPARE(cn.value(QLatin1String("is_return")).toInt(), 1);
    QCOMPARE(cn.value(QLatin1String("po_no")).toString(), QStringLiteral("7050-R91"));
    QCOMPARE(qRound(cn.value(QLatin1String("grand_total")).toDouble() * 100), -1200);
    const QJsonObject row = cn.value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(row.value(QLatin1String("qty")).toDouble(), -1.0);
    QCOMPARE(row.value(QLatin1String("sales_order")).toString(), so);
}

void TestErpNextFlowsAdapter::amountOnlyCreditNeedsCreditItem()
{
    CreditNoteDraft d;
    d.reference = QStringLiteral("7060-R5");
    d.customerName = m_customer;
    d.amount = m("5.00");
    auto r = await<Result<QString>>([&](auto cb) { m_erp->createCreditNote(d, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::Mapping);
    QVERIFY(r.error().hint.contains(QLatin1String("erp.credit_item")));
    QCOMPARE(m_sim->creditNotes().size(), 0);

    m_conn.creditItem = QStringLiteral("GOODWILL");
    delete m_erp;
    m_erp = new ErpNextAdapter(m_conn, m_http);
    r = await<Result<QString>>([&](auto cb) { m_erp->createCreditNote(d, cb); });
    QVERIFY2(r.ok(), qPrintable(why(r)));
    const QJsonObject cn = m_sim->creditNotes().at(0).toObject();
    QCOMPARE(qRound(cn.value(QLatin1String("grand_total")).toDouble() * 100), -500);
    QCOMPARE(cn.value(QLatin1String("items")).toArray().at(0).toObject().value(QLatin1String("item_code")).toString(),
             QStringLiteral("GOODWILL"));
}

void TestErpNextFlowsAdapter::creditNoteFoundByReference()
{
    CreditNoteDraft d;
    d.reference = QStringLiteral("7070-R1");
    d.customerName = m_customer;
    d.lines = {CreditNoteLine{QStringLiteral("TEE-M"), 1, m("20.00")}};
    d.amount = m("20.00");
    auto found = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findCreditNote(d.reference, cb); });
    QVERIFY(found.ok());
    QVERIFY(!found.value());
    m_sim->queueFault(QStringLiteral("reset-after-commit")); // stored, answer lost
    const auto r = await<Result<QString>>([&](auto cb) { m_erp->createCreditNote(d, cb); });
    QVERIFY(!r.ok());
    QVERIFY(isTransient(r.error().category));
    found = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findCreditNote(d.reference, cb); });
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(*found.value(), m_sim->creditNotes().at(0).toObject().value(QLatin1String("name")).toString());
    found = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findCreditNote(QStringLiteral("7070-R2"), cb); });
    QVERIFY(!found.value());
}

void TestErpNextFlowsAdapter::erpDownIsTransient()
{
    const QString so = salesOrder(QStringLiteral("7080"));
    m_sim->queueFault(QStringLiteral("502html"));
    const auto s = await<Status>([&](auto cb) { m_erp->cancelSalesOrder(so, cb); });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().category, ErrorCategory::TransientRemote);
    QCOMPARE(m_sim->salesOrder(so).value(QLatin1String("docstatus")).toInt(), 1);
    m_sim->queueFault(QStringLiteral("503"));
    const auto page = await<Result<DeliveryPage>>([&](auto cb) { m_erp->deliveriesSince(QString(), cb); });
    QVERIFY(!page.ok());
    QVERIFY(isTransient(page.error().category));
}

QTEST_GUILESS_MAIN(TestErpNextFlowsAdapter)
#include "tst_erpnextflowsadapter.moc"
