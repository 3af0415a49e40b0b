#include "sync/helpdesk/zendeskadapter.h"

#include "sync/core/clock.h"
#include "sync/helpdesk/zendeskwire.h"
#include "sync/http/httpclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

namespace backroom {

Q_LOGGING_CATEGORY(lcZendesk, "backroom.sync.zendesk")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ZendeskAdapter", text);
}

SyncError failure(const HttpResponse &r, const QString &what)
{
    SyncError e = zendesk::mapError(r.status, r.body, r.error, what);
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
    e.message = tr("Zendesk answered %1 with a body Backroom cannot read").arg(what);
    e.hint = tr("Backroom looks the ticket up before it creates it again, so nothing is created twice; "
                "if this persists, check any proxy in front of Zendesk.");
    return e;
}

} // namespace

ZendeskAdapter::ZendeskAdapter(ZendeskConnection conn, HttpClient *http, Clock *clock, QObject *parent)
    : HelpdeskAdapter(parent), m_conn(std::move(conn)), m_http(http), m_clock(clock)
{
}

ZendeskAdapter::~ZendeskAdapter() = default;

HttpRequest ZendeskAdapter::request(const QByteArray &method, const QUrl &url, const QByteArray &body) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.endpoint = connectionName();
    r.timeout = m_conn.timeout;
    r.body = body;
    r.headers = {
        {"Authorization", zendesk::authorization(m_conn.email, m_conn.apiToken)},
        {"Accept", "application/json"},
    };
    if (!body.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

void ZendeskAdapter::findTicket(const QString &externalId, Callback<std::optional<TicketRef>> done)
{
    m_http->send(request("GET", zendesk::ticketsByExternalIdUrl(m_conn.url, externalId)),
                 [done = std::move(done), externalId](const HttpResponse &resp) {
                     const QString what = tr("the look-up of ticket %1").arg(externalId);
                     if (!resp.ok())
                         return done(failure(resp, what));
                     const auto list = zendesk::parseTicketList(resp.body, externalId);
                     if (!list)
                         return done(unreadable(resp, what));
                     if (list->size() > 1)
                         qCWarning(lcZendesk) << list->size() << "tickets carry external id" << externalId << "; using the oldest";
                     done(list->isEmpty() ? std::optional<TicketRef>() : std::optional<TicketRef>(list->first()));
                 });
}

void ZendeskAdapter::createTicket(const TicketDraft &draft, Callback<TicketRef> done)
{
    HttpRequest r = request("POST", zendesk::ticketsUrl(m_conn.url), zendesk::createBody(draft));
    r.idempotent = false;
    m_http->send(std::move(r), [done = std::move(done), ext = draft.externalId](const HttpResponse &resp) {
        const QString what = tr("the new ticket %1").arg(ext);
        if (!resp.ok())
            return done(failure(resp, what));
        const auto ticket = zendesk::parseTicket(resp.body);
        if (!ticket)
            return done(unreadable(resp, what));
        done(*ticket);
    });
}

void ZendeskAdapter::update(const QString &ticketId, const QByteArray &body, const QString &what, Callback<Done> done)
{
    HttpRequest r = request("PUT", zendesk::ticketUrl(m_conn.url, ticketId), body);
    r.idempotent = false;
    m_http->send(std::move(r), [done = std::move(done), what](const HttpResponse &resp) {
        if (!resp.ok())
            return done(failure(resp, what));
        if (!zendesk::parseTicket(resp.body))
            return done(unreadable(resp, what));
        done(Done{});
    });
}

void ZendeskAdapter::addComment(const QString &ticketId, const QString &text, bool isPublic, Callback<Done> done)
{
    update(ticketId, zendesk::commentBody(text, isPublic), tr("a comment on ticket %1").arg(ticketId), std::move(done));
}

void ZendeskAdapter::solveTicket(const QString &ticketId, const QString &comment, Callback<Done> done)
{
    update(ticketId, zendesk::commentBody(comment, false, QStringLiteral("solved")), tr("solving ticket %1").arg(ticketId),
           std::move(done));
}

void ZendeskAdapter::ticketsSince(const QString &cursor, Callback<TicketPage> done)
{
    const qint64 start = m_clock->nowUtc().toSecsSinceEpoch() - m_conn.firstPollWindow.count();
    const QUrl base = m_conn.url;
    m_http->send(request("GET", zendesk::incrementalUrl(base, cursor, std::max<qint64>(0, start))),
                 [done = std::move(done), base, cursor](const HttpResponse &resp) {
                     const QString what = tr("the incremental ticket export");
                     if (!resp.ok())
                         return done(failure(resp, what));
                     auto page = zendesk::parseIncrementalPage(resp.body, base);
                     if (!page)
                         return done(unreadable(resp, what));
                     if (page->nextCursor.isEmpty())
                         page->nextCursor = cursor;
                     done(*page);
                 });
}

} // namespace backroom
