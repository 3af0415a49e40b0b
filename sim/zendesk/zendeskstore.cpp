#include "sim/zendesk/zendeskstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace backroom::sim {

namespace {

const QStringList kStatuses{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending"),
                            QStringLiteral("hold"), QStringLiteral("solved"), QStringLiteral("closed")};
const QStringList kPriorities{QStringLiteral("urgent"), QStringLiteral("high"), QStringLiteral("normal"),
                              QStringLiteral("low")};

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

SimResponse zdError(int status, const QString &error, const QString &description = {})
{
    QJsonObject o{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return SimResponse::json(status, o);
}

// 422 {"error":"RecordInvalid","description":"Record validation errors","details":{field:[{description,error}]}}
SimResponse invalidRecord(const QString &field, const QString &message, const QString &code)
{
    return SimResponse::json(422, QJsonObject{
        {QStringLiteral("error"), QStringLiteral("RecordInvalid")},
        {QStringLiteral("description"), QStringLiteral("Record validation errors")},
        {QStringLiteral("details"),
         QJsonObject{{field, QJsonArray{QJsonObject{{QStringLiteral("description"), message},
                                                    {QStringLiteral("error"), code}}}}}}});
}

std::optional<QJsonObject> ticketBody(const SimRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("ticket")).isObject())
        return std::nullopt;
    return doc.object().value(QStringLiteral("ticket")).toObject();
}

QByteArray encodeCursor(qint64 seq)
{
    return QByteArray("seq:" + QByteArray::number(seq)).toBase64(QByteArray::Base64UrlEncoding);
}

std::optional<qint64> decodeCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("seq:"))
        return std::nullopt;
    bool ok = false;
    const qint64 v = raw.mid(4).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

bool plausibleEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    return at > 0 && email.indexOf(QLatin1Char('.'), at) > at + 1 && !email.contains(QLatin1Char(' '));
}

} // namespace

bool ZendeskStore::isCreate(const SimRequest &request)
{
    return request.method == "POST" && request.path == QLatin1String("/api/v2/tickets.json");
}

QString ZendeskStore::ticketUrl(qint64 id) const
{
    return m_base.toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/v2/tickets/%1.json").arg(id);
}

SimResponse ZendeskStore::handle(const SimRequest &request)
{
    const QStringList segs = http::segments(request.path);
    QStringList c;
    const QString star = QStringLiteral("*");
    const QString api = QStringLiteral("api");
    const QString v2 = QStringLiteral("v2");
    if (http::match(segs, {api, v2, QStringLiteral("tickets.json")})) {
        if (request.method == "POST")
            return create(request);
        if (request.method == "GET")
            return list(request);
    } else if (http::match(segs, {api, v2, QStringLiteral("incremental"), QStringLiteral("tickets"), QStringLiteral("cursor.json")})) {
        if (request.method == "GET")
            return incremental(request);
    } else if (http::match(segs, {api, v2, QStringLiteral("tickets"), star}, &c) && c[0].endsWith(QLatin1String(".json"))) {
        const qint64 id = c[0].chopped(5).toLongLong();
        if (!m_tickets.contains(id))
            return zdError(404, QStringLiteral("RecordNotFound"), QStringLiteral("Not found"));
        if (request.method == "GET")
            return SimResponse::json(200, QJsonObject{{QStringLiteral("ticket"), m_tickets[id].data}});
        if (request.method == "PUT")
            return update(request, id);
    } else if (http::match(segs, {api, v2, QStringLiteral("tickets"), star, QStringLiteral("comments.json")}, &c)) {
        const qint64 id = c[0].toLongLong();
        if (!m_tickets.contains(id))
            return zdError(404, QStringLiteral("RecordNotFound"), QStringLiteral("Not found"));
        return comments(id);
    }
    return zdError(404, QStringLiteral("InvalidEndpoint"), QStringLiteral("Not found"));
}

void ZendeskStore::addComment(Ticket &t, const QJsonObject &comment, const QString &now)
{
    const QString body = comment.value(QStringLiteral("body")).toString(comment.value(QStringLiteral("html_body")).toString());
    if (body.isEmpty())
        return;
    t.comments.append(Comment{m_nextComment++, body, comment.value(QStringLiteral("public")).toBool(true), now});
}

void ZendeskStore::touch(Ticket &t, const QString &now)
{
    t.data.insert(QStringLiteral("updated_at"), now);
    t.seq = ++m_seq;
    t.changedAtMs = QDateTime::currentMSecsSinceEpoch();
}

SimResponse ZendeskStore::create(const SimRequest &request)
{
    const auto body = ticketBody(request);
    if (!body)
        return zdError(400, QStringLiteral("InvalidValue"), QStringLiteral("Expected a JSON object with a ticket"));
    const QJsonObject comment = body->value(QStringLiteral("comment")).toObject();
    if (comment.value(QStringLiteral("body")).toString().isEmpty() && comment.value(QStringLiteral("html_body")).toString().isEmpty())
        return invalidRecord(QStringLiteral("description"), QStringLiteral("Description: cannot be blank"), QStringLiteral("BlankValue"));
    const QString priority = body->value(QStringLiteral("priority")).toString();
    if (!priority.isEmpty() && !kPriorities.contains(priority))
        return invalidRecord(QStringLiteral("priority"), QStringLiteral("Priority: is invalid"), QStringLiteral("InvalidValue"));
    const QJsonObject requester = body->value(QStringLiteral("requester")).toObject();
    if (!requester.isEmpty() && !plausibleEmail(requester.value(QStringLiteral("email")).toString()))
        return invalidRecord(QStringLiteral("requester"), QStringLiteral("Requester: Email is invalid"), QStringLiteral("InvalidValue"));
    const qint64 id = m_nextTicket++;
    ++m_creates;
    const QString now = isoNow();
    const QString subject = body->value(QStringLiteral("subject")).toString();
    QJsonObject t{
        {QStringLiteral("url"), ticketUrl(id)},
        {QStringLiteral("id"), id},
        {QStringLiteral("external_id"), body->value(QStringLiteral("external_id")).isString() ? body->value(QStringLiteral("external_id")) : QJsonValue::Null},
        {QStringLiteral("via"), QJsonObject{{QStringLiteral("channel"), QStringLiteral("api")}}},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("updated_at"), now},
        {QStringLiteral("type"), body->value(QStringLiteral("type")).isString() ? body->value(QStringLiteral("type")) : QJsonValue::Null},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("raw_subject"), subject},
        {QStringLiteral("description"), comment.value(QStringLiteral("body")).toString()},
        {QStringLiteral("priority"), priority.isEmpty() ? QJsonValue::Null : QJsonValue(priority)},
        {QStringLiteral("status"), body->value(QStringLiteral("status")).toString(QStringLiteral("new"))},
        {QStringLiteral("requester_id"), requester.isEmpty() ? 1 : 1000 + id},
        {QStringLiteral("submitter_id"), 1},
        {QStringLiteral("assignee_id"), QJsonValue::Null},
        {QStringLiteral("tags"), body->value(QStringLiteral("tags")).isArray() ? body->value(QStringLiteral("tags")) : QJsonArray()},
        {QStringLiteral("custom_fields"), QJsonArray()}};
    Ticket ticket{t, {}, 0, 0};
    addComment(ticket, comment, now);
    touch(ticket, now);
    m_tickets.insert(id, ticket);
    SimResponse r = SimResponse::json(201, QJsonObject{{QStringLiteral("ticket"), t}});
    r.header("Location", ticketUrl(id).toUtf8());
    return r;
}

SimResponse ZendeskStore::update(const SimRequest &request, qint64 id)
{
    const auto body = ticketBody(request);
    if (!body)
        return zdError(400, QStringLiteral("InvalidValue"), QStringLiteral("Expected a JSON object with a ticket"));
    Ticket &t = m_tickets[id];
    if (t.data.value(QStringLiteral("status")).toString() == QLatin1String("closed"))
        return invalidRecord(QStringLiteral("status"), QStringLiteral("Status: closed prevents ticket update"), QStringLiteral("ClosedTicket"));
    if (body->contains(QStringLiteral("status")) && !kStatuses.contains(body->value(QStringLiteral("status")).toString()))
        return invalidRecord(QStringLiteral("status"), QStringLiteral("Status: is invalid"), QStringLiteral("InvalidValue"));
    const QString now = isoNow();
    for (const QString &k : {QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("subject"),
                             QStringLiteral("tags"), QStringLiteral("external_id"), QStringLiteral("type")})
        if (body->contains(k))
            t.data.insert(k, body->value(k));
    if (body->value(QStringLiteral("comment")).isObject())
        addComment(t, body->value(QStringLiteral("comment")).toObject(), now);
    touch(t, now);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("ticket"), t.data}});
}

SimResponse ZendeskStore::list(const SimRequest &request) const
{
    const QString external = request.queryValue(QStringLiteral("external_id"));
    QJsonArray tickets;
    for (const Ticket &t : m_tickets)
        if (external.isEmpty() || t.data.value(QStringLiteral("external_id")).toString() == external)
            tickets.append(t.data);
    return SimResponse::json(200, QJsonObject{{QStringLiteral("tickets"), tickets},
                                              {QStringLiteral("next_page"), QJsonValue::Null},
                                              {QStringLiteral("previous_page"), QJsonValue::Null},
                                              {QStringLiteral("count"), tickets.size()}});
}

// GET /api/v2/incremental/tickets/cursor.json?start_time=UNIX | ?cursor=C [&per_page=N]
SimResponse ZendeskStore::incremental(const SimRequest &request) const
{
    qint64 afterSeq = 0;
    qint64 startMs = 0;
    if (request.hasQuery(QStringLiteral("cursor"))) {
        const auto seq = decodeCursor(request.queryValue(QStringLiteral("cursor")));
        if (!seq)
            return zdError(422, QStringLiteral("InvalidPaginationParameter"), QStringLiteral("cursor is invalid"));
        afterSeq = *seq;
    } else if (request.hasQuery(QStringLiteral("start_time"))) {
        bool ok = false;
        startMs = request.queryValue(QStringLiteral("start_time")).toLongLong(&ok) * 1000;
        if (!ok || startMs < 0)
            return zdError(400, QStringLiteral("InvalidValue"), QStringLiteral("start_time must be a Unix epoch time"));
    } else {
        return zdError(400, QStringLiteral("InvalidValue"), QStringLiteral("Either start_time or cursor is required"));
    }
    const int perPage = std::clamp(request.queryValue(QStringLiteral("per_page")).toInt(), 0, 1000);
    const int limit = perPage > 0 ? perPage : 1000;
    QList<const Ticket *> changed;
    for (const Ticket &t : m_tickets)
        if (t.seq > afterSeq && t.changedAtMs >= startMs)
            changed << &t;
    std::sort(changed.begin(), changed.end(), [](const Ticket *a, const Ticket *b) { return a->seq < b->seq; });
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() - m_exportDelayMs;
    QJsonArray out;
    qint64 last = afterSeq;
    bool more = false;
    for (const Ticket *t : changed) {
        if (m_exportDelayMs > 0 && t->changedAtMs > horizon)
            break;
        if (out.size() >= limit) {
            more = true;
            break;
        }
        out.append(t->data);
        last = t->seq;
    }
    const QString cursor = QString::fromLatin1(encodeCursor(last));
    return SimResponse::json(200, QJsonObject{
        {QStringLiteral("tickets"), out},
        {QStringLiteral("after_cursor"), cursor},
        {QStringLiteral("after_url"), QString(m_base.toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/v2/incremental/tickets/cursor.json?cursor=") + cursor)},
        {QStringLiteral("before_cursor"), QJsonValue::Null},
        {QStringLiteral("before_url"), QJsonValue::Null},
        {QStringLiteral("end_of_stream"), !more}});
}

SimResponse ZendeskStore::comments(qint64 id) const
{
    QJsonArray out;
    const Ticket t = m_tickets.value(id);
    for (const Comment &cm : t.comments)
        out.append(QJsonObject{{QStringLiteral("id"), cm.id}, {QStringLiteral("type"), QStringLiteral("Comment")},
                               {QStringLiteral("body"), cm.body}, {QStringLiteral("public"), cm.isPublic},
                               {QStringLiteral("created_at"), cm.createdAt}});
    return SimResponse::json(200, QJsonObject{{QStringLiteral("comments"), out},
                                              {QStringLiteral("next_page"), QJsonValue::Null},
                                              {QStringLiteral("previous_page"), QJsonValue::Null},
                                              {QStringLiteral("count"), out.size()}});
}

qint64 ZendeskStore::addCustomerTicket(const QString &subject, const QString &description, const QString &requesterEmail)
{
    SimRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/api/v2/tickets.json");
    QJsonObject t{{QStringLiteral("subject"), subject},
                  {QStringLiteral("comment"), QJsonObject{{QStringLiteral("body"), description}}}};
    if (!requesterEmail.isEmpty())
        t.insert(QStringLiteral("requester"), QJsonObject{{QStringLiteral("email"), requesterEmail}});
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("ticket"), t}}).toJson(QJsonDocument::Compact);
    const SimResponse resp = create(r);
    --m_creates; // not the API client's doing
    return QJsonDocument::fromJson(resp.body).object().value(QStringLiteral("ticket")).toObject().value(QStringLiteral("id")).toInteger();
}

int ZendeskStore::openTickets() const
{
    int n = 0;
    for (const Ticket &t : m_tickets) {
        const QString s = t.data.value(QStringLiteral("status")).toString();
        if (s != QLatin1String("solved") && s != QLatin1String("closed"))
            ++n;
    }
    return n;
}

int ZendeskStore::duplicateExternalIds() const
{
    QHash<QString, int> byExternal;
    int dups = 0;
    for (const Ticket &t : m_tickets) {
        const QString ext = t.data.value(QStringLiteral("external_id")).toString();
        if (!ext.isEmpty() && ++byExternal[ext] == 2)
            ++dups;
    }
    return dups;
}

int ZendeskStore::commentCount() const
{
    int n = 0;
    for (const Ticket &t : m_tickets)
        n += int(t.comments.size());
    return n;
}

QJsonObject ZendeskStore::withComments(const Ticket &t) const
{
    QJsonObject o = t.data;
    QJsonArray cs;
    for (const Comment &cm : t.comments)
        cs.append(QJsonObject{{QStringLiteral("body"), cm.body}, {QStringLiteral("public"), cm.isPublic}});
    o.insert(QStringLiteral("comments"), cs);
    return o;
}

QJsonArray ZendeskStore::ticketsJson() const
{
    QJsonArray out;
    for (const Ticket &t : m_tickets)
        out.append(withComments(t));
    return out;
}

QJsonArray ZendeskStore::ticketsWithExternalId(const QString &externalId) const
{
    QJsonArray out;
    for (const Ticket &t : m_tickets)
        if (t.data.value(QStringLiteral("external_id")).toString() == externalId)
            out.append(withComments(t));
    return out;
}

} // namespace backroom::sim
