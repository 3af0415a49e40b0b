#pragma once

#include "sync/core/syncerror.h"
#include "sync/model/ticket.h"

#include <QObject>

#include <functional>
#include <optional>

namespace backroom {

// What the engine needs from a helpdesk. One class per vendor (ZendeskAdapter, RtAdapter);
// createHelpdeskAdapter() in helpdeskfactory.h picks one by helpdesk.type.
// All calls are asynchronous; the callback runs exactly once on the adapter's thread.
class HelpdeskAdapter : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(const Result<T> &)>;

    using QObject::QObject;
    ~HelpdeskAdapter() override = default;

    // Connection name for health, e.g. "helpdesk:zendesk".
    virtual QString connectionName() const = 0;

    // The ticket created earlier with this external id, if any (dedup before every create).
    virtual void findTicket(const QString &externalId, Callback<std::optional<TicketRef>> done) = 0;
    // Creates the ticket; never retried by the adapter (the engine looks up first).
    virtual void createTicket(const TicketDraft &draft, Callback<TicketRef> done) = 0;
    // Adds a comment; internal (private) unless isPublic.
    virtual void addComment(const QString &ticketId, const QString &text, bool isPublic, Callback<Done> done) = 0;
    // Marks the ticket solved/resolved, with an internal comment.
    virtual void solveTicket(const QString &ticketId, const QString &comment, Callback<Done> done) = 0;
    // Tickets updated after `cursor` (empty: recent ones) that mention an order, oldest first.
    virtual void ticketsSince(const QString &cursor, Callback<TicketPage> done) = 0;
};

} // namespace backroom
