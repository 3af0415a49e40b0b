#include "sync/erp/frappeerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace backroom;

Q_DECLARE_METATYPE(backroom::ErrorCategory)
Q_DECLARE_METATYPE(backroom::FrappeContext)

namespace {

// A Frappe v1 error body: _server_messages is a JSON string of a list of JSON strings.
QByteArray frappeBody(const QString &excType, const QStringList &messages, bool withException = true)
{
    QJsonObject o;
    if (!excType.isEmpty())
        o.insert(QStringLiteral("exc_type"), excType);
    if (withException && !excType.isEmpty())
        o.insert(QStringLiteral("exception"), QStringLiteral("frappe.exceptions.%1: %2").arg(excType, messages.value(0)));
    if (!messages.isEmpty()) {
        QJsonArray list;
        for (const QString &m : messages)
            list.append(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("message"), m},
                                                                    {QStringLiteral("title"), QStringLiteral("Message")},
                                                                    {QStringLiteral("indicator"), QStringLiteral("red")}})
                                              .toJson(QJsonDocument::Compact)));
        o.insert(QStringLiteral("_server_messages"), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFrappeErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapping_data();
    void mapping();
    void oldStyleMessages();
    void exceptionOnly();
    void transport();
    void itemCodes_data();
    void itemCodes();
};

void TestFrappeErrors::mapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FrappeContext>("context");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("groupKey");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");

    const auto so = FrappeContext::CreateSalesOrder;
    QTest::newRow("unknown item") << 417 << frappeBody(QStringLiteral("LinkValidationError"), {QStringLiteral("Could not find Row #1: Item Code: SKU-404")})
                                  << so << ErrorCategory::Mapping << QStringLiteral("LinkValidationError") << QStringLiteral("SKU-404")
                                  << QStringLiteral("Could not find Row #1: Item Code: SKU-404") << QStringLiteral("SKU-404");
    QTest::newRow("two unknown items") << 417 << frappeBody(QStringLiteral("LinkValidationError"), {QStringLiteral("Could not find Row #1: Item Code: A 1, Row #3: Item Code: B-2")})
                                       << so << ErrorCategory::Mapping << QStringLiteral("LinkValidationError") << QStringLiteral("A 1")
                                       << QStringLiteral("Row #3: Item Code: B-2") << QStringLiteral("B-2");
    QTest::newRow("unknown item as link") << 417 << frappeBody(QStringLiteral("LinkValidationError"), {QStringLiteral("Could not find Row #2: Item Code: <a href=\"/app/item/X%2F1\">X/1</a>")})
                                          << so << ErrorCategory::Mapping << QStringLiteral("LinkValidationError") << QStringLiteral("X/1")
                                          << QStringLiteral("Item Code: X/1") << QStringLiteral("X/1");
    QTest::newRow("unknown customer") << 417 << frappeBody(QStringLiteral("LinkValidationError"), {QStringLiteral("Could not find Customer: Jane Roe")})
                                      << so << ErrorCategory::Mapping << QStringLiteral("LinkValidationError") << QStringLiteral("Customer:Jane Roe")
                                      << QStringLiteral("Customer: Jane Roe") << QStringLiteral("Customer");
    QTest::newRow("disabled item") << 417 << frappeBody(QStringLiteral("ValidationError"), {QStringLiteral("Item SKU-9 is disabled")})
                                   << so << ErrorCategory::Business << QStringLiteral("ValidationError") << QString()
                                   << QStringLiteral("Item SKU-9 is disabled") << QStringLiteral("enable the item");
    QTest::newRow("closed period") << 417 << frappeBody(QStringLiteral("ClosedAccountingPeriod"), {QStringLiteral("You cannot create or cancel any accounting entries with in the closed Accounting Period 2026-Q1")})
                                   << so << ErrorCategory::Business << QStringLiteral("ClosedAccountingPeriod") << QString()
                                   << QStringLiteral("closed Accounting Period 2026-Q1") << QStringLiteral("open the period");
    QTest::newRow("credit limit") << 417 << frappeBody(QStringLiteral("ValidationError"), {QStringLiteral("Credit limit has been crossed for customer Jane Roe (1,250.00/1,000.00)")})
                                  << so << ErrorCategory::Business << QStringLiteral("ValidationError") << QString()
                                  << QStringLiteral("Credit limit has been crossed") << QStringLiteral("credit limit");
    QTest::newRow("other validation") << 417 << frappeBody(QStringLiteral("ValidationError"), {QStringLiteral("Row #1: Rate cannot be below the valuation rate")})
                                      << so << ErrorCategory::Business << QStringLiteral("ValidationError") << QString()
                                      << QStringLiteral("Rate cannot be below") << QStringLiteral("ERPNext rejected the order");
    QTest::newRow("mandatory") << 417 << frappeBody(QStringLiteral("MandatoryError"), {QStringLiteral("Error: Value missing for Sales Order: Delivery Date"), QStringLiteral("Error: Value missing for Sales Order: Company")})
                               << so << ErrorCategory::Validation << QStringLiteral("MandatoryError") << QString()
                               << QStringLiteral("Delivery Date Error: Value missing for Sales Order: Company") << QStringLiteral("required field");
    QTest::newRow("duplicate") << 409 << frappeBody(QStringLiteral("DuplicateEntryError"), {QStringLiteral("Sales Order SAL-ORD-2026-00001 already exists")})
                               << so << ErrorCategory::Conflict << QStringLiteral("DuplicateEntryError") << QString()
                               << QStringLiteral("already exists") << QStringLiteral("resolve");
    QTest::newRow("bad token") << 401 << frappeBody(QStringLiteral("AuthenticationError"), {})
                               << FrappeContext::Lookup << ErrorCategory::Auth << QStringLiteral("AuthenticationError") << QString()
                               << QStringLiteral("HTTP 401") << QStringLiteral("erp.api_key");
    QTest::newRow("permission") << 403 << frappeBody(QStringLiteral("PermissionError"), {QStringLiteral("Insufficient Permission for Sales Order")})
                                << so << ErrorCategory::Auth << QStringLiteral("PermissionError") << QString()
                                << QStringLiteral("Insufficient Permission") << QStringLiteral("roles");
    QTest::newRow("missing doc in lookup") << 404 << frappeBody(QStringLiteral("DoesNotExistError"), {QStringLiteral("Sales Order SAL-ORD-2026-00007 not found")})
                                           << FrappeContext::Lookup << ErrorCategory::Conflict << QStringLiteral("DoesNotExistError") << QString()
                                           << QStringLiteral("not found") << QStringLiteral("deleted or renamed");
    QTest::newRow("missing master in create") << 404 << frappeBody(QStringLiteral("DoesNotExistError"), {QStringLiteral("Price List Standard Selling not found")})
                                              << so << ErrorCategory::Mapping << QStringLiteral("DoesNotExistError") << QStringLiteral("Price List:Standard Selling")
                                              << QStringLiteral("Standard Selling") << QStringLiteral("create it");
    QTest::newRow("500 html") << 500 << QByteArray("<!DOCTYPE html><html><body><h1>Internal Server Error</h1></body></html>")
                              << so << ErrorCategory::TransientRemote << QStringLiteral("http_500") << QString()
                              << QStringLiteral("non-JSON") << QStringLiteral("retries by itself");
    QTest::newRow("502 nginx") << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>")
                               << FrappeContext::Lookup << ErrorCategory::TransientRemote << QStringLiteral("http_502") << QString()
                               << QStringLiteral("502") << QStringLiteral("Error Log");
    QTest::newRow("500 json") << 500 << frappeBody(QStringLiteral("OperationalError"), {})
                              << so << ErrorCategory::TransientRemote << QStringLiteral("OperationalError") << QString()
                              << QStringLiteral("HTTP 500") << QStringLiteral("retries by itself");
    QTest::newRow("503 maintenance") << 503 << QByteArray("<html><body>Updating</body></html>")
                                     << so << ErrorCategory::TransientThrottled << QStringLiteral("http_503") << QString()
                                     << QStringLiteral("503") << QStringLiteral("waits");
    QTest::newRow("429") << 429 << QByteArray() << so << ErrorCategory::TransientThrottled << QStringLiteral("http_429") << QString()
                         << QStringLiteral("429") << QStringLiteral("throttling");
}

void TestFrappeErrors::mapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(FrappeContext, context);
    QFETCH(ErrorCategory, category);
    QFETCH(QString, code);
    QFETCH(QString, groupKey);
    QFETCH(QString, message);
    QFETCH(QString, hint);

    const SyncError e = mapFrappeError(status, body, context);
    QCOMPARE(categoryName(e.category), categoryName(category));
    QCOMPARE(e.code, code);
    QCOMPARE(e.groupKey, groupKey);
    QCOMPARE(e.httpStatus, status);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QVERIFY2(e.hint.contains(hint, Qt::CaseInsensitive), qPrintable(e.hint));
    QVERIFY(!e.message.contains(QLatin1Char('<')));
}

void TestFrappeErrors::oldStyleMessages()
{
    // Frappe before v13: the list holds plain strings.
    const QByteArray body = R"({"exc_type":"ValidationError","_server_messages":"[\"Item ABC is disabled\"]"})";
    const FrappeErrorBody fb = parseFrappeErrorBody(body);
    QVERIFY(fb.isJson);
    QCOMPARE(fb.messages, QStringList{QStringLiteral("Item ABC is disabled")});
    QCOMPARE(mapFrappeError(417, body, FrappeContext::CreateSalesOrder).category, ErrorCategory::Business);
}

void TestFrappeErrors::exceptionOnly()
{
    const QByteArray body = R"({"exception":"frappe.exceptions.LinkValidationError: Could not find Row #2: Item Code: Z-9"})";
    const SyncError e = mapFrappeError(417, body, FrappeContext::CreateSalesOrder);
    QCOMPARE(e.code, QStringLiteral("LinkValidationError"));
    QCOMPARE(e.category, ErrorCategory::Mapping);
    QCOMPARE(e.groupKey, QStringLiteral("Z-9"));
    QCOMPARE(e.message, QStringLiteral("Could not find Row #2: Item Code: Z-9"));
}

void TestFrappeErrors::transport()
{
    SyncError t;
    t.category = ErrorCategory::TransientNetwork;
    t.message = QStringLiteral("Connection reset by peer");
    t.requestId = QStringLiteral("req-1");
    const SyncError e = mapFrappeError(0, {}, FrappeContext::CreateSalesOrder, t);
    QCOMPARE(e.category, ErrorCategory::TransientNetwork);
    QCOMPARE(e.message, t.message);
    QCOMPARE(e.requestId, t.requestId);
    QVERIFY(e.hint.contains(QLatin1String("erp.url")));

    SyncError ra;
    ra.retryAfterMs = 2000;
    const SyncError throttled = mapFrappeError(429, {}, FrappeContext::Lookup, ra);
    QCOMPARE(throttled.retryAfterMs, std::optional<qint64>(2000));
}

void TestFrappeErrors::itemCodes_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("one") << QStringLiteral("Could not find Row #1: Item Code: SKU-1") << QStringList{QStringLiteral("SKU-1")};
    QTest::newRow("with comma in code")
        << QStringLiteral("Could not find Row #1: Item Code: Shirt, red, Row #2: Item Code: Cap")
        << QStringList{QStringLiteral("Shirt, red"), QStringLiteral("Cap")};
    QTest::newRow("customer first")
        << QStringLiteral("Could not find Customer: Jo, Row #4: Item Code: Mug")
        << QStringList{QStringLiteral("Mug")};
    QTest::newRow("warehouse after")
        << QStringLiteral("Could not find Row #1: Item Code: Mug, Row #1: Delivery Warehouse: X")
        << QStringList{QStringLiteral("Mug")};
    QTest::newRow("none") << QStringLiteral("Could not find Company: ACME") << QStringList{};
}

void TestFrappeErrors::itemCodes()
{
    QFETCH(QString, message);
    QFETCH(QStringList, codes);
    QCOMPARE(unknownItemCodes(message), codes);
}

QTEST_GUILESS_MAIN(TestFrappeErrors)
#include "tst_frappeerrors.moc"
