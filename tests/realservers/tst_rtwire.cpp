// Request building and answer parsing for Request Tracker REST2, without a server.
#include "sync/helpdesk/rtwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace backroom;

class TestRtWire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void urlsKeepTheBasePath();
    void authorizationTokenOrBasic();
    void ticketSqlQuotesAndBackslashes();
    void searchQueryIsFullyEncoded();
    void createBodyInternalAndPublic();
    void commentBodyCarriesStatus();
    void createdIdStringNumberOrNothing();
    void searchAnswerParsedOrRejected();
    void mentionReadsCustomFieldAndOrder();
    void orderReference_data();
    void orderReference();
    void cursorRoundTripAndSameSecond();
    void malformedCursorRejected();
    void errorsKeepRtsMessage();
    void transportAndServerErrorsStayTransient();
};

void TestRtWire::urlsKeepTheBasePath()
{
    QCOMPARE(rtRestUrl(QUrl(QStringLiteral("https://rt.example.com")), QStringLiteral("ticket/5")).toString(),
             QStringLiteral("https://rt.example.com/REST/2.0/ticket/5"));
    QCOMPARE(rtRestUrl(QUrl(QStringLiteral("https://h.example.com/rt/")), QStringLiteral("queue/Web Shop")).toString(QUrl::FullyEncoded),
             QStringLiteral("https://h.example.com/rt/REST/2.0/queue/Web%20Shop"));
}

void TestRtWire::authorizationTokenOrBasic()
{
    RtConnection c;
    c.token = QStringLiteral("1-14-abc");
    c.username = QStringLiteral("ignored");
    QCOMPARE(rtAuthorization(c), QByteArray("token 1-14-abc"));
    c.token.clear();
    c.username = QStringLiteral("ops");
    c.password = QStringLiteral("p:w");
    QCOMPARE(rtAuthorization(c), QByteArray("Basic ") + QByteArray("ops:p:w").toBase64());
}

void TestRtWire::ticketSqlQuotesAndBackslashes()
{
    QCOMPARE(ticketSqlString(QStringLiteral("backroom:main:42:mapping")), QStringLiteral("'backroom:main:42:mapping'"));
    QCOMPARE(ticketSqlString(QStringLiteral("it's a\\b")), QStringLiteral("'it\\'s a\\\\b'"));
    QCOMPARE(rtFindQuery(QStringLiteral("Backroom external id"), QStringLiteral("x'y")),
             QStringLiteral("'CF.{Backroom external id}' = 'x\\'y'"));
}

void TestRtWire::searchQueryIsFullyEncoded()
{
    const QString sql = rtFindQuery(QStringLiteral("F"), QStringLiteral("a+b&c=d#e"));
    const QUrl u = rtRestUrl(QUrl(QStringLiteral("http://rt.test")), QStringLiteral("tickets"),
                             rtSearchParams(sql, QStringLiteral("Status"), 2, 3));
    const QString wire = u.toString(QUrl::FullyEncoded);
    QVERIFY2(wire.contains(QStringLiteral("a%2Bb%26c%3Dd%23e")), qPrintable(wire));
    QVERIFY(!wire.contains(QLatin1Char('#')));
    QVERIFY(wire.contains(QStringLiteral("&orderby=LastUpdated&order=ASC&orderby=id&order=ASC&per_page=2&page=3")));
    // What RT decodes is the TicketSQL we built.
    QCOMPARE(QUrl::fromPercentEncoding(wire.section(QStringLiteral("query="), 1).section(QLatin1Char('&'), 0, 0).toLatin1()), sql);
    const QString since = rtSinceQuery(QStringLiteral("F"), 90);
    QVERIFY(since.startsWith(QStringLiteral("LastUpdated > 'now - 90 seconds' AND (")));
    QVERIFY(since.contains(QStringLiteral("'CF.{F}' IS NOT NULL")));
    QVERIFY(rtSinceQuery(QStringLiteral("F"), -5).contains(QStringLiteral("'now - 1 seconds'")));
    // 4 and 6 digits would be a time of day in "N seconds ago".
    QVERIFY(rtSinceQuery(QStringLiteral("F"), 604800).contains(QStringLiteral("'now - 604800 seconds'")));
}

void TestRtWire::createBodyInternalAndPublic()
{
    RtConnection c;
    c.queue = QStringLiteral("Shop");
    c.externalIdField = QStringLiteral("Ext");
    TicketDraft d;
    d.externalId = QStringLiteral("backroom:main:7:mapping");
    d.subject = QStringLiteral("Order 7: unknown SKU");
    d.body = QStringLiteral("SKU X is not mapped");
    d.priority = QStringLiteral("High");
    QJsonObject o = rtCreateBody(d, c);
    QCOMPARE(o.value(QLatin1String("Queue")).toString(), QStringLiteral("Shop"));
    QCOMPARE(o.value(QLatin1String("Subject")).toString(), d.subject);
    QVERIFY(!o.contains(QLatin1String("Content"))); // internal: added as a comment afterwards
    QVERIFY(!o.contains(QLatin1String("Requestor")));
    QCOMPARE(o.value(QLatin1String("Priority")).toInt(), 75);
    QCOMPARE(o.value(QLatin1String("CustomFields")).toObject().value(QLatin1String("Ext")).toString(), d.externalId);

    d.publicBody = true;
    d.requesterEmail = QStringLiteral(" ann@example.com ");
    d.priority = QStringLiteral("whenever");
    o = rtCreateBody(d, c);
    QCOMPARE(o.value(QLatin1String("Content")).toString(), d.body);
    QCOMPARE(o.value(QLatin1String("ContentType")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(o.value(QLatin1String("Requestor")).toString(), QStringLiteral("ann@example.com"));
    QVERIFY(!o.contains(QLatin1String("Priority")));
    QCOMPARE(rtPriority(QStringLiteral("low")), 0);
    QCOMPARE(rtPriority(QStringLiteral("urgent")), 100);
}

void TestRtWire::commentBodyCarriesStatus()
{
    QJsonObject o = rtCommentBody(QStringLiteral("done"));
    QCOMPARE(o.value(QLatin1String("Content")).toString(), QStringLiteral("done"));
    QCOMPARE(o.value(QLatin1String("ContentType")).toString(), QStringLiteral("text/plain"));
    QVERIFY(!o.contains(QLatin1String("Status")));
    o = rtCommentBody(QStringLiteral("done"), QStringLiteral("resolved"));
    QCOMPARE(o.value(QLatin1String("Status")).toString(), QStringLiteral("resolved"));
}

void TestRtWire::createdIdStringNumberOrNothing()
{
    QCOMPARE(rtCreatedId(QByteArray("{\"id\":\"12\",\"type\":\"ticket\"}")).value_or(QString()), QStringLiteral("12"));
    QCOMPARE(rtCreatedId(QByteArray("{\"id\":13}")).value_or(QString()), QStringLiteral("13"));
    QVERIFY(!rtCreatedId(QByteArray("{\"type\":\"ticket\"}")));
    QVERIFY(!rtCreatedId("<html>proxy error</html>"));
    QVERIFY(rtStatusClosed(QStringLiteral("Resolved")));
    QVERIFY(rtStatusClosed(QStringLiteral("rejected")));
    QVERIFY(!rtStatusClosed(QStringLiteral("open")));
}

void TestRtWire::searchAnswerParsedOrRejected()
{
    const auto page = rtParseSearch(QByteArray("{\"items\":[{\"id\":\"3\",\"Status\":\"new\"},{\"id\":4}],\"page\":2,\"pages\":3.0,\"total\":5}"));
    QVERIFY(page);
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->page, 2);
    QCOMPARE(page->pages, 3);
    const auto empty = rtParseSearch(QByteArray("{\"items\":[],\"page\":1,\"pages\":0.0}"));
    QVERIFY(empty && empty->items.isEmpty() && empty->pages == 0);
    QVERIFY(!rtParseSearch(QByteArray("{\"message\":\"Unauthorized\"}")));
    QVERIFY(!rtParseSearch(QByteArray("{\"items\":[{\"Status\":\"new\"}]}")));
    QVERIFY(!rtParseSearch("not json"));
}

void TestRtWire::mentionReadsCustomFieldAndOrder()
{
    const QByteArray item = QByteArray("{\"id\":\"9\",\"Subject\":\"Order 7: unknown SKU\",\"Status\":\"open\","
        "\"LastUpdated\":\"2026-11-22T20:57:09Z\",\"CustomFields\":["
        "{\"name\":\"Other\",\"values\":[\"zzz\"]},{\"name\":\"Ext\",\"values\":[\"backroom:main:1007:mapping\"]}]}");
    const TicketMention t = rtMention(QJsonDocument::fromJson(item).object(), QStringLiteral("Ext"),
                                      QUrl(QStringLiteral("https://rt.example.com/")));
    QCOMPARE(t.id, QStringLiteral("9"));
    QCOMPARE(t.status, QStringLiteral("open"));
    QCOMPARE(t.updated, QStringLiteral("2026-11-22T20:57:09Z"));
    QCOMPARE(t.externalId, QStringLiteral("backroom:main:1007:mapping"));
    QCOMPARE(t.orderReference, QStringLiteral("1007")); // ours wins over the subject
    QCOMPARE(t.url, QStringLiteral("https://rt.example.com/Ticket/Display.html?id=9"));
}

void TestRtWire::orderReference_data()
{
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ours") << QStringLiteral("backroom:s1:55:cancel") << QStringLiteral("") << QStringLiteral("55");
    QTest::newRow("order-hash") << QStringLiteral("") << QStringLiteral("Where is my Order #1234?") << QStringLiteral("1234");
    QTest::newRow("order-number") << QStringLiteral("") << QStringLiteral("order number 77 arrived broken") << QStringLiteral("77");
    QTest::newRow("hash-only") << QStringLiteral("") << QStringLiteral("Re: #4410 wrong size") << QStringLiteral("4410");
    QTest::newRow("none") << QStringLiteral("") << QStringLiteral("Printer is broken") << QStringLiteral("");
    QTest::newRow("foreign-ext") << QStringLiteral("zendesk:1") << QStringLiteral("Order 8") << QStringLiteral("8");
    QTest::newRow("word-inside") << QStringLiteral("") << QStringLiteral("reorder 12 mugs") << QStringLiteral("");
}

void TestRtWire::orderReference()
{
    QFETCH(QString, externalId);
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    QCOMPARE(rtOrderReference(externalId, subject), expected);
}

void TestRtWire::cursorRoundTripAndSameSecond()
{
    const auto empty = rtParseCursor(QString());
    QVERIFY(empty && !empty->updated.isValid());
    QVERIFY(rtIsAfter(*empty, QStringLiteral("1"), QDateTime::currentDateTimeUtc()));

    RtCursor c;
    c.updated = QDateTime(QDate(2026, 11, 22), QTime(20, 57, 9), Qt::UTC);
    c.idsAtUpdated = {QStringLiteral("12"), QStringLiteral("3")};
    const QString text = rtFormatCursor(c);
    QCOMPARE(text, QStringLiteral("2026-11-22T20:57:09Z|3,12"));
    const auto back = rtParseCursor(text);
    QVERIFY(back);
    QCOMPARE(back->updated, c.updated);
    QCOMPARE(back->idsAtUpdated, c.idsAtUpdated);
    QVERIFY(!rtIsAfter(*back, QStringLiteral("3"), c.updated));       // seen
    QVERIFY(rtIsAfter(*back, QStringLiteral("4"), c.updated));        // same second, not seen
    QVERIFY(!rtIsAfter(*back, QStringLiteral("4"), c.updated.addSecs(-1)));
    QVERIFY(rtIsAfter(*back, QStringLiteral("3"), c.updated.addSecs(1)));
}

void TestRtWire::malformedCursorRejected()
{
    QVERIFY(!rtParseCursor(QStringLiteral("yesterday|1")));
    QVERIFY(!rtParseCursor(QStringLiteral("|1,2")));
}

void TestRtWire::errorsKeepRtsMessage()
{
    SyncError e = mapRtError(401, QByteArray("{\"message\":\"Unauthorized\"}"), RtContext::Search);
    QCOMPARE(e.category, ErrorCategory::Auth);
    QCOMPARE(e.code, QStringLiteral("rt_unauthorized"));
    QCOMPARE(e.httpStatus, 401);
    QVERIFY(e.message.contains(QStringLiteral("Unauthorized")));
    QVERIFY(e.hint.contains(QStringLiteral("helpdesk.token")));

    e = mapRtError(403, QByteArray("{\"message\":\"No permission to create tickets in the queue 'Nope'\"}"), RtContext::Create);
    QCOMPARE(e.category, ErrorCategory::Auth);
    QVERIFY(e.message.contains(QStringLiteral("No permission to create tickets in the queue 'Nope'")));
    QVERIFY(e.hint.contains(QStringLiteral("helpdesk.queue")));

    e = mapRtError(400, "{\"message\":\"Unknown field: Subjekt at /usr/share/request-tracker5/lib/RT/Tickets.pm line 3187.\\n\"}",
                   RtContext::Search);
    QCOMPARE(e.category, ErrorCategory::Validation);
    QCOMPARE(e.code, QStringLiteral("rt_bad_request"));
    QCOMPARE(e.message, QStringLiteral("Request Tracker answered 400: Unknown field: Subjekt"));

    e = mapRtError(404, QByteArray("{\"message\":\"Not Found\"}"), RtContext::Queue);
    QCOMPARE(e.code, QStringLiteral("rt_queue_not_found"));
    QVERIFY(e.hint.contains(QStringLiteral("helpdesk.queue")));
    e = mapRtError(404, QByteArray("{\"message\":\"Not Found\"}"), RtContext::Update);
    QCOMPARE(e.code, QStringLiteral("rt_ticket_not_found"));
    QCOMPARE(e.category, ErrorCategory::Validation);
}

void TestRtWire::transportAndServerErrorsStayTransient()
{
    SyncError refused;
    refused.category = ErrorCategory::TransientNetwork;
    refused.code = QStringLiteral("connection_refused");
    refused.message = QStringLiteral("Connection refused");
    SyncError e = mapRtError(0, {}, RtContext::Create, refused);
    QCOMPARE(e.category, ErrorCategory::TransientNetwork);
    QCOMPARE(e.code, QStringLiteral("connection_refused"));
    QVERIFY(e.hint.contains(QStringLiteral("helpdesk.url")));

    SyncError busy;
    busy.category = ErrorCategory::TransientThrottled;
    busy.code = QStringLiteral("http_503");
    busy.retryAfterMs = 5000;
    e = mapRtError(503, "<html>Service Unavailable</html>", RtContext::Search, busy);
    QCOMPARE(e.category, ErrorCategory::TransientThrottled);
    QCOMPARE(e.retryAfterMs.value_or(0), 5000);
    QCOMPARE(e.httpStatus, 503);

    e = mapRtError(500, QByteArray("{\"message\":\"Internal Server Error\"}"), RtContext::Update);
    QCOMPARE(e.category, ErrorCategory::TransientRemote);
    QVERIFY(e.message.contains(QStringLiteral("Internal Server Error")));
}

QTEST_GUILESS_MAIN(TestRtWire)
#include "tst_rtwire.moc"
