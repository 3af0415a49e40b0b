#include "sim/erpnext/erpnextsim.h"
#include "sync/core/clock.h"
#include "sync/erp/erpnextadapter.h"
#include "sync/http/httpclient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace backroom;
using backroom::sim::ErpNextSim;

class TestErpNextAdapter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void existingCustomer();
    void newAndGuestCustomers();
    void createAndFind();
    void unknownItemIsMapping();
    void disabledItemIsBusiness();
    void badTokenIsAuth();
    void lostAnswerThenLookupFindsIt_data();
    void lostAnswerThenLookupFindsIt();
    void serverErrorIsTransientRemote();

private:
    void makeAdapter(const QString &secret = QStringLiteral("sim-erp-secret"));
    Result<QString> customer(const Customer &c);
    Result<QString> create(const SalesOrderDraft &d);
    Result<std::optional<QString>> find(const QString &reference);
    SalesOrderDraft draft(const QString &ref, const QString &customer, const QString &item) const;

    ErpNextSim *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
    ErpNextAdapter *m_erp = nullptr;
};

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
} // namespace

void TestErpNextAdapter::init()
{
    ErpNextSim::Options o;
    o.itemCodes = {QStringLiteral("MUG"), QStringLiteral("TEE-M")};
    o.disabledItemCodes = {QStringLiteral("OLD")};
    m_sim = new ErpNextSim(o);
    QVERIFY(m_sim->listen() != 0);
    m_nam = new QNetworkAccessManager;
    HttpClientOptions ho;
    ho.maxAttempts = 1;
    ho.breakerFailureThreshold = 1000;
    m_http = new HttpClient(m_nam, ho, SystemClock::instance());
    makeAdapter();
}

void TestErpNextAdapter::makeAdapter(const QString &secret)
{
    delete m_erp;
    ErpNextConnection c;
    c.url = m_sim->url();
    c.apiKey = QStringLiteral("sim-erp-key");
    c.apiSecret = secret;
    c.company = QStringLiteral("Backroom Demo Ltd");
    c.warehouse = QStringLiteral("Stores - BDL");
    c.taxAccount = QStringLiteral("VAT - BDL");
    c.timeout = std::chrono::milliseconds(1500);
    m_erp = new ErpNextAdapter(c, m_http);
}

void TestErpNextAdapter::cleanup()
{
    delete m_erp;
    m_erp = nullptr;
    delete m_http;
    delete m_nam;
    delete m_sim;
}

Result<QString> TestErpNextAdapter::customer(const Customer &c)
{
    return await<Result<QString>>([&](auto cb) { m_erp->ensureCustomer(c, cb); });
}

Result<QString> TestErpNextAdapter::create(const SalesOrderDraft &d)
{
    return await<Result<QString>>([&](auto cb) { m_erp->createSalesOrder(d, cb); });
}

Result<std::optional<QString>> TestErpNextAdapter::find(const QString &reference)
{
    return await<Result<std::optional<QString>>>([&](auto cb) { m_erp->findSalesOrder(reference, cb); });
}

SalesOrderDraft TestErpNextAdapter::draft(const QString &ref, const QString &customerName, const QString &item) const
{
    SalesOrderDraft d;
    d.reference = ref;
    d.customerName = customerName;
    d.transactionDate = QStringLiteral("2026-11-22");
    d.currency = QStringLiteral("EUR");
    SalesOrderLine l;
    l.itemCode = item;
    l.quantity = 3;
    l.rate = *Money::parse(QStringLiteral("3.3333"));
    l.amount = *Money::parse(QStringLiteral("10.00"));
    d.lines = {l};
    d.discount = *Money::parse(QStringLiteral("1.00"));
    d.charges = {SalesOrderCharge{SalesOrderCharge::Kind::Shipping, QStringLiteral("DHL"), *Money::parse(QStringLiteral("4.90"))},
                 SalesOrderCharge{SalesOrderCharge::Kind::Tax, QStringLiteral("VAT"), *Money::parse(QStringLiteral("2.64"))}};
    d.expectedTotal = *Money::parse(QStringLiteral("16.54"));
    return d;
}

void TestErpNextAdapter::existingCustomer()
{
    const QString name = m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    Customer c;
    c.email = QStringLiteral("Jane@Example.com");
    c.billing.firstName = QStringLiteral("Jane");
    const auto r = customer(c);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    QCOMPARE(r.value(), name);
    QCOMPARE(m_sim->stats().customers, 1);
    const int requests = m_sim->stats().requests;
    QCOMPARE(customer(c).value(), name); // cached: no request
    QCOMPARE(m_sim->stats().requests, requests);
}

void TestErpNextAdapter::newAndGuestCustomers()
{
    Customer c;
    c.email = QStringLiteral("new+tag@example.com");
    c.billing.firstName = QStringLiteral("Zoë");
    c.billing.lastName = QStringLiteral("Ünal");
    const auto r = customer(c);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    QCOMPARE(r.value(), QStringLiteral("Zoë Ünal"));

    Customer guest;
    guest.email = QStringLiteral("guest@example.org");
    const auto g = customer(guest);
    QVERIFY(g.ok());
    QCOMPARE(g.value(), QStringLiteral("guest@example.org"));
    QCOMPARE(m_sim->stats().customers, 2);

    // A second adapter (no cache) finds both by e-mail instead of creating them again.
    makeAdapter();
    QCOMPARE(customer(c).value(), QStringLiteral("Zoë Ünal"));
    QCOMPARE(customer(guest).value(), QStringLiteral("guest@example.org"));
    QCOMPARE(m_sim->stats().customers, 2);

    Customer noMail;
    QCOMPARE(customer(noMail).error().category, ErrorCategory::Validation);
}

void TestErpNextAdapter::createAndFind()
{
    const QString cust = m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    QCOMPARE(find(QStringLiteral("5001")).value(), std::optional<QString>());
    const auto r = create(draft(QStringLiteral("5001"), cust, QStringLiteral("MUG")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    QCOMPARE(r.value(), QStringLiteral("SAL-ORD-2026-00001"));
    QCOMPARE(find(QStringLiteral("5001")).value(), std::optional<QString>(r.value()));
    const QJsonObject so = m_sim->salesOrdersWithReference(QStringLiteral("5001")).at(0).toObject();
    QCOMPARE(so.value(QLatin1String("docstatus")).toInt(), 1);
    QCOMPARE(qRound(so.value(QLatin1String("grand_total")).toDouble() * 100), 1654); // = the WooCommerce total
}

void TestErpNextAdapter::unknownItemIsMapping()
{
    const QString cust = m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    const auto r = create(draft(QStringLiteral("5002"), cust, QStringLiteral("SKU-404")));
    QVERIFY(!r.ok());
    QCOMPARE(categoryName(r.error().category), QStringLiteral("mapping"));
    QCOMPARE(r.error().groupKey, QStringLiteral("SKU-404"));
    QCOMPARE(r.error().httpStatus, 417);
    QVERIFY(r.error().message.contains(QLatin1String("Could not find Row #1: Item Code: SKU-404")));
    QCOMPARE(m_sim->stats().salesOrders, 0);
}

void TestErpNextAdapter::disabledItemIsBusiness()
{
    const QString cust = m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    const auto r = create(draft(QStringLiteral("5003"), cust, QStringLiteral("OLD")));
    QVERIFY(!r.ok());
    QCOMPARE(categoryName(r.error().category), QStringLiteral("business"));
    QCOMPARE(r.error().message, QStringLiteral("Item OLD is disabled"));
    QVERIFY(!r.error().hint.isEmpty());
}

void TestErpNextAdapter::badTokenIsAuth()
{
    makeAdapter(QStringLiteral("wrong-secret"));
    const auto r = find(QStringLiteral("5004"));
    QVERIFY(!r.ok());
    QCOMPARE(categoryName(r.error().category), QStringLiteral("auth"));
    QCOMPARE(r.error().httpStatus, 401);
    Customer c;
    c.email = QStringLiteral("a@b.c");
    QCOMPARE(customer(c).error().category, ErrorCategory::Auth);
}

void TestErpNextAdapter::lostAnswerThenLookupFindsIt_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("reset after commit") << QStringLiteral("reset-after-commit");
    QTest::newRow("timeout after commit") << QStringLiteral("timeout-after-commit");
    QTest::newRow("truncated after commit") << QStringLiteral("truncate-after-commit");
}

void TestErpNextAdapter::lostAnswerThenLookupFindsIt()
{
    QFETCH(QString, fault);
    const QString cust = m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    m_sim->queueFault(fault);
    const auto r = create(draft(QStringLiteral("5005"), cust, QStringLiteral("MUG")));
    QVERIFY(!r.ok());
    QVERIFY2(isTransient(r.error().category), qPrintable(r.error().summary()));
    QCOMPARE(m_sim->stats().requests, 1); // the client did not retry the POST
    // What the engine does before any retry: look the order up by its reference.
    const auto found = find(QStringLiteral("5005"));
    QVERIFY(found.ok());
    QCOMPARE(found.value(), std::optional<QString>(QStringLiteral("SAL-ORD-2026-00001")));
    QCOMPARE(m_sim->stats().salesOrders, 1);
    QCOMPARE(m_sim->stats().duplicateReferences, 0);
}

void TestErpNextAdapter::serverErrorIsTransientRemote()
{
    const QString cust = m_sim->addCustomer(QStringLiteral("Jane Roe"), QStringLiteral("jane@example.com"));
    m_sim->queueFault(QStringLiteral("502html"));
    const auto r = create(draft(QStringLiteral("5006"), cust, QStringLiteral("MUG")));
    QVERIFY(!r.ok());
    QCOMPARE(categoryName(r.error().category), QStringLiteral("transient.remote"));
    QCOMPARE(r.error().httpStatus, 502);
    QCOMPARE(m_sim->stats().salesOrders, 0);
    QCOMPARE(find(QStringLiteral("5006")).value(), std::optional<QString>());
}

QTEST_GUILESS_MAIN(TestErpNextAdapter)
#include "tst_erpnextadapter.moc"
