// RtAdapter against a real Request Tracker 5 (Debian's request-tracker5), started by
// scripts/realservers/rt-start.sh through the CTest fixture rt_server (see CMakeLists.txt).
#include "sync/core/clock.h"
#include "sync/helpdesk/rtadapter.h"
#include "sync/http/httpclient.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <type_traits>

using namespace backroom;

namespace {

template <typename R, typename Start>
R await(Start start)
{
    auto out = std::make_shared<std::optional<R>>();
    start([out](const R &r) { *out = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out->has_value(), 20000); }();
    if (!out->has_value()) {
        if constexpr (std::is_constructible_v<R, SyncError>) {
            SyncError e;
            e.message = QStringLiteral("test: no callback");
            return R(e);
        } else {
            return R{};
        }
    }
    return **out;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

const char *why(const SyncError &e)
{
    static QByteArray text;
    text = e.summary().toUtf8() + " (" + e.code.toUtf8() + ")";
    return text.constData();
}

} // namespace

class TestRtAdapter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createFindAndDedup();
    void publicBodyIsCorrespondence();
    void commentsInternalAndPublic();
    void solveResolves();
    void ticketsSinceSeesUpdatesOnce();
    void basicAuthWorksAndWrongPasswordIs401();
    void wrongTokenIs401();
    void missingQueueIsClear();
    void queueWithoutCustomFieldRefusesToCreate();
    void missingTicketIsAnError();

private:
    RtConnection connection() const;
    std::unique_ptr<RtAdapter> adapter(const std::function<void(RtConnection &)> &change = {});
    Result<std::optional<TicketRef>> find(RtAdapter *a, const QString &externalId);
    Result<TicketRef> create(RtAdapter *a, const TicketDraft &d);
    Result<TicketRef> lookUpThenCreate(RtAdapter *a, const TicketDraft &d);
    Result<TicketPage> since(RtAdapter *a, const QString &cursor);
    QJsonObject rest(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QStringList historyTypes(const QString &ticketId);
    TicketDraft draft(const QString &cause) const;

    QUrl m_url;
    QString m_token;
    QString m_password;
    QString m_run; // unique per run: the server may be reused
    QNetworkAccessManager *m_nam = nullptr;
    HttpClient *m_http = nullptr;
};

void TestRtAdapter::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/share/request-tracker5/libexec/rt-server")))
        QFAIL("Request Tracker is not installed: run scripts/realservers/rt-install.sh (after apt-get update), "
              "then run the realserver tests again.");
    const QString dir = qEnvironmentVariable("BACKROOM_RT_DIR");
    m_url = QUrl(readText(dir + QStringLiteral("/url")));
    m_token = readText(dir + QStringLiteral("/token"));
    m_password = readText(dir + QStringLiteral("/password"));
    if (dir.isEmpty() || !m_url.isValid() || m_url.isEmpty() || m_token.isEmpty())
        QFAIL(qPrintable(QStringLiteral("No Request Tracker is running for this test in \"%1\": run it through ctest "
                                        "(the rt_server fixture starts one), or by hand with "
                                        "scripts/realservers/rt-start.sh DIR 0 and BACKROOM_RT_DIR=DIR.")
                             .arg(dir)));
    m_run = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000) + QString::number(QRandomGenerator::global()->bounded(100));
}

void TestRtAdapter::init()
{
    m_nam = new QNetworkAccessManager;
    HttpClientOptions o;
    o.maxAttempts = 1;
    o.breakerFailureThreshold = 1000;
    m_http = new HttpClient(m_nam, o, SystemClock::instance());
}

void TestRtAdapter::cleanup()
{
    delete m_http;
    m_http = nullptr;
    delete m_nam;
    m_nam = nullptr;
}

RtConnection TestRtAdapter::connection() const
{
    RtConnection c;
    c.url = m_url;
    c.token = m_token;
    c.queue = QStringLiteral("Backroom");
    c.timeout = std::chrono::milliseconds(15000);
    return c;
}

std::unique_ptr<RtAdapter> TestRtAdapter::adapter(const std::function<void(RtConnection &)> &change)
{
    RtConnection c = connection();
    if (change)
        change(c);
    return std::make_unique<RtAdapter>(c, m_http);
}

Result<std::optional<TicketRef>> TestRtAdapter::find(RtAdapter *a, const QString &externalId)
{
    return await<Result<std::optional<TicketRef>>>([&](auto cb) { a->findTicket(externalId, cb); });
}

Result<TicketRef> TestRtAdapter::create(RtAdapter *a, const TicketDraft &d)
{
    return await<Result<TicketRef>>([&](auto cb) { a->createTicket(d, cb); });
}

// What the engine does before every create.
Result<TicketRef> TestRtAdapter::lookUpThenCreate(RtAdapter *a, const TicketDraft &d)
{
    const auto found = find(a, d.externalId);
    if (!found.ok())
        return found.error();
    if (found.value())
        return *found.value();
    return create(a, d);
}

Result<TicketPage> TestRtAdapter::since(RtAdapter *a, const QString &cursor)
{
    return await<Result<TicketPage>>([&](auto cb) { a->ticketsSince(cursor, cb); });
}

// A raw REST2 call with the root token, to check what RT stored.
QJsonObject TestRtAdapter::rest(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    HttpRequest r;
    r.method = method;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    r.url = rtRestUrl(m_url, path.left(q), q < 0 ? QString() : path.mid(q + 1));
    r.headers = {{"Authorization", "token " + m_token.toUtf8()}, {"Content-Type", "application/json"}};
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.endpoint = QStringLiteral("test:rt");
    const HttpResponse resp = await<HttpResponse>([&](auto cb) { m_http->send(r, cb); });
    const QJsonDocument doc = QJsonDocument::fromJson(resp.body);
    return doc.isObject() ? doc.object() : QJsonObject{{QStringLiteral("array"), doc.array()}};
}

QStringList TestRtAdapter::historyTypes(const QString &ticketId)
{
    QStringList types;
    const QJsonObject h = rest("GET", QStringLiteral("ticket/%1/history?fields=Type&per_page=100").arg(ticketId));
    for (const QJsonValue &v : h.value(QLatin1String("items")).toArray())
        types << v.toObject().value(QLatin1String("Type")).toString();
    return types;
}

TicketDraft TestRtAdapter::draft(const QString &cause) const
{
    TicketDraft d;
    d.externalId = QStringLiteral("backroom:rt-test:%1:%2").arg(m_run, cause);
    d.subject = QStringLiteral("Order %1: %2").arg(m_run, cause);
    d.body = QStringLiteral("SKU MUG-RED is not mapped to an ERP item (%1).").arg(cause);
    d.priority = QStringLiteral("high");
    return d;
}

void TestRtAdapter::createFindAndDedup()
{
    auto a = adapter();
    const TicketDraft d = draft(QStringLiteral("mapping"));
    const auto before = find(a.get(), d.externalId);
    QVERIFY2(before.ok(), before.ok() ? "" : why(before.error()));
    QVERIFY(!before.value().has_value());

    const auto first = lookUpThenCreate(a.get(), d);
    QVERIFY2(first.ok(), first.ok() ? "" : why(first.error()));
    QVERIFY(!first.value().id.isEmpty());
    QCOMPARE(first.value().closed, false);

    // A second attempt (a retry after a lost answer, another engine) finds the first ticket.
    auto other = adapter();
    const auto second = lookUpThenCreate(other.get(), d);
    QVERIFY2(second.ok(), second.ok() ? "" : why(second.error()));
    QCOMPARE(second.value().id, first.value().id);
    QCOMPARE(second.value().status, QStringLiteral("new"));

    const QJsonObject search = rest("GET", QStringLiteral("tickets?query=") +
                                               QString::fromLatin1(QUrl::toPercentEncoding(
                                                   rtFindQuery(QStringLiteral("Backroom external id"), d.externalId))));
    QCOMPARE(search.value(QLatin1String("total")).toInt(), 1);

    const QJsonObject t = rest("GET", QStringLiteral("ticket/") + first.value().id);
    QCOMPARE(t.value(QLatin1String("Subject")).toString(), d.subject);
    QCOMPARE(t.value(QLatin1String("Priority")).toString(), QStringLiteral("75"));
    QString stored;
    for (const QJsonValue &cf : t.value(QLatin1String("CustomFields")).toArray())
        if (cf.toObject().value(QLatin1String("name")).toString() == QLatin1String("Backroom external id"))
            stored = cf.toObject().value(QLatin1String("values")).toArray().at(0).toString();
    QCOMPARE(stored, d.externalId);
    // The internal body is a comment, not correspondence the requestor would get.
    QCOMPARE(historyTypes(first.value().id), (QStringList{QStringLiteral("Create"), QStringLiteral("Comment")}));
}

void TestRtAdapter::publicBodyIsCorrespondence()
{
    auto a = adapter();
    TicketDraft d = draft(QStringLiteral("public"));
    d.publicBody = true;
    d.requesterEmail = QStringLiteral("customer-%1@example.com").arg(m_run);
    const auto t = create(a.get(), d);
    QVERIFY2(t.ok(), t.ok() ? "" : why(t.error()));
    const QStringList types = historyTypes(t.value().id);
    QVERIFY(!types.isEmpty());
    QCOMPARE(types.first(), QStringLiteral("Create")); // the body is the create message
    QVERIFY(!types.contains(QStringLiteral("Comment")));
    QVERIFY(types.contains(QStringLiteral("EmailRecord"))); // RT's autoreply to the requestor
    const QJsonObject ticket = rest("GET", QStringLiteral("ticket/") + t.value().id);
    const QJsonArray requestors = ticket.value(QLatin1String("Requestor")).toArray();
    QCOMPARE(requestors.size(), 1);
    QCOMPARE(requestors.first().toObject().value(QLatin1String("id")).toString(), d.requesterEmail);
}

void TestRtAdapter::commentsInternalAndPublic()
{
    auto a = adapter();
    const auto t = create(a.get(), draft(QStringLiteral("comments")));
    QVERIFY2(t.ok(), t.ok() ? "" : why(t.error()));
    const QString id = t.value().id;
    auto r = await<Result<Done>>([&](auto cb) { a->addComment(id, QStringLiteral("checked stock"), false, cb); });
    QVERIFY2(r.ok(), r.ok() ? "" : why(r.error()));
    r = await<Result<Done>>([&](auto cb) { a->addComment(id, QStringLiteral("Your order ships today."), true, cb); });
    QVERIFY2(r.ok(), r.ok() ? "" : why(r.error()));
    const QStringList types = historyTypes(id);
    QCOMPARE(types.count(QStringLiteral("Comment")), 2);    // the internal body and ours
    QCOMPARE(types.count(QStringLiteral("Correspond")), 1); // RT also opens the ticket on it

}

void TestRtAdapter::solveResolves()
{
    auto a = adapter();
    const TicketDraft d = draft(QStringLiteral("solve"));
    const auto t = create(a.get(), d);
    QVERIFY2(t.ok(), t.ok() ? "" : why(t.error()));
    const auto r = await<Result<Done>>([&](auto cb) { a->solveTicket(t.value().id, QStringLiteral("Mapped MUG-RED."), cb); });
    QVERIFY2(r.ok(), r.ok() ? "" : why(r.error()));
    const auto found = find(a.get(), d.externalId);
    QVERIFY2(found.ok(), found.ok() ? "" : why(found.error()));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->status, QStringLiteral("resolved"));
    QVERIFY(found.value()->closed);
    QVERIFY(historyTypes(t.value().id).endsWith(QStringLiteral("Status")));

    // Without a comment: a plain status change, and a second solve is harmless.
    const auto u = create(a.get(), draft(QStringLiteral("solve-quiet")));
    QVERIFY(u.ok());
    for (int i = 0; i < 2; ++i) {
        const auto q = await<Result<Done>>([&](auto cb) { a->solveTicket(u.value().id, QString(), cb); });
        QVERIFY2(q.ok(), q.ok() ? "" : why(q.error()));
    }
    QCOMPARE(rest("GET", QStringLiteral("ticket/") + u.value().id).value(QLatin1String("Status")).toString(),
             QStringLiteral("resolved"));
}

void TestRtAdapter::ticketsSinceSeesUpdatesOnce()
{
    auto a = adapter();
    const TicketDraft ours = draft(QStringLiteral("since"));
    const auto t = create(a.get(), ours);
    QVERIFY2(t.ok(), t.ok() ? "" : why(t.error()));
    // Tickets made in RT by people: one mentions an order, one does not.
    const QString mentionSubject = QStringLiteral("Where is my order #%1?").arg(m_run);
    const QJsonObject m = rest("POST", QStringLiteral("ticket"),
                               {{QStringLiteral("Queue"), QStringLiteral("General")}, {QStringLiteral("Subject"), mentionSubject}});
    const QString mentionId = m.value(QLatin1String("id")).toString();
    QVERIFY(!mentionId.isEmpty());
    const QJsonObject p = rest("POST", QStringLiteral("ticket"),
                               {{QStringLiteral("Queue"), QStringLiteral("General")},
                                {QStringLiteral("Subject"), QStringLiteral("Printer jam %1").arg(m_run)}});
    const QString printerId = p.value(QLatin1String("id")).toString();
    QVERIFY(!printerId.isEmpty());

    const auto first = since(a.get(), QString());
    QVERIFY2(first.ok(), first.ok() ? "" : why(first.error()));
    QHash<QString, TicketMention> byId;
    for (const TicketMention &x : first.value().tickets)
        byId.insert(x.id, x);
    QVERIFY(byId.contains(t.value().id));
    QVERIFY(byId.contains(mentionId));
    QVERIFY(!byId.contains(printerId));
    QCOMPARE(byId.value(t.value().id).externalId, ours.externalId);
    QCOMPARE(byId.value(t.value().id).orderReference, m_run);
    QCOMPARE(byId.value(mentionId).orderReference, m_run);
    QVERIFY(byId.value(mentionId).externalId.isEmpty());
    QCOMPARE(byId.value(mentionId).url, m_url.toString() + QStringLiteral("/Ticket/Display.html?id=") + mentionId);
    QVERIFY(!first.value().nextCursor.isEmpty());
    // Oldest first.
    for (int i = 1; i < first.value().tickets.size(); ++i)
        QVERIFY(first.value().tickets.at(i - 1).updated <= first.value().tickets.at(i).updated);

    // Nothing changed: nothing new, although RT's own window overlaps the cursor.
    const auto again = since(a.get(), first.value().nextCursor);
    QVERIFY2(again.ok(), again.ok() ? "" : why(again.error()));
    QCOMPARE(again.value().tickets.size(), 0);
    QCOMPARE(again.value().nextCursor, first.value().nextCursor);

    // An update (a second later, so LastUpdated moves) shows that ticket again, and only it.
    QTest::qWait(1100);
    const auto c = await<Result<Done>>([&](auto cb) { a->addComment(mentionId, QStringLiteral("looking"), false, cb); });
    QVERIFY(c.ok());
    const auto third = since(a.get(), again.value().nextCursor);
    QVERIFY2(third.ok(), third.ok() ? "" : why(third.error()));
    QCOMPARE(third.value().tickets.size(), 1);
    QCOMPARE(third.value().tickets.first().id, mentionId);
    QVERIFY(third.value().nextCursor != again.value().nextCursor);

    const auto bad = since(a.get(), QStringLiteral("last tuesday"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("rt_bad_cursor"));
}

void TestRtAdapter::basicAuthWorksAndWrongPasswordIs401()
{
    auto good = adapter([this](RtConnection &c) {
        c.token.clear();
        c.username = QStringLiteral("root");
        c.password = m_password;
    });
    const auto ok = find(good.get(), QStringLiteral("backroom:none:0:x"));
    QVERIFY2(ok.ok(), ok.ok() ? "" : why(ok.error()));
    QVERIFY(!ok.value().has_value());

    auto bad = adapter([](RtConnection &c) {
        c.token.clear();
        c.username = QStringLiteral("root");
        c.password = QStringLiteral("not-the-password");
    });
    const auto r = find(bad.get(), QStringLiteral("backroom:none:0:x"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::Auth);
    QCOMPARE(r.error().httpStatus, 401);
}

void TestRtAdapter::wrongTokenIs401()
{
    auto a = adapter([](RtConnection &c) { c.token = QStringLiteral("1-14-00000000000000000000000000000000"); });
    const auto r = create(a.get(), draft(QStringLiteral("denied")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::Auth);
    QCOMPARE(r.error().code, QStringLiteral("rt_unauthorized"));
    QCOMPARE(r.error().httpStatus, 401);
    QVERIFY2(r.error().message.contains(QStringLiteral("Unauthorized")), qPrintable(r.error().message)); // RT's words
    QVERIFY(r.error().hint.contains(QStringLiteral("helpdesk.token")));
    QVERIFY(!r.error().message.contains(QStringLiteral("00000000")));
}

void TestRtAdapter::missingQueueIsClear()
{
    auto a = adapter([](RtConnection &c) { c.queue = QStringLiteral("No Such Queue"); });
    const auto r = create(a.get(), draft(QStringLiteral("noqueue")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, ErrorCategory::Validation);
    QCOMPARE(r.error().code, QStringLiteral("rt_queue_not_found"));
    QCOMPARE(r.error().httpStatus, 404);
    QVERIFY2(r.error().message.contains(QStringLiteral("no queue \"No Such Queue\"")), qPrintable(r.error().message));
    QVERIFY(r.error().hint.contains(QStringLiteral("helpdesk.queue")));
    // Nothing was created, and the check is repeated (not cached as good).
    const auto f = find(a.get(), draft(QStringLiteral("noqueue")).externalId);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, QStringLiteral("rt_queue_not_found"));
}

void TestRtAdapter::queueWithoutCustomFieldRefusesToCreate()
{
    // RT silently drops a custom field that does not apply to the queue; the adapter must not
    // create tickets it could never find again.
    auto a = adapter([](RtConnection &c) { c.queue = QStringLiteral("General"); });
    const TicketDraft d = draft(QStringLiteral("nocf"));
    const auto r = create(a.get(), d);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("rt_custom_field_missing"));
    QCOMPARE(r.error().category, ErrorCategory::Validation);
    QVERIFY(r.error().message.contains(QStringLiteral("\"General\"")));
    const QJsonObject search = rest("GET", QStringLiteral("tickets?query=") +
                                               QString::fromLatin1(QUrl::toPercentEncoding(
                                                   QStringLiteral("Subject = ") + ticketSqlString(d.subject))));
    QCOMPARE(search.value(QLatin1String("total")).toInt(), 0);
}

void TestRtAdapter::missingTicketIsAnError()
{
    auto a = adapter();
    const auto solve = await<Result<Done>>([&](auto cb) { a->solveTicket(QStringLiteral("99999999"), QString(), cb); });
    QVERIFY(!solve.ok());
    QCOMPARE(solve.error().code, QStringLiteral("rt_ticket_not_found"));
    QCOMPARE(solve.error().httpStatus, 404);
    // RT answers a comment on a missing ticket with 400 and its own message.
    const auto comment = await<Result<Done>>([&](auto cb) { a->addComment(QStringLiteral("99999999"), QStringLiteral("x"), false, cb); });
    QVERIFY(!comment.ok());
    QCOMPARE(comment.error().category, ErrorCategory::Validation);
    QVERIFY2(comment.error().message.contains(QStringLiteral("could not be recorded")), qPrintable(comment.error().message));
}

QTEST_GUILESS_MAIN(TestRtAdapter)
#include "tst_rtadapter.moc"
