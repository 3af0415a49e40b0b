#include "sync/mapping/ordermapper.h"
#include "sync/woo/wooorderparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace backroom;

namespace {
QString fixtures() { return qEnvironmentVariable("BACKROOM_FIXTURES", QStringLiteral(BACKROOM_FIXTURES_DIR)); }

QJsonObject liveResponse(const QString &name)
{
    QFile f(fixtures() + QStringLiteral("/woocommerce-live/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("response")).toObject();
}

// Every order object in the live captures (list pages and single GETs), by id.
QMap<qint64, QJsonObject> allLiveOrders()
{
    QMap<qint64, QJsonObject> out;
    const QStringList files = QDir(fixtures() + QStringLiteral("/woocommerce-live")).entryList({QStringLiteral("*.json")});
    for (const QString &f : files) {
        if (!f.startsWith(QLatin1String("01_")) && !f.startsWith(QLatin1String("1")))
            continue;
        const QJsonValue body = liveResponse(f).value(QStringLiteral("body"));
        const QJsonArray arr = body.isArray() ? body.toArray() : QJsonArray{body};
        for (const QJsonValue &v : arr) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("line_items")) && o.contains(QStringLiteral("billing")))
                out.insert(qint64(o.value(QStringLiteral("id")).toDouble()), o);
        }
    }
    return out;
}

Money draftTotal(const SalesOrderDraft &d)
{
    Money sum;
    for (const SalesOrderLine &l : d.lines)
        sum += Money::fromDouble(std::round(l.rate.toDouble() * l.quantity * 100.0) / 100.0);
    sum = sum - d.discount;
    for (const SalesOrderCharge &c : d.charges)
        sum += c.amount;
    return sum;
}
} // namespace

class TestOrderMapper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor4");
        QTest::addColumn<QString>("printed");
        QTest::newRow("plain") << "24.90" << qint64(249000) << "24.90";
        QTest::newRow("negative") << "-10.00" << qint64(-100000) << "-10.00";
        QTest::newRow("integer") << "12" << qint64(120000) << "12.00";
        QTest::newRow("empty") << "" << qint64(0) << "0.00";
        QTest::newRow("rounding") << "0.00005" << qint64(1) << "0.00";
        QTest::newRow("half up") << "2.345" << qint64(23450) << "2.35";
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor4);
        QFETCH(QString, printed);
        const auto m = Money::parse(text);
        QVERIFY(m.has_value());
        QCOMPARE(m->minor4(), minor4);
        QCOMPARE(m->toString(), printed);
    }
    void moneyRejects()
    {
        QVERIFY(!Money::parse(QStringLiteral("12,50")));
        QVERIFY(!Money::parse(QStringLiteral("abc")));
        QVERIFY(!Money::parse(QStringLiteral("1.2.3")));
        QVERIFY(!Money::parse(QStringLiteral("-")));
    }

    void liveOrdersAddUp_data()
    {
        QTest::addColumn<QJsonObject>("json");
        const auto orders = allLiveOrders();
        QVERIFY(orders.size() >= 14);
        for (auto it = orders.begin(); it != orders.end(); ++it)
            QTest::newRow(qPrintable(QStringLiteral("order %1").arg(it.key()))) << it.value();
    }
    void liveOrdersAddUp()
    {
        QFETCH(QJsonObject, json);
        const Result<Order> o = parseWooOrder(json, QStringLiteral("main"));
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
        const QList<SyncError> problems = validateForErp(o.value(), Mappings{});
        for (const SyncError &p : problems)
            QVERIFY2(p.code != QLatin1String("totals_mismatch"), qPrintable(p.message));
        const SalesOrderDraft d = buildSalesOrderDraft(o.value(), Mappings{}, QStringLiteral("CUST-1"));
        QCOMPARE(d.reference, QString::number(o.value().sourceId));
        QVERIFY2((draftTotal(d) - o.value().total).abs() <= Money::fromMinor4(100),
                 qPrintable(QStringLiteral("draft %1 vs woo %2").arg(draftTotal(d).toString(), o.value().total.toString())));
    }

    void couponFeeShippingOrder()
    {
        // 11_*: order 28 with a coupon, a taxable fee, a negative untaxed fee and shipping.
        const QJsonObject json = liveResponse(QStringLiteral("11_order_get_coupon_fee_shipping.json")).value(QStringLiteral("body")).toObject();
        const Result<Order> o = parseWooOrder(json, QStringLiteral("main"));
        QVERIFY(o.ok());
        QVERIFY(!o.value().discountTotal.isZero());
        int fees = 0, negative = 0, shipping = 0;
        for (const Charge &c : o.value().charges) {
            fees += c.kind == Charge::Kind::Fee;
            shipping += c.kind == Charge::Kind::Shipping;
            negative += c.total < Money{};
        }
        QCOMPARE(fees, 2);
        QCOMPARE(negative, 1);
        QCOMPARE(shipping, 1);
        QVERIFY(validateForErp(o.value(), Mappings{}).isEmpty());
    }

    void guestOrderHasCustomer()
    {
        const auto orders = allLiveOrders();
        const QJsonObject guest = orders.value(24);
        const Result<Order> o = parseWooOrder(guest, QStringLiteral("main"));
        QVERIFY(o.ok());
        QCOMPARE(o.value().customer.sourceId, qint64(0));
        QVERIFY(o.value().customer.email.contains(QLatin1Char('@')));
        QVERIFY(!o.value().customer.name.isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("category");
        QTest::newRow("no email") << "email" << "no_email" << "validation";
        QTest::newRow("no lines") << "lines" << "no_lines" << "validation";
        QTest::newRow("negative qty") << "qty" << "bad_quantity" << "validation";
        QTest::newRow("empty sku") << "sku" << "empty_sku" << "mapping";
        QTest::newRow("total off") << "total" << "totals_mismatch" << "validation";
    }
    void problems()
    {
        QFETCH(QString, edit);
        QFETCH(QString, code);
        QFETCH(QString, category);
        QJsonObject json = allLiveOrders().value(23);
        if (edit == QLatin1String("email")) {
            QJsonObject b = json.value(QStringLiteral("billing")).toObject();
            b.insert(QStringLiteral("email"), QString());
            json.insert(QStringLiteral("billing"), b);
        } else if (edit == QLatin1String("lines")) {
            json.insert(QStringLiteral("line_items"), QJsonArray());
        } else if (edit == QLatin1String("qty") || edit == QLatin1String("sku")) {
            QJsonArray items = json.value(QStringLiteral("line_items")).toArray();
            QJsonObject li = items.at(0).toObject();
            if (edit == QLatin1String("qty"))
                li.insert(QStringLiteral("quantity"), -1);
            else
                li.insert(QStringLiteral("sku"), QString());
            items[0] = li;
            json.insert(QStringLiteral("line_items"), items);
        } else {
            json.insert(QStringLiteral("total"), QStringLiteral("999.99"));
        }
        const Result<Order> o = parseWooOrder(json, QStringLiteral("main"));
        QVERIFY(o.ok());
        const QList<SyncError> ps = validateForErp(o.value(), Mappings{});
        bool found = false;
        for (const SyncError &p : ps) {
            if (p.code == code) {
                found = true;
                QCOMPARE(categoryName(p.category), category);
                QVERIFY(!p.hint.isEmpty());
                QVERIFY(p.message.contains(QStringLiteral("#23")));
            }
        }
        QVERIFY2(found, qPrintable(code));
    }

    void emptySkuMappedByProduct()
    {
        QJsonObject json = allLiveOrders().value(23);
        QJsonArray items = json.value(QStringLiteral("line_items")).toArray();
        QJsonObject li = items.at(0).toObject();
        li.insert(QStringLiteral("sku"), QString());
        const qint64 product = qint64(li.value(QStringLiteral("product_id")).toDouble());
        items[0] = li;
        json.insert(QStringLiteral("line_items"), items);
        Mappings m;
        m.sku.insert(QStringLiteral("product:%1").arg(product), QStringLiteral("SACHET"));
        const Result<Order> o = parseWooOrder(json, QStringLiteral("main"));
        QVERIFY(validateForErp(o.value(), m).isEmpty());
        QCOMPARE(buildSalesOrderDraft(o.value(), m, QStringLiteral("C")).lines.at(0).itemCode, QStringLiteral("SACHET"));
    }

    void badShape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("no id") << QByteArray("{\"status\":\"processing\"}") << "id";
        QTest::newRow("money not string") << QByteArray("{\"id\":5,\"status\":\"processing\",\"date_modified_gmt\":\"2026-01-01T00:00:00\",\"total\":{\"x\":1}}") << "total";
        QTest::newRow("lines not list") << QByteArray("{\"id\":5,\"status\":\"processing\",\"date_modified_gmt\":\"2026-01-01T00:00:00\",\"line_items\":\"x\"}") << "line_items";
        QTest::newRow("qty not number") << QByteArray("{\"id\":5,\"status\":\"processing\",\"date_modified_gmt\":\"2026-01-01T00:00:00\",\"line_items\":[{\"quantity\":\"2\"}]}") << "quantity";
    }
    void badShape()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const Result<Order> o = parseWooOrder(QJsonDocument::fromJson(json).object(), QStringLiteral("main"));
        QVERIFY(!o.ok());
        QCOMPARE(o.error().category, ErrorCategory::Validation);
        QVERIFY2(o.error().message.contains(field), qPrintable(o.error().message));
        QVERIFY(!o.error().hint.isEmpty());
    }

    void hashIgnoresVolatileFields()
    {
        QJsonObject json = allLiveOrders().value(23);
        const QString h = wooContentHash(json);
        QJsonObject touched = json;
        touched.insert(QStringLiteral("date_modified_gmt"), QStringLiteral("2030-01-01T00:00:00"));
        touched.insert(QStringLiteral("_links"), QJsonObject{{QStringLiteral("self"), QJsonArray()}});
        QJsonArray meta = touched.value(QStringLiteral("meta_data")).toArray();
        meta.append(QJsonObject{{QStringLiteral("key"), QLatin1String(kErpRefMetaKey)}, {QStringLiteral("value"), QStringLiteral("SO-1")}});
        touched.insert(QStringLiteral("meta_data"), meta);
        QCOMPARE(wooContentHash(touched), h);
        QJsonObject changed = json;
        changed.insert(QStringLiteral("customer_note"), QStringLiteral("please ring twice"));
        QVERIFY(wooContentHash(changed) != h);
    }
};

QTEST_GUILESS_MAIN(TestOrderMapper)
#include "tst_ordermapper.moc"
