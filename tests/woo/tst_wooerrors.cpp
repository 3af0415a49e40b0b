#include "sync/http/httperrors.h"
#include "sync/woo/wooerrors.h"
#include "wootestfixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace backroom;

namespace {
// What HttpClient hands the adapter for a recorded exchange.
HttpResponse responseOf(const LiveExchange &ex)
{
    HttpResponse r;
    r.status = ex.status;
    r.headers = ex.headers;
    r.body = ex.body;
    r.correlationId = QStringLiteral("cid-1");
    r.error = errorFromHttpStatus(r.status, r.headers, r.body, QDateTime::currentDateTimeUtc());
    if (r.error)
        r.error->requestId = r.correlationId;
    return r;
}
} // namespace

class TestWooErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void liveFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("20 order not found") << "20_error_order_not_found_404.json" << "validation"
                                            << "woocommerce_rest_shop_order_invalid_id" << 404;
        QTest::newRow("21 per_page 101") << "21_error_per_page_101.json" << "validation" << "rest_invalid_param" << 400;
        QTest::newRow("22 bogus status") << "22_error_status_bogus.json" << "validation" << "rest_invalid_param" << 400;
        QTest::newRow("23 wrong secret") << "23_error_wrong_consumer_secret.json" << "auth"
                                         << "woocommerce_rest_authentication_error" << 401;
        QTest::newRow("24 unknown key") << "24_error_unknown_consumer_key.json" << "auth" << "woocommerce_rest_cannot_view" << 401;
        QTest::newRow("25 read-only key") << "25_error_read_only_key_put.json" << "auth"
                                          << "woocommerce_rest_authentication_error" << 401;
        QTest::newRow("26 no credentials") << "26_error_no_credentials.json" << "auth" << "woocommerce_rest_cannot_view" << 401;
        QTest::newRow("27 basic over http") << "27_error_basic_auth_over_plain_http.json" << "auth"
                                            << "woocommerce_rest_cannot_view" << 401;
        QTest::newRow("28 no route") << "28_error_non_numeric_id_no_route.json" << "validation" << "rest_no_route" << 404;
        QTest::newRow("setup/43 refund too large (data: 500)") << "setup/43_refund_create_too_large_error.json"
                                                               << "business"
                                                               << "woocommerce_rest_cannot_create_order_refund" << 500;
    }
    void liveFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, category);
        QFETCH(QString, code);
        QFETCH(int, status);
        const LiveExchange ex = loadLiveExchange(file);
        QVERIFY2(ex.ok, qPrintable(file));
        const HttpResponse r = responseOf(ex);
        QVERIFY(r.error.has_value());
        const SyncError e = wooErrorFromResponse(r);
        QCOMPARE(categoryName(e.category), category);
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        // The store's own words come through.
        const QString storeMessage =
            QJsonDocument::fromJson(ex.body).object().value(QLatin1String("message")).toString();
        QVERIFY(!storeMessage.isEmpty());
        QVERIFY2(e.message.startsWith(storeMessage), qPrintable(e.message));
        QVERIFY(!e.hint.isEmpty());
        QCOMPARE(e.requestId, QStringLiteral("cid-1"));
    }

    void hintsTellWhatToDo()
    {
        auto classify = [](const QString &file) {
            return wooErrorFromResponse(responseOf(loadLiveExchange(file)));
        };
        QVERIFY(classify(QStringLiteral("25_error_read_only_key_put.json")).hint.contains(QStringLiteral("Read/Write")));
        QVERIFY(classify(QStringLiteral("23_error_wrong_consumer_secret.json")).hint.contains(QStringLiteral("secret")));
        QVERIFY(classify(QStringLiteral("27_error_basic_auth_over_plain_http.json")).hint.contains(QStringLiteral("HTTPS")));
        // Parameter details from data.params are kept.
        QVERIFY(classify(QStringLiteral("21_error_per_page_101.json"))
                    .message.contains(QStringLiteral("between 1 (inclusive) and 100 (inclusive)")));
    }

    void dataAsBareInt()
    {
        const QJsonObject o = QJsonDocument::fromJson(R"({"code":"x","message":"m","data":503})").object();
        QCOMPARE(wooErrorFromObject(o, 200).httpStatus, 503);
        QCOMPARE(wooErrorFromObject(o, 200).category, ErrorCategory::TransientThrottled);
        const QJsonObject none = QJsonDocument::fromJson(R"({"code":"x","message":"m"})").object();
        QCOMPARE(wooErrorFromObject(none, 418).httpStatus, 418);
        QCOMPARE(wooErrorFromObject(none, 418).category, ErrorCategory::Validation);
    }

    void batchItemErrorFromFixture44()
    {
        const LiveExchange ex = loadLiveExchange(QStringLiteral("44_orders_batch_update_one_valid_one_missing.json"));
        QVERIFY(ex.ok);
        QCOMPARE(ex.status, 200);
        const QJsonArray update = QJsonDocument::fromJson(ex.body).object().value(QLatin1String("update")).toArray();
        QCOMPARE(update.size(), 2);
        const QJsonObject bad = update.at(1).toObject();
        const SyncError e = wooErrorFromObject(bad.value(QLatin1String("error")).toObject(), 200);
        QCOMPARE(e.category, ErrorCategory::Validation);
        QCOMPARE(e.code, QStringLiteral("woocommerce_rest_shop_order_invalid_id"));
        QCOMPARE(e.httpStatus, 400);
        QCOMPARE(e.message, QStringLiteral("Invalid ID."));
    }

    void nonJsonBodiesKeepTheHttpClassification()
    {
        HttpResponse r;
        r.status = 502;
        r.headers = {{"Content-Type", "text/html"}};
        r.body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        r.error = errorFromHttpStatus(r.status, r.headers, r.body, QDateTime::currentDateTimeUtc());
        QCOMPARE(wooErrorFromResponse(r).category, ErrorCategory::TransientRemote);

        r.status = 429;
        r.headers = {{"Content-Type", "application/json"}, {"Retry-After", "7"}};
        r.body = R"({"code":"rate_limited","message":"Slow down","data":{"status":429}})";
        r.error = errorFromHttpStatus(r.status, r.headers, r.body, QDateTime::currentDateTimeUtc());
        const SyncError e = wooErrorFromResponse(r);
        QCOMPARE(e.category, ErrorCategory::TransientThrottled);
        QCOMPARE(e.retryAfterMs.value_or(-1), 7000);
        QCOMPARE(e.message, QStringLiteral("Slow down"));

        r.status = 500;
        r.headers = {};
        r.body = "{\"code\":\"internal_server_error\",\"message\":\"There has been a critical error";
        r.error = errorFromHttpStatus(r.status, r.headers, r.body, QDateTime::currentDateTimeUtc());
        QCOMPARE(wooErrorFromResponse(r).category, ErrorCategory::TransientRemote);
    }
};

QTEST_GUILESS_MAIN(TestWooErrors)
#include "tst_wooerrors.moc"
