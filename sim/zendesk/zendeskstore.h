#pragma once

#include "sim/core/simhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QUrl>

namespace backroom::sim {

// The ticket data of the Zendesk simulator and the API that works on it (/api/v2/...), without
// the transport: tickets with external_id, tags, priority, requester, status and comments
// (public or internal), the list filter by external_id, and the cursor-based incremental
// export. Validation answers in Zendesk's RecordInvalid format (422 with details).
class ZendeskStore {
public:
    struct Comment {
        qint64 id = 0;
        QString body;
        bool isPublic = true;
        QString createdAt;
    };
    struct Ticket {
        QJsonObject data;
        QList<Comment> comments;
        qint64 seq = 0;          // change sequence: the incremental export's order
        qint64 changedAtMs = 0;  // for the export's exclusion window
    };

    explicit ZendeskStore(QUrl base = {}) : m_base(std::move(base)) {}
    void setBase(const QUrl &base) { m_base = base; }
    // Real Zendesk leaves out of the incremental export what changed in the last minute;
    // 0 (the default) exports everything at once.
    void setExportDelayMs(qint64 ms) { m_exportDelayMs = ms; }

    SimResponse handle(const SimRequest &request);
    static bool isCreate(const SimRequest &request);

    // A ticket as if a customer wrote in (no external id); returns its id.
    qint64 addCustomerTicket(const QString &subject, const QString &description, const QString &requesterEmail);

    int ticketCount() const { return int(m_tickets.size()); }
    int openTickets() const;
    int duplicateExternalIds() const;
    int commentCount() const;
    int creates() const { return m_creates; }
    QJsonArray ticketsJson() const;                     // every ticket with its comments
    QJsonArray ticketsWithExternalId(const QString &externalId) const;

private:
    SimResponse create(const SimRequest &request);
    SimResponse update(const SimRequest &request, qint64 id);
    SimResponse list(const SimRequest &request) const;
    SimResponse incremental(const SimRequest &request) const;
    SimResponse comments(qint64 id) const;
    void addComment(Ticket &t, const QJsonObject &comment, const QString &now);
    void touch(Ticket &t, const QString &now);
    QJsonObject withComments(const Ticket &t) const;
    QString ticketUrl(qint64 id) const;

    QUrl m_base;
    QMap<qint64, Ticket> m_tickets;
    qint64 m_nextTicket = 1;
    qint64 m_nextComment = 1;
    qint64 m_seq = 0;
    qint64 m_exportDelayMs = 0;
    int m_creates = 0;
};

} // namespace backroom::sim
