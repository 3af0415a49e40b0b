// The "stock" object of the config file.
#include "sync/config/config.h"

#include <QJsonArray>
#include <QTest>

using namespace backroom;

namespace {

QJsonObject base()
{
    const QJsonObject woo{{QStringLiteral("url"), QStringLiteral("https://shop.example.com")},
                          {QStringLiteral("consumer_key"), QStringLiteral("ck")},
                          {QStringLiteral("consumer_secret"), QStringLiteral("cs")}};
    return QJsonObject{
        {QStringLiteral("stores"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("main")}, {QStringLiteral("woocommerce"), woo}}}},
        {QStringLiteral("erp"), QJsonObject{{QStringLiteral("type"), QStringLiteral("erpnext")},
                                            {QStringLiteral("url"), QStringLiteral("https://erp.example.com")},
                                            {QStringLiteral("api_key"), QStringLiteral("k")},
                                            {QStringLiteral("api_secret"), QStringLiteral("s")},
                                            {QStringLiteral("company"), QStringLiteral("C")},
                                            {QStringLiteral("warehouse"), QStringLiteral("Stores - C")},
                                            {QStringLiteral("poll_interval_s"), 45}}}};
}

} // namespace

class TestStockConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void absentMeansOff()
    {
        const Result<Config> c = parseConfig(base(), QString());
        QVERIFY(c.ok());
        QVERIFY(!c.value().stock.enabled);
    }

    void defaultsFromErp()
    {
        QJsonObject root = base();
        root.insert(QStringLiteral("stock"), QJsonObject{});
        const Result<Config> c = parseConfig(root, QString());
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QVERIFY(c.value().stock.enabled);
        QCOMPARE(c.value().stock.warehouses, QStringList{QStringLiteral("Stores - C")});
        QCOMPARE(c.value().stock.intervalS, 45);
        QCOMPARE(c.value().stock.safetyBuffer, 0);
        QVERIFY(!c.value().stock.correctDrift);
    }

    void explicitValues()
    {
        QJsonObject root = base();
        root.insert(QStringLiteral("stock"), QJsonObject{{QStringLiteral("enabled"), true},
                                                         {QStringLiteral("safety_buffer"), 2},
                                                         {QStringLiteral("warehouses"), QJsonArray{QStringLiteral("A"), QStringLiteral("B")}},
                                                         {QStringLiteral("interval_s"), 300},
                                                         {QStringLiteral("drift"), QStringLiteral("correct")}});
        const Result<Config> c = parseConfig(root, QString());
        QVERIFY(c.ok());
        QCOMPARE(c.value().stock.safetyBuffer, 2);
        QCOMPARE(c.value().stock.warehouses, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(c.value().stock.intervalS, 300);
        QVERIFY(c.value().stock.correctDrift);
    }

    void badValues_data()
    {
        QTest::addColumn<QJsonObject>("stock");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << QJsonObject{{QStringLiteral("safety_bufer"), 2}} << QStringLiteral("stock.safety_bufer: unknown key (check the spelling)");
        QTest::newRow("negative buffer") << QJsonObject{{QStringLiteral("safety_buffer"), -1}} << QStringLiteral("stock.safety_buffer: must be a whole number from 0 to 1000000");
        QTest::newRow("enabled not bool") << QJsonObject{{QStringLiteral("enabled"), QStringLiteral("yes")}} << QStringLiteral("stock.enabled: must be true or false");
        QTest::newRow("drift") << QJsonObject{{QStringLiteral("drift"), QStringLiteral("fix")}} << QStringLiteral("stock.drift: must be \"report\" or \"correct\"");
        QTest::newRow("warehouses") << QJsonObject{{QStringLiteral("warehouses"), QStringLiteral("A")}} << QStringLiteral("stock.warehouses: must be a list of strings");
    }

    void badValues()
    {
        QFETCH(QJsonObject, stock);
        QFETCH(QString, message);
        QJsonObject root = base();
        root.insert(QStringLiteral("stock"), stock);
        const Result<Config> c = parseConfig(root, QString());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().message, message);
    }
};

QTEST_GUILESS_MAIN(TestStockConfig)
#include "tst_stockconfig.moc"
