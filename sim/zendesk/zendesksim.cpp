#include "sim/zendesk/zendesksim.h"

#include "sim/core/simhttpserver.h"
#include "sim/zendesk/zendeskstore.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace backroom::sim {

namespace {

constexpr int kHoldMs = 120000;
const QString kAfterCommit = QStringLiteral("-after-commit");

class ZendeskServer final : public SimHttpServer {
public:
    explicit ZendeskServer(const ZendeskSim::Options &options)
        : SimHttpServer(options.faults)
        , m_expected("Basic " + QString(options.email + QStringLiteral("/token:") + options.apiToken).toUtf8().toBase64())
    {
        m_store.setExportDelayMs(options.exportDelayMs);
    }

    ZendeskStore &store() { return m_store; }
    const ZendeskStore &store() const { return m_store; }
    void queue(const QString &kind) { m_queued.append(kind); }
    void queueOnCreate(const QString &kind) { m_queuedOnCreate.append(kind); }
    int lostAfterCommit() const { return m_lost; }
    int extraRequests() const { return m_extraRequests; }
    void setBase(const QUrl &url) { m_store.setBase(url); }

protected:
    SimResponse handle(const SimRequest &request) override
    {
        if (request.header(QByteArrayLiteral("authorization")) != m_expected)
            return authFault(request);
        return m_store.handle(request);
    }

    SimResponse authFault(const SimRequest &) override
    {
        // What Zendesk answers to a bad e-mail/token pair.
        return SimResponse::json(401, QJsonObject{{QStringLiteral("error"), QStringLiteral("Couldn't authenticate you")}});
    }

    QJsonObject adminStats() const override
    {
        QJsonObject o = countersJson();
        o.insert(QStringLiteral("requests"), double(counters().requests + m_extraRequests));
        o.insert(QStringLiteral("tickets"), m_store.ticketCount());
        o.insert(QStringLiteral("open_tickets"), m_store.openTickets());
        o.insert(QStringLiteral("duplicate_external_ids"), m_store.duplicateExternalIds());
        o.insert(QStringLiteral("comments"), m_store.commentCount());
        o.insert(QStringLiteral("creates"), m_store.creates());
        o.insert(QStringLiteral("lost_after_commit"), m_lost);
        return o;
    }

    SimResponse handleAdmin(const SimRequest &request) override
    {
        if (request.path == QLatin1String("/__sim/tickets")) {
            if (request.method == "GET") {
                const QString ext = request.queryValue(QStringLiteral("external_id"));
                return SimResponse::json(200, QJsonObject{{QStringLiteral("tickets"),
                                                           ext.isEmpty() ? m_store.ticketsJson() : m_store.ticketsWithExternalId(ext)}});
            }
            if (request.method == "POST") {
                const QJsonObject o = QJsonDocument::fromJson(request.body).object();
                const qint64 id = m_store.addCustomerTicket(o.value(QStringLiteral("subject")).toString(),
                                                            o.value(QStringLiteral("description")).toString(),
                                                            o.value(QStringLiteral("requester_email")).toString());
                return SimResponse::json(id > 0 ? 201 : 422, QJsonObject{{QStringLiteral("id"), id}});
            }
        }
        return SimHttpServer::handleAdmin(request);
    }

    bool handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket) override
    {
        const bool isCreate = httpRequest.method() == QHttpServerRequest::Method::Post
            && httpRequest.url().path() == QLatin1String("/api/v2/tickets.json");
        QString kind;
        if (isCreate && !m_queuedOnCreate.isEmpty())
            kind = m_queuedOnCreate.takeFirst();
        else if (!m_queued.isEmpty() && !httpRequest.url().path().startsWith(QLatin1String("/__sim/")))
            kind = m_queued.takeFirst();
        if (kind.isEmpty())
            return SimHttpServer::handleRequest(httpRequest, socket);
        ++m_extraRequests;
        const SimRequest request = toRequest(httpRequest);
        const bool after = kind.endsWith(kAfterCommit);
        if (after)
            kind.chop(kAfterCommit.size());
        SimResponse response;
        if (after || kind == QLatin1String("truncate")) {
            response = handle(request);
            if (after && ZendeskStore::isCreate(request) && response.status == 201)
                ++m_lost;
        }
        if (kind == QLatin1String("timeout")) {
            QTimer::singleShot(kHoldMs, socket, [socket] { socket->abort(); });
        } else if (kind == QLatin1String("reset")) {
            const qintptr fd = socket->socketDescriptor();
            if (fd >= 0) {
                struct linger lin {1, 0};
                ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof(lin));
            }
            socket->abort();
        } else if (kind == QLatin1String("truncate")) {
            response.body.truncate(response.body.size() / 2);
            write(socket, response);
        } else if (kind == QLatin1String("auth")) {
            write(socket, authFault(request));
        } else {
            write(socket, http::faultResponse(kind));
        }
        return true;
    }

private:
    static SimRequest toRequest(const QHttpServerRequest &httpRequest)
    {
        SimRequest r;
        static const QHash<QHttpServerRequest::Method, QByteArray> names{
            {QHttpServerRequest::Method::Get, "GET"}, {QHttpServerRequest::Method::Post, "POST"},
            {QHttpServerRequest::Method::Put, "PUT"}, {QHttpServerRequest::Method::Delete, "DELETE"}};
        r.method = names.value(httpRequest.method(), "OTHER");
        const QUrl url = httpRequest.url();
        r.path = url.path();
        r.rawPath = url.path(QUrl::FullyEncoded).toUtf8();
        r.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
        r.query = http::parseQuery(r.rawQuery);
        for (const auto &h : httpRequest.headers())
            r.headers.insert(h.first.toLower(), h.second);
        r.body = httpRequest.body();
        return r;
    }

    static void write(QTcpSocket *socket, const SimResponse &response)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + http::reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType
            + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: keep-alive\r\n";
        for (const auto &h : response.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "\r\n" + response.body;
        socket->write(out);
    }

    ZendeskStore m_store;
    QByteArray m_expected;
    QStringList m_queued;
    QStringList m_queuedOnCreate;
    int m_lost = 0;
    int m_extraRequests = 0;
};

} // namespace

struct ZendeskSim::Private {
    explicit Private(const Options &o) : server(o) {}
    ZendeskServer server;
};

ZendeskSim::ZendeskSim(Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(options))
{
}

ZendeskSim::~ZendeskSim() = default;

quint16 ZendeskSim::listen(const QHostAddress &address, quint16 port)
{
    const quint16 p = d->server.start(address, port);
    d->server.setBase(d->server.url());
    return p;
}

QUrl ZendeskSim::url() const
{
    return d->server.url();
}

ZendeskStats ZendeskSim::stats() const
{
    ZendeskStats s;
    const ZendeskStore &st = d->server.store();
    s.tickets = st.ticketCount();
    s.openTickets = st.openTickets();
    s.duplicateExternalIds = st.duplicateExternalIds();
    s.comments = st.commentCount();
    s.creates = st.creates();
    s.lostAfterCommit = d->server.lostAfterCommit();
    const SimCounters c = d->server.counters();
    s.requests = c.requests + d->server.extraRequests();
    s.faults = c.faults;
    return s;
}

void ZendeskSim::setFaults(const FaultSpec &faults)
{
    d->server.setFaults(faults);
}

void ZendeskSim::queueFault(const QString &kind)
{
    d->server.queue(kind);
}

void ZendeskSim::queueCreateFault(const QString &kind)
{
    d->server.queueOnCreate(kind);
}

QJsonArray ZendeskSim::tickets() const
{
    return d->server.store().ticketsJson();
}

QJsonArray ZendeskSim::ticketsWithExternalId(const QString &externalId) const
{
    return d->server.store().ticketsWithExternalId(externalId);
}

qint64 ZendeskSim::addCustomerTicket(const QString &subject, const QString &description, const QString &requesterEmail)
{
    return d->server.store().addCustomerTicket(subject, description, requesterEmail);
}

} // namespace backroom::sim
