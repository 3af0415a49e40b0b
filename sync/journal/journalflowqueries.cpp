// Dashboard figures of the flows after posting: fulfilment, refunds, helpdesk tickets.
#include "sync/journal/journalqueries.h"

#include <algorithm>

namespace backroom {

namespace {

qint64 single(SqliteStatement &st)
{
    const qint64 v = st.step() && !st.isNull(0) ? st.int64(0) : 0;
    st.reset();
    return v;
}

} // namespace

FlowCounts JournalQueries::flowCounts(qint64 nowMs, qint64 fulfilmentDueS, const QHash<QString, qint64> &stageTotals)
{
    FlowCounts out;
    SqliteDb &db = m_journal.db();
    // Posted and confirmed orders leave both stages once fulfilled, cancelled or refunded, so the
    // stage index bounds the scan by the open orders, never the history.
    const qint64 dueBefore = nowMs - fulfilmentDueS * 1000;
    const QString posted = QLatin1String(Stage::Posted);
    const QString confirmed = QLatin1String(Stage::Confirmed);
    if (stageTotals.contains(posted) && stageTotals.contains(confirmed)) {
        // With the stage totals: late = total - no posted_at - posted in the last day, two short
        // ranges of orders_stage_posted(stage, posted_at) instead of every open order.
        SqliteStatement &notLate = db.prepare(
            "SELECT (SELECT count(*) FROM orders WHERE stage IN ('posted','confirmed') AND posted_at IS NULL) + "
            "(SELECT count(*) FROM orders WHERE stage IN ('posted','confirmed') AND posted_at >= ?)");
        notLate.bind(1, dueBefore);
        out.awaitingFulfilment = int(std::max<qint64>(0, stageTotals.value(posted) + stageTotals.value(confirmed) - single(notLate)));
    } else {
        SqliteStatement &late = db.prepare(
            "SELECT count(*) FROM orders WHERE stage IN ('posted','confirmed') AND posted_at IS NOT NULL AND posted_at < ?");
        late.bind(1, dueBefore);
        out.awaitingFulfilment = int(single(late));
    }
    out.oldestPostedMs = single(db.prepare("SELECT min(posted_at) FROM orders WHERE stage IN ('posted','confirmed')"));
    SqliteStatement &refunds = db.prepare("SELECT count(*) FROM outbox WHERE kind=? AND state IN ('pending','inflight')");
    refunds.bind(1, QString::fromLatin1(OutboxKind::ErpCreditNote));
    out.refundsPending = int(single(refunds));
    // helpdesk_tickets_state: every state but solved
    out.openTickets = int(single(db.prepare("SELECT count(*) FROM helpdesk_tickets WHERE state <> 'solved'")));
    return out;
}

} // namespace backroom
