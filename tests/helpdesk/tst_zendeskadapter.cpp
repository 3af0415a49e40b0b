// ZendeskAdapter against the Zendesk simulator: dedup look-up, create, comment, solve, the
// incremental export, and the failures (401, 422 with Zendesk's details, 429 + Retry-After,
// a lost answer after the create).
#include "sim/core/faults.h"
#include "sim/zendesk/zendesksim.h"
#include "sync/core/clock.h"
#include "sync/helpdesk/zendeskadapter.h"
#include "sync/http/httpclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace backroom;
using backroom::sim::ZendeskSim;

namespace {
// The error of a failed result, for QVERIFY2 (which evaluates its message either way).
template <typename T>
QString why(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().summary();
}

template <typename R, typename Start>
R await(Start start)
{
    auto out = std::make_shared<std::optional<R>>();
    start([out](const R &r) { *out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out->has_value(), 15000); }();
    if (!out->has_value()) {
        SyncError e;
        e.message = QStringLiteral("test: no callback");
        return R(e);
    }
    return **out;
}
} // namespace

class TestZendeskAdapter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createThenFindByExternalId();
    void findUnknownIsEmpty();
    void internalCommentAndSolve();
    void requesterAndPriority();
    void badTokenIsAuth();
    void invalidRecordIsValidationWithDetails();
    void throttledLookupWaitsRetryAfter();
    void throttledCreateReportsRetryAfter();
    void lostAnswerThenLookupFindsIt();
    void outageIsTransient();
    void incrementalExportFindsMentions();

private:
    void makeAdapter(const QString &token = QStringLiteral("sim-zendesk-token"));
    TicketDraft draft(const QString &ext) const;
    Result<TicketRef> create(const TicketDraft &d);
    Result<std::optional<TicketRef>> find(const QString &ext);

    ZendeskSim *m_sim = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
    ZendeskAdapter *m_zd = nullptr;
};

void TestZendeskAdapter::init()
{
    m_sim = new ZendeskSim(ZendeskSim::Options{});
    QVERIFY(m_sim->listen() != 0);
    m_nam = new QNetworkAccessManager;
    HttpClientOptions ho;
    ho.maxAttempts = 3;
    ho.baseDelay = std::chrono::milliseconds(10);
    ho.breakerFailureThreshold = 1000;
    m_http = new HttpClient(m_nam, ho, SystemClock::instance());
    makeAdapter();
}

void TestZendeskAdapter::makeAdapter(const QString &token)
{
    delete m_zd;
    ZendeskConnection c;
    c.url = m_sim->url();
    c.email = QStringLiteral("ops@backroom.example");
    c.apiToken = token;
    c.timeout = std::chrono::milliseconds(1500);
    m_zd = new ZendeskAdapter(c, m_http, SystemClock::instance());
}

void TestZendeskAdapter::cleanup()
{
    delete m_zd;
    m_zd = nullptr;
    delete m_http;
    delete m_nam;
    delete m_sim;
}

TicketDraft TestZendeskAdapter::draft(const QString &ext) const
{
    TicketDraft d;
    d.externalId = ext;
    d.subject = QStringLiteral("Order #1042: SKU MUG-XL is not mapped");
    d.body = QStringLiteral("The ERP does not know item MUG-XL.");
    d.tags = {QStringLiteral("backroom"), QStringLiteral("mapping")};
    return d;
}

Result<TicketRef> TestZendeskAdapter::create(const TicketDraft &d)
{
    return await<Result<TicketRef>>([&](auto cb) { m_zd->createTicket(d, cb); });
}

Result<std::optional<TicketRef>> TestZendeskAdapter::find(const QString &ext)
{
    return await<Result<std::optional<TicketRef>>>([&](auto cb) { m_zd->findTicket(ext, cb); });
}

void TestZendeskAdapter::createThenFindByExternalId()
{
    const QString ext = QStringLiteral("backroom:main:1042:mapping-unknown_sku");
    const auto made = create(draft(ext));
    QVERIFY2(made.ok(), qPrintable(why(made)));
    QVERIFY(!made.value().id.isEmpty());
    QCOMPARE(made.value().status, QStringLiteral("new"));
    QVERIFY(!made.value().closed);
    // Another ticket with a different external id must not be found.
    QVERIFY(create(draft(QStringLiteral("backroom:main:1043:mapping-unknown_sku"))).ok());

    const auto found = find(ext);
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->id, made.value().id);

    const QJsonArray stored = m_sim->ticketsWithExternalId(ext);
    QCOMPARE(stored.size(), 1);
    const QJsonObject t = stored.first().toObject();
    QCOMPARE(t.value(QStringLiteral("tags")).toArray(), QJsonArray({QStringLiteral("backroom"), QStringLiteral("mapping")}));
    const QJsonArray comments = t.value(QStringLiteral("comments")).toArray();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().toObject().value(QStringLiteral("public")).toBool(true), false); // internal
    QCOMPARE(m_sim->stats().creates, 2);
}

void TestZendeskAdapter::findUnknownIsEmpty()
{
    QVERIFY(create(draft(QStringLiteral("backroom:main:1:a"))).ok());
    const auto found = find(QStringLiteral("backroom:main:1:b"));
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(!found.value().has_value());
}

void TestZendeskAdapter::internalCommentAndSolve()
{
    const QString ext = QStringLiteral("backroom:main:7:business-backorder");
    const auto made = create(draft(ext));
    QVERIFY(made.ok());
    const QString id = made.value().id;
    const auto c1 = await<Status>([&](auto cb) { m_zd->addComment(id, QStringLiteral("Retried by anna"), false, cb); });
    QVERIFY2(c1.ok(), qPrintable(why(c1)));
    const auto c2 = await<Status>([&](auto cb) { m_zd->addComment(id, QStringLiteral("We ship on Monday"), true, cb); });
    QVERIFY(c2.ok());
    const auto solved = await<Status>([&](auto cb) { m_zd->solveTicket(id, QStringLiteral("Delivered to the ERP as SO-1"), cb); });
    QVERIFY2(solved.ok(), qPrintable(why(solved)));

    const QJsonObject t = m_sim->ticketsWithExternalId(ext).first().toObject();
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("solved"));
    const QJsonArray comments = t.value(QStringLiteral("comments")).toArray();
    QCOMPARE(comments.size(), 4);
    QCOMPARE(comments.at(1).toObject().value(QStringLiteral("public")).toBool(true), false);
    QCOMPARE(comments.at(2).toObject().value(QStringLiteral("public")).toBool(false), true);
    QCOMPARE(comments.at(3).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("Delivered to the ERP as SO-1"));
    QCOMPARE(comments.at(3).toObject().value(QStringLiteral("public")).toBool(true), false);
    const auto found = find(ext);
    QVERIFY(found.ok() && found.value().has_value());
    QVERIFY(found.value()->closed);
}

void TestZendeskAdapter::requesterAndPriority()
{
    TicketDraft d = draft(QStringLiteral("backroom:main:8:business-backorder"));
    d.requesterEmail = QStringLiteral("jürgen@example.com");
    d.requesterName = QStringLiteral("Jürgen Groß");
    d.priority = QStringLiteral("high");
    const auto made = create(d);
    QVERIFY2(made.ok(), qPrintable(why(made)));
    const QJsonObject t = m_sim->ticketsWithExternalId(d.externalId).first().toObject();
    QCOMPARE(t.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    QVERIFY(t.value(QStringLiteral("requester_id")).toInteger() != 1);
}

void TestZendeskAdapter::badTokenIsAuth()
{
    makeAdapter(QStringLiteral("wrong"));
    const auto made = create(draft(QStringLiteral("backroom:main:9:x")));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().category, ErrorCategory::Auth);
    QCOMPARE(made.error().httpStatus, 401);
    QVERIFY(made.error().message.contains(QStringLiteral("Couldn't authenticate you")));
    QVERIFY(!made.error().hint.isEmpty());
    QVERIFY(!made.error().message.contains(QStringLiteral("wrong"))); // no secret in the message
    const auto found = find(QStringLiteral("backroom:main:9:x"));
    QCOMPARE(found.error().category, ErrorCategory::Auth);
    QCOMPARE(m_sim->stats().tickets, 0);
}

void TestZendeskAdapter::invalidRecordIsValidationWithDetails()
{
    TicketDraft d = draft(QStringLiteral("backroom:main:10:x"));
    d.requesterEmail = QStringLiteral("not-an-address");
    const auto made = create(d);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().category, ErrorCategory::Validation);
    QCOMPARE(made.error().httpStatus, 422);
    QVERIFY2(made.error().message.contains(QStringLiteral("Requester: Email is invalid")), qPrintable(made.error().message));
    QCOMPARE(made.error().code, QStringLiteral("InvalidValue"));

    TicketDraft blank = draft(QStringLiteral("backroom:main:11:x"));
    blank.body.clear();
    const auto made2 = create(blank);
    QCOMPARE(made2.error().category, ErrorCategory::Validation);
    QVERIFY(made2.error().message.contains(QStringLiteral("Description: cannot be blank")));
    QCOMPARE(m_sim->stats().tickets, 0);
}

void TestZendeskAdapter::throttledLookupWaitsRetryAfter()
{
    QVERIFY(create(draft(QStringLiteral("backroom:main:12:x"))).ok());
    m_sim->queueFault(QStringLiteral("429ra")); // Retry-After: 1
    QElapsedTimer t;
    t.start();
    const auto found = find(QStringLiteral("backroom:main:12:x"));
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    // The look-up is idempotent: the client waited as told and asked again.
    QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
}

void TestZendeskAdapter::throttledCreateReportsRetryAfter()
{
    m_sim->queueFault(QStringLiteral("429ra"));
    const auto made = create(draft(QStringLiteral("backroom:main:13:x")));
    QVERIFY(!made.ok());
    QCOMPARE(made.error().category, ErrorCategory::TransientThrottled);
    QVERIFY(made.error().retryAfterMs.has_value());
    QCOMPARE(*made.error().retryAfterMs, 1000);
    QCOMPARE(m_sim->stats().tickets, 0); // a create is never re-sent by the client
    // The endpoint is paused: the next request waits out the Retry-After first.
    QElapsedTimer t;
    t.start();
    QVERIFY(create(draft(QStringLiteral("backroom:main:13:x"))).ok());
    QVERIFY2(t.elapsed() >= 500, qPrintable(QString::number(t.elapsed())));
}

void TestZendeskAdapter::lostAnswerThenLookupFindsIt()
{
    const QString ext = QStringLiteral("backroom:main:14:mapping-unknown_sku");
    m_sim->queueFault(QStringLiteral("reset-after-commit"));
    const auto made = create(draft(ext));
    QVERIFY(!made.ok());
    QVERIFY(isTransient(made.error().category));
    QCOMPARE(m_sim->stats().lostAfterCommit, 1);
    const auto found = find(ext);
    QVERIFY2(found.ok(), qPrintable(why(found)));
    QVERIFY(found.value().has_value());
    QCOMPARE(m_sim->stats().tickets, 1);
}

void TestZendeskAdapter::outageIsTransient()
{
    m_sim->setFaults(*sim::FaultSpec::parse(QStringLiteral("rate=1,kinds=503")));
    const auto made = create(draft(QStringLiteral("backroom:main:15:x")));
    QVERIFY(!made.ok());
    QVERIFY2(isTransient(made.error().category), qPrintable(why(made)));
    const auto comment = await<Status>([&](auto cb) { m_zd->addComment(QStringLiteral("1"), QStringLiteral("x"), false, cb); });
    QVERIFY(isTransient(comment.error().category));
    m_sim->setFaults(sim::FaultSpec{});
    QCOMPARE(m_sim->stats().tickets, 0);
    // A comment on a ticket Zendesk does not know: not transient, says what to check.
    const auto missing = await<Status>([&](auto cb) { m_zd->addComment(QStringLiteral("999"), QStringLiteral("x"), false, cb); });
    QCOMPARE(missing.error().category, ErrorCategory::Validation);
    QCOMPARE(missing.error().httpStatus, 404);
}

void TestZendeskAdapter::incrementalExportFindsMentions()
{
    QVERIFY(create(draft(QStringLiteral("backroom:main:1042:mapping-unknown_sku"))).ok());
    m_sim->addCustomerTicket(QStringLiteral("Where is my parcel?"), QStringLiteral("Hello, my order #2077 has not arrived."),
                             QStringLiteral("kim@example.com"));
    m_sim->addCustomerTicket(QStringLiteral("Newsletter"), QStringLiteral("Please unsubscribe me."));
    const auto first = await<Result<TicketPage>>([&](auto cb) { m_zd->ticketsSince(QString(), cb); });
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QCOMPARE(first.value().tickets.size(), 2);
    QCOMPARE(first.value().tickets.at(0).orderReference, QStringLiteral("1042"));
    QCOMPARE(first.value().tickets.at(0).externalId, QStringLiteral("backroom:main:1042:mapping-unknown_sku"));
    QCOMPARE(first.value().tickets.at(1).orderReference, QStringLiteral("2077"));
    QVERIFY(first.value().tickets.at(1).url.endsWith(QStringLiteral("/agent/tickets/2")));
    QVERIFY(!first.value().nextCursor.isEmpty());

    // Nothing new: the same cursor comes back empty; a change shows up after it.
    const auto again = await<Result<TicketPage>>([&](auto cb) { m_zd->ticketsSince(first.value().nextCursor, cb); });
    QVERIFY(again.ok());
    QCOMPARE(again.value().tickets.size(), 0);
    QVERIFY(await<Status>([&](auto cb) { m_zd->solveTicket(QStringLiteral("2"), QStringLiteral("sent"), cb); }).ok());
    const auto next = await<Result<TicketPage>>([&](auto cb) { m_zd->ticketsSince(again.value().nextCursor, cb); });
    QVERIFY(next.ok());
    QCOMPARE(next.value().tickets.size(), 1);
    QCOMPARE(next.value().tickets.first().status, QStringLiteral("solved"));
}

QTEST_GUILESS_MAIN(TestZendeskAdapter)
#include "tst_zendeskadapter.moc"
