#include "sync/engine/ticketscanner.h"

#include "sync/engine/ticketpolicy.h"
#include "sync/journal/journal.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace backroom {

namespace {
const QString kStore = QStringLiteral("");
const QString kCursor = QStringLiteral("helpdesk.exceptions");
constexpr int kPage = 500;

QString textBody(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact));
}
} // namespace

int TicketScanner::scan(qint64 nowMs)
{
    int queued = 0;
    qint64 since = m_journal->cursor(kStore, kCursor).toLongLong();
    // The cursor is inclusive (several changes can share a millisecond); what was seen before
    // is recognised by the ticket's remembered exception id and state.
    for (int page = 0; page < 20; ++page) {
        const QList<TicketSourceException> changed = m_journal->exceptionsChangedSince(since, kPage);
        qint64 maxSeen = since;
        for (const TicketSourceException &e : changed) {
            queued += onException(e, nowMs);
            maxSeen = std::max(maxSeen, e.updatedMs);
        }
        if (maxSeen != since)
            (void)m_journal->setCursor(kStore, kCursor, QString::number(maxSeen), nowMs);
        if (changed.size() < kPage || maxSeen == since)
            break;
        since = maxSeen;
    }
    for (const auto &[ticketKey, erpRef] : m_journal->openTicketsOfDeliveredOrders())
        queued += solve(ticketKey, deliveredComment(erpRef), nowMs);
    return queued;
}

int TicketScanner::solve(qint64 ticketKey, const QString &text, qint64 nowMs)
{
    (void)m_journal->setHelpdeskTicketState(ticketKey, QStringLiteral("solved"), nowMs);
    return m_journal->enqueueTicketWork(ticketKey, QString::fromLatin1(OutboxKind::TicketSolve), textBody(text), nowMs) ? 1 : 0;
}

int TicketScanner::onException(const TicketSourceException &e, qint64 nowMs)
{
    const TicketDecision d = decideTicket(e.category, e.code, e.kind);
    if (!d.wanted)
        return 0;
    const QString ext = ticketExternalId(e.storeId, e.wooId, d.cause);
    const std::optional<HelpdeskTicketRecord> t = m_journal->helpdeskTicket(ext);
    const QString comment = QString::fromLatin1(OutboxKind::TicketComment);
    int queued = 0;

    if (e.state == QLatin1String("open")) {
        // The same exception now has another cause (e.g. an unknown item, then a disabled one).
        for (const HelpdeskTicketRecord &other : m_journal->helpdeskTicketsForException(e.id)) {
            if (other.externalId != ext && other.state == QLatin1String("open")) {
                queued += solve(other.id, supersededComment(d.cause), nowMs);
                (void)m_journal->setHelpdeskTicketException(other.id, e.id, QStringLiteral("superseded"), nowMs);
            }
        }
        if (!t) {
            HelpdeskTicketRecord rec;
            rec.externalId = ext;
            rec.orderKey = e.orderKey;
            rec.cause = d.cause;
            rec.exceptionId = e.id;
            rec.exceptionState = e.state;
            rec.state = QStringLiteral("open");
            const TicketDraft draft = ticketDraft(e, d);
            rec.subject = draft.subject;
            const Result<qint64> key = m_journal->addHelpdeskTicket(rec, nowMs);
            if (!key)
                return queued;
            const QString body = QString::fromUtf8(QJsonDocument(draftToJson(draft)).toJson(QJsonDocument::Compact));
            return queued + (m_journal->enqueueTicketWork(key.value(), QString::fromLatin1(OutboxKind::TicketCreate), body, nowMs) ? 1 : 0);
        }
        if (t->exceptionId == e.id && t->exceptionState == QLatin1String("open"))
            return queued; // seen
        if (t->exceptionId > e.id)
            return queued; // an older exception of this order and cause
        const bool wasSolved = t->state == QLatin1String("solved");
        (void)m_journal->setHelpdeskTicketException(t->id, e.id, e.state, nowMs);
        (void)m_journal->setHelpdeskTicketState(t->id, QStringLiteral("open"), nowMs);
        return queued + (m_journal->enqueueTicketWork(t->id, comment, textBody(stillFailingComment(e, wasSolved)), nowMs) ? 1 : 0);
    }

    // retried, resolved, skipped: only for the exception the ticket follows now.
    if (!t || t->exceptionId != e.id || t->exceptionState == e.state)
        return 0;
    (void)m_journal->setHelpdeskTicketException(t->id, e.id, e.state, nowMs);
    if (t->state != QLatin1String("open"))
        return 0;
    if (e.state == QLatin1String("retried"))
        return m_journal->enqueueTicketWork(t->id, comment, textBody(retriedComment(e)), nowMs) ? 1 : 0;
    if (e.state == QLatin1String("resolved") || e.state == QLatin1String("skipped"))
        return solve(t->id, closedComment(e), nowMs);
    return 0;
}

} // namespace backroom
