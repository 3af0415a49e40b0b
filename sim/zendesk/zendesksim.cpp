#include "sim/zendesk/zendesksim.h"

#include "sim/core/simhttpserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace backroom::sim {

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

SimResponse zdError(int status, const QString &error, const QString &description = {})
{
    QJsonObject o{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return SimResponse::json(status, o);
}

SimResponse invalidRecord(const QString &field, const QString &message)
{
    return SimResponse::json(422, QJsonObject{
        {QStringLiteral("error"), QStringLiteral("RecordInvalid")},
        {QStringLiteral("description"), QStringLiteral("Record validation errors")},
        {QStringLiteral("details"),
         QJsonObject{{field, QJsonArray{QJsonObject{{QStringLiteral("description"), message},
                                                    {QStringLiteral("error"), QStringLiteral("BlankValue")}}}}}}});
}

struct Comment {
    int id = 0;
    QString body;
    bool isPublic = true;
    QString createdAt;
};

struct Ticket {
    QJsonObject data;
    QList<Comment> comments;
};

class ZendeskServer final : public SimHttpServer {
public:
    ZendeskServer(ZendeskSim::Options options, QObject *parent)
        : SimHttpServer(options.faults, parent)
        , m_options(std::move(options))
    {
    }

    ZendeskStats stats() const
    {
        ZendeskStats s;
        QHash<QString, int> byExternal;
        for (const Ticket &t : m_tickets) {
            ++s.tickets;
            const QString status = t.data.value(QStringLiteral("status")).toString();
            if (status != QLatin1String("solved") && status != QLatin1String("closed"))
                ++s.openTickets;
            const QString ext = t.data.value(QStringLiteral("external_id")).toString();
            if (!ext.isEmpty() && ++byExternal[ext] == 2)
                ++s.duplicateExternalIds;
            s.comments += int(t.comments.size());
        }
        const SimCounters c = counters();
        s.requests = c.requests;
        s.faults = c.faults;
        return s;
    }

protected:
    QJsonObject adminStats() const override
    {
        const ZendeskStats s = stats();
        QJsonObject o = countersJson();
        o.insert(QStringLiteral("tickets"), s.tickets);
        o.insert(QStringLiteral("open_tickets"), s.openTickets);
        o.insert(QStringLiteral("duplicate_external_ids"), s.duplicateExternalIds);
        o.insert(QStringLiteral("comments"), s.comments);
        return o;
    }

    SimResponse authFault(const SimRequest &) override
    {
        return zdError(401, QStringLiteral("Couldn't authenticate you"));
    }

    SimResponse handle(const SimRequest &request) override
    {
        const QByteArray expected = "Basic "
            + QString(m_options.email + QStringLiteral("/token:") + m_options.apiToken).toUtf8().toBase64();
        if (request.header(QByteArrayLiteral("authorization")) != expected)
            return authFault(request);

        const QStringList segs = http::segments(request.path);
        QStringList c;
        const QString star = QStringLiteral("*");
        if (http::match(segs, {QStringLiteral("api"), QStringLiteral("v2"), QStringLiteral("tickets.json")})) {
            if (request.method == "POST")
                return create(request);
            if (request.method == "GET")
                return list(request);
        } else if (http::match(segs, {QStringLiteral("api"), QStringLiteral("v2"), QStringLiteral("tickets"), star}, &c)
                   && c[0].endsWith(QLatin1String(".json"))) {
            const int id = c[0].chopped(5).toInt();
            if (!m_tickets.contains(id))
                return zdError(404, QStringLiteral("RecordNotFound"), QStringLiteral("Not found"));
            if (request.method == "GET")
                return SimResponse::json(200, QJsonObject{{QStringLiteral("ticket"), m_tickets[id].data}});
            if (request.method == "PUT")
                return update(request, id);
        } else if (http::match(segs, {QStringLiteral("api"), QStringLiteral("v2"), QStringLiteral("tickets"), star,
                                      QStringLiteral("comments.json")}, &c)) {
            const int id = c[0].toInt();
            if (!m_tickets.contains(id))
                return zdError(404, QStringLiteral("RecordNotFound"), QStringLiteral("Not found"));
            QJsonArray comments;
            for (const Comment &cm : m_tickets[id].comments)
                comments.append(QJsonObject{{QStringLiteral("id"), cm.id}, {QStringLiteral("type"), QStringLiteral("Comment")},
                                            {QStringLiteral("body"), cm.body}, {QStringLiteral("public"), cm.isPublic},
                                            {QStringLiteral("created_at"), cm.createdAt}});
            return SimResponse::json(200, QJsonObject{{QStringLiteral("comments"), comments},
                                                      {QStringLiteral("next_page"), QJsonValue::Null},
                                                      {QStringLiteral("previous_page"), QJsonValue::Null},
                                                      {QStringLiteral("count"), comments.size()}});
        }
        return zdError(404, QStringLiteral("InvalidEndpoint"), QStringLiteral("Not found"));
    }

private:
    std::optional<QJsonObject> ticketBody(const SimRequest &request)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject() || !doc.object().value(QStringLiteral("ticket")).isObject())
            return std::nullopt;
        return doc.object().value(QStringLiteral("ticket")).toObject();
    }

    void addComment(Ticket &t, const QJsonObject &comment)
    {
        const QString body = comment.value(QStringLiteral("body")).toString(comment.value(QStringLiteral("html_body")).toString());
        if (body.isEmpty())
            return;
        t.comments.append(Comment{m_nextComment++, body, comment.value(QStringLiteral("public")).toBool(true), isoNow()});
    }

    SimResponse create(const SimRequest &request)
    {
        const auto body = ticketBody(request);
        if (!body)
            return zdError(400, QStringLiteral("InvalidValue"), QStringLiteral("Expected a JSON object with a ticket"));
        const QJsonObject comment = body->value(QStringLiteral("comment")).toObject();
        if (comment.value(QStringLiteral("body")).toString().isEmpty() && comment.value(QStringLiteral("html_body")).toString().isEmpty())
            return invalidRecord(QStringLiteral("description"), QStringLiteral("Description: cannot be blank"));
        const int id = m_nextTicket++;
        const QString now = isoNow();
        const QString subject = body->value(QStringLiteral("subject")).toString();
        QJsonObject t{
            {QStringLiteral("url"), QString(url().toString() + QStringLiteral("/api/v2/tickets/%1.json").arg(id))},
            {QStringLiteral("id"), id},
            {QStringLiteral("external_id"), body->value(QStringLiteral("external_id"))},
            {QStringLiteral("via"), QJsonObject{{QStringLiteral("channel"), QStringLiteral("api")}}},
            {QStringLiteral("created_at"), now},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("type"), body->value(QStringLiteral("type"))},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("raw_subject"), subject},
            {QStringLiteral("description"), comment.value(QStringLiteral("body")).toString()},
            {QStringLiteral("priority"), body->value(QStringLiteral("priority"))},
            {QStringLiteral("status"), body->value(QStringLiteral("status")).toString(QStringLiteral("new"))},
            {QStringLiteral("requester_id"), 1000 + id},
            {QStringLiteral("submitter_id"), 1},
            {QStringLiteral("assignee_id"), QJsonValue::Null},
            {QStringLiteral("tags"), body->value(QStringLiteral("tags")).isArray() ? body->value(QStringLiteral("tags")) : QJsonArray()},
            {QStringLiteral("custom_fields"), QJsonArray()}};
        for (const QString &k : {QStringLiteral("external_id"), QStringLiteral("type"), QStringLiteral("priority")})
            if (t.value(k).isUndefined())
                t.insert(k, QJsonValue::Null);
        Ticket ticket{t, {}};
        addComment(ticket, comment);
        m_tickets.insert(id, ticket);
        SimResponse r = SimResponse::json(201, QJsonObject{{QStringLiteral("ticket"), t}});
        r.header("Location", (url().toString() + QStringLiteral("/api/v2/tickets/%1.json").arg(id)).toUtf8());
        return r;
    }

    SimResponse update(const SimRequest &request, int id)
    {
        const auto body = ticketBody(request);
        if (!body)
            return zdError(400, QStringLiteral("InvalidValue"), QStringLiteral("Expected a JSON object with a ticket"));
        Ticket &t = m_tickets[id];
        for (const QString &k : {QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("subject"),
                                 QStringLiteral("tags"), QStringLiteral("external_id"), QStringLiteral("type")})
            if (body->contains(k))
                t.data.insert(k, body->value(k));
        if (body->value(QStringLiteral("comment")).isObject())
            addComment(t, body->value(QStringLiteral("comment")).toObject());
        t.data.insert(QStringLiteral("updated_at"), isoNow());
        return SimResponse::json(200, QJsonObject{{QStringLiteral("ticket"), t.data}});
    }

    SimResponse list(const SimRequest &request)
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

    ZendeskSim::Options m_options;
    QMap<int, Ticket> m_tickets;
    int m_nextTicket = 1;
    int m_nextComment = 1;
};

} // namespace

struct ZendeskSim::Private {
    ZendeskServer *server = nullptr;
};

ZendeskSim::ZendeskSim(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->server = new ZendeskServer(std::move(options), this);
}

ZendeskSim::~ZendeskSim() = default;

quint16 ZendeskSim::listen(const QHostAddress &address, quint16 port)
{
    return d->server->start(address, port);
}

QUrl ZendeskSim::url() const
{
    return d->server->url();
}

ZendeskStats ZendeskSim::stats() const
{
    return d->server->stats();
}

void ZendeskSim::setFaults(const FaultSpec &faults)
{
    d->server->setFaults(faults);
}

} // namespace backroom::sim
