// RtAdapter's failure paths against a scripted REST2 stand-in (no Request Tracker needed):
// what a real RT seldom does on demand — unreadable answers, 503, a comment failing after the
// create, paging past tickets already seen.
#include "sim/core/simhttpserver.h"
#include "sync/core/clock.h"
#include "sync/helpdesk/rtadapter.h"
#include "sync/http/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>

using namespace backroom;
using namespace backroom::sim;

namespace {

// Answers each request with the first matching scripted handler ("METHOD /path").
class ScriptedRt final : public SimHttpServer {
public:
    ScriptedRt() : SimHttpServer(FaultSpec{}) {}
    QMap<QString, std::function<SimResponse(const SimRequest &)>> routes;
    QList<SimRequest> seen;
    int count(const QString &route) const
    {
        int n = 0;
        for (const SimRequest &r : seen)
            n += QString(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path) == route;
        return n;
    }

protected:
    SimResponse handle(const SimRequest &request) override
    {
        seen.append(request);
        const auto route = routes.find(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
        if (route == routes.end())
            return SimResponse::json(404, QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}});
        return (*route)(request);
    }
};

SimResponse queueWithField(const SimRequest &)
{
    const QJsonObject cf{{QStringLiteral("name"), QStringLiteral("Backroom external id")}, {QStringLiteral("id"), QStringLiteral("2")}};
    return SimResponse::json(200, QJsonObject{{QStringLiteral("Name"), QStringLiteral("Backroom")},
                                              {QStringLiteral("TicketCustomFields"), QJsonArray{cf}}});
}

QJsonObject item(const QString &id, const QString &updated)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("Subject"), QStringLiteral("Order %1").arg(id)},
                       {QStringLiteral("Status"), QStringLiteral("open")}, {QStringLiteral("LastUpdated"), updated}};
}

SimResponse page(const QList<QJsonObject> &items, int pageNo, int pages)
{
    QJsonArray a;
    for (const QJsonObject &i : items)
        a.append(i);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("items"), a}, {QStringLiteral("page"), pageNo},
                                              {QStringLiteral("pages"), pages}, {QStringLiteral("count"), int(a.size())}});
}

template <typename R, typename Start>
R await(Start start)
{
    auto out = std::make_shared<std::optional<R>>();
    start([out](const R &r) { *out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out->has_value(), 10000); }();
    if (!out->has_value()) {
        SyncError e;
        e.message = QStringLiteral("test: no callback");
        return R(e);
    }
    return **out;
}

} // namespace

class TestRtAdapterFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void requestsCarryAuthAndTicketSql();
    void queueCheckedOnceEvenWhenConcurrent();
    void failedQueueCheckIsRepeated();
    void unreadableAnswerIsTransientRemote();
    void busyCreateIsThrottledAndNotRetried();
    void failedFirstCommentStillReturnsTheTicket();
    void pagesPastTicketsAlreadySeen();

private:
    std::unique_ptr<ScriptedRt> m_rt;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<RtAdapter> m_adapter;
};

void TestRtAdapterFaults::init()
{
    m_rt = std::make_unique<ScriptedRt>();
    QVERIFY(m_rt->start(QHostAddress::LocalHost, 0) != 0);
    m_rt->routes.insert(QStringLiteral("GET /REST/2.0/queue/Backroom"), queueWithField);
    m_nam = std::make_unique<QNetworkAccessManager>();
    HttpClientOptions o;
    o.maxAttempts = 3;
    o.baseDelay = std::chrono::milliseconds(1);
    o.maxRetryAfter = std::chrono::milliseconds(0);
    o.breakerFailureThreshold = 1000;
    m_http = std::make_unique<HttpClient>(m_nam.get(), o, SystemClock::instance());
    RtConnection c;
    c.url = m_rt->url();
    c.token = QStringLiteral("1-14-secret");
    c.queue = QStringLiteral("Backroom");
    c.timeout = std::chrono::milliseconds(5000);
    m_adapter = std::make_unique<RtAdapter>(c, m_http.get());
}

void TestRtAdapterFaults::cleanup()
{
    m_adapter.reset();
    m_http.reset();
    m_nam.reset();
    m_rt.reset();
}

void TestRtAdapterFaults::requestsCarryAuthAndTicketSql()
{
    m_rt->routes.insert(QStringLiteral("GET /REST/2.0/tickets"), [](const SimRequest &) { return page({}, 1, 0); });
    const auto r = await<Result<std::optional<TicketRef>>>([&](auto cb) { m_adapter->findTicket(QStringLiteral("backroom:s:1+2:x'y"), cb); });
    QVERIFY(r.ok());
    QVERIFY(!r.value().has_value());
    QCOMPARE(m_rt->seen.size(), 2);
    const SimRequest &search = m_rt->seen.at(1);
    QCOMPARE(search.header("authorization"), QByteArray("token 1-14-secret"));
    const QByteArray rawSql = search.rawQuery.split('&').first().mid(6); // after "query="
    QCOMPARE(QUrl::fromPercentEncoding(rawSql), QStringLiteral("'CF.{Backroom external id}' = 'backroom:s:1+2:x\\'y'"));
}

void TestRtAdapterFaults::queueCheckedOnceEvenWhenConcurrent()
{
    m_rt->routes.insert(QStringLiteral("GET /REST/2.0/tickets"), [](const SimRequest &) { return page({}, 1, 0); });
    auto a = std::make_shared<std::optional<Result<std::optional<TicketRef>>>>();
    auto b = std::make_shared<std::optional<Result<std::optional<TicketRef>>>>();
    m_adapter->findTicket(QStringLiteral("one"), [a](const auto &r) { *a = r; });
    m_adapter->findTicket(QStringLiteral("two"), [b](const auto &r) { *b = r; });
    QTRY_VERIFY(a->has_value() && b->has_value());
    QVERIFY(a->value().ok() && b->value().ok());
    const auto c = await<Result<std::optional<TicketRef>>>([&](auto cb) { m_adapter->findTicket(QStringLiteral("three"), cb); });
    QVERIFY(c.ok());
    QCOMPARE(m_rt->count(QStringLiteral("GET /REST/2.0/queue/Backroom")), 1);
    QCOMPARE(m_rt->count(QStringLiteral("GET /REST/2.0/tickets")), 3);
}

void TestRtAdapterFaults::failedQueueCheckIsRepeated()
{
    int calls = 0;
    m_rt->routes.insert(QStringLiteral("GET /REST/2.0/queue/Backroom"), [&calls](const SimRequest &r) {
        return ++calls == 1 ? SimResponse::json(403, QJsonObject{{QStringLiteral("message"), QStringLiteral("Forbidden")}})
                            : queueWithField(r);
    });
    m_rt->routes.insert(QStringLiteral("GET /REST/2.0/tickets"), [](const SimRequest &) { return page({}, 1, 0); });
    const auto first = await<Result<std::optional<TicketRef>>>([&](auto cb) { m_adapter->findTicket(QStringLiteral("x"), cb); });
    QVERIFY(!first.ok());
    QCOMPARE(first.error().category, ErrorCategory::Auth);
    QVERIFY(first.error().message.contains(QStringLiteral("Forbidden")));
    const auto second = await<Result<std::optional<TicketRef>>>([&](auto cb) { m_adapter->findTicket(QStringLiteral("x"), cb); });
    QVERIFY(second.ok());
    QCOMPARE(calls, 2);
}

void TestRtAdapterFaults::unreadableAnswerIsTransientRemote()
{
    m_rt->routes.insert(QStringLiteral("GET /REST/2.0/tickets"), [](const SimRequest &) {
        return SimResponse::rawJson(200, "{\"items\": \"not a list\"}");
    });
    const auto r = await<Result<TicketPage>>([&](auto cb) { m_adapter->ticketsSince(QString(), cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::TransientRemote);
    QCOMPARE(r.error().code, QStringLiteral("unreadable_response"));
}

void TestRtAdapterFaults::busyCreateIsThrottledAndNotRetried()
{
    m_rt->routes.insert(QStringLiteral("POST /REST/2.0/ticket"), [](const SimRequest &) {
        return SimResponse::html(503, "<html>busy</html>").header("Retry-After", "7");
    });
    TicketDraft d;
    d.externalId = QStringLiteral("backroom:s:1:x");
    d.subject = QStringLiteral("Order 1");
    const auto r = await<Result<TicketRef>>([&](auto cb) { m_adapter->createTicket(d, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::TransientThrottled);
    QCOMPARE(r.error().retryAfterMs.value_or(0), 7000);
    QCOMPARE(m_rt->count(QStringLiteral("POST /REST/2.0/ticket")), 1); // a create is never repeated blindly
}

void TestRtAdapterFaults::failedFirstCommentStillReturnsTheTicket()
{
    m_rt->routes.insert(QStringLiteral("POST /REST/2.0/ticket"), [](const SimRequest &) {
        return SimResponse::json(201, QJsonObject{{QStringLiteral("id"), QStringLiteral("7")}, {QStringLiteral("type"), QStringLiteral("ticket")}});
    });
    m_rt->routes.insert(QStringLiteral("POST /REST/2.0/ticket/7/comment"), [](const SimRequest &) {
        return SimResponse::json(500, QJsonObject{{QStringLiteral("message"), QStringLiteral("Internal Server Error")}});
    });
    TicketDraft d;
    d.externalId = QStringLiteral("backroom:s:1:x");
    d.subject = QStringLiteral("Order 1");
    d.body = QStringLiteral("internal note");
    const auto r = await<Result<TicketRef>>([&](auto cb) { m_adapter->createTicket(d, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().id, QStringLiteral("7"));
    QCOMPARE(m_rt->count(QStringLiteral("POST /REST/2.0/ticket/7/comment")), 1);
    const QJsonObject comment = QJsonDocument::fromJson(m_rt->seen.last().body).object();
    QCOMPARE(comment.value(QLatin1String("Content")).toString(), d.body);
    const QJsonObject create = QJsonDocument::fromJson(m_rt->seen.at(1).body).object();
    QVERIFY(!create.contains(QLatin1String("Content")));
}

void TestRtAdapterFaults::pagesPastTicketsAlreadySeen()
{
    const QString at = QStringLiteral("2026-11-22T20:00:00Z");
    m_rt->routes.insert(QStringLiteral("GET /REST/2.0/tickets"), [at](const SimRequest &r) {
        if (r.queryValue(QStringLiteral("page")) == QLatin1String("1"))
            return page({item(QStringLiteral("1"), at), item(QStringLiteral("2"), at)}, 1, 2);
        return page({item(QStringLiteral("3"), at), item(QStringLiteral("4"), QStringLiteral("2026-11-22T20:00:05Z"))}, 2, 2);
    });
    const auto r = await<Result<TicketPage>>([&](auto cb) { m_adapter->ticketsSince(at + QStringLiteral("|1,2"), cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().tickets.size(), 2);
    QCOMPARE(r.value().tickets.at(0).id, QStringLiteral("3")); // same second as the cursor, not seen yet
    QCOMPARE(r.value().tickets.at(1).id, QStringLiteral("4"));
    QCOMPARE(r.value().tickets.at(1).orderReference, QStringLiteral("4"));
    QCOMPARE(r.value().nextCursor, QStringLiteral("2026-11-22T20:00:05Z|4"));
    QCOMPARE(m_rt->count(QStringLiteral("GET /REST/2.0/tickets")), 2);
    // The window asked of RT reaches back past the cursor by the skew margin.
    const QString sql = QUrl::fromPercentEncoding(m_rt->seen.at(1).rawQuery.split('&').first().mid(6));
    QVERIFY2(sql.startsWith(QStringLiteral("LastUpdated > 'now - ")), qPrintable(sql));
}

QTEST_GUILESS_MAIN(TestRtAdapterFaults)
#include "tst_rtadapterfaults.moc"
