#pragma once

#include "sync/model/ticket.h"

#include <QJsonObject>
#include <QString>

namespace backroom {

struct TicketSourceException;

// Which exceptions become helpdesk tickets, and what the tickets say (docs/helpdesk.md).
//
//   mapping            ticket (a person fixes the mapping; normal priority)
//   validation         ticket (the order's data needs a person, often a call to the customer)
//   business           ticket; code "backorder" (the ERP is short of stock) touches the
//                      customer: high priority, the customer as requester (comments stay internal)
//   conflict           ticket, high priority (shipped already, changed after posting, duplicate)
//   transient.*, auth  no ticket: an outage or a credential is fixed once, not per order
//   internal           no ticket: a bug, for the engineers (correlation id in the exception)
// Exceptions without an order (connections) and those of the ticket flow itself never do.
struct TicketDecision {
    bool wanted = false;
    bool touchesCustomer = false;
    QString priority;          // low | normal | high | urgent
    QString cause;             // "<category>-<code>", the last part of the external id
};

TicketDecision decideTicket(const QString &category, const QString &code, const QString &exceptionKind);

// "backroom:<store>:<order id>:<cause>"
QString ticketExternalId(const QString &storeId, qint64 wooId, const QString &cause);
// The store and order id of one of our external ids; false if it is not ours.
bool parseTicketExternalId(const QString &externalId, QString *storeId, qint64 *wooId);

// The ticket for an exception: subject, internal first comment, tags "backroom" + category.
TicketDraft ticketDraft(const TicketSourceException &e, const TicketDecision &d);
QJsonObject draftToJson(const TicketDraft &d);
TicketDraft draftFromJson(const QJsonObject &o, const QString &externalId);

// Internal comments as the order moves on.
QString retriedComment(const TicketSourceException &e);
QString stillFailingComment(const TicketSourceException &e, bool wasSolved);
QString closedComment(const TicketSourceException &e);          // resolved or skipped
QString deliveredComment(const QString &erpRef);
QString supersededComment(const QString &newCause);

} // namespace backroom
