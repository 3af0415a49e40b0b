// WooSim's wire format against the WooCommerce 10.0.2 captures: key sets and value types of
// orders, products, variations, customers and notes; paging headers; error bodies.
#include "sim/woo/woosim.h"
#include "simtestutil.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QSet>

using namespace backroom::sim;
using namespace simtest;

class TestWooWire final : public QObject {
    Q_OBJECT
public:
    WooSim *sim = nullptr;
    QNetworkAccessManager nam;
    QList<QJsonObject> all; // every order, via the API

    QUrl api(const QString &path, const QString &query = {}) const
    {
        QUrl u = sim->url();
        u.setPath(QStringLiteral("/wp-json/wc/v3/") + path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }
    Reply get(const QString &path, const QString &query = {})
    {
        return call(nam, "GET", api(path, query), {}, {{"Authorization", auth()}});
    }
    QByteArray auth() const { return basic(WooSim::Options().consumerKey, WooSim::Options().consumerSecret); }

    static const QStringList &loose()
    {
        static const QStringList l = {QStringLiteral("date_paid"), QStringLiteral("date_paid_gmt"),
                                      QStringLiteral("date_completed"), QStringLiteral("date_completed_gmt"),
                                      QStringLiteral("parent_name"), QStringLiteral("*.image.id"),
                                      QStringLiteral("*.meta_data[0].value"), QStringLiteral("*.meta_data[0].display_value"),
                                      QStringLiteral("stock_quantity"), QStringLiteral("image")};
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        WooSim::Options o;
        o.seed = 42;
        o.orders = 200;
        o.anchor = QDateTime(QDate(2026, 11, 22), QTime(16, 0), QTimeZone::utc());
        sim = new WooSim(o, this);
        QVERIFY(sim->listen() != 0);
        for (int page = 1;; ++page) {
            const Reply r = get(QStringLiteral("orders"), QStringLiteral("per_page=100&page=%1").arg(page));
            QCOMPARE(r.status, 200);
            if (r.array().isEmpty())
                break;
            for (const QJsonValue &v : r.array())
                all.append(v.toObject());
        }
        QCOMPARE(all.size(), 200);
    }

    void orderShape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("list element") << QStringLiteral("01_orders_list_per_page5_page1.json");
        QTest::newRow("variations") << QStringLiteral("10_order_get_variations.json");
        QTest::newRow("coupon fee shipping") << QStringLiteral("11_order_get_coupon_fee_shipping.json");
        QTest::newRow("refunded") << QStringLiteral("12_order_get_partially_refunded.json");
        QTest::newRow("unicode note") << QStringLiteral("13_order_get_unicode_customer_note.json");
        QTest::newRow("meta data") << QStringLiteral("14_order_get_meta_data.json");
        QTest::newRow("put response") << QStringLiteral("40_order_put_meta_and_status.json");
    }
    void orderShape()
    {
        QFETCH(QString, file);
        QJsonValue body = fixture(file).value(QStringLiteral("response")).toObject().value(QStringLiteral("body"));
        const QJsonObject expected = body.isArray() ? body.toArray().first().toObject() : body.toObject();
        // Pick a simulated order with the same non-empty parts and the same guest-ness.
        static const QStringList parts = {QStringLiteral("line_items"), QStringLiteral("coupon_lines"), QStringLiteral("fee_lines"),
                                          QStringLiteral("shipping_lines"), QStringLiteral("tax_lines"), QStringLiteral("refunds"),
                                          QStringLiteral("meta_data")};
        const bool guest = expected.value(QStringLiteral("customer_id")).toInt() == 0;
        const QJsonObject *match = nullptr;
        for (const QJsonObject &o : all) {
            if ((o.value(QStringLiteral("customer_id")).toInt() == 0) == guest) {
                match = &o;
                break;
            }
        }
        QVERIFY(match);
        // Each non-empty part of the fixture is compared with the same part of some simulated
        // order that has it (the simulated data must contain every kind of part).
        QJsonObject composite = *match;
        for (const QString &p : parts) {
            if (expected.value(p).toArray().isEmpty() || !composite.value(p).toArray().isEmpty())
                continue;
            const auto it = std::find_if(all.cbegin(), all.cend(), [&](const QJsonObject &o) { return !o.value(p).toArray().isEmpty(); });
            QVERIFY2(it != all.cend(), qPrintable(QStringLiteral("no simulated order has %1").arg(p)));
            composite.insert(p, it->value(p));
        }
        QStringList problems;
        compareShape(expected, composite, QStringLiteral("order"), loose(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        // And GET /orders/<id> returns the same object as the list.
        const Reply single = get(QStringLiteral("orders/%1").arg(match->value(QStringLiteral("id")).toInt()));
        QCOMPARE(single.status, 200);
        QCOMPARE(single.object(), *match);
    }

    void catalogueShape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::newRow("products") << QStringLiteral("30_products_list_per_page10.json") << QStringLiteral("products") << QStringLiteral("per_page=10");
        QTest::newRow("variations") << QStringLiteral("31_product_variations_list.json") << QStringLiteral("products/18/variations") << QString();
        QTest::newRow("product by sku") << QStringLiteral("32_products_by_sku.json") << QStringLiteral("products") << QStringLiteral("sku=COF-CREME-250");
        QTest::newRow("customer by email") << QStringLiteral("33_customers_by_email.json") << QStringLiteral("customers") << QStringLiteral("email=zoe.mueller@example.de");
    }
    void catalogueShape()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, query);
        const QJsonObject f = fixture(file).value(QStringLiteral("response")).toObject();
        const Reply r = get(path, query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().isEmpty(), false);
        QStringList problems;
        compareShape(f.value(QStringLiteral("body")).toArray().first(), r.array().first(), QStringLiteral("item"), loose(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY(r.header("X-WP-Total").toInt() >= int(r.array().size()));
        if (path == QLatin1String("products") && query.startsWith(QLatin1String("sku="))) {
            QCOMPARE(r.array().size(), 1);
            QCOMPARE(r.array().first().toObject().value(QStringLiteral("sku")).toString(), query.mid(4));
        }
    }

    void customerNoMatch()
    {
        const Reply r = get(QStringLiteral("customers"), QStringLiteral("email=nobody@example.com"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("[]"));
        QCOMPARE(r.header("X-WP-Total"), QByteArray("0"));
    }

    void paging_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("prev");
        QTest::addColumn<bool>("next");
        QTest::addColumn<QByteArray>("total");
        QTest::addColumn<QByteArray>("pages");
        QTest::newRow("first") << 1 << 30 << false << true << QByteArray("200") << QByteArray("7");
        QTest::newRow("middle") << 3 << 30 << true << true << QByteArray("200") << QByteArray("7");
        QTest::newRow("last") << 7 << 20 << true << false << QByteArray("200") << QByteArray("7");
        QTest::newRow("past the end") << 8 << 0 << true << false << QByteArray("0") << QByteArray("0");
    }
    void paging()
    {
        QFETCH(int, page);
        QFETCH(int, count);
        QFETCH(bool, prev);
        QFETCH(bool, next);
        QFETCH(QByteArray, total);
        QFETCH(QByteArray, pages);
        const Reply r = get(QStringLiteral("orders"), QStringLiteral("per_page=30&page=%1").arg(page));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), count);
        QCOMPARE(r.header("X-WP-Total"), total);
        QCOMPARE(r.header("X-WP-TotalPages"), pages);
        const QByteArray link = r.header("Link");
        QCOMPARE(link.contains("rel=\"prev\""), prev);
        QCOMPARE(link.contains("rel=\"next\""), next);
        QVERIFY(!link.contains("rel=\"first\"") && !link.contains("rel=\"last\""));
        if (next)
            QVERIFY2(link.contains(QByteArray("per_page=30&page=" + QByteArray::number(page + 1) + "&status%5B0%5D=any&dp=2&context=view>; rel=\"next\"")), link);
        if (page == 8)
            QVERIFY2(link.contains("page=0"), link); // as WooCommerce: prev of a page past the end is page 0
        QCOMPARE(r.header("Allow"), QByteArray("GET, POST"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=UTF-8"));
    }

    void pagingCoversEveryOrderOnce()
    {
        QSet<int> seen;
        for (const QJsonObject &o : all) {
            const int id = o.value(QStringLiteral("id")).toInt();
            QVERIFY2(!seen.contains(id), "duplicate id across pages");
            seen.insert(id);
        }
        const QList<int> ids = sim->orderIds();
        QCOMPARE(seen, QSet<int>(ids.cbegin(), ids.cend()));
        // Newest first, ties by id.
        for (qsizetype i = 1; i < all.size(); ++i) {
            const QString a = all[i - 1].value(QStringLiteral("date_created_gmt")).toString();
            const QString b = all[i].value(QStringLiteral("date_created_gmt")).toString();
            QVERIFY(a > b || (a == b && all[i - 1].value(QStringLiteral("id")).toInt() > all[i].value(QStringLiteral("id")).toInt()));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("authorization");
        const QByteArray good = auth();
        QTest::newRow("404") << QStringLiteral("20_error_order_not_found_404.json") << QStringLiteral("orders/999999") << QString() << good;
        QTest::newRow("per_page 101") << QStringLiteral("21_error_per_page_101.json") << QStringLiteral("orders") << QStringLiteral("per_page=101") << good;
        QTest::newRow("bogus status") << QStringLiteral("22_error_status_bogus.json") << QStringLiteral("orders") << QStringLiteral("status=bogus") << good;
        QTest::newRow("wrong secret") << QStringLiteral("23_error_wrong_consumer_secret.json") << QStringLiteral("orders") << QStringLiteral("per_page=1")
                                      << basic(WooSim::Options().consumerKey, QStringLiteral("cs_wrong_secret_not_real_000000000000000000"));
        QTest::newRow("unknown key") << QStringLiteral("24_error_unknown_consumer_key.json") << QStringLiteral("orders") << QStringLiteral("per_page=1")
                                     << basic(QStringLiteral("ck_unknown_key_not_real_00000000000000000"), QStringLiteral("cs_x"));
        QTest::newRow("no credentials") << QStringLiteral("26_error_no_credentials.json") << QStringLiteral("orders") << QStringLiteral("per_page=1") << QByteArray();
        QTest::newRow("no route") << QStringLiteral("28_error_non_numeric_id_no_route.json") << QStringLiteral("orders/abc") << QString() << good;
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QByteArray, authorization);
        const QJsonObject expected = fixture(file).value(QStringLiteral("response")).toObject();
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Reply r = call(nam, "GET", api(path, query), {}, headers);
        QCOMPARE(r.status, expected.value(QStringLiteral("status")).toInt());
        QCOMPARE(r.object(), expected.value(QStringLiteral("body")).toObject());
        QVERIFY(!r.hasHeader("WWW-Authenticate"));
        QVERIFY(r.header("Link").endsWith("/wp-json/>; rel=\"https://api.w.org/\""));
    }

    void fieldsTrimsListItems()
    {
        const Reply r = get(QStringLiteral("orders"), QStringLiteral("per_page=100&status=processing,completed&orderby=id&order=asc&_fields=id,status,total,date_modified_gmt"));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.array();
        QVERIFY(!items.isEmpty());
        int last = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("date_modified_gmt"), QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("total")}));
            QVERIFY(o.value(QStringLiteral("status")).toString() == QLatin1String("processing")
                    || o.value(QStringLiteral("status")).toString() == QLatin1String("completed"));
            QVERIFY(o.value(QStringLiteral("id")).toInt() > last);
            last = o.value(QStringLiteral("id")).toInt();
        }
        // status[] form gives the same result.
        const Reply r2 = get(QStringLiteral("orders"), QStringLiteral("per_page=100&status[]=processing&status[]=completed&orderby=id&order=asc&_fields=id,status,total,date_modified_gmt"));
        QCOMPARE(r2.array(), items);
    }

    void moneyAndTotalsAreConsistent()
    {
        static const QRegularExpression money(QStringLiteral("^-?\\d+\\.\\d{2}$"));
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"));
        const auto c = [](const QJsonValue &v) { return qRound64(v.toString().toDouble() * 100); };
        for (const QJsonObject &o : all) {
            for (const char *k : {"total", "total_tax", "discount_total", "discount_tax", "shipping_total", "shipping_tax", "cart_tax"})
                QVERIFY2(money.match(o.value(QLatin1String(k)).toString()).hasMatch(), k);
            for (const char *k : {"date_created", "date_created_gmt", "date_modified", "date_modified_gmt"})
                QVERIFY2(date.match(o.value(QLatin1String(k)).toString()).hasMatch(), k);
            QCOMPARE(o.value(QStringLiteral("number")).toString(), QString::number(o.value(QStringLiteral("id")).toInt()));
            qint64 sum = 0;
            for (const QJsonValue &l : o.value(QStringLiteral("line_items")).toArray()) {
                QVERIFY(money.match(l.toObject().value(QStringLiteral("subtotal")).toString()).hasMatch());
                QVERIFY(l.toObject().value(QStringLiteral("price")).isDouble());
                sum += c(l.toObject().value(QStringLiteral("subtotal")));
            }
            for (const QJsonValue &f : o.value(QStringLiteral("fee_lines")).toArray())
                sum += c(f.toObject().value(QStringLiteral("total")));
            sum += c(o.value(QStringLiteral("shipping_total"))) - c(o.value(QStringLiteral("discount_total"))) + c(o.value(QStringLiteral("total_tax")));
            QCOMPARE(sum, c(o.value(QStringLiteral("total"))));
        }
    }

    void dataHasVariety()
    {
        int guests = 0, noEmail = 0, emptySku = 0, variations = 0, coupons = 0, negativeFee = 0, processing = 0,
            unicode = 0, sameSecond = 0;
        QSet<QString> statuses, seconds;
        for (const QJsonObject &o : all) {
            guests += o.value(QStringLiteral("customer_id")).toInt() == 0;
            const QJsonObject billing = o.value(QStringLiteral("billing")).toObject();
            noEmail += billing.value(QStringLiteral("email")).toString().isEmpty();
            const QString name = billing.value(QStringLiteral("first_name")).toString() + billing.value(QStringLiteral("last_name")).toString();
            unicode += name.toUtf8().size() != name.size();
            for (const QJsonValue &l : o.value(QStringLiteral("line_items")).toArray()) {
                emptySku += l.toObject().value(QStringLiteral("sku")).toString().isEmpty();
                variations += l.toObject().value(QStringLiteral("variation_id")).toInt() != 0;
            }
            coupons += !o.value(QStringLiteral("coupon_lines")).toArray().isEmpty();
            for (const QJsonValue &f : o.value(QStringLiteral("fee_lines")).toArray())
                negativeFee += f.toObject().value(QStringLiteral("total")).toString().startsWith(QLatin1Char('-'));
            processing += o.value(QStringLiteral("status")).toString() == QLatin1String("processing");
            statuses.insert(o.value(QStringLiteral("status")).toString());
            const QString second = o.value(QStringLiteral("date_created_gmt")).toString();
            sameSecond += seconds.contains(second);
            seconds.insert(second);
        }
        QVERIFY(guests > 20);
        QVERIFY(noEmail > 0);
        QVERIFY(emptySku > 0);
        QVERIFY(variations > 0);
        QVERIFY(coupons > 5);
        QVERIFY(negativeFee > 0);
        QVERIFY(unicode > 20);
        QVERIFY(sameSecond > 20);
        QVERIFY(processing > 100);
        QCOMPARE(statuses, (QSet<QString>{QStringLiteral("processing"), QStringLiteral("pending"), QStringLiteral("on-hold"),
                                         QStringLiteral("completed"), QStringLiteral("cancelled")}));
    }

    void rawJsonIsEscapedLikeWordPress()
    {
        const Reply r = get(QStringLiteral("orders"), QStringLiteral("per_page=100"));
        QVERIFY(r.body.contains("\\/wp-json\\/wc\\/v3\\/orders"));
        for (const char c : r.body)
            QVERIFY2(static_cast<unsigned char>(c) < 0x80, "raw non-ASCII byte in a WordPress JSON body");
        QVERIFY(r.body.contains("\\u"));
    }
};

QTEST_GUILESS_MAIN(TestWooWire)
#include "tst_woowire.moc"
