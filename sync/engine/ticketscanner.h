#pragma once

#include <QtGlobal>

namespace backroom {

class Journal;
struct TicketSourceException;

// Turns what happened to exceptions and orders into ticket work in the journal, without the
// network: a ticket to create for a new exception that needs one (exactly one per order and
// cause), an internal comment when it is retried or fails again, a solve when it is resolved or
// skipped or the order went through. Idempotent: it may see the same change twice. Callers
// hold a transaction open (WriteBatch) around scan().
class TicketScanner final {
public:
    explicit TicketScanner(Journal *journal) : m_journal(journal) {}
    // Returns the number of work items queued.
    int scan(qint64 nowMs);

private:
    int onException(const TicketSourceException &e, qint64 nowMs);
    int solve(qint64 ticketKey, const QString &text, qint64 nowMs);

    Journal *m_journal;
};

} // namespace backroom
