// WooSim state changes: modified_after semantics, PUT merge, batch, notes, admin endpoints,
// silent edits, seeded determinism.
#include "sim/woo/woosim.h"
#include "simtestutil.h"

#include <QTimeZone>

using namespace backroom::sim;
using namespace simtest;

class TestWooState final : public QObject {
    Q_OBJECT
public:
    WooSim *sim = nullptr;
    QNetworkAccessManager nam;

    QUrl api(const QString &path, const QString &query = {}) const
    {
        QUrl u = sim->url();
        u.setPath(path.startsWith(QLatin1Char('/')) ? path : QStringLiteral("/wp-json/wc/v3/") + path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }
    Reply req(const QByteArray &method, const QString &path, const QString &query = {}, const QJsonObject &body = {})
    {
        return call(nam, method, api(path, query), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                    {{"Authorization", basic(WooSim::Options().consumerKey, WooSim::Options().consumerSecret)}});
    }
    QList<int> ids(const Reply &r)
    {
        QList<int> out;
        for (const QJsonValue &v : r.array())
            out << v.toObject().value(QStringLiteral("id")).toInt();
        return out;
    }
    static WooSim::Options opts(quint64 seed)
    {
        WooSim::Options o;
        o.seed = seed;
        o.orders = 120;
        o.anchor = QDateTime(QDate(2026, 11, 22), QTime(16, 0), QTimeZone::utc());
        return o;
    }

private Q_SLOTS:
    void init()
    {
        WooSim::Options o = opts(7);
        o.anchor = QDateTime::currentDateTimeUtc().addSecs(-3600); // touches happen "now", after every seeded order
        sim = new WooSim(o, this);
        QVERIFY(sim->listen() != 0);
    }
    void cleanup()
    {
        delete sim;
        sim = nullptr;
    }

    void modifiedAfterIsExclusiveOneSecond()
    {
        // A mark that several orders share (bursts).
        const QList<int> all = sim->orderIds();
        QMap<QString, int> perSecond;
        for (int id : all)
            ++perSecond[sim->order(id).value(QStringLiteral("date_modified_gmt")).toString()];
        QString mark;
        for (auto it = perSecond.cbegin(); it != perSecond.cend(); ++it)
            if (it.value() > 1 && mark.isEmpty() && it != perSecond.cbegin())
                mark = it.key();
        QVERIFY(!mark.isEmpty());
        int expected = 0;
        for (int id : all)
            expected += sim->order(id).value(QStringLiteral("date_modified_gmt")).toString() > mark;
        const Reply r = req("GET", QStringLiteral("orders"),
                            QStringLiteral("modified_after=%1&dates_are_gmt=true&orderby=modified&order=asc&per_page=100").arg(mark));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-WP-Total").toInt(), expected);
        QString previous;
        for (const QJsonValue &v : r.array()) {
            const QString m = v.toObject().value(QStringLiteral("date_modified_gmt")).toString();
            QVERIFY2(m > mark, qPrintable(m));
            QVERIFY(m >= previous);
            previous = m;
        }
        // Z suffix: converted to site-local time (+1 h) and compared with the GMT column (fixture 62).
        int laterThanHour = 0;
        const QDateTime markTime = QDateTime::fromString(mark, Qt::ISODate).toUTC();
        const QString plusHour = QDateTime(markTime.date(), markTime.time(), QTimeZone::utc()).addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const QString minusHour = QDateTime(markTime.date(), markTime.time(), QTimeZone::utc()).addSecs(-3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        int laterThanMinusHour = 0;
        for (int id : all) {
            const QString m = sim->order(id).value(QStringLiteral("date_modified_gmt")).toString();
            laterThanHour += m > plusHour;
            laterThanMinusHour += m > minusHour;
        }
        const Reply z = req("GET", QStringLiteral("orders"), QStringLiteral("modified_after=%1Z&dates_are_gmt=true").arg(mark));
        QCOMPARE(z.header("X-WP-Total").toInt(), laterThanHour);
        // Without dates_are_gmt the value is site-local time (fixture 63).
        const Reply local = req("GET", QStringLiteral("orders"), QStringLiteral("modified_after=%1").arg(mark));
        QCOMPARE(local.header("X-WP-Total").toInt(), laterThanMinusHour);
        QVERIFY(laterThanMinusHour > expected);

        // Touching an old order brings it into a window after every seeded change.
        const int oldest = all.first();
        const QString latest = perSecond.lastKey();
        QCOMPARE(req("GET", QStringLiteral("orders"), QStringLiteral("modified_after=%1&dates_are_gmt=true").arg(latest)).array().size(), 0);
        QVERIFY(sim->touchOrder(oldest));
        const Reply after = req("GET", QStringLiteral("orders"), QStringLiteral("modified_after=%1&dates_are_gmt=true").arg(latest));
        QCOMPARE(ids(after), QList<int>{oldest});

        const Reply bad = req("GET", QStringLiteral("orders"), QStringLiteral("modified_after=yesterday"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.object().value(QStringLiteral("code")).toString(), QStringLiteral("rest_invalid_param"));
    }

    void putMergesMetaAndStatus()
    {
        const int id = sim->orderIds().at(3);
        const QJsonObject before = sim->order(id);
        const Reply r = req("PUT", QStringLiteral("orders/%1").arg(id), {},
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")},
                                        {QStringLiteral("meta_data"), QJsonArray{
                                             QJsonObject{{QStringLiteral("key"), QStringLiteral("_backroom_erp_ref")}, {QStringLiteral("value"), QStringLiteral("SAL-ORD-0001")}},
                                             QJsonObject{{QStringLiteral("key"), QStringLiteral("_count")}, {QStringLiteral("value"), 125}},
                                             QJsonObject{{QStringLiteral("key"), QStringLiteral("_flag")}, {QStringLiteral("value"), false}}}}});
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QVERIFY(!o.value(QStringLiteral("date_completed_gmt")).isNull());
        QVERIFY(o.value(QStringLiteral("date_modified_gmt")).toString() > before.value(QStringLiteral("date_modified_gmt")).toString());
        QHash<QString, QJsonValue> meta;
        QStringList keys;
        for (const QJsonValue &v : o.value(QStringLiteral("meta_data")).toArray()) {
            meta.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject().value(QStringLiteral("value")));
            keys << v.toObject().value(QStringLiteral("key")).toString();
        }
        QCOMPARE(meta.value(QStringLiteral("_count")), QJsonValue(QStringLiteral("125")));
        QCOMPARE(meta.value(QStringLiteral("_flag")), QJsonValue(QString()));
        QStringList sorted = keys;
        sorted.sort();
        QCOMPARE(keys, sorted);
        // Upsert by key: a second PUT replaces, never duplicates.
        const Reply again = req("PUT", QStringLiteral("orders/%1").arg(id), {},
                                QJsonObject{{QStringLiteral("meta_data"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("_backroom_erp_ref")}, {QStringLiteral("value"), QStringLiteral("SAL-ORD-0002")}}}}});
        int refs = 0;
        for (const QJsonValue &v : again.object().value(QStringLiteral("meta_data")).toArray())
            refs += v.toObject().value(QStringLiteral("key")).toString() == QLatin1String("_backroom_erp_ref");
        QCOMPARE(refs, 1);
        QCOMPARE(sim->erpRefs().value(id), QStringLiteral("SAL-ORD-0002"));
        QCOMPARE(sim->stats().ordersWithErpRef, 1);

        const Reply missing = req("PUT", QStringLiteral("orders/999999"), {}, QJsonObject{{QStringLiteral("status"), QStringLiteral("completed")}});
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.object().value(QStringLiteral("code")).toString(), QStringLiteral("woocommerce_rest_shop_order_invalid_id"));
    }

    void batchHasInlineErrors()
    {
        const QJsonObject f = fixture(QStringLiteral("44_orders_batch_update_one_valid_one_missing.json"));
        const int id = sim->orderIds().at(5);
        const QJsonObject body{{QStringLiteral("update"), QJsonArray{QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("processing")}},
                                                                    QJsonObject{{QStringLiteral("id"), 999999}, {QStringLiteral("status"), QStringLiteral("completed")}}}}};
        const Reply r = req("POST", QStringLiteral("orders/batch"), {}, body);
        QCOMPARE(r.status, 200);
        const QJsonArray update = r.object().value(QStringLiteral("update")).toArray();
        QCOMPARE(update.size(), 2);
        QCOMPARE(update.at(0).toObject().value(QStringLiteral("id")).toInt(), id);
        QCOMPARE(update.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
        const QJsonObject expectedError = f.value(QStringLiteral("response")).toObject().value(QStringLiteral("body")).toObject()
                                              .value(QStringLiteral("update")).toArray().at(1).toObject();
        QCOMPARE(update.at(1).toObject(), expectedError);
        QCOMPARE(r.header("Allow"), QByteArray("POST, PUT, PATCH"));

        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(QJsonObject{{QStringLiteral("id"), id}});
        const Reply tooMany = req("POST", QStringLiteral("orders/batch"), {}, QJsonObject{{QStringLiteral("update"), many}});
        QCOMPARE(tooMany.status, 413);
        QCOMPARE(tooMany.object().value(QStringLiteral("code")).toString(), QStringLiteral("woocommerce_rest_request_entity_too_large"));
    }

    void notes()
    {
        const int id = sim->orderIds().at(7);
        const QString modified = sim->order(id).value(QStringLiteral("date_modified_gmt")).toString();
        const QJsonObject f = fixture(QStringLiteral("41_order_note_create.json")).value(QStringLiteral("response")).toObject();
        const Reply r = req("POST", QStringLiteral("orders/%1/notes").arg(id), {},
                            QJsonObject{{QStringLiteral("note"), QStringLiteral("Sales Order SAL-ORD-0007 created in ERPNext.")}, {QStringLiteral("customer_note"), false}});
        QCOMPARE(r.status, 201);
        QStringList problems;
        compareShape(f.value(QStringLiteral("body")), r.object(), QStringLiteral("note"), {}, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QCOMPARE(sim->order(id).value(QStringLiteral("date_modified_gmt")).toString(), modified);
        const Reply list = req("GET", QStringLiteral("orders/%1/notes").arg(id));
        QCOMPARE(list.status, 200);
        QVERIFY(!list.hasHeader("X-WP-Total"));
        QCOMPARE(list.array().first().toObject().value(QStringLiteral("note")).toString(), QStringLiteral("Sales Order SAL-ORD-0007 created in ERPNext."));
        QCOMPARE(sim->stats().apiNotes, 1);
        QCOMPARE(sim->stats().apiNotesPerOrder.value(id), 1);
        QCOMPARE(sim->stats().ordersWithSeveralApiNotes, 0);
        req("POST", QStringLiteral("orders/%1/notes").arg(id), {}, QJsonObject{{QStringLiteral("note"), QStringLiteral("again")}});
        QCOMPARE(sim->stats().ordersWithSeveralApiNotes, 1);
        const Reply empty = req("POST", QStringLiteral("orders/%1/notes").arg(id), {}, QJsonObject{{QStringLiteral("customer_note"), true}});
        QCOMPARE(empty.status, 400);
    }

    void adminEndpoints()
    {
        const int before = sim->stats().orders;
        const Reply add = call(nam, "POST", api(QStringLiteral("/__sim/orders"), QStringLiteral("count=3")));
        QCOMPARE(add.status, 201);
        QCOMPARE(add.object().value(QStringLiteral("ids")).toArray().size(), 3);
        QCOMPARE(sim->stats().orders, before + 3);
        const int id = sim->orderIds().first();
        const QString modified = sim->order(id).value(QStringLiteral("date_modified_gmt")).toString();
        const QString total = sim->order(id).value(QStringLiteral("total")).toString();
        const Reply silent = call(nam, "POST", api(QStringLiteral("/__sim/orders/%1/silent-edit").arg(id)));
        QCOMPARE(silent.status, 200);
        QCOMPARE(sim->order(id).value(QStringLiteral("date_modified_gmt")).toString(), modified);
        QVERIFY(sim->order(id).value(QStringLiteral("total")).toString() != total);
        const Reply touch = call(nam, "POST", api(QStringLiteral("/__sim/orders/%1/touch").arg(id)));
        QCOMPARE(touch.status, 200);
        QVERIFY(sim->order(id).value(QStringLiteral("date_modified_gmt")).toString() > modified);
        const qint64 served = sim->stats().requests;
        const Reply stats = call(nam, "GET", api(QStringLiteral("/__sim/stats")));
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.object().value(QStringLiteral("orders")).toInt(), before + 3);
        QVERIFY(stats.object().contains(QStringLiteral("orders_with_erp_ref")));
        QVERIFY(stats.object().contains(QStringLiteral("api_notes_per_order")));
        QVERIFY(stats.object().contains(QStringLiteral("faults_injected")));
        QCOMPARE(sim->stats().requests, served); // admin requests are not counted
        const Reply unknown = call(nam, "POST", api(QStringLiteral("/__sim/orders/999999/touch")));
        QCOMPARE(unknown.status, 404);
    }

    void readOnlyKeyCannotWrite()
    {
        const QByteArray ro = basic(WooSim::Options().readOnlyKey, WooSim::Options().readOnlySecret);
        const int id = sim->orderIds().first();
        const Reply get = call(nam, "GET", api(QStringLiteral("orders/%1").arg(id)), {}, {{"Authorization", ro}});
        QCOMPARE(get.status, 200);
        const Reply put = call(nam, "PUT", api(QStringLiteral("orders/%1").arg(id)), "{\"status\":\"completed\"}", {{"Authorization", ro}});
        QCOMPARE(put.status, 401);
        QCOMPARE(put.object().value(QStringLiteral("message")).toString(), QStringLiteral("The API key provided does not have write permissions."));
    }

    void sameSeedSameOrders()
    {
        WooSim a(opts(99)), b(opts(99)), c(opts(100));
        QCOMPARE(a.orderIds(), b.orderIds());
        bool differs = a.orderIds() != c.orderIds();
        for (int id : a.orderIds()) {
            QCOMPARE(a.order(id), b.order(id));
            differs = differs || a.order(id) != c.order(id);
        }
        QVERIFY(differs);
        QCOMPARE(a.skus(), b.skus());
        QCOMPARE(a.erpUnknownSkus().size(), 2);
        QCOMPARE(a.erpDisabledSkus().size(), 1);
        for (const QString &s : a.erpUnknownSkus() + a.erpDisabledSkus())
            QVERIFY(a.skus().contains(s));
    }
};

QTEST_GUILESS_MAIN(TestWooState)
#include "tst_woostate.moc"
