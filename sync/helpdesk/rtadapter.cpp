#include "sync/helpdesk/rtadapter.h"

#include "sync/http/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <utility>

namespace backroom {

Q_LOGGING_CATEGORY(lcRt, "backroom.sync.rt")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RtAdapter", text);
}

SyncError failure(const HttpResponse &r, RtContext context)
{
    SyncError e = mapRtError(r.status, r.body, context, r.error);
    if (e.requestId.isEmpty())
        e.requestId = r.correlationId;
    return e;
}

SyncError unreadable(const HttpResponse &r, const QString &what)
{
    SyncError e;
    e.category = ErrorCategory::TransientRemote;
    e.code = QStringLiteral("unreadable_response");
    e.httpStatus = r.status;
    e.requestId = r.correlationId;
    e.message = tr("Request Tracker answered %1 with a body Backroom cannot read").arg(what);
    e.hint = tr("Check that helpdesk.url is Request Tracker's web root and that no proxy rewrites its answers.");
    return e;
}

SyncError setupError(const QString &code, const QString &message, const QString &hint)
{
    SyncError e;
    e.category = ErrorCategory::Validation;
    e.code = code;
    e.message = message;
    e.hint = hint;
    return e;
}

} // namespace

RtAdapter::RtAdapter(RtConnection conn, HttpClient *http, QObject *parent)
    : HelpdeskAdapter(parent), m_conn(std::move(conn)), m_http(http)
{
}

RtAdapter::~RtAdapter() = default;

HttpRequest RtAdapter::request(const QByteArray &method, const QUrl &url) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.endpoint = connectionName();
    r.timeout = m_conn.timeout;
    r.headers = {
        {"Authorization", rtAuthorization(m_conn)},
        {"Accept", "application/json"},
    };
    return r;
}

HttpRequest RtAdapter::jsonRequest(const QByteArray &method, const QUrl &url, const QJsonObject &body) const
{
    HttpRequest r = request(method, url);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

void RtAdapter::ensureQueue(std::function<void(const Status &)> then)
{
    if (m_queueChecked)
        return then(okStatus());
    m_waitingForQueue.append(std::move(then));
    if (m_waitingForQueue.size() > 1)
        return;
    if (m_conn.queue.isEmpty())
        return finishQueueCheck(setupError(QStringLiteral("config"), tr("helpdesk.queue is empty"),
                                           tr("Set helpdesk.queue to the Request Tracker queue for Backroom's tickets.")));
    HttpRequest r = request("GET", rtRestUrl(m_conn.url, QStringLiteral("queue/") + m_conn.queue));
    m_http->send(std::move(r), [this](const HttpResponse &resp) {
        if (!resp.ok()) {
            SyncError e = failure(resp, RtContext::Queue);
            if (resp.status == 404)
                e.message = tr("Request Tracker has no queue \"%1\" (or the RT user cannot see it): %2")
                                .arg(m_conn.queue, e.message);
            return finishQueueCheck(e);
        }
        const QJsonDocument doc = QJsonDocument::fromJson(resp.body);
        if (!doc.isObject())
            return finishQueueCheck(unreadable(resp, tr("the queue %1").arg(m_conn.queue)));
        for (const QJsonValue &cf : doc.object().value(QLatin1String("TicketCustomFields")).toArray()) {
            if (cf.toObject().value(QLatin1String("name")).toString() == m_conn.externalIdField)
                return finishQueueCheck(okStatus());
        }
        finishQueueCheck(setupError(
            QStringLiteral("rt_custom_field_missing"),
            tr("The ticket custom field \"%1\" does not apply to queue \"%2\" in Request Tracker; without it "
               "Backroom cannot find its tickets again and would create duplicates.")
                .arg(m_conn.externalIdField, m_conn.queue),
            tr("In Request Tracker create a single-value ticket custom field \"%1\" and apply it to queue \"%2\" "
               "(the RT user needs SeeCustomField and ModifyCustomField), or set helpdesk.external_id_field.")
                .arg(m_conn.externalIdField, m_conn.queue)));
    });
}

void RtAdapter::finishQueueCheck(const Status &result)
{
    m_queueChecked = result.ok();
    const auto waiting = std::exchange(m_waitingForQueue, {});
    for (const auto &cb : waiting)
        cb(result);
}

void RtAdapter::findTicket(const QString &externalId, Callback<std::optional<TicketRef>> done)
{
    ensureQueue([this, externalId, done = std::move(done)](const Status &queue) {
        if (!queue.ok())
            return done(queue.error());
        const QString query = rtSearchParams(rtFindQuery(m_conn.externalIdField, externalId),
                                             QStringLiteral("Status"), 2, 1);
        m_http->send(request("GET", rtRestUrl(m_conn.url, QStringLiteral("tickets"), query)),
                     [done, externalId](const HttpResponse &resp) {
                         if (!resp.ok())
                             return done(failure(resp, RtContext::Search));
                         const auto page = rtParseSearch(resp.body);
                         if (!page)
                             return done(unreadable(resp, tr("a ticket search")));
                         if (page->items.isEmpty())
                             return done(std::optional<TicketRef>());
                         if (page->items.size() > 1)
                             qCWarning(lcRt) << "more than one ticket for external id" << externalId;
                         const QJsonObject item = page->items.first();
                         TicketRef ref;
                         ref.id = rtMention(item, QString(), QUrl()).id;
                         ref.status = item.value(QLatin1String("Status")).toString();
                         ref.closed = rtStatusClosed(ref.status);
                         done(std::optional<TicketRef>(ref));
                     });
    });
}

void RtAdapter::createTicket(const TicketDraft &draft, Callback<TicketRef> done)
{
    ensureQueue([this, draft, done = std::move(done)](const Status &queue) {
        if (!queue.ok())
            return done(queue.error());
        HttpRequest r = jsonRequest("POST", rtRestUrl(m_conn.url, QStringLiteral("ticket")), rtCreateBody(draft, m_conn));
        r.idempotent = false; // the engine looks the ticket up before any retry
        m_http->send(std::move(r), [this, draft, done](const HttpResponse &resp) {
            if (!resp.ok())
                return done(failure(resp, RtContext::Create));
            const auto id = rtCreatedId(resp.body);
            if (!id)
                return done(unreadable(resp, tr("the new ticket")));
            qCInfo(lcRt) << "created ticket" << *id << "for" << draft.externalId;
            TicketRef ref{*id, QStringLiteral("new"), false};
            if (draft.publicBody || draft.body.isEmpty())
                return done(ref);
            addComment(*id, draft.body, false, [done, ref](const Result<Done> &comment) {
                // The ticket exists: a retry would only find it. Say so loudly instead.
                if (!comment.ok())
                    qCWarning(lcRt) << "ticket" << ref.id << "created, its first comment failed:"
                                    << comment.error().summary();
                done(ref);
            });
        });
    });
}

void RtAdapter::addComment(const QString &ticketId, const QString &text, bool isPublic, Callback<Done> done)
{
    const QString path = QStringLiteral("ticket/%1/%2").arg(ticketId, isPublic ? QStringLiteral("correspond")
                                                                                 : QStringLiteral("comment"));
    HttpRequest r = jsonRequest("POST", rtRestUrl(m_conn.url, path), rtCommentBody(text));
    r.idempotent = false; // a repeated comment would show twice
    m_http->send(std::move(r), [done = std::move(done)](const HttpResponse &resp) {
        if (!resp.ok())
            return done(failure(resp, RtContext::Update));
        done(Done{});
    });
}

void RtAdapter::solveTicket(const QString &ticketId, const QString &comment, Callback<Done> done)
{
    const QString resolved = QStringLiteral("resolved");
    HttpRequest r = comment.isEmpty()
                        ? jsonRequest("PUT", rtRestUrl(m_conn.url, QStringLiteral("ticket/") + ticketId),
                                      QJsonObject{{QStringLiteral("Status"), resolved}})
                        : jsonRequest("POST", rtRestUrl(m_conn.url, QStringLiteral("ticket/%1/comment").arg(ticketId)),
                                      rtCommentBody(comment, resolved));
    r.idempotent = comment.isEmpty();
    m_http->send(std::move(r), [done = std::move(done)](const HttpResponse &resp) {
        if (!resp.ok())
            return done(failure(resp, RtContext::Update));
        done(Done{});
    });
}

void RtAdapter::ticketsSince(const QString &cursor, Callback<TicketPage> done)
{
    const auto parsed = rtParseCursor(cursor);
    if (!parsed)
        return done(setupError(QStringLiteral("rt_bad_cursor"), tr("The ticket cursor \"%1\" is not one RtAdapter wrote").arg(cursor),
                               tr("Reset the helpdesk cursor; Backroom then reads the last week's tickets again.")));
    const qint64 window = parsed->updated.isValid()
                              ? parsed->updated.secsTo(QDateTime::currentDateTimeUtc()) + kSkewMarginS
                              : kFirstLookBackS;
    searchPage(*parsed, window, 1, std::move(done));
}

void RtAdapter::searchPage(const RtCursor &cursor, qint64 windowS, int page, Callback<TicketPage> done)
{
    const QString query = rtSearchParams(rtSinceQuery(m_conn.externalIdField, windowS),
                                         QStringLiteral("Subject,Status,LastUpdated,CustomFields"), kPageSize, page);
    m_http->send(request("GET", rtRestUrl(m_conn.url, QStringLiteral("tickets"), query)),
                 [this, cursor, windowS, page, done = std::move(done)](const HttpResponse &resp) {
                     if (!resp.ok())
                         return done(failure(resp, RtContext::Search));
                     const auto result = rtParseSearch(resp.body);
                     if (!result)
                         return done(unreadable(resp, tr("a ticket search")));
                     TicketPage out;
                     RtCursor next = cursor;
                     for (const QJsonObject &item : result->items) {
                         TicketMention t = rtMention(item, m_conn.externalIdField, m_conn.url);
                         const QDateTime updated = QDateTime::fromString(t.updated, Qt::ISODate).toUTC();
                         if (!updated.isValid() || !rtIsAfter(cursor, t.id, updated))
                             continue;
                         if (updated != next.updated) {
                             next.updated = updated;
                             next.idsAtUpdated.clear();
                         }
                         next.idsAtUpdated.insert(t.id);
                         out.tickets.append(t);
                     }
                     // A page of tickets already seen (the skew margin): read on.
                     if (out.tickets.isEmpty() && page < result->pages)
                         return searchPage(cursor, windowS, page + 1, done);
                     out.nextCursor = rtFormatCursor(next);
                     done(out);
                 });
}

} // namespace backroom
