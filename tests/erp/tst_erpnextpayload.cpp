#include "sync/erp/erpnextpayload.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace backroom;

Q_DECLARE_METATYPE(backroom::SalesOrderDraft)

namespace {

Money m(const char *s)
{
    return *Money::parse(QString::fromLatin1(s));
}

SalesOrderLine line(const char *code, double qty, const char *rate, const char *amount = "")
{
    SalesOrderLine l;
    l.itemCode = QString::fromLatin1(code);
    l.quantity = qty;
    l.rate = m(rate);
    l.amount = m(amount);
    return l;
}

SalesOrderCharge charge(SalesOrderCharge::Kind k, const char *desc, const char *amount)
{
    return SalesOrderCharge{k, QString::fromLatin1(desc), m(amount)};
}

SalesOrderDraft draft(QList<SalesOrderLine> lines, const char *discount, QList<SalesOrderCharge> charges, const char *total)
{
    SalesOrderDraft d;
    d.reference = QStringLiteral("1234");
    d.customerName = QStringLiteral("Jane Roe");
    d.transactionDate = QStringLiteral("2026-11-22");
    d.currency = QStringLiteral("EUR");
    d.lines = std::move(lines);
    d.discount = m(discount);
    d.charges = std::move(charges);
    d.expectedTotal = m(total);
    return d;
}

ErpNextConnection conn()
{
    ErpNextConnection c;
    c.url = QUrl(QStringLiteral("https://erp.example.com"));
    c.company = QStringLiteral("Example Retail Ltd");
    c.warehouse = QStringLiteral("Stores - ERL");
    c.taxAccount = QStringLiteral("VAT - ERL");
    c.shippingAccount = QStringLiteral("Freight - ERL");
    c.feeAccount = QStringLiteral("Fees - ERL");
    return c;
}

// What ERPNext computes from the document, written independently of the builder:
// grand_total = sum(round(qty * round(rate, 2), 2)) - discount_amount + sum(tax_amount).
qint64 erpGrandTotalCents(const QJsonObject &doc)
{
    auto cents = [](double v) { return qint64(std::llround(v * 100.0)); };
    qint64 total = 0;
    for (const QJsonValue &v : doc.value(QLatin1String("items")).toArray()) {
        const QJsonObject it = v.toObject();
        total += qint64(std::llround(it.value(QLatin1String("qty")).toDouble() * double(cents(it.value(QLatin1String("rate")).toDouble()))));
    }
    total -= cents(doc.value(QLatin1String("discount_amount")).toDouble());
    for (const QJsonValue &v : doc.value(QLatin1String("taxes")).toArray())
        total += cents(v.toObject().value(QLatin1String("tax_amount")).toDouble());
    return total;
}

} // namespace

class TestErpNextPayload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void totals_data();
    void totals();
    void documentFields();
    void errors_data();
    void errors();
    void customer();
    void urls();
};

void TestErpNextPayload::totals_data()
{
    using K = SalesOrderCharge::Kind;
    QTest::addColumn<SalesOrderDraft>("d");
    QTest::newRow("plain") << draft({line("A", 2, "10.00", "20.00")}, "0", {}, "20.00");
    QTest::newRow("shipping and tax")
        << draft({line("A", 2, "10.00", "20.00"), line("B", 1, "5.50", "5.50")}, "0",
                 {charge(K::Shipping, "Flat rate", "4.90"), charge(K::Tax, "VAT 19%", "5.78")}, "36.18");
    QTest::newRow("coupon")
        << draft({line("A", 3, "12.99", "38.97")}, "3.90",
                 {charge(K::Shipping, "DHL", "5.00"), charge(K::Tax, "VAT", "7.61")}, "47.68");
    QTest::newRow("negative fee")
        << draft({line("A", 1, "50.00", "50.00")}, "0",
                 {charge(K::Fee, "Loyalty credit", "-7.50"), charge(K::Tax, "VAT", "8.08")}, "50.58");
    QTest::newRow("coupon and negative fee and fee")
        << draft({line("A", 2, "19.99", "39.98"), line("B", 4, "2.25", "9.00")}, "4.90",
                 {charge(K::Fee, "Gift wrap", "2.00"), charge(K::Fee, "Discount fee", "-1.00"),
                  charge(K::Shipping, "Express", "9.90"), charge(K::Tax, "VAT", "9.45")}, "64.43");
    QTest::newRow("rate loses a cent")   // 10.00 / 3 = 3.3333 -> ERPNext 3.33 * 3 = 9.99
        << draft({line("A", 3, "3.3333", "10.00")}, "0", {charge(K::Tax, "VAT", "1.90")}, "11.90");
    QTest::newRow("rate gains a cent")   // 10.01 / 3 = 3.3367 -> ERPNext 3.34 * 3 = 10.02
        << draft({line("A", 3, "3.3367", "10.01")}, "0", {}, "10.01");
    QTest::newRow("many odd lines")
        << draft({line("A", 7, "1.4286", "10.00"), line("B", 6, "0.8333", "5.00"), line("C", 9, "1.1111", "10.00")}, "2.50",
                 {charge(K::Shipping, "Post", "3.99"), charge(K::Tax, "VAT", "4.55")}, "31.04");
    QTest::newRow("zero total") << draft({line("FREE", 1, "0", "0")}, "0", {}, "0.00");
    QTest::newRow("fractional qty") << draft({line("KG", 1.5, "4.00", "6.00")}, "0", {}, "6.00");
}

void TestErpNextPayload::totals()
{
    QFETCH(SalesOrderDraft, d);
    const auto p = buildSalesOrderPayload(d, conn());
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().summary()));
    const qint64 expected = d.expectedTotal.minor4() / 100;
    QVERIFY2(std::llabs(erpGrandTotalCents(p.value().doc) - expected) <= 1,
             qPrintable(QStringLiteral("ERP %1 vs Woo %2: %3").arg(erpGrandTotalCents(p.value().doc)).arg(expected)
                            .arg(QString::fromUtf8(QJsonDocument(p.value().doc).toJson(QJsonDocument::Compact)))));
    QVERIFY((p.value().predictedGrandTotal - d.expectedTotal).abs() <= Money::fromMinor4(100));
    QCOMPARE(p.value().predictedGrandTotal.minor4() / 100, erpGrandTotalCents(p.value().doc));
    for (const QJsonValue &t : p.value().doc.value(QLatin1String("taxes")).toArray())
        QVERIFY2(t.toObject().value(QLatin1String("tax_amount")).toDouble() > 0, "negative amounts go to the discount");
}

void TestErpNextPayload::documentFields()
{
    using K = SalesOrderCharge::Kind;
    const auto p = buildSalesOrderPayload(draft({line("A", 2, "10.00", "20.00")}, "2.00",
                                                {charge(K::Shipping, "DHL", "4.90"), charge(K::Tax, "VAT", "3.52")}, "26.42"), conn());
    QVERIFY(p.ok());
    const QJsonObject doc = p.value().doc;
    QCOMPARE(doc.value(QLatin1String("docstatus")).toInt(), 1);
    QCOMPARE(doc.value(QLatin1String("po_no")).toString(), QStringLiteral("1234"));
    QCOMPARE(doc.value(QLatin1String("customer")).toString(), QStringLiteral("Jane Roe"));
    QCOMPARE(doc.value(QLatin1String("company")).toString(), QStringLiteral("Example Retail Ltd"));
    QCOMPARE(doc.value(QLatin1String("transaction_date")).toString(), QStringLiteral("2026-11-22"));
    QCOMPARE(doc.value(QLatin1String("delivery_date")).toString(), QStringLiteral("2026-11-22"));
    QCOMPARE(doc.value(QLatin1String("set_warehouse")).toString(), QStringLiteral("Stores - ERL"));
    QCOMPARE(doc.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(doc.value(QLatin1String("apply_discount_on")).toString(), QStringLiteral("Net Total"));
    QCOMPARE(doc.value(QLatin1String("discount_amount")).toDouble(), 2.0);
    QCOMPARE(doc.value(QLatin1String("ignore_pricing_rule")).toInt(), 1);
    const QJsonObject item = doc.value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(item.value(QLatin1String("item_code")).toString(), QStringLiteral("A"));
    QCOMPARE(item.value(QLatin1String("qty")).toDouble(), 2.0);
    QCOMPARE(item.value(QLatin1String("rate")).toDouble(), 10.0);
    QCOMPARE(item.value(QLatin1String("warehouse")).toString(), QStringLiteral("Stores - ERL"));
    const QJsonArray taxes = doc.value(QLatin1String("taxes")).toArray();
    QCOMPARE(taxes.size(), 2);
    QCOMPARE(taxes.at(0).toObject().value(QLatin1String("charge_type")).toString(), QStringLiteral("Actual"));
    QCOMPARE(taxes.at(0).toObject().value(QLatin1String("account_head")).toString(), QStringLiteral("Freight - ERL"));
    QCOMPARE(taxes.at(1).toObject().value(QLatin1String("account_head")).toString(), QStringLiteral("VAT - ERL"));

    ErpNextConnection other = conn();
    other.referenceField = QStringLiteral("woo_order_id");
    const auto q = buildSalesOrderPayload(draft({line("A", 1, "1.00", "1.00")}, "0", {}, "1.00"), other);
    QVERIFY(q.ok());
    QCOMPARE(q.value().doc.value(QLatin1String("woo_order_id")).toString(), QStringLiteral("1234"));
    QVERIFY(!q.value().doc.contains(QLatin1String("po_no")));
    QVERIFY(!q.value().doc.contains(QLatin1String("discount_amount")));
}

void TestErpNextPayload::errors_data()
{
    using K = SalesOrderCharge::Kind;
    QTest::addColumn<SalesOrderDraft>("d");
    QTest::addColumn<bool>("noAccounts");
    QTest::addColumn<QString>("category");
    QTest::newRow("no lines") << draft({}, "0", {}, "0") << false << QStringLiteral("validation");
    QTest::newRow("zero qty") << draft({line("A", 0, "1.00", "0")}, "0", {}, "0") << false << QStringLiteral("validation");
    QTest::newRow("negative qty") << draft({line("A", -1, "1.00", "-1.00")}, "0", {}, "-1.00") << false << QStringLiteral("validation");
    QTest::newRow("empty sku") << draft({line("", 1, "1.00", "1.00")}, "0", {}, "1.00") << false << QStringLiteral("mapping");
    QTest::newRow("does not add up") << draft({line("A", 1, "10.00", "10.00")}, "0", {}, "12.00") << false << QStringLiteral("validation");
    QTest::newRow("no account") << draft({line("A", 1, "10.00", "10.00")}, "0", {charge(K::Tax, "VAT", "1.90")}, "11.90")
                                << true << QStringLiteral("mapping");
}

void TestErpNextPayload::errors()
{
    QFETCH(SalesOrderDraft, d);
    QFETCH(bool, noAccounts);
    QFETCH(QString, category);
    ErpNextConnection c = conn();
    if (noAccounts)
        c.taxAccount = c.shippingAccount = c.feeAccount = QString();
    const auto p = buildSalesOrderPayload(d, c);
    QVERIFY(!p.ok());
    QCOMPARE(categoryName(p.error().category), category);
    QVERIFY(!p.error().message.isEmpty());
    QVERIFY(!p.error().hint.isEmpty());
}

void TestErpNextPayload::customer()
{
    Customer person;
    person.email = QStringLiteral(" Jane.Roe+shop@Example.com ");
    person.billing.firstName = QStringLiteral("Jane");
    person.billing.lastName = QStringLiteral("Røe");
    QCOMPARE(customerDisplayName(person), QStringLiteral("Jane Røe"));
    const QJsonObject p = buildCustomerPayload(person, conn());
    QCOMPARE(p.value(QLatin1String("customer_name")).toString(), QStringLiteral("Jane Røe"));
    QCOMPARE(p.value(QLatin1String("customer_type")).toString(), QStringLiteral("Individual"));
    QCOMPARE(p.value(QLatin1String("email_id")).toString(), QStringLiteral("Jane.Roe+shop@Example.com"));
    QCOMPARE(p.value(QLatin1String("customer_group")).toString(), QStringLiteral("All Customer Groups"));
    QCOMPARE(p.value(QLatin1String("territory")).toString(), QStringLiteral("All Territories"));

    Customer firm;
    firm.email = QStringLiteral("buyer@acme.test");
    firm.billing.company = QStringLiteral("ACME GmbH");
    QCOMPARE(customerDisplayName(firm), QStringLiteral("ACME GmbH"));
    QCOMPARE(buildCustomerPayload(firm, conn()).value(QLatin1String("customer_type")).toString(), QStringLiteral("Company"));

    Customer guest;
    guest.email = QStringLiteral("guest@example.org");
    QCOMPARE(customerDisplayName(guest), QStringLiteral("guest@example.org"));
}

void TestErpNextPayload::urls()
{
    const QUrl base(QStringLiteral("https://erp.example.com/"));
    QCOMPARE(frappeResourceUrl(base, QStringLiteral("Sales Order")).toEncoded(),
             QByteArray("https://erp.example.com/api/resource/Sales%20Order"));
    QCOMPARE(frappeResourceUrl(base, QStringLiteral("Customer"), QStringLiteral("A/B & C")).toEncoded(),
             QByteArray("https://erp.example.com/api/resource/Customer/A%2FB%20%26%20C"));
    QCOMPARE(frappeResourceUrl(QUrl(QStringLiteral("http://127.0.0.1:8000/erp")), QStringLiteral("Item")).toEncoded(),
             QByteArray("http://127.0.0.1:8000/erp/api/resource/Item"));

    const QJsonArray filters{QJsonArray{QStringLiteral("email_id"), QStringLiteral("="), QStringLiteral("a+b@x.com")},
                             QJsonArray{QStringLiteral("docstatus"), QStringLiteral("!="), 2}};
    const QUrl list = frappeListUrl(base, QStringLiteral("Customer"), filters, {QStringLiteral("name")}, 1);
    const QByteArray enc = list.toEncoded();
    QVERIFY2(enc.contains("a%2Bb%40x.com"), enc.constData()); // '+' would be read as a space
    QVERIFY2(!enc.contains(' ') && !enc.contains('"'), enc.constData());
    // Decoding the way Frappe does ('+' = space, then %XX) gives the JSON back.
    QByteArray rawFilters;
    for (const QByteArray &kv : list.query(QUrl::FullyEncoded).toUtf8().split('&')) {
        if (kv.startsWith("filters="))
            rawFilters = QByteArray::fromPercentEncoding(kv.mid(8).replace('+', ' '));
    }
    QCOMPARE(QJsonDocument::fromJson(rawFilters).array(), filters);
    QVERIFY(enc.endsWith("&limit_page_length=1"));
}

QTEST_GUILESS_MAIN(TestErpNextPayload)
#include "tst_erpnextpayload.moc"
