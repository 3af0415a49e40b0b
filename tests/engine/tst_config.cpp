#include "sync/config/config.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace backroom;

namespace {
QJsonObject valid()
    {
        return QJsonDocument::fromJson("{" "          \"stores\": [{\"id\": \"main\", \"woocommerce\": {\"url\": \"https://shop.example.com\", \"auth\": \"basic\"," "             \"consumer_key\": \"env:TST_WOO_KEY\", \"consumer_secret\": \"env:TST_WOO_SECRET\", \"ca_file\": null," "             \"poll_interval_s\": 30, \"order_statuses\": [\"processing\"]}}]," "          \"erp\": {\"type\": \"erpnext\", \"url\": \"https://erp.example.com\", \"api_key\": \"env:TST_ERP_KEY\"," "             \"api_secret\": \"env:TST_ERP_SECRET\", \"company\": \"Example Retail Ltd\", \"warehouse\": \"Stores - ERL\"," "             \"reference_field\": \"po_no\", \"poll_interval_s\": 60}," "          \"helpdesk\": {\"type\": \"zendesk\", \"url\": \"https://example.zendesk.com\", \"email\": \"ops@example.com\"," "             \"api_token\": \"env:TST_ZD_TOKEN\"}," "          \"retry\": {\"max_attempts\": 8, \"base_delay_ms\": 1000, \"max_delay_ms\": 300000}" "        }").object();
    }

} // namespace

class TestConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qputenv("TST_WOO_KEY", "ck_test");
        qputenv("TST_WOO_SECRET", "cs_test");
        qputenv("TST_ERP_KEY", "k");
        qputenv("TST_ERP_SECRET", "s");
        qputenv("TST_ZD_TOKEN", "t");
    }

    void designExampleParses()
    {
        const Result<Config> c = parseConfig(valid(), QString());
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c.value().stores.size(), 1);
        QCOMPARE(c.value().stores[0].consumerSecret, QStringLiteral("cs_test"));
        QCOMPARE(c.value().stores[0].orderStatuses, QStringList{QStringLiteral("processing")});
        QCOMPARE(c.value().erp.referenceField, QStringLiteral("po_no"));
        QCOMPARE(c.value().retry.maxAttempts, 8);
        QVERIFY(c.value().helpdesk.has_value());
    }

    void badConfig_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown top key") << "/typo" << QJsonValue(1) << "typo: unknown key";
        QTest::newRow("unknown store key") << "/stores/0/woocommerce/pol_interval_s" << QJsonValue(3)
                                           << "stores[0].woocommerce.pol_interval_s: unknown key";
        QTest::newRow("missing url") << "/stores/0/woocommerce/url" << QJsonValue(QJsonValue::Undefined)
                                     << "stores[0].woocommerce.url: missing";
        QTest::newRow("bad url") << "/erp/url" << QJsonValue(QStringLiteral("erp.example.com")) << "erp.url: \"erp.example.com\" is not an http(s) URL";
        QTest::newRow("missing env") << "/erp/api_key" << QJsonValue(QStringLiteral("env:TST_NOT_SET_ANYWHERE"))
                                     << "erp.api_key: environment variable TST_NOT_SET_ANYWHERE is not set";
        QTest::newRow("bad auth") << "/stores/0/woocommerce/auth" << QJsonValue(QStringLiteral("digest"))
                                  << "stores[0].woocommerce.auth: must be basic, query or oauth1";
        QTest::newRow("erp type") << "/erp/type" << QJsonValue(QStringLiteral("sap")) << "erp.type: \"sap\" is not supported";
        QTest::newRow("retry range") << "/retry/max_attempts" << QJsonValue(0) << "retry.max_attempts: must be a whole number from 1 to 100";
        QTest::newRow("interval type") << "/stores/0/woocommerce/poll_interval_s" << QJsonValue(QStringLiteral("30"))
                                       << "stores[0].woocommerce.poll_interval_s: must be a whole number";
        QTest::newRow("statuses type") << "/stores/0/woocommerce/order_statuses" << QJsonValue(QStringLiteral("processing"))
                                       << "stores[0].woocommerce.order_statuses: must be a list of strings";
        QTest::newRow("no stores") << "/stores" << QJsonValue(QJsonArray()) << "stores: must be a non-empty list";
        QTest::newRow("missing erp") << "/erp" << QJsonValue(QJsonValue::Undefined) << "erp: missing";
        QTest::newRow("unknown erp key") << "/erp/apikey" << QJsonValue(QStringLiteral("x")) << "erp.apikey: unknown key";
    }

    void badConfig()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject root = valid();
        // Apply a tiny JSON pointer edit (objects and array index 0 only).
        const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        std::function<QJsonValue(QJsonValue, int)> edit = [&](QJsonValue node, int i) -> QJsonValue {
            if (i == parts.size() - 1) {
                QJsonObject o = node.toObject();
                if (value.isUndefined())
                    o.remove(parts[i]);
                else
                    o.insert(parts[i], value);
                return o;
            }
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                a[parts[i].toInt()] = edit(a[parts[i].toInt()], i + 1);
                return a;
            }
            QJsonObject o = node.toObject();
            o.insert(parts[i], edit(o.value(parts[i]), i + 1));
            return o;
        };
        root = edit(root, 0).toObject();
        const Result<Config> c = parseConfig(root, QString());
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.startsWith(expected), qPrintable(c.error().message));
    }

    void storesNeedDistinctReferences()
    {
        QJsonObject root = valid();
        QJsonArray stores = root.value(QStringLiteral("stores")).toArray();
        QJsonObject second = stores.at(0).toObject();
        second.insert(QStringLiteral("id"), QStringLiteral("outlet"));
        stores.append(second);
        root.insert(QStringLiteral("stores"), stores);
        Result<Config> c = parseConfig(root, QString());
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.startsWith(QStringLiteral("stores[1].woocommerce.reference_prefix: stores \"main\" and \"outlet\"")),
                 qPrintable(c.error().message));
        QJsonObject woo = second.value(QStringLiteral("woocommerce")).toObject();
        woo.insert(QStringLiteral("reference_prefix"), QStringLiteral("outlet-"));
        second.insert(QStringLiteral("woocommerce"), woo);
        stores[1] = second;
        root.insert(QStringLiteral("stores"), stores);
        c = parseConfig(root, QString());
        QVERIFY(c.ok());
        QCOMPARE(c.value().stores.size(), 2);
        QCOMPARE(c.value().stores[1].referencePrefix, QStringLiteral("outlet-"));
    }

    void fileErrors()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"stores\": [}");
        f.close();
        Result<Config> c = loadConfig(path);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(QStringLiteral("not valid JSON")), qPrintable(c.error().message));
        c = loadConfig(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QStringLiteral("cannot read")));
    }

    void secretsNeverInErrors()
    {
        QJsonObject root = valid();
        QJsonObject erp = root.value(QStringLiteral("erp")).toObject();
        erp.insert(QStringLiteral("url"), QStringLiteral("env:TST_WOO_SECRET"));
        root.insert(QStringLiteral("erp"), erp);
        const Result<Config> c = parseConfig(root, QString());
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.startsWith(QStringLiteral("erp.url")));
        QVERIFY2(!c.error().message.contains(QStringLiteral("cs_test")), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(QStringLiteral("env:TST_WOO_SECRET")));
    }

    void mappingsFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("m.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"sku\": {\"COF-ESP-1KG\": \"ESP-1000\", \"product:17\": \"SACHET\"}}");
        f.close();
        const Result<Mappings> m = loadMappings(f.fileName());
        QVERIFY(m.ok());
        QCOMPARE(m.value().itemCodeFor(QStringLiteral("COF-ESP-1KG")), QStringLiteral("ESP-1000"));
        QCOMPARE(m.value().itemCodeFor(QStringLiteral("MUG-CER-01")), QStringLiteral("MUG-CER-01"));
        QFile g(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("{\"skus\": {}}");
        g.close();
        QVERIFY(!loadMappings(g.fileName()).ok());
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
