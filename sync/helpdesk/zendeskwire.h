#pragma once

#include "sync/core/syncerror.h"
#include "sync/model/ticket.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace backroom {

// Pure pieces of the Zendesk Support API v2 wire format (docs/zendesk-wire.md): URLs, request
// bodies, answers and errors. No network here, so they are tested on their own.
namespace zendesk {

// "Basic base64({email}/token:{api_token})"
QByteArray authorization(const QString &email, const QString &apiToken);

QUrl ticketsUrl(const QUrl &base);                                  // /api/v2/tickets.json
QUrl ticketsByExternalIdUrl(const QUrl &base, const QString &externalId);
QUrl ticketUrl(const QUrl &base, const QString &ticketId);         // /api/v2/tickets/{id}.json
// /api/v2/incremental/tickets/cursor.json?start_time=N or ?cursor=C
QUrl incrementalUrl(const QUrl &base, const QString &cursor, qint64 startTimeS);
// Where a person opens the ticket in the agent interface: {base}/agent/tickets/{id}
QString agentUrl(const QUrl &base, const QString &ticketId);

// {"ticket":{"subject","comment":{"body","public"},"external_id","tags","priority","requester"}}
QByteArray createBody(const TicketDraft &draft);
// {"ticket":{"comment":{"body","public"}}} and, for solve, "status":"solved"
QByteArray commentBody(const QString &text, bool isPublic, const QString &status = {});

// The ticket of {"ticket":{...}}; nullopt if the body is not one.
std::optional<TicketRef> parseTicket(const QByteArray &body);
TicketRef ticketRef(const QJsonObject &ticket);
// The tickets of {"tickets":[...]} with this external id (Zendesk does not enforce uniqueness:
// several may come back; the oldest is the one to use). nullopt if unreadable.
std::optional<QList<TicketRef>> parseTicketList(const QByteArray &body, const QString &externalId);
// An incremental export page: the tickets that mention an order, and after_cursor.
std::optional<TicketPage> parseIncrementalPage(const QByteArray &body, const QUrl &base);
// The order number a ticket's text mentions ("order #1234", "Order 1234", "#1234"), or empty.
QString orderReferenceIn(const QString &text);
// The order id inside our own external id "backroom:<store>:<order id>:<cause>", or empty.
QString orderIdInExternalId(const QString &externalId);

// Maps one failed exchange onto the taxonomy, keeping Zendesk's own words (error,
// description, details) in the message and one sentence for a person in the hint.
SyncError mapError(int httpStatus, const QByteArray &body, const std::optional<SyncError> &transport,
                   const QString &what);

} // namespace zendesk
} // namespace backroom
