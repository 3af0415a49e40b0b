// SimCluster, `backroom sim` argument handling and the minimal Zendesk simulator.
#include "sim/erpnext/erpnextsim.h"
#include "sim/simcluster.h"
#include "sim/woo/woosim.h"
#include "sim/zendesk/zendesksim.h"
#include "simtestutil.h"

#include <QTemporaryDir>

using namespace backroom::sim;
using namespace simtest;

class TestSimCluster final : public QObject {
    Q_OBJECT
public:
    QNetworkAccessManager nam;

    static QStringList keys(const QJsonObject &o)
    {
        QStringList k = o.keys();
        k.sort();
        return k;
    }

private Q_SLOTS:
    void configHasTheDesignShape()
    {
        SimCluster::Options o;
        o.orders = 20;
        SimCluster cluster(o);
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        const QJsonObject c = cluster.makeConfig();
        // DESIGN.md §7 without mappings_file, plus the keys the engine's config parser added
        // (root "http", erp *_account).
        QCOMPARE(keys(c), (QStringList{QStringLiteral("erp"), QStringLiteral("helpdesk"), QStringLiteral("http"), QStringLiteral("retry"), QStringLiteral("stores")}));
        const QJsonObject store = c.value(QStringLiteral("stores")).toArray().first().toObject();
        QCOMPARE(store.value(QStringLiteral("id")).toString(), QStringLiteral("main"));
        const QJsonObject woo = store.value(QStringLiteral("woocommerce")).toObject();
        QCOMPARE(keys(woo), (QStringList{QStringLiteral("auth"), QStringLiteral("ca_file"), QStringLiteral("consumer_key"), QStringLiteral("consumer_secret"),
                                         QStringLiteral("order_statuses"), QStringLiteral("poll_interval_s"), QStringLiteral("url")}));
        QCOMPARE(woo.value(QStringLiteral("auth")).toString(), QStringLiteral("basic"));
        QCOMPARE(woo.value(QStringLiteral("url")).toString(), cluster.woo()->url().toString());
        QCOMPARE(woo.value(QStringLiteral("order_statuses")).toArray(), QJsonArray{QStringLiteral("processing")});
        const QJsonObject erp = c.value(QStringLiteral("erp")).toObject();
        QCOMPARE(keys(erp), (QStringList{QStringLiteral("api_key"), QStringLiteral("api_secret"), QStringLiteral("company"), QStringLiteral("fee_account"),
                                         QStringLiteral("poll_interval_s"), QStringLiteral("reference_field"), QStringLiteral("shipping_account"),
                                         QStringLiteral("tax_account"), QStringLiteral("type"), QStringLiteral("url"), QStringLiteral("warehouse")}));
        QCOMPARE(erp.value(QStringLiteral("type")).toString(), QStringLiteral("erpnext"));
        QCOMPARE(erp.value(QStringLiteral("reference_field")).toString(), QStringLiteral("po_no"));
        const QJsonObject hd = c.value(QStringLiteral("helpdesk")).toObject();
        QCOMPARE(keys(hd), (QStringList{QStringLiteral("api_token"), QStringLiteral("email"), QStringLiteral("type"), QStringLiteral("url")}));
        QCOMPARE(c.value(QStringLiteral("retry")).toObject(),
                 (QJsonObject{{QStringLiteral("max_attempts"), 5}, {QStringLiteral("base_delay_ms"), 200}, {QStringLiteral("max_delay_ms"), 5000}}));

        // The config's credentials work against the simulators.
        QUrl u(woo.value(QStringLiteral("url")).toString() + QStringLiteral("/wp-json/wc/v3/orders"));
        QCOMPARE(call(nam, "GET", u, {}, {{"Authorization", basic(woo.value(QStringLiteral("consumer_key")).toString(),
                                                                   woo.value(QStringLiteral("consumer_secret")).toString())}}).status, 200);
        // The ERP knows the shop's SKUs except the deliberately unknown ones; one is disabled.
        const QByteArray token = "token " + erp.value(QStringLiteral("api_key")).toString().toUtf8() + ':' + erp.value(QStringLiteral("api_secret")).toString().toUtf8();
        const auto item = [&](const QString &code) {
            return call(nam, "GET", QUrl(erp.value(QStringLiteral("url")).toString() + QStringLiteral("/api/resource/Item/") + code), {}, {{"Authorization", token}});
        };
        QCOMPARE(item(QStringLiteral("COF-ESP-1KG")).status, 200);
        for (const QString &sku : cluster.woo()->erpUnknownSkus())
            QCOMPARE(item(sku).status, 404);
        const QString disabled = cluster.woo()->erpDisabledSkus().first();
        const Reply d = item(disabled);
        QCOMPARE(d.status, 200);
        QCOMPARE(d.object().value(QStringLiteral("data")).toObject().value(QStringLiteral("disabled")).toInt(), 1);
    }

    void commandRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no listen") << QStringList{QStringLiteral("sim")} << QStringLiteral("--listen");
        QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nohost")} << QStringLiteral("HOST:PORT");
        QTest::newRow("bad port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")} << QStringLiteral("port");
        QTest::newRow("bad orders") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--orders"), QStringLiteral("x")} << QStringLiteral("--orders");
        QTest::newRow("bad faults") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--faults"), QStringLiteral("rate=7")} << QStringLiteral("rate");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--bogus")} << QStringLiteral("--bogus");
    }
    void commandRejectsBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!startSimCommand(args, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void commandWritesConfig()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shop.json"));
        QString error;
        auto cluster = startSimCommand({QStringLiteral("sim"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--orders"),
                                        QStringLiteral("5"), QStringLiteral("--faults"), QStringLiteral("latency=1"), QStringLiteral("--seed"),
                                        QStringLiteral("3"), QStringLiteral("--config-out"), file}, &error);
        QVERIFY2(cluster, qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object(), cluster->makeDemoConfig());
        QCOMPARE(cluster->woo()->stats().orders, 5);
        QCOMPARE(cluster->woo()->faults().latencyMs, 1);
    }

    void zendeskTickets()
    {
        ZendeskSim::Options o;
        ZendeskSim zd(o);
        QVERIFY(zd.listen());
        const QByteArray auth = basic(o.email + QStringLiteral("/token"), o.apiToken);
        const auto url = [&](const QString &path, const QString &query = {}) {
            QUrl u = zd.url();
            u.setPath(path);
            u.setQuery(query);
            return u;
        };
        const QByteArray body = R"({"ticket":{"subject":"Order 123: unknown SKU","external_id":"backroom:main:123:mapping","comment":{"body":"SKU GIFT-25 is not in the ERP."},"tags":["backroom"]}})";
        const Reply created = call(nam, "POST", url(QStringLiteral("/api/v2/tickets.json")), body, {{"Authorization", auth}});
        QCOMPARE(created.status, 201);
        const QJsonObject t = created.object().value(QStringLiteral("ticket")).toObject();
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QCOMPARE(t.value(QStringLiteral("external_id")).toString(), QStringLiteral("backroom:main:123:mapping"));
        const int id = t.value(QStringLiteral("id")).toInt();
        const Reply byExternal = call(nam, "GET", url(QStringLiteral("/api/v2/tickets.json"), QStringLiteral("external_id=backroom:main:123:mapping")), {}, {{"Authorization", auth}});
        QCOMPARE(byExternal.object().value(QStringLiteral("tickets")).toArray().size(), 1);
        const Reply updated = call(nam, "PUT", url(QStringLiteral("/api/v2/tickets/%1.json").arg(id)),
                                   R"({"ticket":{"status":"solved","comment":{"body":"Resolved in Backroom.","public":false}}})", {{"Authorization", auth}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("solved"));
        const Reply got = call(nam, "GET", url(QStringLiteral("/api/v2/tickets/%1.json").arg(id)), {}, {{"Authorization", auth}});
        QCOMPARE(got.object().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("solved"));
        QCOMPARE(zd.stats().tickets, 1);
        QCOMPARE(zd.stats().openTickets, 0);
        QCOMPARE(zd.stats().comments, 2);

        const Reply missing = call(nam, "GET", url(QStringLiteral("/api/v2/tickets/999.json")), {}, {{"Authorization", auth}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(QStringLiteral("error")).toString(), QStringLiteral("RecordNotFound"));
        const Reply denied = call(nam, "GET", url(QStringLiteral("/api/v2/tickets.json")), {}, {{"Authorization", basic(o.email, QStringLiteral("password"))}});
        QCOMPARE(denied.status, 401);
        QCOMPARE(denied.object().value(QStringLiteral("error")).toString(), QStringLiteral("Couldn't authenticate you"));
        const Reply invalid = call(nam, "POST", url(QStringLiteral("/api/v2/tickets.json")), R"({"ticket":{"subject":"x"}})", {{"Authorization", auth}});
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.object().value(QStringLiteral("error")).toString(), QStringLiteral("RecordInvalid"));
    }
};

QTEST_GUILESS_MAIN(TestSimCluster)
#include "tst_simcluster.moc"
