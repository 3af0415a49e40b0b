// erp.type "tryton" in the config file: its keys, env: secrets, and that ERPNext keys and
// typos stay errors. No server needed.
#include "sync/config/config.h"
#include "sync/erp/erpfactory.h"

#include <QJsonDocument>
#include <QTest>

using namespace backroom;

namespace {
QJsonObject withErp(const QJsonObject &erp)
{
    QJsonObject root = QJsonDocument::fromJson(
        "{\"stores\": [{\"id\": \"main\", \"woocommerce\": {\"url\": \"https://shop.example.com\","
        " \"consumer_key\": \"ck\", \"consumer_secret\": \"cs\"}}]}").object();
    root.insert(QStringLiteral("erp"), erp);
    return root;
}

QJsonObject tryton()
{
    return QJsonDocument::fromJson(
        "{\"type\": \"tryton\", \"url\": \"https://tryton.example.com/\", \"database\": \"shop\","
        " \"username\": \"backroom\", \"password\": \"env:TST_TRYTON_PASSWORD\", \"warehouse\": \"WH\"}").object();
}
} // namespace

class TestTrytonConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("TST_TRYTON_PASSWORD", "s3cret"); }

    void parsesAndResolvesThePassword()
    {
        const Result<Config> c = parseConfig(withErp(tryton()), QString());
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c.value().erp.type, QStringLiteral("tryton"));
        QCOMPARE(c.value().erp.url, QUrl(QStringLiteral("https://tryton.example.com/")));
        QCOMPARE(c.value().erp.database, QStringLiteral("shop"));
        QCOMPARE(c.value().erp.username, QStringLiteral("backroom"));
        QCOMPARE(c.value().erp.password, QStringLiteral("s3cret"));
        QCOMPARE(c.value().erp.warehouse, QStringLiteral("WH"));

        const Result<ErpAdapter *> a = createErpAdapter(c.value().erp, nullptr, std::chrono::milliseconds(1000), this);
        QVERIFY(a.ok());
        QCOMPARE(a.value()->connectionName(), QStringLiteral("erp:tryton"));
        delete a.value();
    }

    void errors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ERPNext key") << "api_key" << QJsonValue(QStringLiteral("k")) << "erp.api_key: unknown key";
        QTest::newRow("typo") << "databse" << QJsonValue(QStringLiteral("x")) << "erp.databse: unknown key";
        QTest::newRow("no database") << "database" << QJsonValue(QJsonValue::Undefined) << "erp.database: missing";
        QTest::newRow("no password") << "password" << QJsonValue(QJsonValue::Undefined) << "erp.password: missing";
        QTest::newRow("unset env") << "password" << QJsonValue(QStringLiteral("env:TST_UNSET_TRYTON"))
                                   << "erp.password: environment variable TST_UNSET_TRYTON is not set";
    }

    void errors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject erp = tryton();
        if (value.isUndefined())
            erp.remove(key);
        else
            erp.insert(key, value);
        const Result<Config> c = parseConfig(withErp(erp), QString());
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.startsWith(expected), qPrintable(c.error().message));
        QVERIFY(!c.error().message.contains(QStringLiteral("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestTrytonConfig)
#include "tst_trytonconfig.moc"
