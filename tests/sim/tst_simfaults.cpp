// Fault injection through SimHttpServer: every kind actually happens at rate=1, admin paths are
// exempt, and the same seed injects the same faults.
#include "sim/woo/woosim.h"
#include "sim/zendesk/zendesksim.h"
#include "simtestutil.h"

using namespace backroom::sim;
using namespace simtest;

class TestSimFaults final : public QObject {
    Q_OBJECT
public:
    QNetworkAccessManager nam;

    static FaultSpec spec(const QString &text)
    {
        const auto s = FaultSpec::parse(text);
        if (!s)
            qFatal("bad spec");
        return *s;
    }
    static WooSim::Options opts(const QString &faults)
    {
        WooSim::Options o;
        o.orders = 30;
        o.faults = spec(faults);
        return o;
    }
    Reply get(WooSim &sim, const QString &path, const QString &query = {}, int timeoutMs = 5000)
    {
        QUrl u = sim.url();
        u.setPath(path);
        u.setQuery(query);
        return call(nam, "GET", u, {}, {{"Authorization", basic(WooSim::Options().consumerKey, WooSim::Options().consumerSecret)}}, timeoutMs);
    }

private Q_SLOTS:
    void httpKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("bodyContains");
        QTest::newRow("429") << QStringLiteral("429") << 429 << QByteArray() << QByteArray("429 Too Many Requests");
        QTest::newRow("429ra") << QStringLiteral("429ra") << 429 << QByteArray("1") << QByteArray("429 Too Many Requests");
        QTest::newRow("503ra") << QStringLiteral("503ra") << 503 << QByteArray("1") << QByteArray("503 Service Temporarily Unavailable");
        QTest::newRow("503") << QStringLiteral("503") << 503 << QByteArray() << QByteArray("<center>nginx</center>");
        QTest::newRow("502html") << QStringLiteral("502html") << 502 << QByteArray() << QByteArray("<title>502 Bad Gateway</title>");
        QTest::newRow("500html") << QStringLiteral("500html") << 500 << QByteArray() << QByteArray("Internal Server Error");
        QTest::newRow("auth") << QStringLiteral("auth") << 401 << QByteArray() << QByteArray("woocommerce_rest_authentication_error");
    }
    void httpKinds()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, bodyContains);
        WooSim sim(opts(QStringLiteral("rate=1,kinds=") + kind));
        QVERIFY(sim.listen());
        for (int i = 0; i < 3; ++i) {
            const Reply r = get(sim, QStringLiteral("/wp-json/wc/v3/orders"));
            QCOMPARE(r.status, status);
            QCOMPARE(r.header("Retry-After"), retryAfter);
            QVERIFY2(r.body.contains(bodyContains), r.body);
            if (kind != QLatin1String("auth"))
                QVERIFY(r.header("Content-Type").startsWith("text/html"));
        }
        QCOMPARE(sim.stats().faults, 3);
        QCOMPARE(sim.stats().requests, 3);
    }

    void timeout()
    {
        WooSim sim(opts(QStringLiteral("rate=1,kinds=timeout")));
        QVERIFY(sim.listen());
        QElapsedTimer t;
        t.start();
        const Reply r = get(sim, QStringLiteral("/wp-json/wc/v3/orders"), {}, 400);
        QVERIFY(t.elapsed() >= 350);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(sim.stats().faults, 1);
    }

    void reset()
    {
        WooSim sim(opts(QStringLiteral("rate=1,kinds=reset")));
        QVERIFY(sim.listen());
        const Reply r = get(sim, QStringLiteral("/wp-json/wc/v3/orders"));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error == QNetworkReply::RemoteHostClosedError || r.error == QNetworkReply::UnknownNetworkError,
                 qPrintable(QString::number(r.error)));
        QVERIFY(sim.stats().faults >= 1); // QNAM re-sends an idempotent GET once after a reset
        QCOMPARE(sim.stats().faults, sim.stats().requests);
    }

    void truncate()
    {
        WooSim sim(opts(QStringLiteral("rate=1,kinds=truncate")));
        QVERIFY(sim.listen());
        const Reply r = get(sim, QStringLiteral("/wp-json/wc/v3/orders/100"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(r.body.startsWith("{\"_links\"") || r.body.startsWith('{'));
        QCOMPARE(sim.stats().faults, 1);
    }

    void latency()
    {
        WooSim sim(opts(QStringLiteral("latency=150")));
        QVERIFY(sim.listen());
        QElapsedTimer t;
        t.start();
        const Reply r = get(sim, QStringLiteral("/wp-json/wc/v3/orders"));
        QCOMPARE(r.status, 200);
        QVERIFY(t.elapsed() >= 140);
        QCOMPARE(sim.stats().faults, 0);
    }

    void shiftOnlyWhilePaging()
    {
        WooSim sim(opts(QStringLiteral("rate=1,kinds=shift")));
        QVERIFY(sim.listen());
        const Reply first = get(sim, QStringLiteral("/wp-json/wc/v3/orders"), QStringLiteral("per_page=10&page=1"));
        QCOMPARE(first.status, 200);
        QCOMPARE(sim.stats().orders, 30);
        QCOMPARE(sim.stats().faults, 0);
        const Reply second = get(sim, QStringLiteral("/wp-json/wc/v3/orders"), QStringLiteral("per_page=10&page=2"));
        QCOMPARE(second.status, 200);
        QCOMPARE(sim.stats().orders, 31);
        QCOMPARE(sim.stats().faults, 1);
        // The new order pushed the last row of page 1 onto page 2: it is listed twice.
        const int lastOfFirst = first.array().last().toObject().value(QStringLiteral("id")).toInt();
        QCOMPARE(second.array().first().toObject().value(QStringLiteral("id")).toInt(), lastOfFirst);
    }

    void adminIsExempt()
    {
        WooSim sim(opts(QStringLiteral("rate=1,kinds=reset")));
        QVERIFY(sim.listen());
        const Reply r = get(sim, QStringLiteral("/__sim/stats"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("faults_injected")).toInt(), 0);
        // Faults can be changed at run time through the admin path.
        QUrl u = sim.url();
        u.setPath(QStringLiteral("/__sim/faults"));
        QCOMPARE(call(nam, "PUT", u, "rate=0").status, 200);
        QCOMPARE(get(sim, QStringLiteral("/wp-json/wc/v3/orders")).status, 200);
    }

    void sameSeedSameFaults()
    {
        QList<int> runs[2];
        for (auto &statuses : runs) {
            WooSim sim(opts(QStringLiteral("rate=0.5,kinds=429,500html,seed=5")));
            QVERIFY(sim.listen());
            for (int i = 0; i < 30; ++i)
                statuses << get(sim, QStringLiteral("/wp-json/wc/v3/orders"), QStringLiteral("per_page=1")).status;
            QCOMPARE(sim.stats().faults, qint64(std::count_if(statuses.cbegin(), statuses.cend(), [](int s) { return s != 200; })));
        }
        QCOMPARE(runs[0], runs[1]);
        QVERIFY(runs[0].contains(200) && runs[0].contains(429) && runs[0].contains(500));
    }

    void zendeskUsesTheCore()
    {
        ZendeskSim::Options o;
        o.faults = spec(QStringLiteral("rate=1,kinds=502html"));
        ZendeskSim zd(o);
        QVERIFY(zd.listen());
        QUrl u = zd.url();
        u.setPath(QStringLiteral("/api/v2/tickets.json"));
        const Reply r = call(nam, "GET", u, {}, {{"Authorization", basic(o.email + QStringLiteral("/token"), o.apiToken)}});
        QCOMPARE(r.status, 502);
        QCOMPARE(zd.stats().faults, 1);
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
