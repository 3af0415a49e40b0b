// TrytonAdapter against a real Tryton 6.0 server (Debian packages), started by the CTest
// fixture tryton_server (scripts/realservers/tryton-start.sh) and seeded by tryton-setup.py.
#include "sync/core/clock.h"
#include "sync/erp/trytonadapter.h"
#include "sync/http/httpclient.h"
#include "tests/realservers/trytonserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace backroom;

class TestTrytonAdapter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void customerFindOrCreate();
    void customerWithoutEmailIsValidation();
    void createThenFindByReference();
    void interruptedCreateIsFinishedNotDuplicated();
    void retryWithoutLookupFindsTheSale_data();
    void retryWithoutLookupFindsTheSale();
    void laterDraftsOfAReferenceAreRemoved();
    void totalsMatchWithChargesDiscountAndTax();
    void stockReadBackAndReservedBySale();
    void cancelProcessingSale();
    void shippedSaleIsDeliveredAndRefusesCancel();
    void reloginAfterSessionDropped();
    void wrongPasswordIsAuth();
    void unknownProductCodeIsMapping();
    void inactiveProductIsBusiness();

private:
    std::unique_ptr<TrytonAdapter> makeAdapter(const QString &password) const;
    Customer customer(const QString &tag) const;
    SalesOrderDraft draft(const QString &party, const QList<SalesOrderLine> &lines, Money total) const;
    QString createSale(const SalesOrderDraft &d);
    QJsonValue rpc(const QString &method, const QJsonArray &params, const QJsonObject &context = {});
    // A sale made behind the adapter's back, as an interrupted create leaves it: a draft.
    qint64 rawDraftSale(const QString &party, const QString &reference);
    QJsonArray salesOf(const QString &reference);

    tryton_test::Server m_server;
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
    std::unique_ptr<TrytonAdapter> m_erp;
    QString m_run; // unique per run: references and e-mails never collide with earlier runs
};

namespace {
template <typename R, typename Start>
R await(Start start)
{
    auto out = std::make_shared<std::optional<R>>();
    start([out](const R &r) { *out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out->has_value(), 30000); }();
    if (!out->has_value()) {
        SyncError e;
        e.message = QStringLiteral("test: no callback");
        return R(e);
    }
    return **out;
}

SalesOrderLine line(const char *code, double qty, const char *rate)
{
    SalesOrderLine l;
    l.itemCode = QString::fromLatin1(code);
    l.description = l.itemCode;
    l.quantity = qty;
    l.rate = *Money::parse(QString::fromLatin1(rate));
    return l;
}

Money m(const char *s)
{
    return *Money::parse(QString::fromLatin1(s));
}

QString err(const SyncError &e)
{
    return categoryName(e.category) + QStringLiteral(": ") + e.message;
}

// The failure text of a result; empty when it succeeded (QVERIFY2 evaluates its message always).
template <typename R>
QString why(const R &r)
{
    return r.ok() ? QString() : err(r.error());
}
} // namespace

void TestTrytonAdapter::initTestCase()
{
    m_server = tryton_test::server();
    if (!m_server.ok())
        QFAIL(tryton_test::kNotInstalled);
    m_run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36) + QString::number(QRandomGenerator::global()->bounded(1000));
    m_nam = new QNetworkAccessManager;
    HttpClientOptions ho;
    ho.maxAttempts = 1;
    ho.breakerFailureThreshold = 1000;
    m_http = new HttpClient(m_nam, ho, SystemClock::instance());
    m_erp = makeAdapter(m_server.password);
}

void TestTrytonAdapter::cleanupTestCase()
{
    m_erp.reset();
    delete m_http;
    delete m_nam;
}

std::unique_ptr<TrytonAdapter> TestTrytonAdapter::makeAdapter(const QString &password) const
{
    TrytonConnection c;
    c.url = m_server.url;
    c.database = m_server.database;
    c.username = m_server.user;
    c.password = password;
    c.timeout = std::chrono::milliseconds(30000);
    return std::make_unique<TrytonAdapter>(c, m_http);
}

Customer TestTrytonAdapter::customer(const QString &tag) const
{
    Customer c;
    c.email = QStringLiteral("%1.%2@example.com").arg(tag, m_run);
    c.name = QStringLiteral("Zoë Müller %1").arg(tag);
    c.billing.address1 = QStringLiteral("Straße des 17. Juni 135");
    c.billing.city = QStringLiteral("Berlin");
    c.billing.postcode = QStringLiteral("10623");
    c.billing.country = QStringLiteral("DE");
    c.billing.phone = QStringLiteral("+49 30 1234567");
    return c;
}

SalesOrderDraft TestTrytonAdapter::draft(const QString &party, const QList<SalesOrderLine> &lines, Money total) const
{
    static int n = 0;
    SalesOrderDraft d;
    d.reference = QStringLiteral("T%1-%2").arg(m_run).arg(++n);
    d.customerName = party;
    d.transactionDate = QDate::currentDate().toString(Qt::ISODate);
    d.currency = QStringLiteral("EUR");
    d.lines = lines;
    d.expectedTotal = total;
    d.remarks = QStringLiteral("test order");
    return d;
}

QString TestTrytonAdapter::createSale(const SalesOrderDraft &d)
{
    const auto name = await<Result<QString>>([&](auto cb) { m_erp->createSalesOrder(d, cb); });
    if (!name) {
        qWarning("createSalesOrder: %s", qPrintable(why(name)));
        return {};
    }
    return name.value();
}

QJsonValue TestTrytonAdapter::rpc(const QString &method, const QJsonArray &params, const QJsonObject &context)
{
    const auto r = await<Result<QJsonValue>>([&](auto cb) { m_erp->rpc()->call(method, params, false, cb, context); });
    if (!r)
        qWarning("%s: %s", qPrintable(method), qPrintable(why(r)));
    return r ? r.value() : QJsonValue(QJsonValue::Undefined);
}

void TestTrytonAdapter::customerFindOrCreate()
{
    const Customer c = customer(QStringLiteral("jane"));
    const auto first = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(c, cb); });
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QVERIFY(!first.value().isEmpty());

    // A fresh adapter (no cache) finds the same party, whatever the e-mail's case.
    auto other = makeAdapter(m_server.password);
    Customer upper = c;
    upper.email = c.email.toUpper();
    const auto again = await<Result<QString>>([&](auto cb) { other->ensureCustomer(upper, cb); });
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(again.value(), first.value());

    const auto distinct = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("bob")), cb); });
    QVERIFY2(distinct.ok(), qPrintable(why(distinct)));
    QVERIFY(distinct.value() != first.value());

    // Exactly one party carries that e-mail, with the address it was created with.
    const QJsonArray rows = rpc(QStringLiteral("model.party.contact_mechanism.search_read"),
                                {QJsonArray{QJsonArray{QStringLiteral("value"), QStringLiteral("ilike"), c.email}}, 0,
                                 QJsonValue::Null, QJsonValue::Null, QJsonArray{QStringLiteral("party.addresses")}})
                                .toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonArray addresses = rows.at(0).toObject().value(QStringLiteral("party.")).toObject()
                                     .value(QStringLiteral("addresses")).toArray();
    QCOMPARE(addresses.size(), 1);
    const QJsonObject address = rpc(QStringLiteral("model.party.address.read"),
                                    {QJsonArray{addresses.at(0)}, QJsonArray{QStringLiteral("city"), QStringLiteral("postal_code")}})
                                    .toArray().at(0).toObject();
    QCOMPARE(address.value(QStringLiteral("city")).toString(), QStringLiteral("Berlin"));
    QCOMPARE(address.value(QStringLiteral("postal_code")).toString(), QStringLiteral("10623"));
}

void TestTrytonAdapter::customerWithoutEmailIsValidation()
{
    Customer c = customer(QStringLiteral("nomail"));
    c.email.clear();
    const auto r = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::Validation);
}

void TestTrytonAdapter::createThenFindByReference()
{
    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("find")), cb); });
    QVERIFY2(party.ok(), qPrintable(why(party)));
    SalesOrderDraft d = draft(party.value(), {line("MUG-CER-01", 2, "12.50")}, m("25.00"));
    d.lines[0].amount = m("25.00");

    const auto before = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(d.reference, cb); });
    QVERIFY2(before.ok(), qPrintable(why(before)));
    QVERIFY(!before.value().has_value());

    const QString number = createSale(d);
    QVERIFY(!number.isEmpty());
    const auto after = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(d.reference, cb); });
    QVERIFY2(after.ok(), qPrintable(why(after)));
    QCOMPARE(after.value().value_or(QString()), number);

    const auto state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(number, cb); });
    QVERIFY2(state.ok(), qPrintable(why(state)));
    QCOMPARE(state.value().status, SalesOrderState::Status::Open);
    QCOMPARE(state.value().grandTotal, m("25.00"));
    QCOMPARE(state.value().lines.size(), 1);
    QCOMPARE(state.value().lines.at(0).itemCode, QStringLiteral("MUG-CER-01"));
    QCOMPARE(state.value().lines.at(0).ordered, 2.0);

    // The sale went quote -> confirm -> process: it is processing with a waiting shipment.
    const QJsonObject sale = rpc(QStringLiteral("model.sale.sale.search_read"),
                                 {QJsonArray{QJsonArray{QStringLiteral("number"), QStringLiteral("="), number}}, 0, 1,
                                  QJsonValue::Null, QJsonArray{QStringLiteral("state"), QStringLiteral("shipment_state"),
                                                               QStringLiteral("reference")}})
                                 .toArray().at(0).toObject();
    QCOMPARE(sale.value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
    QCOMPARE(sale.value(QStringLiteral("shipment_state")).toString(), QStringLiteral("waiting"));
    QCOMPARE(sale.value(QStringLiteral("reference")).toString(), d.reference);

    const auto missing = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(QStringLiteral("no-such-sale"), cb); });
    QVERIFY(missing.ok());
    QCOMPARE(missing.value().status, SalesOrderState::Status::Missing);
}

qint64 TestTrytonAdapter::rawDraftSale(const QString &party, const QString &reference)
{
    const QJsonArray partyIds = rpc(QStringLiteral("model.party.party.search"),
                                    {QJsonArray{QJsonArray{QStringLiteral("code"), QStringLiteral("="), party}}, 0, 1,
                                     QJsonValue::Null}).toArray();
    const QJsonArray addressIds = rpc(QStringLiteral("model.party.address.search"),
                                      {QJsonArray{QJsonArray{QStringLiteral("party"), QStringLiteral("="), partyIds.at(0)}}, 0, 1,
                                       QJsonValue::Null}).toArray();
    const QJsonObject product = rpc(QStringLiteral("model.product.product.search_read"),
                                    {QJsonArray{QJsonArray{QStringLiteral("code"), QStringLiteral("="), QStringLiteral("MUG-CER-01")}},
                                     0, 1, QJsonValue::Null, QJsonArray{QStringLiteral("sale_uom")}})
                                    .toArray().at(0).toObject();
    const QJsonObject saleLine{{QStringLiteral("product"), product.value(QStringLiteral("id"))},
                               {QStringLiteral("unit"), product.value(QStringLiteral("sale_uom"))},
                               {QStringLiteral("quantity"), 1.0},
                               {QStringLiteral("unit_price"), QJsonObject{{QStringLiteral("__class__"), QStringLiteral("Decimal")},
                                                                          {QStringLiteral("decimal"), QStringLiteral("12.50")}}}};
    const QJsonObject sale{{QStringLiteral("lines"), QJsonArray{QJsonValue(QJsonArray{QStringLiteral("create"), QJsonArray{saleLine}})}},
                           {QStringLiteral("party"), partyIds.at(0)},
                           {QStringLiteral("invoice_address"), addressIds.at(0)},
                           {QStringLiteral("shipment_address"), addressIds.at(0)},
                           {QStringLiteral("reference"), reference}};
    return rpc(QStringLiteral("model.sale.sale.create"), {QJsonValue(QJsonArray{sale})}).toArray().at(0).toInteger();
}

QJsonArray TestTrytonAdapter::salesOf(const QString &reference)
{
    return rpc(QStringLiteral("model.sale.sale.search_read"),
               {QJsonArray{QJsonArray{QStringLiteral("reference"), QStringLiteral("="), reference},
                           QJsonArray{QStringLiteral("state"), QStringLiteral("!="), QStringLiteral("cancelled")}},
                0, QJsonValue::Null, QJsonValue::Null, QJsonArray{QStringLiteral("state"), QStringLiteral("number")}})
        .toArray();
}

void TestTrytonAdapter::retryWithoutLookupFindsTheSale_data()
{
    // How far the interrupted create got: the state the sale was left in.
    QTest::addColumn<QStringList>("buttons");
    QTest::addColumn<QString>("leftIn");
    QTest::newRow("draft") << QStringList() << QStringLiteral("draft");
    QTest::newRow("quotation") << QStringList{QStringLiteral("quote")} << QStringLiteral("quotation");
    // confirm hands the sale to process in the same request (no queue worker)
    QTest::newRow("processing") << QStringList{QStringLiteral("quote"), QStringLiteral("confirm")} << QStringLiteral("processing");
}

void TestTrytonAdapter::retryWithoutLookupFindsTheSale()
{
    // The send is repeated straight to createSalesOrder, without the delivery's look-up first
    // (an attempt that was not counted, a restart while the first create still ran): the
    // reference's sale is finished and returned, no second sale is created.
    QFETCH(QStringList, buttons);
    const QString tag = QStringLiteral("retry-") + QString::fromLatin1(QTest::currentDataTag());
    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(tag), cb); });
    QVERIFY2(party.ok(), qPrintable(why(party)));
    SalesOrderDraft d = draft(party.value(), {line("MUG-CER-01", 1, "12.50")}, m("12.50"));
    const qint64 id = rawDraftSale(party.value(), d.reference);
    QVERIFY(id > 0);
    QJsonArray ids;
    ids.append(QJsonArray{double(id)});
    for (const QString &b : buttons)
        rpc(QStringLiteral("model.sale.sale.") + b, ids);
    QFETCH(QString, leftIn);
    QCOMPARE(salesOf(d.reference).at(0).toObject().value(QStringLiteral("state")).toString(), leftIn);
    const QString number = createSale(d);
    QVERIFY(!number.isEmpty());
    const QJsonArray rows = salesOf(d.reference);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("number")).toString(), number);
}

void TestTrytonAdapter::laterDraftsOfAReferenceAreRemoved()
{
    // Two creates of one reference both landed (the second while the first was still running
    // on the server): the oldest sale is kept and finished, the later draft removed.
    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("twice")), cb); });
    QVERIFY2(party.ok(), qPrintable(why(party)));
    const SalesOrderDraft d = draft(party.value(), {line("MUG-CER-01", 1, "12.50")}, m("12.50"));
    const qint64 first = rawDraftSale(party.value(), d.reference);
    const qint64 second = rawDraftSale(party.value(), d.reference);
    QVERIFY(first > 0 && second > first);
    QCOMPARE(salesOf(d.reference).size(), 2);
    const auto found = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(d.reference, cb); });
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    const QJsonArray rows = salesOf(d.reference);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toInteger(), first);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("number")).toString(), *found.value());

    // A draft that lands after the sale was finished: a repeated create removes it and
    // returns the sale the reference already has.
    const qint64 late = rawDraftSale(party.value(), d.reference);
    QVERIFY(late > first);
    const QString again = createSale(d);
    QCOMPARE(again, *found.value());
    QCOMPARE(salesOf(d.reference).size(), 1);
}

void TestTrytonAdapter::interruptedCreateIsFinishedNotDuplicated()
{
    // A create that stopped after sale.create (crash, timeout): a draft with the reference.
    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("draft")), cb); });
    QVERIFY2(party.ok(), qPrintable(why(party)));
    const SalesOrderDraft d = draft(party.value(), {line("MUG-CER-01", 1, "12.50")}, m("12.50"));
    const QJsonArray partyIds = rpc(QStringLiteral("model.party.party.search"),
                                    {QJsonArray{QJsonArray{QStringLiteral("code"), QStringLiteral("="), party.value()}}, 0, 1,
                                     QJsonValue::Null}).toArray();
    const QJsonArray addressIds = rpc(QStringLiteral("model.party.address.search"),
                                      {QJsonArray{QJsonArray{QStringLiteral("party"), QStringLiteral("="), partyIds.at(0)}}, 0, 1,
                                       QJsonValue::Null}).toArray();
    QCOMPARE(addressIds.size(), 1);
    const QJsonObject product = rpc(QStringLiteral("model.product.product.search_read"),
                                    {QJsonArray{QJsonArray{QStringLiteral("code"), QStringLiteral("="), QStringLiteral("MUG-CER-01")}},
                                     0, 1, QJsonValue::Null, QJsonArray{QStringLiteral("sale_uom")}})
                                    .toArray().at(0).toObject();
    const QJsonObject saleLine{{QStringLiteral("product"), product.value(QStringLiteral("id"))},
                               {QStringLiteral("unit"), product.value(QStringLiteral("sale_uom"))},
                               {QStringLiteral("quantity"), 1.0},
                               {QStringLiteral("unit_price"), QJsonObject{{QStringLiteral("__class__"), QStringLiteral("Decimal")},
                                                                          {QStringLiteral("decimal"), QStringLiteral("12.50")}}}};
    const QJsonObject sale{{QStringLiteral("lines"), QJsonArray{QJsonValue(QJsonArray{QStringLiteral("create"), QJsonArray{saleLine}})}},
                           {QStringLiteral("party"), partyIds.at(0)},
                           {QStringLiteral("invoice_address"), addressIds.at(0)},
                           {QStringLiteral("shipment_address"), addressIds.at(0)},
                           {QStringLiteral("reference"), d.reference}};
    const QJsonValue created = rpc(QStringLiteral("model.sale.sale.create"), {QJsonValue(QJsonArray{sale})});
    QCOMPARE(created.toArray().size(), 1);

    // The look-up before the retry finds it and takes it through quote -> confirm -> process.
    const auto found = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(d.reference, cb); });
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value() && !found.value()->isEmpty());
    const QJsonArray rows = rpc(QStringLiteral("model.sale.sale.search_read"),
                                {QJsonArray{QJsonArray{QStringLiteral("reference"), QStringLiteral("="), d.reference}}, 0,
                                 QJsonValue::Null, QJsonValue::Null, QJsonArray{QStringLiteral("state"), QStringLiteral("number")}})
                                .toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("number")).toString(), *found.value());
}

void TestTrytonAdapter::totalsMatchWithChargesDiscountAndTax()
{
    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("totals")), cb); });
    QVERIFY2(party.ok(), qPrintable(why(party)));
    // 3 x 8.3333 is 24.9999 in Tryton; WooCommerce's line subtotal is 25.00: a rounding line.
    SalesOrderLine a = line("COF-CREME-250", 3, "8.3333");
    a.amount = m("25.00");
    SalesOrderLine b = line("SRV-WORKSHOP", 1, "49.00");
    b.amount = m("49.00");
    // 25.00 + 49.00 - 7.40 discount + 4.90 shipping + 1.50 fee + 13.17 tax = 86.17
    SalesOrderDraft d = draft(party.value(), {a, b}, m("86.17"));
    d.discount = m("7.40");
    d.charges = {{SalesOrderCharge::Kind::Shipping, QStringLiteral("Flat rate"), m("4.90")},
                 {SalesOrderCharge::Kind::Fee, QStringLiteral("Gift wrap"), m("1.50")},
                 {SalesOrderCharge::Kind::Tax, QStringLiteral("Tax"), m("13.17")}};
    const QString number = createSale(d);
    QVERIFY(!number.isEmpty());
    const auto state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(number, cb); });
    QVERIFY2(state.ok(), qPrintable(why(state)));
    QCOMPARE(state.value().grandTotal, m("86.17"));

    // A draft whose parts do not add up to the WooCommerce total is refused before Tryton sees it.
    SalesOrderDraft wrong = draft(party.value(), {a}, m("99.00"));
    const auto refused = await<Result<QString>>([&](auto cb) { m_erp->createSalesOrder(wrong, cb); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().category, ErrorCategory::Validation);
    const auto none = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(wrong.reference, cb); });
    QVERIFY(none.ok() && !none.value().has_value());
}

void TestTrytonAdapter::stockReadBackAndReservedBySale()
{
    const QStringList codes{QStringLiteral("KET-GOOSE"), QStringLiteral("CB-BOTTLE"), QStringLiteral("SRV-WORKSHOP")};
    const auto before = await<Result<QList<StockLevel>>>([&](auto cb) { m_erp->stockLevels(codes, cb); });
    QVERIFY2(before.ok(), qPrintable(why(before)));
    QHash<QString, double> b;
    for (const StockLevel &s : before.value())
        b.insert(s.itemCode, s.available);
    QVERIFY2(!b.contains(QStringLiteral("SRV-WORKSHOP")), "a service has no stock level");
    QVERIFY(b.contains(QStringLiteral("KET-GOOSE")) && b.contains(QStringLiteral("CB-BOTTLE")));
    QVERIFY2(b.value(QStringLiteral("KET-GOOSE")) > 3 && b.value(QStringLiteral("KET-GOOSE")) <= 80,
             qPrintable(QString::number(b.value(QStringLiteral("KET-GOOSE")))));

    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("stock")), cb); });
    QVERIFY(party.ok());
    SalesOrderDraft d = draft(party.value(), {line("KET-GOOSE", 3, "59.00")}, m("177.00"));
    QVERIFY(!createSale(d).isEmpty());

    const auto after = await<Result<QList<StockLevel>>>([&](auto cb) { m_erp->stockLevels(codes, cb); });
    QVERIFY2(after.ok(), qPrintable(why(after)));
    QHash<QString, double> a;
    for (const StockLevel &s : after.value())
        a.insert(s.itemCode, s.available);
    QCOMPARE(a.value(QStringLiteral("KET-GOOSE")), b.value(QStringLiteral("KET-GOOSE")) - 3);
    QCOMPARE(a.value(QStringLiteral("CB-BOTTLE")), b.value(QStringLiteral("CB-BOTTLE")));

    const auto all = await<Result<QList<StockLevel>>>([&](auto cb) { m_erp->stockLevels({}, cb); });
    QVERIFY(all.ok());
    QStringList allCodes;
    for (const StockLevel &s : all.value())
        allCodes << s.itemCode;
    QVERIFY2(allCodes.contains(QStringLiteral("APR-OLV")) && allCodes.contains(QStringLiteral("MOKA-6")),
             qPrintable(allCodes.join(QLatin1Char(','))));
}

void TestTrytonAdapter::cancelProcessingSale()
{
    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("cancel")), cb); });
    QVERIFY(party.ok());
    const QStringList codes{QStringLiteral("MOKA-6")};
    const auto before = await<Result<QList<StockLevel>>>([&](auto cb) { m_erp->stockLevels(codes, cb); });
    QVERIFY(before.ok() && before.value().size() == 1);

    const QString number = createSale(draft(party.value(), {line("MOKA-6", 2, "34.90")}, m("69.80")));
    QVERIFY(!number.isEmpty());
    const auto cancelled = await<Status>([&](auto cb) { m_erp->cancelSalesOrder(number, cb); });
    QVERIFY2(cancelled.ok(), qPrintable(why(cancelled)));
    const auto state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(number, cb); });
    QVERIFY(state.ok());
    QCOMPARE(state.value().status, SalesOrderState::Status::Cancelled);
    // The reservation is gone with it.
    const auto after = await<Result<QList<StockLevel>>>([&](auto cb) { m_erp->stockLevels(codes, cb); });
    QVERIFY(after.ok() && after.value().size() == 1);
    QCOMPARE(after.value().at(0).available, before.value().at(0).available);
    // Cancelling again is harmless; an unknown sale is a business error.
    QVERIFY(await<Status>([&](auto cb) { m_erp->cancelSalesOrder(number, cb); }).ok());
    const auto unknown = await<Status>([&](auto cb) { m_erp->cancelSalesOrder(QStringLiteral("no-such-sale"), cb); });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().category, ErrorCategory::Business);
}

void TestTrytonAdapter::shippedSaleIsDeliveredAndRefusesCancel()
{
    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("ship")), cb); });
    QVERIFY(party.ok());
    const auto start = await<Result<DeliveryPage>>([&](auto cb) { m_erp->deliveriesSince(QString(), cb); });
    QVERIFY2(start.ok(), qPrintable(why(start)));
    QString cursor = start.value().nextCursor;
    for (int i = 0; i < 50; ++i) { // skip what earlier runs shipped
        const auto page = await<Result<DeliveryPage>>([&](auto cb) { m_erp->deliveriesSince(cursor, cb); });
        QVERIFY(page.ok());
        if (page.value().nextCursor == cursor)
            break;
        cursor = page.value().nextCursor;
    }

    const QString number = createSale(draft(party.value(), {line("CB-BOTTLE", 2, "19.90")}, m("39.80")));
    QVERIFY(!number.isEmpty());
    // Ship it in Tryton: assign, pick, pack, done.
    const QJsonArray ids = rpc(QStringLiteral("model.stock.shipment.out.search"),
                               {QJsonArray{QJsonArray{QStringLiteral("moves.sale.number"), QStringLiteral("="), number}}, 0,
                                QJsonValue::Null, QJsonValue::Null}).toArray();
    QCOMPARE(ids.size(), 1);
    // assign_try is a dualmethod that 6.0's dispatcher calls per record: use the Assign wizard.
    const QJsonObject active{{QStringLiteral("active_model"), QStringLiteral("stock.shipment.out")},
                             {QStringLiteral("active_id"), ids.at(0)}, {QStringLiteral("active_ids"), ids}};
    const QJsonValue session = rpc(QStringLiteral("wizard.stock.shipment.assign.create"), {}, active).toArray().at(0);
    QVERIFY(!rpc(QStringLiteral("wizard.stock.shipment.assign.execute"), {session, QJsonObject(), QStringLiteral("start")},
                 active).isUndefined());
    rpc(QStringLiteral("wizard.stock.shipment.assign.delete"), {session}, active);
    for (const char *button : {"pick", "pack", "done"})
        QVERIFY2(!rpc(QStringLiteral("model.stock.shipment.out.") + QLatin1String(button), QJsonArray{QJsonValue(ids)}).isUndefined(), button);

    const auto page = await<Result<DeliveryPage>>([&](auto cb) { m_erp->deliveriesSince(cursor, cb); });
    QVERIFY2(page.ok(), qPrintable(why(page)));
    QCOMPARE(page.value().deliveries.size(), 1);
    const Delivery &dl = page.value().deliveries.at(0);
    QCOMPARE(dl.salesOrder, number);
    QCOMPARE(dl.lines.size(), 1);
    QCOMPARE(dl.lines.at(0).itemCode, QStringLiteral("CB-BOTTLE"));
    QCOMPARE(dl.lines.at(0).quantity, 2.0);
    QVERIFY(page.value().nextCursor != cursor);
    const auto next = await<Result<DeliveryPage>>([&](auto cb) { m_erp->deliveriesSince(page.value().nextCursor, cb); });
    QVERIFY(next.ok());
    QVERIFY2(next.value().deliveries.isEmpty(), "the cursor moves past the delivery");

    const auto state = await<Result<SalesOrderState>>([&](auto cb) { m_erp->salesOrderState(number, cb); });
    QVERIFY(state.ok());
    QCOMPARE(state.value().status, SalesOrderState::Status::Delivered);
    const auto refused = await<Status>([&](auto cb) { m_erp->cancelSalesOrder(number, cb); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().category, ErrorCategory::Conflict);
}

void TestTrytonAdapter::reloginAfterSessionDropped()
{
    const int logins = m_erp->rpc()->loginCount();
    QVERIFY(logins >= 1);
    QVERIFY(tryton_test::dropSessions(m_server));
    const auto r = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(QStringLiteral("none-") + m_run, cb); });
    QVERIFY2(r.ok(), qPrintable(why(r)));
    QCOMPARE(m_erp->rpc()->loginCount(), logins + 1);
    // The new session is kept: the next call does not log in again.
    QVERIFY(await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(QStringLiteral("x"), cb); }).ok());
    QCOMPARE(m_erp->rpc()->loginCount(), logins + 1);
}

void TestTrytonAdapter::wrongPasswordIsAuth()
{
    auto bad = makeAdapter(m_server.password + QStringLiteral("-wrong"));
    const auto r = await<Result<std::optional<QString>>>([&](auto cb) { bad->findSalesOrder(QStringLiteral("x"), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::Auth);
    QCOMPARE(r.error().httpStatus, 401);
    QVERIFY(!r.error().message.contains(m_server.password));
}

void TestTrytonAdapter::unknownProductCodeIsMapping()
{
    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("unknown")), cb); });
    QVERIFY(party.ok());
    SalesOrderDraft d = draft(party.value(), {line("MUG-CER-01", 1, "12.50"), line("GRD-BURR-SET", 1, "24.50")}, m("37.00"));
    const auto r = await<Result<QString>>([&](auto cb) { m_erp->createSalesOrder(d, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::Mapping);
    QCOMPARE(r.error().groupKey, QStringLiteral("GRD-BURR-SET"));
    QVERIFY2(r.error().message.contains(QStringLiteral("GRD-BURR-SET")), qPrintable(r.error().message));
    const auto none = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(d.reference, cb); });
    QVERIFY(none.ok() && !none.value().has_value());
}

void TestTrytonAdapter::inactiveProductIsBusiness()
{
    const auto party = await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(customer(QStringLiteral("disabled")), cb); });
    QVERIFY(party.ok());
    SalesOrderDraft d = draft(party.value(), {line("TAMP-58", 1, "28.90")}, m("28.90"));
    const auto r = await<Result<QString>>([&](auto cb) { m_erp->createSalesOrder(d, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::Business);
    QCOMPARE(r.error().groupKey, QStringLiteral("TAMP-58"));
    QVERIFY2(r.error().message.contains(QStringLiteral("TAMP-58")), qPrintable(r.error().message));
    const auto none = await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(d.reference, cb); });
    QVERIFY(none.ok() && !none.value().has_value());
}

QTEST_GUILESS_MAIN(TestTrytonAdapter)
#include "tst_trytonadapter.moc"
