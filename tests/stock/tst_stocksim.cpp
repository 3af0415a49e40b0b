// The simulators' stock: WooSim's batch endpoints answer as WooCommerce 10.0.2 did in the live
// captures (50_*, 51_*, 52_*); ErpNextSim's Bin rows, reservations and control endpoint.
#include "sim/erpnext/erpnextsim.h"
#include "sim/woo/woosim.h"
#include "tests/woo/wootestfixtures.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace backroom::sim;

namespace {

struct Reply {
    int status = 0;
    QJsonDocument body;
};

Reply send(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &auth,
           const QJsonObject &body = {})
{
    QNetworkRequest req(url);
    if (!auth.isEmpty())
        req.setRawHeader("Authorization", auth);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *r = nam.sendCustomRequest(req, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = QJsonDocument::fromJson(r->readAll());
    r->deleteLater();
    return out;
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.cbegin(), k.cend());
}

} // namespace

class TestStockSim : public QObject {
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    QByteArray wooAuth(const WooSim::Options &o)
    {
        return "Basic " + (o.consumerKey + QLatin1Char(':') + o.consumerSecret).toUtf8().toBase64();
    }

private Q_SLOTS:
    void productsBatchAsLive()
    {
        WooSim::Options o;
        o.orders = 0;
        WooSim woo(o);
        QVERIFY(woo.listen());
        const QUrl url(woo.url().toString() + QStringLiteral("/wp-json/wc/v3/products/batch"));
        // The live capture's request: 13 managed -> 17, 14 unmanaged -> ignored.
        const LiveExchange live = loadLiveExchange(QStringLiteral("50_products_batch_stock_managed_and_unmanaged.json"));
        QVERIFY(live.ok);
        const Reply r = send(m_nam, "POST", url, wooAuth(o), live.request.value(QLatin1String("body")).toObject());
        QCOMPARE(r.status, live.status);
        const QJsonArray got = r.body.object().value(QLatin1String("update")).toArray();
        const QJsonArray want = QJsonDocument::fromJson(live.body).object().value(QLatin1String("update")).toArray();
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QJsonObject g = got[i].toObject(), w = want[i].toObject();
            QCOMPARE(g.value(QLatin1String("id")), w.value(QLatin1String("id")));
            QCOMPARE(g.value(QLatin1String("sku")), w.value(QLatin1String("sku")));
            QCOMPARE(g.value(QLatin1String("manage_stock")), w.value(QLatin1String("manage_stock")));
            QCOMPARE(g.value(QLatin1String("stock_quantity")), w.value(QLatin1String("stock_quantity")));
            QVERIFY(!g.contains(QLatin1String("error")));
            // Same top-level fields as the real product answer.
            const QSet<QString> missing = keysOf(w) - keysOf(g);
            QVERIFY2(missing.size() <= 3, qPrintable(QStringList(missing.cbegin(), missing.cend()).join(u',')));
        }
        QCOMPARE(woo.stockItem(QStringLiteral("MUG-CER-01"))->stock, 17);
        QVERIFY(!woo.stockItem(QStringLiteral("ACC-FILT-100"))->manageStock);
        QCOMPARE(woo.stats().stockBatches, 1);
        QCOMPARE(woo.stats().stockItemsWritten, 1);
    }

    void variationsBatchUnknownIdsAndFaults()
    {
        WooSim::Options o;
        o.orders = 0;
        WooSim woo(o);
        QVERIFY(woo.listen());
        const int olv = woo.stockItem(QStringLiteral("APR-OLV"))->id;
        const int parent = woo.stockItem(QStringLiteral("APR-OLV"))->parentId;
        const int blk = woo.stockItem(QStringLiteral("APR-BLK"))->id;
        const int mug = woo.stockItem(QStringLiteral("MUG-CER-01"))->id;
        woo.failStockWrites(blk, true);
        const QUrl url(woo.url().toString() + QStringLiteral("/wp-json/wc/v3/products/%1/variations/batch").arg(parent));
        const QJsonArray update{QJsonObject{{QStringLiteral("id"), olv}, {QStringLiteral("stock_quantity"), 11}},
                                QJsonObject{{QStringLiteral("id"), blk}, {QStringLiteral("stock_quantity"), 1}},
                                QJsonObject{{QStringLiteral("id"), mug}, {QStringLiteral("stock_quantity"), 1}}, // not a variation of it
                                QJsonObject{{QStringLiteral("id"), 999999}, {QStringLiteral("stock_quantity"), 1}}};
        const Reply r = send(m_nam, "POST", url, wooAuth(o), QJsonObject{{QStringLiteral("update"), update}});
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.body.object().value(QLatin1String("update")).toArray();
        QCOMPARE(items.size(), 4);
        // The written variation has the fields of the live variation answer (51_*).
        const QJsonObject live = QJsonDocument::fromJson(loadLiveExchange(QStringLiteral("51_variation_put_stock_quantity.json")).body).object();
        const QJsonObject v = items[0].toObject();
        QCOMPARE(v.value(QLatin1String("stock_quantity")).toInt(), 11);
        QCOMPARE(v.value(QLatin1String("manage_stock")), live.value(QLatin1String("manage_stock")));
        QCOMPARE(v.value(QLatin1String("stock_status")).toString(), QStringLiteral("instock"));
        const QSet<QString> missing = keysOf(live) - keysOf(v);
        QVERIFY2(missing.size() <= 3, qPrintable(QStringList(missing.cbegin(), missing.cend()).join(u',')));
        for (int i : {1, 2, 3}) {
            const QJsonObject e = items[i].toObject().value(QLatin1String("error")).toObject();
            QVERIFY2(!e.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY(e.value(QLatin1String("data")).toObject().contains(QLatin1String("status")));
        }
        QCOMPARE(items[3].toObject().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("woocommerce_rest_product_variation_invalid_id"));
        QCOMPARE(woo.stockItem(QStringLiteral("APR-OLV"))->stock, 11);
        QCOMPARE(woo.stockItem(QStringLiteral("APR-BLK"))->stock, 50); // failed: unchanged

        // More than 100 items: refused as a whole.
        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(QJsonObject{{QStringLiteral("id"), olv}, {QStringLiteral("stock_quantity"), i}});
        const Reply big = send(m_nam, "POST", url, wooAuth(o), QJsonObject{{QStringLiteral("update"), many}});
        QCOMPARE(big.status, 413);
        QCOMPARE(woo.stockItem(QStringLiteral("APR-OLV"))->stock, 11);

        // A hand edit through the control endpoint; a read-only key cannot batch.
        const Reply hand = send(m_nam, "POST", QUrl(woo.url().toString() + QStringLiteral("/__sim/products/%1/stock").arg(mug)), {},
                                QJsonObject{{QStringLiteral("stock_quantity"), 5}});
        QCOMPARE(hand.status, 200);
        QCOMPARE(woo.stockItem(QStringLiteral("MUG-CER-01"))->stock, 5);
        const Reply ro = send(m_nam, "POST", url, "Basic " + (o.readOnlyKey + QLatin1Char(':') + o.readOnlySecret).toUtf8().toBase64(),
                              QJsonObject{{QStringLiteral("update"), update}});
        QCOMPARE(ro.status, 401);
    }

    void erpBinsReservationsAndControl()
    {
        ErpNextSim::Options o;
        o.itemCodes = {QStringLiteral("MUG"), QStringLiteral("BEANS")};
        ErpNextSim erp(o);
        QVERIFY(erp.listen());
        const QByteArray auth = "token " + (o.apiKey + QLatin1Char(':') + o.apiSecret).toUtf8();
        // Seeded: one Bin per item in the default warehouse.
        QCOMPARE(erp.bins().size(), 2);
        QVERIFY(erp.available(QStringLiteral("MUG")) >= 5);

        erp.setStock(QStringLiteral("MUG"), 10);
        const QString customer = erp.addCustomer(QStringLiteral("Jane"), QStringLiteral("jane@example.com"));
        const QJsonObject so{{QStringLiteral("customer"), customer}, {QStringLiteral("company"), o.company},
                             {QStringLiteral("transaction_date"), QStringLiteral("2026-11-22")},
                             {QStringLiteral("delivery_date"), QStringLiteral("2026-11-25")},
                             {QStringLiteral("set_warehouse"), o.warehouse}, {QStringLiteral("docstatus"), 1},
                             {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("item_code"), QStringLiteral("MUG")},
                                                                              {QStringLiteral("qty"), 3}, {QStringLiteral("rate"), 12}}}}};
        const Reply created = send(m_nam, "POST", QUrl(erp.url().toString() + QStringLiteral("/api/resource/Sales%20Order")), auth, so);
        QCOMPARE(created.status, 200);
        QCOMPARE(erp.available(QStringLiteral("MUG")), 7.0);

        // The control endpoint sets a second warehouse; the REST list filters and pages.
        const Reply put = send(m_nam, "PUT", QUrl(erp.url().toString() + QStringLiteral("/__sim/bins")), {},
                               QJsonObject{{QStringLiteral("item_code"), QStringLiteral("MUG")},
                                           {QStringLiteral("warehouse"), QStringLiteral("Back - BDL")},
                                           {QStringLiteral("actual_qty"), 4}});
        QCOMPARE(put.status, 200);
        QCOMPARE(erp.available(QStringLiteral("MUG")), 11.0);
        QCOMPARE(erp.available(QStringLiteral("MUG"), {o.warehouse}), 7.0);
        QUrl list(erp.url().toString() + QStringLiteral("/api/resource/Bin"));
        list.setQuery(QStringLiteral("fields=%5B%22item_code%22,%22warehouse%22,%22actual_qty%22,%22reserved_qty%22%5D"
                                     "&filters=%5B%5B%22item_code%22,%22in%22,%5B%22MUG%22%5D%5D%5D&order_by=name%20asc"
                                     "&limit_start=1&limit_page_length=1"));
        const Reply page = send(m_nam, "GET", list, auth);
        QCOMPARE(page.status, 200);
        const QJsonArray rows = page.body.object().value(QLatin1String("data")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject().value(QLatin1String("warehouse")).toString(), QStringLiteral("Back - BDL"));
        QCOMPARE(rows[0].toObject().value(QLatin1String("actual_qty")).toDouble(), 4.0);
        const Reply noAuth = send(m_nam, "GET", list, {});
        QCOMPARE(noAuth.status, 403);
        const Reply bad = send(m_nam, "PUT", QUrl(erp.url().toString() + QStringLiteral("/__sim/bins")), {},
                               QJsonObject{{QStringLiteral("item_code"), QStringLiteral("MUG")}});
        QCOMPARE(bad.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestStockSim)
#include "tst_stocksim.moc"
