// The pure rules of the order flows: reconciliation findings, backorder and delivery notes,
// refund -> credit note drafts, the credit note payload, and the order_flows config keys.
#include "sync/config/config.h"
#include "sync/engine/backorderflow.h"
#include "sync/engine/fulfilmentflow.h"
#include "sync/engine/reconcileflow.h"
#include "sync/engine/refundflow.h"
#include "sync/erp/erpnextadapter.h"

#include <QJsonArray>
#include <QTest>

using namespace backroom;

namespace {
Money m(const char *s)
{
    return *Money::parse(QString::fromLatin1(s));
}

QJsonObject baseConfig()
{
    return QJsonObject{
        {QStringLiteral("stores"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("main")},
                                                          {QStringLiteral("woocommerce"),
                                                           QJsonObject{{QStringLiteral("url"), QStringLiteral("https://shop.example.com")},
                                                                       {QStringLiteral("consumer_key"), QStringLiteral("k")},
                                                                       {QStringLiteral("consumer_secret"), QStringLiteral("s")}}}}}},
        {QStringLiteral("erp"), QJsonObject{{QStringLiteral("type"), QStringLiteral("erpnext")},
                                            {QStringLiteral("url"), QStringLiteral("https://erp.example.com")},
                                            {QStringLiteral("api_key"), QStringLiteral("a")},
                                            {QStringLiteral("api_secret"), QStringLiteral("b")},
                                            {QStringLiteral("company"), QStringLiteral("C")},
                                            {QStringLiteral("warehouse"), QStringLiteral("W")}}}};
}
} // namespace

class TestOrderFlowRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reconcileFindings_data();
    void reconcileFindings();
    void backorderNote();
    void deliveryNotes();
    void refundDrafts();
    void creditNotePayloadAddsUp();
    void configKeys();
};

void TestOrderFlowRules::reconcileFindings_data()
{
    QTest::addColumn<QString>("erpTotal");
    QTest::addColumn<QString>("erpCharges");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // empty: no finding
    QTest::newRow("equal") << "36.90" << "10.90" << int(SalesOrderState::Status::Open) << "";
    QTest::newRow("a cent off, tolerated") << "36.91" << "10.90" << int(SalesOrderState::Status::Open) << "";
    QTest::newRow("two cents off") << "36.92" << "10.90" << int(SalesOrderState::Status::Open) << "total_mismatch";
    QTest::newRow("tax off") << "36.90" << "8.90" << int(SalesOrderState::Status::Open) << "tax_mismatch";
    QTest::newRow("missing") << "0" << "0" << int(SalesOrderState::Status::Missing) << "sales_order_missing";
    QTest::newRow("cancelled in the ERP") << "0" << "0" << int(SalesOrderState::Status::Cancelled) << "";
}

void TestOrderFlowRules::reconcileFindings()
{
    QFETCH(QString, erpTotal);
    QFETCH(QString, erpCharges);
    QFETCH(int, status);
    QFETCH(QString, code);
    Order o;
    o.total = m("36.90");
    o.totalTax = m("6.00");
    o.charges = {Charge{Charge::Kind::Shipping, QStringLiteral("DHL"), m("4.90"), Money()}};
    o.lines = {OrderLine{}};
    SalesOrderState s;
    s.name = QStringLiteral("SAL-ORD-2026-00007");
    s.status = SalesOrderState::Status(status);
    s.grandTotal = *Money::parse(erpTotal);
    s.totalTax = *Money::parse(erpCharges);
    const auto f = ReconcileFlow::compare(QStringLiteral("1234"), o, s, 0.01);
    QCOMPARE(f.has_value(), !code.isEmpty());
    if (!f)
        return;
    QCOMPARE(f->error.code, code);
    QCOMPARE(f->error.category, ErrorCategory::Conflict);
    QVERIFY(f->error.message.contains(QLatin1String("#1234")));
    QVERIFY(f->error.message.contains(s.name));
    QVERIFY(!f->error.hint.isEmpty());
    QCOMPARE(f->missing, code == QLatin1String("sales_order_missing"));
}

void TestOrderFlowRules::backorderNote()
{
    SalesOrderState s;
    s.name = QStringLiteral("SO-1");
    s.lines = {SalesOrderState::Line{QStringLiteral("MUG"), 3, 0, 2}, SalesOrderState::Line{QStringLiteral("TEE"), 1, 0, 0}};
    const QString note = BackorderFlow::noteFor(s);
    QVERIFY2(note.contains(QStringLiteral("2 × MUG")) && !note.contains(QLatin1String("TEE")) && note.contains(QLatin1String("SO-1")),
             qPrintable(note));
    s.lines[0].shortfall = 0;
    QVERIFY(BackorderFlow::noteFor(s).isEmpty());
}

void TestOrderFlowRules::deliveryNotes()
{
    Journal::DeliveryRecord d{QStringLiteral("MAT-DN-1"), QStringLiteral("SO-1"), QStringLiteral("1Z9"), QStringLiteral("UPS"),
                              QStringLiteral("[{\"item\":\"MUG\",\"qty\":1}]")};
    const QString full = FulfilmentFlow::noteFor(d, true);
    QVERIFY(full.contains(QLatin1String("UPS")) && full.contains(QLatin1String("1Z9")) && full.contains(QLatin1String("MAT-DN-1")));
    const QString part = FulfilmentFlow::noteFor(d, false);
    QVERIFY2(part.contains(QStringLiteral("1 × MUG")) && part.contains(QLatin1String("Part")), qPrintable(part));
    QVERIFY(full != part);
    d.tracking.clear();
    d.carrier.clear();
    QVERIFY(!FulfilmentFlow::noteFor(d, true).contains(QLatin1String("tracking")));
}

void TestOrderFlowRules::refundDrafts()
{
    Mappings maps;
    maps.sku.insert(QStringLiteral("MUG-CER-01"), QStringLiteral("MUG"));
    StoreRefund r;
    r.id = 38;
    r.amount = m("14.40");
    r.reason = QStringLiteral("Broken");
    r.lines = {StoreRefundLine{28, 13, 0, QStringLiteral("MUG-CER-01"), QStringLiteral("Mug"), 1, m("12.00"), m("2.40")}};
    auto d = RefundFlow::draftFor(r, QStringLiteral("S1-33"), QStringLiteral("SO-9"), QStringLiteral("Jane"), maps);
    QVERIFY(d.ok());
    QCOMPARE(d.value().reference, QStringLiteral("S1-33-R38"));
    QCOMPARE(d.value().amount, m("14.40"));
    QCOMPARE(d.value().lines.size(), 1);
    QCOMPARE(d.value().lines.at(0).itemCode, QStringLiteral("MUG"));
    QCOMPARE(d.value().lines.at(0).amount, m("12.00"));

    r.lines[0].sku.clear();
    d = RefundFlow::draftFor(r, QStringLiteral("33"), QStringLiteral("SO-9"), QStringLiteral("Jane"), maps);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().category, ErrorCategory::Mapping);

    r.lines[0].sku = QStringLiteral("MUG-CER-01");
    r.amount = m("5.00"); // lines worth 14.40 cannot be refunded by 5.00
    d = RefundFlow::draftFor(r, QStringLiteral("33"), QStringLiteral("SO-9"), QStringLiteral("Jane"), maps);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().category, ErrorCategory::Validation);
}

void TestOrderFlowRules::creditNotePayloadAddsUp()
{
    ErpNextConnection conn;
    conn.company = QStringLiteral("C");
    conn.warehouse = QStringLiteral("W");
    conn.taxAccount = QStringLiteral("VAT - C");
    CreditNoteDraft d;
    d.reference = QStringLiteral("33-R1");
    d.salesOrder = QStringLiteral("SO-9");
    d.customerName = QStringLiteral("Jane");
    d.lines = {CreditNoteLine{QStringLiteral("MUG"), 3, m("10.00")}}; // 3.33 a unit: a cent lost
    d.amount = m("12.00");
    const auto p = buildCreditNotePayload(d, conn, QStringLiteral("2026-11-22"));
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().summary()));
    const QJsonObject row = p.value().value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(row.value(QLatin1String("qty")).toDouble(), -3.0);
    QCOMPARE(row.value(QLatin1String("rate")).toDouble(), 3.33);
    const double tax = p.value().value(QLatin1String("taxes")).toArray().at(0).toObject().value(QLatin1String("tax_amount")).toDouble();
    QCOMPARE(qRound((-3 * 3.33 + tax) * 100), -1200); // ERPNext's grand total = -(refund amount)
    QCOMPARE(p.value().value(QLatin1String("po_no")).toString(), QStringLiteral("33-R1"));
    QCOMPARE(p.value().value(QLatin1String("is_return")).toInt(), 1);

    conn.taxAccount.clear();
    QCOMPARE(buildCreditNotePayload(d, conn, QStringLiteral("2026-11-22")).error().category, ErrorCategory::Mapping);
    d.amount = Money();
    QCOMPARE(buildCreditNotePayload(d, conn, QStringLiteral("2026-11-22")).error().category, ErrorCategory::Validation);
}

void TestOrderFlowRules::configKeys()
{
    QJsonObject root = baseConfig();
    auto c = parseConfig(root, QString());
    QVERIFY(c.ok());
    QVERIFY(c.value().orderFlows.fulfilment && c.value().orderFlows.refunds);
    QCOMPARE(c.value().orderFlows.reconcileIntervalS, 3600);
    QCOMPARE(c.value().orderFlows.totalTolerance, 0.01);

    root.insert(QStringLiteral("order_flows"), QJsonObject{{QStringLiteral("refunds"), false},
                                                           {QStringLiteral("reconcile_interval_s"), 0},
                                                           {QStringLiteral("total_tolerance"), 0.05}});
    QJsonObject erp = root.value(QStringLiteral("erp")).toObject();
    erp.insert(QStringLiteral("credit_item"), QStringLiteral("Goodwill Credit"));
    root.insert(QStringLiteral("erp"), erp);
    c = parseConfig(root, QString());
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QVERIFY(!c.value().orderFlows.refunds);
    QCOMPARE(c.value().orderFlows.reconcileIntervalS, 0);
    QCOMPARE(c.value().orderFlows.totalTolerance, 0.05);
    QCOMPARE(c.value().erp.creditItem, QStringLiteral("Goodwill Credit"));

    root.insert(QStringLiteral("order_flows"), QJsonObject{{QStringLiteral("refund"), true}});
    c = parseConfig(root, QString());
    QVERIFY(!c.ok());
    QCOMPARE(c.error().message, QStringLiteral("order_flows.refund: unknown key (check the spelling)"));
    root.insert(QStringLiteral("order_flows"), QJsonObject{{QStringLiteral("refunds"), QStringLiteral("yes")}});
    c = parseConfig(root, QString());
    QVERIFY(!c.ok());
    QVERIFY(c.error().message.startsWith(QLatin1String("order_flows.refunds:")));
    root.insert(QStringLiteral("order_flows"), QJsonObject{{QStringLiteral("total_tolerance"), -1}});
    QVERIFY(!parseConfig(root, QString()).ok());
}

QTEST_GUILESS_MAIN(TestOrderFlowRules)
#include "tst_orderflowrules.moc"
