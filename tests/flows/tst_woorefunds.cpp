// WooCommerce refunds and order status: the parser against the live capture of a real store
// (15_order_refunds_list.json), malformed refunds, and the client against the simulated shop
// (a partial refund with lines, an amount-only refund, status completed).
#include "sim/woo/woosim.h"
#include "sync/core/clock.h"
#include "sync/http/httpclient.h"
#include "sync/woo/woocommerceclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace backroom;
using backroom::sim::WooSim;

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
} // namespace

class TestWooRefunds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesLiveCapture();
    void malformedRefunds_data();
    void malformedRefunds();
    void clientReadsRefundsAndSetsStatus();
};

void TestWooRefunds::parsesLiveCapture()
{
    QFile f(qEnvironmentVariable("BACKROOM_FIXTURES") + QStringLiteral("/woocommerce-live/15_order_refunds_list.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QJsonArray body = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("response")).toObject()
                                .value(QLatin1String("body")).toArray();
    const auto r = parseWooRefunds(body);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().summary()));
    QCOMPARE(r.value().size(), 2);
    const StoreRefund withLine = r.value().at(0);
    QCOMPARE(withLine.id, 38);
    QCOMPARE(withLine.amount, m("14.40"));
    QCOMPARE(withLine.reason, QStringLiteral("Mug arrived broken"));
    QCOMPARE(withLine.lines.size(), 1);
    QCOMPARE(withLine.lines.at(0).sku, QStringLiteral("MUG-CER-01"));
    QCOMPARE(withLine.lines.at(0).quantity, 1.0);   // -1 on the wire
    QCOMPARE(withLine.lines.at(0).total, m("12.00")); // "-12.00" on the wire
    QCOMPARE(withLine.lines.at(0).tax, m("2.40"));
    QCOMPARE(withLine.lines.at(0).refundedItemId, 28);
    const StoreRefund amountOnly = r.value().at(1);
    QCOMPARE(amountOnly.amount, m("5.00"));
    QVERIFY(amountOnly.lines.isEmpty());
}

void TestWooRefunds::malformedRefunds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray("[{\"amount\":\"5.00\",\"line_items\":[]}]");
    QTest::newRow("amount not money") << QByteArray("[{\"id\":3,\"amount\":\"five\",\"line_items\":[]}]");
    QTest::newRow("negative amount") << QByteArray("[{\"id\":3,\"amount\":\"-5.00\",\"line_items\":[]}]");
    QTest::newRow("line without quantity") << QByteArray("[{\"id\":3,\"amount\":\"5.00\",\"line_items\":[{\"total\":\"-5.00\",\"total_tax\":\"0\"}]}]");
    QTest::newRow("entry not an object") << QByteArray("[7]");
}

void TestWooRefunds::malformedRefunds()
{
    QFETCH(QByteArray, json);
    const auto r = parseWooRefunds(QJsonDocument::fromJson(json).array());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::Validation);
    QVERIFY(!r.error().hint.isEmpty());
}

void TestWooRefunds::clientReadsRefundsAndSetsStatus()
{
    WooSim::Options o;
    o.orders = 5;
    WooSim sim(o);
    QVERIFY(sim.listen() != 0);
    QNetworkAccessManager nam;
    HttpClientOptions ho;
    ho.maxAttempts = 1;
    HttpClient http(&nam, ho, SystemClock::instance());
    WooConnection c;
    c.storeId = QStringLiteral("main");
    c.url = sim.url();
    c.auth = QStringLiteral("basic");
    c.consumerKey = o.consumerKey;
    c.consumerSecret = o.consumerSecret;
    c.timeout = std::chrono::seconds(5);
    WooCommerceClient client(c, &http, SystemClock::instance());

    int id = 0;
    QJsonObject line;
    for (int candidate : sim.orderIds()) {
        const QJsonObject order = sim.order(candidate);
        const QJsonArray lines = order.value(QLatin1String("line_items")).toArray();
        if (order.value(QLatin1String("refunds")).toArray().isEmpty() && !lines.isEmpty()
            && lines.at(0).toObject().value(QLatin1String("quantity")).toInt() >= 1) {
            id = candidate;
            line = lines.at(0).toObject();
            break;
        }
    }
    QVERIFY(id > 0);
    auto none = await<Result<QList<StoreRefund>>>([&](auto cb) { client.listRefunds(id, cb); });
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty());

    QString error;
    const QJsonObject made = sim.addRefund(id, QJsonObject{{QStringLiteral("reason"), QStringLiteral("Broken")},
                                                          {QStringLiteral("lines"), QJsonArray{QJsonObject{
                                                               {QStringLiteral("line_id"), line.value(QLatin1String("id"))},
                                                               {QStringLiteral("quantity"), 1}}}}},
                                           &error);
    QVERIFY2(!made.isEmpty(), qPrintable(error));
    QVERIFY(sim.addRefund(id, QJsonObject{{QStringLiteral("amount"), QStringLiteral("1.00")}}, &error).value(QLatin1String("id")).toInt() > 0);
    const auto got = await<Result<QList<StoreRefund>>>([&](auto cb) { client.listRefunds(id, cb); });
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().summary()));
    QCOMPARE(got.value().size(), 2);
    const StoreRefund lineRefund = got.value().at(1); // newest first
    QCOMPARE(lineRefund.id, made.value(QLatin1String("id")).toInteger());
    QCOMPARE(lineRefund.lines.size(), 1);
    QCOMPARE(lineRefund.lines.at(0).sku, line.value(QLatin1String("sku")).toString());
    QCOMPARE(lineRefund.lines.at(0).quantity, 1.0);
    QCOMPARE(lineRefund.amount, lineRefund.lines.at(0).total + lineRefund.lines.at(0).tax);
    QCOMPARE(got.value().at(0).amount, m("1.00"));
    QVERIFY(got.value().at(0).lines.isEmpty());

    const auto status = await<Result<QJsonObject>>([&](auto cb) { client.setOrderStatus(id, QStringLiteral("completed"), cb); });
    QVERIFY(status.ok());
    QCOMPARE(status.value().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(sim.order(id).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(sim.apiRefunds(), 0);

    const auto missing = await<Result<QList<StoreRefund>>>([&](auto cb) { client.listRefunds(999999, cb); });
    QVERIFY(!missing.ok());
}

QTEST_GUILESS_MAIN(TestWooRefunds)
#include "tst_woorefunds.moc"
