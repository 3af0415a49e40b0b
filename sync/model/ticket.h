#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace backroom {

// Helpdesk tickets, vendor-neutral (Zendesk tickets, Request Tracker tickets).

struct TicketDraft {
    QString externalId;       // dedup key: "backroom:<store>:<order id>:<cause>"
    QString subject;
    QString body;             // first comment; internal unless `publicBody`
    bool publicBody = false;
    QStringList tags;         // e.g. "backroom", "backroom-mapping"
    QString requesterEmail;   // the customer when the ticket touches one; empty: the API user
    QString requesterName;
    QString priority;         // low | normal | high | urgent; empty: the helpdesk's default
};

struct TicketRef {
    QString id;               // the helpdesk's ticket id, as text
    QString status;           // the helpdesk's own word: new, open, pending, solved, resolved, ...
    bool closed = false;      // solved/closed/resolved/rejected
};

// A ticket that mentions an order (found by polling), for the order passport.
struct TicketMention {
    QString id;
    QString subject;
    QString status;
    QString externalId;       // ours when we created it; empty otherwise
    QString orderReference;   // the order number it mentions (as text), empty when none found
    QString updated;          // the helpdesk's updated timestamp (cursor)
    QString url;              // where a person opens it
};

struct TicketPage {
    QList<TicketMention> tickets;
    QString nextCursor;       // pass to the next call
};

} // namespace backroom
