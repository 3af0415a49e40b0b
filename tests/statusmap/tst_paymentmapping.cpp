// Payment method -> ERP mode of payment: the mapped mode reaches the ERPNext Sales Order as its
// Payment Schedule row; an unmapped method passes through without one, unless the table says
// "*": "required" (then a `mapping` exception grouped by the method, fixed once and retried);
// a mode ERPNext does not know comes back as a `mapping` exception naming it. The in-process
// engine against the simulated shop and ERPNext, plus the pure rules.
#include "sim/erpnext/erpnextsim.h"
#include "sim/simcluster.h"
#include "sim/woo/woosim.h"
#include "sync/engine/engine.h"
#include "sync/engine/mappingcommands.h"
#include "sync/erp/erpnextpayload.h"
#include "sync/journal/journal.h"
#include "sync/mapping/ordermapper.h"
#include "sync/mapping/paymentmap.h"
#include "tests/support/enginerig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {

struct Rig : testsupport::EngineRig {
    Rig(int orders, const QJsonObject &mappings) : EngineRig({orders, 11, mappings, false, 20}) {}
    // woo id -> payment_method, for every order of the shop
    QHash<int, QString> methods() const
    {
        QHash<int, QString> out;
        for (int id : cluster->woo()->orderIds())
            out.insert(id, cluster->woo()->order(id).value(QStringLiteral("payment_method")).toString());
        return out;
    }
    QJsonArray salesOrders(int wooId) const { return cluster->erp()->salesOrdersWithReference(QString::number(wooId)); }
    // The mode of payment of the sales order's schedule ("" when its row has none).
    static QString modeOf(const QJsonObject &so)
    {
        const QJsonArray rows = so.value(QStringLiteral("payment_schedule")).toArray();
        return rows.isEmpty() ? QStringLiteral("<no schedule>") : rows.at(0).toObject().value(QStringLiteral("mode_of_payment")).toString();
    }
};

const QJsonObject kMapped{{QStringLiteral("stripe"), QStringLiteral("Credit Card")},
                          {QStringLiteral("bacs"), QStringLiteral("Wire Transfer")},
                          {QStringLiteral("cod"), QStringLiteral("Cash")}};

Order sampleOrder(const QString &method)
{
    Order o;
    o.storeId = QStringLiteral("main");
    o.sourceId = 5001;
    o.number = QStringLiteral("5001");
    o.dateCreatedGmt = QStringLiteral("2026-11-20T09:30:00");
    o.currency = QStringLiteral("EUR");
    o.customer.email = QStringLiteral("ana@example.com");
    o.paymentMethod = method;
    o.paymentMethodTitle = QStringLiteral("Pay by %1").arg(method);
    OrderLine l;
    l.sku = QStringLiteral("MUG");
    l.name = QStringLiteral("Mug");
    l.quantity = 2;
    l.subtotal = *Money::parse(QStringLiteral("20.00"));
    l.total = l.subtotal;
    o.lines << l;
    o.total = l.subtotal;
    return o;
}

} // namespace

class TestPaymentMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void payloadCarriesTheModeAsPaymentSchedule();
    void mappedModeArrivesUnmappedPassesThrough();
    void requiredMakesUnmappedAGroupFixedOnce();
    void modeUnknownToErpNextIsMappingException();
};

void TestPaymentMapping::rules_data()
{
    QTest::addColumn<QString>("any");     // the "*" row ("" none)
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("mode");    // expected mode of payment
    QTest::addColumn<bool>("exception");  // expected unmapped_payment
    QTest::newRow("mapped") << "" << "stripe" << "Credit Card" << false;
    QTest::newRow("unmapped passes through") << "" << "ppcp-gateway" << "" << false;
    QTest::newRow("unmapped, required") << "required" << "ppcp-gateway" << "" << true;
    QTest::newRow("mapped, required") << "required" << "bacs" << "Wire Transfer" << false;
    QTest::newRow("unmapped, default mode") << "Cash" << "ppcp-gateway" << "Cash" << false;
    QTest::newRow("no method, required") << "required" << "" << "" << false;
}

void TestPaymentMapping::rules()
{
    QFETCH(QString, any);
    QFETCH(QString, method);
    QFETCH(QString, mode);
    QFETCH(bool, exception);
    Mappings m;
    m.payment = {{QStringLiteral("stripe"), QStringLiteral("Credit Card")}, {QStringLiteral("bacs"), QStringLiteral("Wire Transfer")}};
    if (!any.isEmpty())
        m.payment.insert(QStringLiteral("*"), any);
    const Order o = sampleOrder(method);
    QCOMPARE(modeOfPaymentFor(m, method), mode);
    QCOMPARE(buildSalesOrderDraft(o, m, QStringLiteral("Ana")).modeOfPayment, mode);
    const QList<SyncError> problems = validateForErp(o, m);
    QCOMPARE(problems.size(), exception ? 1 : 0);
    if (exception) {
        QCOMPARE(problems.first().category, ErrorCategory::Mapping);
        QCOMPARE(problems.first().code, QStringLiteral("unmapped_payment"));
        QCOMPARE(problems.first().groupKey, QStringLiteral("payment:ppcp-gateway"));
        QVERIFY2(problems.first().message.contains(QStringLiteral("#5001")), qPrintable(problems.first().message));
    }
}

void TestPaymentMapping::payloadCarriesTheModeAsPaymentSchedule()
{
    ErpNextConnection conn;
    conn.company = QStringLiteral("Backroom Demo Ltd");
    conn.taxAccount = QStringLiteral("VAT - BDL");
    Mappings m;
    m.payment = {{QStringLiteral("stripe"), QStringLiteral("Credit Card")}};
    const Result<SalesOrderPayload> with = buildSalesOrderPayload(buildSalesOrderDraft(sampleOrder(QStringLiteral("stripe")), m, QStringLiteral("Ana")), conn);
    QVERIFY(with.ok());
    const QJsonArray rows = with.value().doc.value(QStringLiteral("payment_schedule")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("mode_of_payment")).toString(), QStringLiteral("Credit Card"));
    QCOMPARE(row.value(QStringLiteral("invoice_portion")).toDouble(), 100.0);
    QCOMPARE(row.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-11-20")); // never before the order date
    const Result<SalesOrderPayload> without = buildSalesOrderPayload(buildSalesOrderDraft(sampleOrder(QStringLiteral("cod")), m, QStringLiteral("Ana")), conn);
    QVERIFY(without.ok());
    QVERIFY(!without.value().doc.contains(QStringLiteral("payment_schedule"))); // ERPNext adds its default row
}

void TestPaymentMapping::mappedModeArrivesUnmappedPassesThrough()
{
    Rig rig(40, QJsonObject{{QStringLiteral("payment"), kMapped}});
    QVERIFY(rig.runUntilIdle());
    QHash<QString, int> seen; // method -> orders checked
    const QHash<int, QString> methods = rig.methods();
    for (auto it = methods.begin(); it != methods.end(); ++it) {
        const QJsonArray so = rig.salesOrders(it.key());
        if (so.isEmpty())
            continue; // parked on an unknown or disabled item: not this test's business
        QCOMPARE(so.size(), 1);
        const QString expected = kMapped.value(it.value()).toString(); // "" for ppcp-gateway
        QCOMPARE(Rig::modeOf(so.at(0).toObject()), expected);
        ++seen[it.value()];
    }
    for (const char *m : {"stripe", "bacs", "cod", "ppcp-gateway"})
        QVERIFY2(seen.value(QLatin1String(m)) > 0, m); // the seed pays with every method
    for (const ExceptionRecord &e : rig.journal()->exceptions(true))
        QVERIFY2(!e.groupKey.startsWith(QLatin1String("payment:")) && !e.groupKey.startsWith(QLatin1String("Mode of Payment")),
                 qPrintable(e.message));
}

void TestPaymentMapping::requiredMakesUnmappedAGroupFixedOnce()
{
    QJsonObject payment = kMapped;
    payment.insert(QStringLiteral("*"), QStringLiteral("required"));
    Rig rig(40, QJsonObject{{QStringLiteral("payment"), payment}});
    QVERIFY(rig.runUntilIdle());
    const QHash<int, QString> methods = rig.methods();
    QJsonArray group;
    QSet<qint64> groupOrders;
    for (const ExceptionRecord &e : rig.journal()->exceptions(true, QStringLiteral("mapping"))) {
        if (e.groupKey != QLatin1String("payment:ppcp-gateway"))
            continue;
        QCOMPARE(methods.value(int(e.wooId)), QStringLiteral("ppcp-gateway"));
        QVERIFY2(e.message.contains(QStringLiteral("ppcp-gateway")), qPrintable(e.message));
        group.append(e.id);
        groupOrders.insert(e.wooId);
    }
    QVERIFY2(!group.isEmpty(), "the seed pays some orders with PayPal");
    int mappedPosted = 0;
    for (auto it = methods.begin(); it != methods.end(); ++it) {
        if (it.value() == QLatin1String("ppcp-gateway")) {
            QCOMPARE(rig.salesOrders(it.key()).size(), 0); // never sent without its mapping
        } else if (!rig.salesOrders(it.key()).isEmpty()) {
            QCOMPARE(Rig::modeOf(rig.salesOrders(it.key()).at(0).toObject()), kMapped.value(it.value()).toString());
            ++mappedPosted;
        }
    }
    QVERIFY(mappedPosted > 0);

    // Fix once: map PayPal, retry exactly that group; each order reaches the ERP once, with the mode.
    Mappings fixed = mappingsAtVersion(*rig.journal(), rig.journal()->latestMappingVersion()).value();
    const Mappings before = fixed;
    fixed.payment.insert(QStringLiteral("ppcp-gateway"), QStringLiteral("Credit Card"));
    // The editor's "Save and retry N orders" finds exactly this group.
    QSet<qint64> offered, expected;
    for (const ExceptionRecord &e : exceptionsFixedBy(*rig.journal(), mappingChanges(before, fixed)))
        offered.insert(e.id);
    for (const QJsonValue &v : group)
        expected.insert(qint64(v.toDouble()));
    QCOMPARE(offered, expected);
    QCOMPARE(rig.command(QStringLiteral("mapping"), mappingCommandArgs(fixed, QStringLiteral("map PayPal"),
                                                                        rig.journal()->latestMappingVersion())).state,
             QStringLiteral("done"));
    QCOMPARE(rig.command(QStringLiteral("retry"), QJsonObject{{QStringLiteral("ids"), group}}).state, QStringLiteral("done"));
    QTest::qWait(300);
    QVERIFY(rig.runUntilIdle());
    int delivered = 0;
    for (qint64 wooId : groupOrders) {
        const QJsonArray so = rig.salesOrders(int(wooId));
        if (so.isEmpty())
            continue; // blocked next by an unknown or disabled item
        QCOMPARE(so.size(), 1);
        QCOMPARE(Rig::modeOf(so.at(0).toObject()), QStringLiteral("Credit Card"));
        ++delivered;
    }
    QVERIFY(delivered > 0);
    QCOMPARE(rig.cluster->erp()->stats().duplicateReferences, 0);
    for (const ExceptionRecord &e : rig.journal()->exceptions(true))
        QVERIFY2(e.groupKey != QLatin1String("payment:ppcp-gateway"), qPrintable(e.message));
}

void TestPaymentMapping::modeUnknownToErpNextIsMappingException()
{
    // "Klarna" is no Mode of Payment in ERPNext: the link check refuses the order.
    Rig rig(30, QJsonObject{{QStringLiteral("payment"), QJsonObject{{QStringLiteral("stripe"), QStringLiteral("Klarna")}}}});
    QVERIFY(rig.runUntilIdle());
    const QHash<int, QString> methods = rig.methods();
    int named = 0;
    for (const ExceptionRecord &e : rig.journal()->exceptions(true, QStringLiteral("mapping"))) {
        if (e.groupKey == QLatin1String("Mode of Payment:Klarna")) {
            QCOMPARE(methods.value(int(e.wooId)), QStringLiteral("stripe"));
            ++named;
        }
    }
    QVERIFY(named > 0);
    for (auto it = methods.begin(); it != methods.end(); ++it) {
        if (it.value() == QLatin1String("stripe"))
            QCOMPARE(rig.salesOrders(it.key()).size(), 0);
    }
}

QTEST_GUILESS_MAIN(TestPaymentMapping)
#include "tst_paymentmapping.moc"
