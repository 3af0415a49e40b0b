// helpdesk.type "rt": config keys and the factory branch.
#include "sync/config/config.h"
#include "sync/helpdesk/helpdeskfactory.h"
#include "sync/helpdesk/rtadapter.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace backroom;

namespace {

QJsonObject withHelpdesk(const QJsonObject &helpdesk)
{
    const QJsonObject woo{{QStringLiteral("url"), QStringLiteral("https://shop.example.com")},
                          {QStringLiteral("consumer_key"), QStringLiteral("ck")},
                          {QStringLiteral("consumer_secret"), QStringLiteral("cs")}};
    const QJsonObject store{{QStringLiteral("id"), QStringLiteral("main")}, {QStringLiteral("woocommerce"), woo}};
    const QJsonObject erp{{QStringLiteral("type"), QStringLiteral("erpnext")},
                          {QStringLiteral("url"), QStringLiteral("https://erp.example.com")},
                          {QStringLiteral("api_key"), QStringLiteral("k")},
                          {QStringLiteral("api_secret"), QStringLiteral("s")},
                          {QStringLiteral("company"), QStringLiteral("C")},
                          {QStringLiteral("warehouse"), QStringLiteral("W")}};
    return QJsonObject{{QStringLiteral("stores"), QJsonArray{store}}, {QStringLiteral("erp"), erp},
                       {QStringLiteral("helpdesk"), helpdesk}};
}

QJsonObject rt()
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("rt")},
                       {QStringLiteral("url"), QStringLiteral("https://rt.example.com")},
                       {QStringLiteral("token"), QStringLiteral("1-14-abc")},
                       {QStringLiteral("queue"), QStringLiteral("Web Shop")}};
}

} // namespace

class TestRtConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenConfig();
    void passwordConfig();
    void secretsFromEnvironment();
    void rejected_data();
    void rejected();
    void factoryBuildsRtAdapter();
};

void TestRtConfig::tokenConfig()
{
    const auto c = parseConfig(withHelpdesk(rt()), QString());
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    const HelpdeskConfig &h = *c.value().helpdesk;
    QCOMPARE(h.type, QStringLiteral("rt"));
    QCOMPARE(h.url, QUrl(QStringLiteral("https://rt.example.com")));
    QCOMPARE(h.token, QStringLiteral("1-14-abc"));
    QCOMPARE(h.queue, QStringLiteral("Web Shop"));
    QCOMPARE(h.externalIdField, QStringLiteral("Backroom external id"));
}

void TestRtConfig::passwordConfig()
{
    QJsonObject h = rt();
    h.remove(QStringLiteral("token"));
    h.insert(QStringLiteral("username"), QStringLiteral("backroom"));
    h.insert(QStringLiteral("password"), QStringLiteral("pw"));
    h.insert(QStringLiteral("external_id_field"), QStringLiteral("Shop ref"));
    const auto c = parseConfig(withHelpdesk(h), QString());
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    QCOMPARE(c.value().helpdesk->username, QStringLiteral("backroom"));
    QCOMPARE(c.value().helpdesk->password, QStringLiteral("pw"));
    QVERIFY(c.value().helpdesk->token.isEmpty());
    QCOMPARE(c.value().helpdesk->externalIdField, QStringLiteral("Shop ref"));
}

void TestRtConfig::secretsFromEnvironment()
{
    qputenv("TST_RT_TOKEN", "1-99-fromenv");
    QJsonObject h = rt();
    h.insert(QStringLiteral("token"), QStringLiteral("env:TST_RT_TOKEN"));
    const auto c = parseConfig(withHelpdesk(h), QString());
    QVERIFY(c.ok());
    QCOMPARE(c.value().helpdesk->token, QStringLiteral("1-99-fromenv"));
    h.insert(QStringLiteral("token"), QStringLiteral("env:TST_RT_TOKEN_UNSET"));
    const auto missing = parseConfig(withHelpdesk(h), QString());
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.startsWith(QStringLiteral("helpdesk.token")), qPrintable(missing.error().message));
}

void TestRtConfig::rejected_data()
{
    QTest::addColumn<QJsonObject>("helpdesk");
    QTest::addColumn<QString>("messageStart");
    QJsonObject h = rt();
    h.insert(QStringLiteral("api_token"), QStringLiteral("x"));
    QTest::newRow("zendesk key") << h << QStringLiteral("helpdesk.api_token: unknown key");
    h = rt();
    h.insert(QStringLiteral("queu"), QStringLiteral("x"));
    QTest::newRow("typo") << h << QStringLiteral("helpdesk.queu: unknown key");
    h = rt();
    h.remove(QStringLiteral("token"));
    QTest::newRow("no credentials") << h << QStringLiteral("helpdesk.token: missing");
    h.insert(QStringLiteral("username"), QStringLiteral("u"));
    QTest::newRow("no password") << h << QStringLiteral("helpdesk.token: missing");
    h = rt();
    h.insert(QStringLiteral("username"), QStringLiteral("u"));
    QTest::newRow("both") << h << QStringLiteral("helpdesk.username: set either");
    h = rt();
    h.remove(QStringLiteral("queue"));
    QTest::newRow("no queue") << h << QStringLiteral("helpdesk.queue: missing");
    h.insert(QStringLiteral("queue"), QStringLiteral("  "));
    QTest::newRow("blank queue") << h << QStringLiteral("helpdesk.queue: must not be empty");
    h = rt();
    h.insert(QStringLiteral("url"), QStringLiteral("ftp://rt.example.com"));
    QTest::newRow("url") << h << QStringLiteral("helpdesk.url:");
    h = rt();
    h.insert(QStringLiteral("external_id_field"), QStringLiteral("a}b"));
    QTest::newRow("field") << h << QStringLiteral("helpdesk.external_id_field:");
    h = QJsonObject{{QStringLiteral("type"), QStringLiteral("rtt")}, {QStringLiteral("url"), QStringLiteral("https://rt.example.com")}};
    QTest::newRow("type") << h << QStringLiteral("helpdesk.type: \"rtt\" is not supported (supported: zendesk, rt)");
}

void TestRtConfig::rejected()
{
    QFETCH(QJsonObject, helpdesk);
    QFETCH(QString, messageStart);
    const auto c = parseConfig(withHelpdesk(helpdesk), QString());
    QVERIFY(!c.ok());
    QCOMPARE(c.error().category, ErrorCategory::Validation);
    QVERIFY2(c.error().message.startsWith(messageStart), qPrintable(c.error().message));
}

void TestRtConfig::factoryBuildsRtAdapter()
{
    const auto c = parseConfig(withHelpdesk(rt()), QString());
    QVERIFY(c.ok());
    const auto a = createHelpdeskAdapter(*c.value().helpdesk, nullptr, std::chrono::milliseconds(1234), nullptr);
    QVERIFY(a.ok());
    std::unique_ptr<HelpdeskAdapter> owned(a.value());
    QCOMPARE(owned->connectionName(), QStringLiteral("helpdesk:rt"));
    auto *rtAdapter = qobject_cast<RtAdapter *>(owned.get());
    QVERIFY(rtAdapter);
    QCOMPARE(rtAdapter->connection().queue, QStringLiteral("Web Shop"));
    QCOMPARE(rtAdapter->connection().token, QStringLiteral("1-14-abc"));
    QCOMPARE(rtAdapter->connection().timeout, std::chrono::milliseconds(1234));
}

QTEST_GUILESS_MAIN(TestRtConfig)
#include "tst_rtconfig.moc"
