// The pure Zendesk wire helpers: request bodies, answers, order mentions and error mapping.
#include "sync/helpdesk/zendeskwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace backroom;

class TestZendeskWire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void authorizationHeader();
    void urls();
    void createBodyCarriesEverything();
    void commentAndSolveBodies();
    void listPicksOldestWithThatExternalId();
    void orderReference_data();
    void orderReference();
    void errorMapping_data();
    void errorMapping();
    void unreadableIncrementalPage();
};

void TestZendeskWire::authorizationHeader()
{
    QCOMPARE(zendesk::authorization(QStringLiteral("ops@example.com"), QStringLiteral("abc")),
             QByteArray("Basic ") + QByteArray("ops@example.com/token:abc").toBase64());
}

void TestZendeskWire::urls()
{
    const QUrl base(QStringLiteral("https://acme.zendesk.com/"));
    QCOMPARE(zendesk::ticketsUrl(base).toString(), QStringLiteral("https://acme.zendesk.com/api/v2/tickets.json"));
    QCOMPARE(zendesk::ticketUrl(base, QStringLiteral("35")).toString(), QStringLiteral("https://acme.zendesk.com/api/v2/tickets/35.json"));
    const QUrl byExt = zendesk::ticketsByExternalIdUrl(base, QStringLiteral("backroom:main:7:mapping-x"));
    QCOMPARE(byExt.path(), QStringLiteral("/api/v2/tickets.json"));
    QVERIFY(byExt.query(QUrl::FullyDecoded).contains(QStringLiteral("external_id=backroom:main:7:mapping-x")));
    QCOMPARE(zendesk::incrementalUrl(base, {}, 1700000000).toString(),
             QStringLiteral("https://acme.zendesk.com/api/v2/incremental/tickets/cursor.json?start_time=1700000000"));
    QVERIFY(zendesk::incrementalUrl(base, QStringLiteral("MTU4+/="), 0).toString(QUrl::FullyEncoded).endsWith(QStringLiteral("cursor=MTU4%2B%2F%3D")));
    QCOMPARE(zendesk::agentUrl(base, QStringLiteral("35")), QStringLiteral("https://acme.zendesk.com/agent/tickets/35"));
}

void TestZendeskWire::createBodyCarriesEverything()
{
    TicketDraft d;
    d.externalId = QStringLiteral("backroom:main:7:business-backorder");
    d.subject = QStringLiteral("Order #7 is on backorder");
    d.body = QStringLiteral("3 of MUG short");
    d.tags = {QStringLiteral("backroom"), QStringLiteral("business")};
    d.requesterEmail = QStringLiteral("kim@example.com");
    d.priority = QStringLiteral("high");
    const QJsonObject t = QJsonDocument::fromJson(zendesk::createBody(d)).object().value(QStringLiteral("ticket")).toObject();
    QCOMPARE(t.value(QStringLiteral("external_id")).toString(), d.externalId);
    QCOMPARE(t.value(QStringLiteral("subject")).toString(), d.subject);
    QCOMPARE(t.value(QStringLiteral("comment")).toObject().value(QStringLiteral("body")).toString(), d.body);
    QCOMPARE(t.value(QStringLiteral("comment")).toObject().value(QStringLiteral("public")).toBool(true), false);
    QCOMPARE(t.value(QStringLiteral("tags")).toArray().size(), 2);
    QCOMPARE(t.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    QCOMPARE(t.value(QStringLiteral("requester")).toObject().value(QStringLiteral("email")).toString(), d.requesterEmail);
    d.requesterEmail.clear();
    d.priority.clear();
    const QJsonObject t2 = QJsonDocument::fromJson(zendesk::createBody(d)).object().value(QStringLiteral("ticket")).toObject();
    QVERIFY(!t2.contains(QStringLiteral("requester")));
    QVERIFY(!t2.contains(QStringLiteral("priority")));
}

void TestZendeskWire::commentAndSolveBodies()
{
    const QJsonObject c = QJsonDocument::fromJson(zendesk::commentBody(QStringLiteral("hi"), true)).object().value(QStringLiteral("ticket")).toObject();
    QVERIFY(!c.contains(QStringLiteral("status")));
    QCOMPARE(c.value(QStringLiteral("comment")).toObject().value(QStringLiteral("public")).toBool(false), true);
    const QJsonObject s = QJsonDocument::fromJson(zendesk::commentBody(QStringLiteral("done"), false, QStringLiteral("solved"))).object().value(QStringLiteral("ticket")).toObject();
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("solved"));
    QCOMPARE(s.value(QStringLiteral("comment")).toObject().value(QStringLiteral("public")).toBool(true), false);
}

void TestZendeskWire::listPicksOldestWithThatExternalId()
{
    const QByteArray body = "{\"tickets\":[{\"id\":9,\"external_id\":\"A\",\"status\":\"open\"},{\"id\":4,\"external_id\":\"A\",\"status\":\"solved\"}," "{\"id\":2,\"external_id\":\"B\",\"status\":\"new\"}],\"count\":3}";
    const auto list = zendesk::parseTicketList(body, QStringLiteral("A"));
    QVERIFY(list.has_value());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->first().id, QStringLiteral("4"));
    QVERIFY(list->first().closed);
    QVERIFY(!zendesk::parseTicketList("<html>", QStringLiteral("A")).has_value());
    QVERIFY(zendesk::parseTicketList("{\"tickets\":[]}", QStringLiteral("A"))->isEmpty());
}

void TestZendeskWire::orderReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hash") << QStringLiteral("Where is #1234?") << QStringLiteral("1234");
    QTest::newRow("order no") << QStringLiteral("about Order No. 88, thanks") << QStringLiteral("88");
    QTest::newRow("order hash") << QStringLiteral("order #5012 arrived broken") << QStringLiteral("5012");
    QTest::newRow("german") << QStringLiteral("Meine Bestellung 4711 fehlt") << QStringLiteral("4711");
    QTest::newRow("none") << QStringLiteral("Please unsubscribe me") << QString();
    QTest::newRow("html entity is not an order") << QStringLiteral("caf&#233; mug") << QString();
    QTest::newRow("single digit hash is not an order") << QStringLiteral("Ticket #1") << QString();
}

void TestZendeskWire::orderReference()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(zendesk::orderReferenceIn(text), expected);
}

void TestZendeskWire::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("401") << 401 << QByteArray("{\"error\":\"Couldn't authenticate you\"}") << int(ErrorCategory::Auth)
                         << QStringLiteral("Couldn't authenticate you");
    QTest::newRow("403") << 403 << QByteArray("{\"error\":\"Forbidden\",\"description\":\"You do not have access to this page.\"}")
                         << int(ErrorCategory::Auth) << QStringLiteral("You do not have access");
    QTest::newRow("422") << 422
                         << QByteArray("{\"error\":\"RecordInvalid\",\"description\":\"Record validation errors\",\"details\":{\"base\":[{\"description\":\"Subject: is too long\",\"error\":\"InvalidValue\"}]}}")
                         << int(ErrorCategory::Validation) << QStringLiteral("Subject: is too long");
    QTest::newRow("429 text") << 429 << QByteArray("Rate limit exceeded") << int(ErrorCategory::TransientThrottled) << QString();
    QTest::newRow("404") << 404 << QByteArray("{\"error\":\"RecordNotFound\",\"description\":\"Not found\"}")
                         << int(ErrorCategory::Validation) << QStringLiteral("RecordNotFound");
    QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << int(ErrorCategory::TransientRemote) << QString();
}

void TestZendeskWire::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, category);
    QFETCH(QString, inMessage);
    // The HTTP client's first reading, as HttpClient would give it.
    SyncError transport;
    transport.category = status == 429 ? ErrorCategory::TransientThrottled
        : status >= 500                ? ErrorCategory::TransientRemote
                                       : ErrorCategory::Validation;
    transport.message = QStringLiteral("HTTP %1").arg(status);
    const SyncError e = zendesk::mapError(status, body, transport, QStringLiteral("the test"));
    QCOMPARE(int(e.category), category);
    QCOMPARE(e.httpStatus, status);
    QVERIFY(!e.hint.isEmpty());
    if (!inMessage.isEmpty())
        QVERIFY2(e.message.contains(inMessage), qPrintable(e.message));
}

void TestZendeskWire::unreadableIncrementalPage()
{
    QVERIFY(!zendesk::parseIncrementalPage("{\"tick", QUrl()).has_value());
    const auto page = zendesk::parseIncrementalPage(
        "{\"tickets\":[{\"id\":3,\"subject\":\"Hi\",\"description\":\"no order here\",\"status\":\"open\",\"updated_at\":\"2026-01-01T00:00:00Z\"}," "{\"id\":4,\"subject\":\"x\",\"external_id\":\"backroom:main:55:mapping-y\",\"status\":\"solved\"}]," "\"after_cursor\":\"abc\",\"end_of_stream\":true}",
        QUrl(QStringLiteral("https://acme.zendesk.com")));
    QVERIFY(page.has_value());
    QCOMPARE(page->tickets.size(), 1);
    QCOMPARE(page->tickets.first().orderReference, QStringLiteral("55"));
    QCOMPARE(page->nextCursor, QStringLiteral("abc"));
}

QTEST_GUILESS_MAIN(TestZendeskWire)
#include "tst_zendeskwire.moc"
