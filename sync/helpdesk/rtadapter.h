#pragma once

#include "sync/helpdesk/helpdeskadapter.h"
#include "sync/helpdesk/rtconnection.h"
#include "sync/helpdesk/rtwire.h"
#include "sync/http/httprequest.h"

#include <QList>

namespace backroom {

class HttpClient;

// Request Tracker 5 through REST2 (/REST/2.0/, token or Basic auth). The dedup key lives in
// a ticket custom field (helpdesk.external_id_field). See docs/rt-wire.md.
class RtAdapter final : public HelpdeskAdapter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RtAdapter)
public:
    RtAdapter(RtConnection conn, HttpClient *http, QObject *parent = nullptr);
    ~RtAdapter() override;

    QString connectionName() const override { return QStringLiteral("helpdesk:rt"); }

    // Checks the queue once (it exists, the custom field applies to it), then
    // GET /tickets?query='CF.{field}' = 'id'.
    void findTicket(const QString &externalId, Callback<std::optional<TicketRef>> done) override;
    // Checks the queue once, POST /ticket; an internal body follows as POST /ticket/:id/comment.
    void createTicket(const TicketDraft &draft, Callback<TicketRef> done) override;
    // POST /ticket/:id/comment (internal) or /correspond (public).
    void addComment(const QString &ticketId, const QString &text, bool isPublic, Callback<Done> done) override;
    // POST /ticket/:id/comment with Status "resolved" (PUT /ticket/:id when there is no comment).
    void solveTicket(const QString &ticketId, const QString &comment, Callback<Done> done) override;
    // GET /tickets, updated since the cursor and mentioning an order, oldest first.
    void ticketsSince(const QString &cursor, Callback<TicketPage> done) override;

    const RtConnection &connection() const { return m_conn; }

    // How far back the first ticketsSince call (empty cursor) looks, and the margin added to
    // the server-side window for clock skew (the cursor filter is exact on the client).
    static constexpr qint64 kFirstLookBackS = 7 * 24 * 3600;
    static constexpr qint64 kSkewMarginS = 300;
    static constexpr int kPageSize = 100;

private:
    HttpRequest request(const QByteArray &method, const QUrl &url) const;
    HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QJsonObject &body) const;
    void ensureQueue(std::function<void(const Status &)> then);
    void finishQueueCheck(const Status &result);
    void searchPage(const RtCursor &cursor, qint64 windowS, int page, Callback<TicketPage> done);

    RtConnection m_conn;
    HttpClient *m_http;
    bool m_queueChecked = false;
    QList<std::function<void(const Status &)>> m_waitingForQueue;
};

} // namespace backroom
