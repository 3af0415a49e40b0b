// WooCommerceClient::updateStock against real WooCommerce 10.0.2 answers (woocommerce-live
// 50_*, 51_*, 52_*) served by FakeHttpServer, and ErpNextAdapter::stockLevels against Bin pages.
#include "sync/core/clock.h"
#include "sync/erp/erpnextadapter.h"
#include "sync/http/httpclient.h"
#include "sync/woo/woocommerceclient.h"
#include "tests/support/fakehttpserver.h"
#include "tests/woo/wootestfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace backroom;
using namespace backroom::test;
using namespace std::chrono_literals;

namespace {

template <typename T>
struct Got {
    int calls = 0;
    std::optional<Result<T>> result;
    std::function<void(const Result<T> &)> cb()
    {
        return [this](const Result<T> &r) {
            ++calls;
            result.emplace(r);
        };
    }
};

FakeResponse fromFixture(const QString &file)
{
    const LiveExchange ex = loadLiveExchange(file);
    FakeResponse r;
    r.status = ex.status;
    r.headers = ex.headers;
    r.body = ex.body;
    return r;
}

QByteArray binPage(const QList<std::tuple<QString, QString, double, double>> &rows)
{
    QJsonArray data;
    for (const auto &[item, wh, actual, reserved] : rows)
        data.append(QJsonObject{{QStringLiteral("item_code"), item}, {QStringLiteral("warehouse"), wh},
                                {QStringLiteral("actual_qty"), actual}, {QStringLiteral("reserved_qty"), reserved},
                                {QStringLiteral("projected_qty"), actual - reserved}});
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestStockClient : public QObject {
    Q_OBJECT
private:
    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
    ManualClock m_clock{QDateTime::fromSecsSinceEpoch(1795370400, Qt::UTC)};

    WooConnection woo()
    {
        WooConnection c;
        c.storeId = QStringLiteral("main");
        c.auth = QStringLiteral("basic");
        c.url = m_server->url(QStringLiteral("/"));
        c.consumerKey = QStringLiteral("ck_test_0123456789abcdef0123456789abcdef01");
        c.consumerSecret = QStringLiteral("cs_test_fedcba9876543210fedcba9876543210fe");
        c.timeout = 2s;
        return c;
    }
    ErpNextConnection erp()
    {
        ErpNextConnection c;
        c.url = m_server->url(QStringLiteral("/"));
        c.apiKey = QStringLiteral("k");
        c.apiSecret = QStringLiteral("s");
        c.warehouse = QStringLiteral("Stores - ERL");
        c.timeout = 2s;
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new FakeHttpServer(this);
        QVERIFY(m_server->listen());
        m_nam = new QNetworkAccessManager(this);
        HttpClientOptions o;
        o.baseDelay = 1ms;
        o.maxDelay = 5ms;
        m_http = new HttpClient(m_nam, o, &m_clock, this);
    }
    void cleanup()
    {
        delete m_http;
        delete m_nam;
        delete m_server;
    }

    void productsBatchManagedAndUnmanaged()
    {
        m_server->enqueue(fromFixture(QStringLiteral("50_products_batch_stock_managed_and_unmanaged.json")));
        WooCommerceClient client(woo(), m_http, &m_clock);
        Got<QList<StoreClient::StockWriteResult>> got;
        client.updateStock(0, {{13, 17}, {14, 50}}, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(got.result->ok());
        const auto &items = got.result->value();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].id, 13);
        QVERIFY(!items[0].error);
        QVERIFY(items[0].manageStock);
        QCOMPARE(items[0].stockQuantity.value_or(-1), 17.0);
        // The unmanaged product: 200, no error, stock_quantity null -> the flow must see it.
        QCOMPARE(items[1].id, 14);
        QVERIFY(!items[1].error);
        QVERIFY(!items[1].manageStock);
        QVERIFY(!items[1].stockQuantity.has_value());

        const FakeRequest &req = m_server->requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path(), QByteArray("/wp-json/wc/v3/products/batch"));
        // The body is the one the live capture sent.
        const QJsonObject sent = QJsonDocument::fromJson(req.body).object();
        const QJsonObject live = loadLiveExchange(QStringLiteral("50_products_batch_stock_managed_and_unmanaged.json")).request.value(QLatin1String("body")).toObject();
        QCOMPARE(sent, live);
    }

    void variationBatchPathAndAnswer()
    {
        // The live capture wrote one variation with PUT; its answer object is what a batch
        // entry holds. Wrap it as the batch endpoint answers.
        const LiveExchange ex = loadLiveExchange(QStringLiteral("51_variation_put_stock_quantity.json"));
        const QJsonObject variation = QJsonDocument::fromJson(ex.body).object();
        m_server->enqueue(FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("update"), QJsonArray{variation}}}).toJson()));
        WooCommerceClient client(woo(), m_http, &m_clock);
        Got<QList<StoreClient::StockWriteResult>> got;
        client.updateStock(18, {{21, 11}}, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(got.result->ok());
        QCOMPARE(got.result->value().size(), 1);
        QVERIFY(got.result->value()[0].manageStock);
        QCOMPARE(got.result->value()[0].stockQuantity.value_or(-1), 11.0);
        QCOMPARE(m_server->requests().first().path(), QByteArray("/wp-json/wc/v3/products/18/variations/batch"));
        const QJsonArray upd = QJsonDocument::fromJson(m_server->requests().first().body).object().value(QLatin1String("update")).toArray();
        QCOMPARE(upd.size(), 1);
        QCOMPARE(upd[0].toObject().value(QLatin1String("stock_quantity")).toInt(), 11);
    }

    void inlineErrorForOneItem()
    {
        // Shape of 44_orders_batch_update_one_valid_one_missing: HTTP 200, error inline.
        const QByteArray body = "{\"update\":[{\"id\":13,\"manage_stock\":true,\"stock_quantity\":5},"
                                "{\"id\":999999,\"error\":{\"code\":\"woocommerce_rest_product_invalid_id\","
                                "\"message\":\"Invalid ID.\",\"data\":{\"status\":400}}}]}";
        m_server->enqueue(FakeResponse::json(200, body));
        WooCommerceClient client(woo(), m_http, &m_clock);
        Got<QList<StoreClient::StockWriteResult>> got;
        client.updateStock(0, {{13, 5}, {999999, 1}}, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(got.result->ok());
        const auto &items = got.result->value();
        QVERIFY(!items[0].error);
        QVERIFY(items[1].error.has_value());
        QCOMPARE(items[1].error->code, QStringLiteral("woocommerce_rest_product_invalid_id"));
        QCOMPARE(items[1].error->httpStatus, 400);
    }

    void batchLimitsAndFailures()
    {
        WooCommerceClient client(woo(), m_http, &m_clock);
        Got<QList<StoreClient::StockWriteResult>> tooMany, empty;
        client.updateStock(0, QList<StoreClient::StockUpdate>(101), tooMany.cb());
        client.updateStock(0, {}, empty.cb());
        QTRY_COMPARE(tooMany.calls, 1);
        QTRY_COMPARE(empty.calls, 1);
        QVERIFY(!tooMany.result->ok());
        QCOMPARE(tooMany.result->error().code, QStringLiteral("batch_too_large"));
        QVERIFY(empty.result->ok());
        QCOMPARE(m_server->requestCount(), 0);

        m_server->enqueue(FakeResponse::json(200, "{\"update\":[{\"id\":13"));  // truncated
        Got<QList<StoreClient::StockWriteResult>> truncated;
        client.updateStock(0, {{13, 1}}, truncated.cb());
        QTRY_COMPARE(truncated.calls, 1);
        QVERIFY(!truncated.result->ok());
        QCOMPARE(truncated.result->error().code, QStringLiteral("bad_body"));
    }

    void erpStockSumsWarehousesAndPages()
    {
        ErpNextAdapter adapter(erp(), m_http);
        adapter.setStockWarehouses({QStringLiteral("Stores - ERL"), QStringLiteral("Back - ERL")});
        // Page 1: 500 rows (a full page) -> the adapter asks for the next one.
        QList<std::tuple<QString, QString, double, double>> rows;
        for (int i = 0; i < 499; ++i)
            rows.append({QStringLiteral("OTHER-%1").arg(i), QStringLiteral("Stores - ERL"), 1, 0});
        rows.append({QStringLiteral("MUG"), QStringLiteral("Stores - ERL"), 10.5, 2});
        m_server->enqueue(FakeResponse::json(200, binPage(rows)));
        m_server->enqueue(FakeResponse::json(200, binPage({{QStringLiteral("MUG"), QStringLiteral("Back - ERL"), 4, 1}})));
        Got<QList<StockLevel>> got;
        QStringList codes;
        for (int i = 0; i < 250; ++i) // more than the URL filter takes: filtered locally
            codes << QStringLiteral("X-%1").arg(i);
        codes << QStringLiteral("MUG");
        adapter.stockLevels(codes, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY2(got.result->ok(), qPrintable(got.result->ok() ? QString() : got.result->error().summary()));
        QCOMPARE(got.result->value().size(), 1);
        QCOMPARE(got.result->value()[0].itemCode, QStringLiteral("MUG"));
        QCOMPARE(got.result->value()[0].available, 11.5); // (10.5 - 2) + (4 - 1)
        QCOMPARE(m_server->requestCount(), 2);
        const QUrlQuery q1(QString::fromUtf8(m_server->requests()[0].query()));
        const QUrlQuery q2(QString::fromUtf8(m_server->requests()[1].query()));
        QCOMPARE(m_server->requests()[0].path(), QByteArray("/api/resource/Bin"));
        QCOMPARE(q1.queryItemValue(QStringLiteral("limit_start")), QStringLiteral("0"));
        QCOMPARE(q2.queryItemValue(QStringLiteral("limit_start")), QStringLiteral("500"));
        const QString filters = q1.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded);
        QVERIFY2(filters.contains(QStringLiteral("Back - ERL")), qPrintable(filters));
        QVERIFY2(!filters.contains(QStringLiteral("item_code")), qPrintable(filters));
        QVERIFY(q1.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded).contains(QStringLiteral("reserved_qty")));
        QVERIFY(m_server->requests()[0].header("Authorization").startsWith("token "));
    }

    void erpStockFailsWholly()
    {
        ErpNextAdapter adapter(erp(), m_http);
        m_server->setDefault(FakeResponse::html(502, "<html>Bad Gateway</html>"));
        Got<QList<StockLevel>> got;
        adapter.stockLevels({QStringLiteral("MUG")}, got.cb());
        QTRY_VERIFY_WITH_TIMEOUT(got.calls == 1, 10000);
        QVERIFY(!got.result->ok());
        QCOMPARE(got.result->error().category, ErrorCategory::TransientRemote);
        // A small item list goes into the filter (default warehouse when none configured).
        const QString filters = QUrlQuery(QString::fromUtf8(m_server->requests()[0].query()))
                                    .queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded);
        QVERIFY2(filters.contains(QStringLiteral("item_code")) && filters.contains(QStringLiteral("Stores - ERL")), qPrintable(filters));
    }
};

QTEST_GUILESS_MAIN(TestStockClient)
#include "tst_stockclient.moc"
