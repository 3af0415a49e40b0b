#include "sync/woo/woourls.h"

#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace backroom;

class TestWooUrls : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void apiUrl_data()
    {
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "https://shop.example.com" << "/orders"
                               << "https://shop.example.com/wp-json/wc/v3/orders";
        QTest::newRow("trailing-slash") << "https://shop.example.com/" << "/orders/23"
                                        << "https://shop.example.com/wp-json/wc/v3/orders/23";
        QTest::newRow("subdir") << "https://example.com/shop/" << "/orders/batch"
                                << "https://example.com/shop/wp-json/wc/v3/orders/batch";
        QTest::newRow("port") << "http://127.0.0.1:8082" << "/orders"
                              << "http://127.0.0.1:8082/wp-json/wc/v3/orders";
        QTest::newRow("default-port-dropped") << "https://Shop.Example.com:443" << "/orders"
                                              << "https://shop.example.com/wp-json/wc/v3/orders";
        QTest::newRow("http-80-dropped") << "HTTP://shop.example.com:80/" << "/orders"
                                         << "http://shop.example.com/wp-json/wc/v3/orders";
        QTest::newRow("query-dropped") << "https://shop.example.com/?lang=fr" << "/orders"
                                       << "https://shop.example.com/wp-json/wc/v3/orders";
    }
    void apiUrl()
    {
        QFETCH(QString, store);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(wooApiUrl(QUrl(store), path).toString(QUrl::FullyEncoded), expected);
    }

    void queryEncodingIsStrict()
    {
        const QUrl u = wooWithQuery(QUrl(QStringLiteral("https://s/x")),
                                    {{QStringLiteral("search"), QStringLiteral("a+b c,d&e=f")},
                                     {QStringLiteral("status"), QStringLiteral("processing,completed")}});
        QCOMPARE(u.query(QUrl::FullyEncoded),
                 QStringLiteral("search=a%2Bb%20c%2Cd%26e%3Df&status=processing%2Ccompleted"));
        // The server decodes the same values back.
        const QUrlQuery q(u);
        QCOMPARE(q.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded), QStringLiteral("a+b c,d&e=f"));
        QCOMPARE(wooWithQuery(QUrl(QStringLiteral("https://s/x")), {}).toString(), QStringLiteral("https://s/x"));
    }

    void naiveUtc()
    {
        QCOMPARE(wooNaiveUtc(QDateTime(QDate(2026, 11, 22), QTime(17, 50, 30, 999), Qt::UTC)),
                 QStringLiteral("2026-11-22T17:50:30"));
        QCOMPARE(wooNaiveUtc(QDateTime(QDate(2026, 11, 22), QTime(18, 50, 30), QTimeZone(3600))),
                 QStringLiteral("2026-11-22T17:50:30"));
    }

    void normalizeGmt_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("naive") << "2026-11-22T17:50:30" << "2026-11-22T17:50:30";
        QTest::newRow("z") << "2026-11-22T17:50:30Z" << "2026-11-22T17:50:30";
        QTest::newRow("offset") << "2026-11-22T18:50:30+01:00" << "2026-11-22T17:50:30";
        QTest::newRow("millis") << "2026-11-22T17:50:30.500Z" << "2026-11-22T17:50:30";
        QTest::newRow("garbage") << "yesterday" << "";
        QTest::newRow("empty") << "" << "";
    }
    void normalizeGmt()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(wooNormalizeGmt(in), out);
    }

    void orderListParams()
    {
        OrderListQuery q;
        q.modifiedAfterGmt = QStringLiteral("2026-11-22T17:50:30Z");
        q.statuses = {QStringLiteral("processing"), QStringLiteral("completed")};
        q.page = 3;
        q.perPage = 100;
        const QUrl u = wooWithQuery(wooApiUrl(QUrl(QStringLiteral("https://s")), QStringLiteral("/orders")),
                                    wooOrderListParams(q));
        QCOMPARE(u.query(QUrl::FullyEncoded),
                 QStringLiteral("per_page=100&page=3&orderby=modified&order=asc&status=processing%2Ccompleted"
                                "&modified_after=2026-11-22T17%3A50%3A30&dates_are_gmt=true"));
        QVERIFY(!u.toString(QUrl::FullyEncoded).contains(QStringLiteral("status%5B")));
        QVERIFY(!u.toString().contains(QStringLiteral("Z&")));
    }

    void orderListWithoutFilters()
    {
        OrderListQuery q;
        q.orderBy = QStringLiteral("id");
        const QueryParams p = wooOrderListParams(q);
        for (const auto &kv : p) {
            QVERIFY(kv.first != QLatin1String("status"));
            QVERIFY(kv.first != QLatin1String("modified_after"));
            QVERIFY(kv.first != QLatin1String("dates_are_gmt"));
        }
        QCOMPARE(p.size(), 4);
    }

    void queryProblems_data()
    {
        QTest::addColumn<int>("perPage");
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << 100 << 1 << "modified" << "processing" << "2026-11-22T17:50:30" << true;
        QTest::newRow("per_page-101") << 101 << 1 << "modified" << "" << "" << false;
        QTest::newRow("per_page-0") << 0 << 1 << "modified" << "" << "" << false;
        QTest::newRow("page-0") << 10 << 0 << "modified" << "" << "" << false;
        QTest::newRow("orderby") << 10 << 1 << "price" << "" << "" << false;
        QTest::newRow("comma-status") << 10 << 1 << "id" << "a,b" << "" << false;
        QTest::newRow("bad-after") << 10 << 1 << "id" << "" << "soon" << false;
    }
    void queryProblems()
    {
        QFETCH(int, perPage);
        QFETCH(int, page);
        QFETCH(QString, orderBy);
        QFETCH(QString, status);
        QFETCH(QString, after);
        QFETCH(bool, valid);
        OrderListQuery q;
        q.perPage = perPage;
        q.page = page;
        q.orderBy = orderBy;
        if (!status.isEmpty())
            q.statuses = {status};
        q.modifiedAfterGmt = after;
        QCOMPARE(wooOrderListQueryProblem(q).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestWooUrls)
#include "tst_woourls.moc"
