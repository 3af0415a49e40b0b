#include "sync/core/clock.h"
#include "sync/http/httpclient.h"
#include "sync/woo/wooauth.h"
#include "sync/woo/woocommerceclient.h"
#include "tests/support/fakehttpserver.h"
#include "wootestfixtures.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace backroom;
using namespace backroom::test;
using namespace std::chrono_literals;

namespace {

const QString kKey = QStringLiteral("ck_test_0123456789abcdef0123456789abcdef01");
const QString kSecret = QStringLiteral("cs_test_fedcba9876543210fedcba9876543210fe");

template <typename T>
struct Got {
    int calls = 0;
    std::optional<Result<T>> result;
    StoreClient::Callback<T> cb()
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

} // namespace

class TestWooCommerceClient : public QObject {
    Q_OBJECT
private:
    FakeHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
    ManualClock m_clock{QDateTime::fromSecsSinceEpoch(1795370400, Qt::UTC)};

    WooConnection conn(const QString &auth = QStringLiteral("basic"))
    {
        WooConnection c;
        c.storeId = QStringLiteral("main");
        c.url = m_server->url(QStringLiteral("/"));
        c.auth = auth;
        c.consumerKey = kKey;
        c.consumerSecret = kSecret;
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

    void listOrdersParsesPageAndHeaders()
    {
        m_server->enqueue(fromFixture(QStringLiteral("01_orders_list_per_page5_page1.json")));
        WooCommerceClient client(conn(), m_http, &m_clock);
        QCOMPARE(client.connectionName(), QStringLiteral("woocommerce:main"));
        OrderListQuery q;
        q.perPage = 5;
        q.statuses = {QStringLiteral("processing"), QStringLiteral("completed")};
        q.modifiedAfterGmt = QStringLiteral("2026-11-22T16:50:00");
        Got<OrderPage> got;
        client.listOrders(q, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY2(got.result->ok(), qPrintable(got.result->ok() ? QString() : got.result->error().summary()));
        const OrderPage &page = got.result->value();
        QCOMPARE(page.orders.size(), 5);
        QCOMPARE(page.total, 14);
        QCOMPARE(page.totalPages, 3);
        QVERIFY(page.orders.at(0).toObject().contains(QLatin1String("line_items")));

        const FakeRequest &req = m_server->requests().first();
        QCOMPARE(req.method, QByteArray("GET"));
        QCOMPARE(req.path(), QByteArray("/wp-json/wc/v3/orders"));
        const QUrlQuery query(QString::fromLatin1(req.query()));
        QCOMPARE(query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded), QStringLiteral("processing,completed"));
        QCOMPARE(query.queryItemValue(QStringLiteral("modified_after"), QUrl::FullyDecoded), QStringLiteral("2026-11-22T16:50:00"));
        QCOMPARE(query.queryItemValue(QStringLiteral("dates_are_gmt")), QStringLiteral("true"));
        QCOMPARE(query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("5"));
        QVERIFY(!req.query().contains("status%5B"));
        QCOMPARE(req.header("Authorization"), "Basic " + (kKey + QLatin1Char(':') + kSecret).toLatin1().toBase64());
        QCOMPARE(req.header("Accept"), QByteArray("application/json"));
    }

    void listProductsReadsTheCatalogue()
    {
        m_server->enqueue(fromFixture(QStringLiteral("30_products_list_per_page10.json")));
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<CataloguePage> got;
        client.listProducts(1, 10, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY2(got.result->ok(), qPrintable(got.result->ok() ? QString() : got.result->error().summary()));
        const QList<CatalogueItem> &items = got.result->value().items;
        QCOMPARE(items.size(), 8);
        QCOMPARE(items[0].sku, QStringLiteral("COF-ESP-1KG"));
        QVERIFY(items[0].manageStock);
        QCOMPARE(items[0].stockQuantity, std::optional<double>(34));
        QCOMPARE(items[3].sku, QStringLiteral("ACC-FILT-100"));
        QVERIFY(!items[3].manageStock);
        QVERIFY(!items[3].stockQuantity);                 // null, not 0
        QVERIFY(items[6].sku.isEmpty());
        QCOMPARE(items[7].type, QStringLiteral("variable"));
        QCOMPARE(items[7].variationIds, (QList<qint64>{19, 20, 21}));
        const QUrlQuery query(QString::fromLatin1(m_server->requests().first().query()));
        QCOMPARE(m_server->requests().first().path(), QByteArray("/wp-json/wc/v3/products"));
        QCOMPARE(query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("10"));
        QVERIFY(query.queryItemValue(QStringLiteral("_fields"), QUrl::FullyDecoded).contains(QLatin1String("manage_stock")));
    }

    void listVariationsKnowsTheirParent()
    {
        m_server->enqueue(fromFixture(QStringLiteral("31_product_variations_list.json")));
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<CataloguePage> got;
        client.listVariations(18, 1, 500, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(got.result->ok());
        const QList<CatalogueItem> &items = got.result->value().items;
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[1].sku, QStringLiteral("APR-NVY"));
        QCOMPARE(items[1].parentId, 18);
        QCOMPARE(items[1].type, QStringLiteral("variation"));
        QCOMPARE(items[1].stockQuantity, std::optional<double>(7));
        const QUrlQuery query(QString::fromLatin1(m_server->requests().first().query()));
        QCOMPARE(m_server->requests().first().path(), QByteArray("/wp-json/wc/v3/products/18/variations"));
        QCOMPARE(query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100")); // capped
    }

    void catalogueRejectsAnOrderShapedAnswer()
    {
        m_server->enqueue(FakeResponse::json(200, QByteArray("{\"id\":1}")));
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<CataloguePage> got;
        client.listProducts(1, 10, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(!got.result->ok());
        QCOMPARE(got.result->error().category, ErrorCategory::TransientRemote);
    }

    void pastTheEndIsEmpty()
    {
        m_server->enqueue(fromFixture(QStringLiteral("01_orders_list_per_page5_page4_past_end.json")));
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<OrderPage> got;
        OrderListQuery q;
        q.page = 4;
        client.listOrders(q, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(got.result->ok());
        QCOMPARE(got.result->value().orders.size(), 0);
        QCOMPARE(got.result->value().total, 0);
    }

    void truncatedPageIsRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        const LiveExchange ex = loadLiveExchange(QStringLiteral("01_orders_list_per_page5_page1.json"));
        QTest::newRow("cut-in-half") << ex.body.left(ex.body.size() / 2);
        QTest::newRow("cut-at-end") << ex.body.chopped(1);
        QTest::newRow("html-200") << QByteArray("<html><body>Please wait while we check your browser</body></html>");
        QTest::newRow("object-not-array") << QByteArray("{\"orders\":[]}");
        QTest::newRow("empty") << QByteArray();
    }
    void truncatedPageIsRejected()
    {
        QFETCH(QByteArray, body);
        // Served on every attempt (the GET is retried, then gives up).
        m_server->setDefault(FakeResponse::json(200, body, {{"X-WP-Total", "14"}, {"X-WP-TotalPages", "3"}}));
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<OrderPage> got;
        client.listOrders(OrderListQuery{}, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(!got.result->ok());
        QCOMPARE(got.result->error().category, ErrorCategory::TransientRemote);
        QVERIFY2(got.result->error().message.contains(QStringLiteral("truncated or non-JSON body")),
                 qPrintable(got.result->error().message));
        QVERIFY(!got.result->error().requestId.isEmpty());
    }

    void badQueryIsRefusedLocally()
    {
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<OrderPage> got;
        OrderListQuery q;
        q.perPage = 101;
        client.listOrders(q, got.cb());
        QCOMPARE(got.calls, 0);
        QTRY_COMPARE(got.calls, 1);
        QCOMPARE(got.result->error().category, ErrorCategory::Validation);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void getOrder()
    {
        m_server->enqueue(fromFixture(QStringLiteral("10_order_get_variations.json")));
        m_server->enqueue(fromFixture(QStringLiteral("20_error_order_not_found_404.json")));
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<QJsonObject> ok, missing;
        client.getOrder(25, ok.cb());
        QTRY_COMPARE(ok.calls, 1);
        QVERIFY(ok.result->ok());
        QCOMPARE(ok.result->value().value(QLatin1String("id")).toInt(), 25);
        QCOMPARE(m_server->requests()[0].path(), QByteArray("/wp-json/wc/v3/orders/25"));
        client.getOrder(999999, missing.cb());
        QTRY_COMPARE(missing.calls, 1);
        QCOMPARE(missing.result->error().category, ErrorCategory::Validation);
        QCOMPARE(missing.result->error().code, QStringLiteral("woocommerce_rest_shop_order_invalid_id"));
        QCOMPARE(missing.result->error().message, QStringLiteral("Invalid ID."));
        QCOMPARE(missing.result->error().httpStatus, 404);
    }

    void authErrorIsNotRetried()
    {
        m_server->setDefault(fromFixture(QStringLiteral("23_error_wrong_consumer_secret.json")));
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<QJsonObject> got;
        client.getOrder(23, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QTest::qWait(50);
        QCOMPARE(got.result->error().category, ErrorCategory::Auth);
        QCOMPARE(got.result->error().message, QStringLiteral("Consumer secret is invalid."));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void updateOrdersBatchWithInlineError()
    {
        m_server->enqueue(fromFixture(QStringLiteral("44_orders_batch_update_one_valid_one_missing.json")));
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<QList<BatchItemResult>> got;
        client.updateOrders({{30, QJsonObject{{QStringLiteral("status"), QStringLiteral("processing")}}},
                             {999999, QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}}}},
                            got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(got.result->ok());
        const auto &items = got.result->value();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].id, 30);
        QVERIFY(!items[0].error.has_value());
        QCOMPARE(items[1].id, 999999);
        QVERIFY(items[1].error.has_value());
        QCOMPARE(items[1].error->category, ErrorCategory::Validation);
        QCOMPARE(items[1].error->code, QStringLiteral("woocommerce_rest_shop_order_invalid_id"));
        QCOMPARE(items[1].error->httpStatus, 400);
        QCOMPARE(items[1].error->message, QStringLiteral("Invalid ID."));

        const FakeRequest &req = m_server->requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path(), QByteArray("/wp-json/wc/v3/orders/batch"));
        QVERIFY(req.header("Content-Type").startsWith("application/json"));
        const QJsonArray sent = QJsonDocument::fromJson(req.body).object().value(QLatin1String("update")).toArray();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].toObject().value(QLatin1String("id")).toInt(), 30);
        QCOMPARE(sent[1].toObject().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    }

    void batchLimits()
    {
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<QList<BatchItemResult>> empty, tooMany;
        client.updateOrders({}, empty.cb());
        QList<OrderUpdate> many(101);
        client.updateOrders(many, tooMany.cb());
        QTRY_COMPARE(tooMany.calls, 1);
        QTRY_COMPARE(empty.calls, 1);
        QVERIFY(empty.result->ok());
        QCOMPARE(tooMany.result->error().category, ErrorCategory::Validation);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void addOrderNote()
    {
        m_server->enqueue(fromFixture(QStringLiteral("41_order_note_create.json")));
        const qint64 expected = QJsonDocument::fromJson(loadLiveExchange(QStringLiteral("41_order_note_create.json")).body)
                                    .object()
                                    .value(QLatin1String("id"))
                                    .toInteger();
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<qint64> got;
        client.addOrderNote(23, QStringLiteral("Sent to ERP as SAL-ORD-0001"), false, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(got.result->ok());
        QCOMPARE(got.result->value(), expected);
        const FakeRequest &req = m_server->requests().first();
        QCOMPARE(req.path(), QByteArray("/wp-json/wc/v3/orders/23/notes"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(QLatin1String("note")).toString(), QStringLiteral("Sent to ERP as SAL-ORD-0001"));
        QCOMPARE(body.value(QLatin1String("customer_note")).toBool(), false);
    }

    void noteIsNotRetried()
    {
        m_server->enqueue(FakeResponse::html(503, "<html>busy</html>"));
        m_server->enqueue(fromFixture(QStringLiteral("41_order_note_create.json")));
        WooCommerceClient client(conn(), m_http, &m_clock);
        Got<qint64> got;
        client.addOrderNote(23, QStringLiteral("x"), true, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QTest::qWait(50);
        QCOMPARE(got.result->error().category, ErrorCategory::TransientThrottled);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void oauthRequestIsSignedOverTheWire()
    {
        m_server->enqueue(fromFixture(QStringLiteral("03_orders_list_status_multi_fields.json")));
        WooCommerceClient client(conn(QStringLiteral("oauth1")), m_http, &m_clock);
        Got<OrderPage> got;
        OrderListQuery q;
        q.statuses = {QStringLiteral("processing"), QStringLiteral("completed")};
        client.listOrders(q, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(got.result->ok());
        const FakeRequest &req = m_server->requests().first();
        QVERIFY(req.header("Authorization").isEmpty());
        // Verify as the server would: strip oauth_signature, recompute over what arrived.
        QUrlQuery query(QString::fromLatin1(req.query()));
        const QString sig = query.queryItemValue(QStringLiteral("oauth_signature"), QUrl::FullyDecoded);
        const QString nonce = query.queryItemValue(QStringLiteral("oauth_nonce"));
        QCOMPARE(nonce.size(), 32);
        QCOMPARE(query.queryItemValue(QStringLiteral("oauth_timestamp")), QStringLiteral("1795370400"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("oauth_version")));
        QUrlQuery rest;
        for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
            if (!item.first.startsWith(QLatin1String("oauth_")))
                rest.addQueryItem(item.first, item.second);
        }
        QUrl url = m_server->url(QString::fromLatin1(req.path()));
        url.setQuery(rest.query(QUrl::FullyEncoded), QUrl::StrictMode);
        const QByteArray expected = wooOAuth1Signature("GET", url, kKey, kSecret, nonce, 1795370400);
        QCOMPARE(sig.toLatin1(), expected);
    }

    void queryStringAuth()
    {
        m_server->enqueue(fromFixture(QStringLiteral("02_orders_list_page2_query_string_auth.json")));
        WooCommerceClient client(conn(QStringLiteral("query")), m_http, &m_clock);
        Got<OrderPage> got;
        client.listOrders(OrderListQuery{}, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QVERIFY(got.result->ok());
        const QUrlQuery query(QString::fromLatin1(m_server->requests().first().query()));
        QCOMPARE(query.queryItemValue(QStringLiteral("consumer_key")), kKey);
        QCOMPARE(query.queryItemValue(QStringLiteral("consumer_secret")), kSecret);
        QVERIFY(m_server->requests().first().header("Authorization").isEmpty());
    }

    void insecureConfigNeverSends()
    {
        WooConnection c = conn();
        c.url = QUrl(QStringLiteral("http://shop.example.com"));
        WooCommerceClient client(c, m_http, &m_clock);
        Got<QJsonObject> got;
        client.getOrder(1, got.cb());
        QCOMPARE(got.calls, 0);
        QTRY_COMPARE(got.calls, 1);
        QCOMPARE(got.result->error().category, ErrorCategory::Validation);
        QCOMPARE(got.result->error().code, QStringLiteral("insecure_auth"));
    }

    void badCaFileIsAConfigError()
    {
        WooConnection c = conn();
        c.caFile = QStringLiteral("/nonexistent/ca.pem");
        WooCommerceClient client(c, m_http, &m_clock);
        Got<QJsonObject> got;
        client.getOrder(1, got.cb());
        QTRY_COMPARE(got.calls, 1);
        QCOMPARE(got.result->error().code, QStringLiteral("ca_file_unreadable"));
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWooCommerceClient)
#include "tst_woocommerceclient.moc"
