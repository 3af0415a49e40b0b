#pragma once

#include "sync/helpdesk/helpdeskadapter.h"
#include "sync/http/httprequest.h"

#include <QUrl>

#include <chrono>

namespace backroom {

class Clock;
class HttpClient;

struct ZendeskConnection {
    QUrl url;                       // https://{subdomain}.zendesk.com
    QString email;                  // the API user; "{email}/token:{api_token}"
    QString apiToken;
    std::chrono::milliseconds timeout{30000};
    // First poll of ticketsSince without a cursor starts this far back.
    std::chrono::seconds firstPollWindow{7 * 24 * 3600};
};

// Zendesk Support through its REST API v2 (docs/zendesk-wire.md).
//   findTicket    GET  /api/v2/tickets.json?external_id=X   (list filter, not search: no index delay)
//   createTicket  POST /api/v2/tickets.json                  (never retried here)
//   addComment    PUT  /api/v2/tickets/{id}.json {comment}   (never retried here: a retry would add it twice)
//   solveTicket   PUT  /api/v2/tickets/{id}.json {status: solved, comment (internal)}
//   ticketsSince  GET  /api/v2/incremental/tickets/cursor.json (cursor-based incremental export)
class ZendeskAdapter final : public HelpdeskAdapter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZendeskAdapter)
public:
    ZendeskAdapter(ZendeskConnection conn, HttpClient *http, Clock *clock, QObject *parent = nullptr);
    ~ZendeskAdapter() override;

    QString connectionName() const override { return QStringLiteral("helpdesk:zendesk"); }

    void findTicket(const QString &externalId, Callback<std::optional<TicketRef>> done) override;
    void createTicket(const TicketDraft &draft, Callback<TicketRef> done) override;
    void addComment(const QString &ticketId, const QString &text, bool isPublic, Callback<Done> done) override;
    void solveTicket(const QString &ticketId, const QString &comment, Callback<Done> done) override;
    void ticketsSince(const QString &cursor, Callback<TicketPage> done) override;

    const ZendeskConnection &connection() const { return m_conn; }

private:
    HttpRequest request(const QByteArray &method, const QUrl &url, const QByteArray &body = {}) const;
    void update(const QString &ticketId, const QByteArray &body, const QString &what, Callback<Done> done);

    ZendeskConnection m_conn;
    HttpClient *m_http;
    Clock *m_clock;
};

} // namespace backroom
