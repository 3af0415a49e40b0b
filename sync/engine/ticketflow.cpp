#include "sync/engine/ticketflow.h"

#include "sync/engine/connectionmonitor.h"
#include "sync/engine/ticketpolicy.h"
#include "sync/engine/writebatch.h"
#include "sync/helpdesk/helpdeskadapter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTickets, "backroom.sync.tickets")

namespace backroom {

namespace {
const QString kStore = QStringLiteral("");
const QString kMentionsCursor = QStringLiteral("helpdesk.mentions");
constexpr qint64 kExportForbiddenPauseMs = 10 * 60 * 1000;
constexpr qint64 kLinkEveryMs = 1000;
constexpr int kClaimBatch = 25;
} // namespace

TicketFlow::TicketFlow(HelpdeskAdapter *helpdesk, Journal *journal, WriteBatch *batch, ConnectionMonitor *monitor, Clock *clock,
                       Options options, QObject *parent)
    : EngineFlow(parent)
    , m_helpdesk(helpdesk)
    , m_journal(journal)
    , m_batch(batch)
    , m_monitor(monitor)
    , m_clock(clock)
    , m_options(options)
    , m_backoff(std::chrono::milliseconds(options.retry.baseDelayMs), std::chrono::milliseconds(options.retry.maxDelayMs))
    , m_scanner(journal)
{
    m_pollTimer.setInterval(m_options.pollEvery);
    connect(&m_pollTimer, &QTimer::timeout, this, &TicketFlow::pollMentions);
    m_scanTimer.setSingleShot(true);
    connect(&m_scanTimer, &QTimer::timeout, this, &EngineFlow::progressed);
}

void TicketFlow::start()
{
    m_started = true;
    if (m_batch->open()) {
        // Work a crash left in flight: its outcome is unknown, so a create looks up first.
        (void)m_journal->recoverTicketInflight(m_clock->nowMs());
        (void)m_batch->flush();
    }
    m_pollTimer.start();
    pollMentions();
}

void TicketFlow::stop()
{
    m_pollTimer.stop();
    m_scanTimer.stop();
    m_started = false;
}

bool TicketFlow::paused() const
{
    return m_monitor->isPaused(m_helpdesk->connectionName());
}

bool TicketFlow::busy() const
{
    if (m_inFlight > 0 || m_polling || m_scanPending)
        return true;
    if (!m_claimed.isEmpty())
        return !paused();
    if (paused())
        return false; // auth: the connection waits for a person; headless reports it
    if (!m_firstPollDone)
        return true;
    // Work still being tried. Past max_attempts it keeps waiting (and retrying at the longest
    // delay) but no longer holds up --until-idle: a helpdesk outage must not stop a run.
    return m_journal->ticketWorkActive(m_options.retry.maxAttempts) > 0;
}

void TicketFlow::pump()
{
    const qint64 now = m_clock->nowMs();
    // The scan reads every exception changed since its cursor: at most every scanEvery, and
    // once more after the last change, so --until-idle never ends before it.
    if (!m_sinceScan.isValid() || m_sinceScan.elapsed() >= m_options.scanEvery.count()) {
        if (!m_batch->open())
            return;
        m_sinceScan.start();
        m_scanPending = false;
        m_scanTimer.stop();
        if (m_scanner.scan(now) > 0)
            (void)m_batch->flush();
    } else if (!m_scanPending) {
        m_scanPending = true;
        m_scanTimer.start(std::chrono::milliseconds(std::max<qint64>(1, m_options.scanEvery.count() - m_sinceScan.elapsed())));
    }
    if (now - m_lastLinkMs >= kLinkEveryMs)
        linkMentions(now);
    if (!m_started || paused() || m_inFlight >= m_options.concurrency)
        return;
    // Claim ahead in batches (one commit for up to kClaimBatch items), send as slots free up.
    if (m_claimed.size() < m_options.concurrency) {
        if (!m_batch->open())
            return;
        const QList<TicketWorkItem> items = m_journal->claimTicketWork(now, kClaimBatch - int(m_claimed.size()));
        // The claim (attempts+1, inflight) is durable before anything goes on the wire.
        if (!items.isEmpty() && !m_batch->flush())
            return;
        m_claimed.append(items);
    }
    while (m_inFlight < m_options.concurrency && !m_claimed.isEmpty()) {
        ++m_inFlight;
        process(m_claimed.takeFirst());
    }
}

void TicketFlow::process(const TicketWorkItem &item)
{
    const QString text = QJsonDocument::fromJson(item.body.toUtf8()).object().value(QStringLiteral("text")).toString();
    if (item.kind == QLatin1String(OutboxKind::TicketCreate)) {
        if (!item.outcomeUnknown) {
            create(item);
            return;
        }
        // An earlier attempt may have created it: look before creating again.
        m_helpdesk->findTicket(item.externalId, [this, item](const Result<std::optional<TicketRef>> &found) {
            if (!found)
                return fail(item, found.error());
            if (found.value()) {
                qCInfo(lcTickets) << "ticket" << item.externalId << "already exists as" << found.value()->id;
                return succeed(item, found.value()->id, found.value()->status, QStringLiteral("found"));
            }
            create(item);
        });
        return;
    }
    if (item.remoteId.isEmpty()) {
        // The create failed for good; there is no ticket to update.
        if (m_batch->open())
            (void)m_journal->failTicketWork(item, QStringLiteral("no ticket: its creation failed"), m_clock->nowMs());
        return done();
    }
    const auto after = [this, item](const Status &s) {
        if (!s)
            return fail(item, s.error());
        succeed(item, QString(), item.kind == QLatin1String(OutboxKind::TicketSolve) ? QStringLiteral("solved") : QString(),
                QStringLiteral("updated"));
    };
    if (item.kind == QLatin1String(OutboxKind::TicketSolve))
        m_helpdesk->solveTicket(item.remoteId, text, after);
    else
        m_helpdesk->addComment(item.remoteId, text, false, after);
}

void TicketFlow::create(const TicketWorkItem &item)
{
    const TicketDraft draft = draftFromJson(QJsonDocument::fromJson(item.body.toUtf8()).object(), item.externalId);
    m_helpdesk->createTicket(draft, [this, item](const Result<TicketRef> &made) {
        if (!made)
            return fail(item, made.error());
        succeed(item, made.value().id, made.value().status, QStringLiteral("created"));
    });
}

void TicketFlow::succeed(const TicketWorkItem &item, const QString &remoteId, const QString &remoteStatus, const QString &what)
{
    m_monitor->success(m_helpdesk->connectionName());
    qCInfo(lcTickets) << item.kind << item.externalId << what << remoteId;
    if (m_batch->open())
        (void)m_journal->completeTicketWork(item, remoteId, remoteStatus, m_clock->nowMs());
    done();
}

void TicketFlow::fail(const TicketWorkItem &item, const SyncError &error)
{
    const qint64 now = m_clock->nowMs();
    const QString connection = m_helpdesk->connectionName();
    qCInfo(lcTickets) << item.kind << item.externalId << "attempt" << item.attempts << "failed:" << error.summary();
    if (!m_batch->open())
        return done();
    if (error.category == ErrorCategory::Auth) {
        m_monitor->failure(connection, error); // pauses the helpdesk only, raises one exception
        (void)m_journal->rescheduleTicketWork(item, now + m_options.authProbeAfter.count(), error.summary(), false, false);
    } else if (isTransient(error.category)) {
        m_monitor->failure(connection, error);
        const int retry = std::min(item.attempts - 1, 30);
        qint64 delay = m_backoff.ceiling(retry).count() / 2 + m_backoff.delay(retry).count() / 2;
        if (error.retryAfterMs)
            delay = std::max(delay, *error.retryAfterMs);
        // A timeout, a reset or a 5xx may have come after Zendesk stored the ticket.
        const bool unknown = item.kind == QLatin1String(OutboxKind::TicketCreate)
            && error.category != ErrorCategory::TransientThrottled;
        (void)m_journal->rescheduleTicketWork(item, now + delay, error.summary(), unknown);
    } else {
        (void)m_journal->failTicketWork(item, error.summary(), now);
        if (item.kind == QLatin1String(OutboxKind::TicketCreate)) {
            // One open exception for the helpdesk's refusals, not one per order.
            SyncError e = error;
            e.message = QStringLiteral("ticket %1 was not created: %2").arg(item.externalId, error.message);
            (void)m_journal->raiseConnectionException(connection + QStringLiteral(":tickets"), e, now);
        } else {
            qCWarning(lcTickets) << "ticket" << item.remoteId << "cannot be updated:" << error.summary();
        }
    }
    done();
}

void TicketFlow::done()
{
    --m_inFlight;
    Q_EMIT progressed();
}

std::optional<qint64> TicketFlow::orderFor(const TicketMention &m)
{
    QString store;
    qint64 wooId = 0;
    if (parseTicketExternalId(m.externalId, &store, &wooId))
        return m_journal->orderKeyFor(store, wooId);
    return m_journal->orderKeyByNumber(m.orderReference);
}

void TicketFlow::linkMentions(qint64 nowMs)
{
    // Tickets about orders the journal did not know when the ticket was polled.
    m_lastLinkMs = nowMs;
    for (const TicketMention &m : m_journal->unlinkedMentions(200)) {
        if (const std::optional<qint64> key = orderFor(m))
            (void)m_journal->linkMention(m.id, *key, nowMs);
    }
}

void TicketFlow::pollMentions()
{
    if (m_polling || paused() || m_clock->nowMs() < m_pollBlockedUntilMs) {
        m_firstPollDone = true;
        return;
    }
    m_polling = true;
    const QString cursor = m_journal->cursor(kStore, kMentionsCursor);
    m_helpdesk->ticketsSince(cursor, [this, cursor](const Result<TicketPage> &page) { afterPoll(cursor, page); });
}

void TicketFlow::afterPoll(const QString &cursor, const Result<TicketPage> &page)
{
    m_polling = false;
    m_firstPollDone = true;
    const qint64 now = m_clock->nowMs();
    if (!page) {
        const SyncError &e = page.error();
        if (e.category == ErrorCategory::Auth && e.httpStatus == 403) {
            // Tickets work, but the export needs an admin: linking waits, nothing else does.
            qCWarning(lcTickets) << "the helpdesk refuses the ticket export (the API user is no admin?):" << e.message;
            m_pollBlockedUntilMs = now + kExportForbiddenPauseMs;
        } else if (e.category == ErrorCategory::Auth || isTransient(e.category)) {
            m_monitor->failure(m_helpdesk->connectionName(), e);
        } else {
            qCWarning(lcTickets) << "ticket export failed:" << e.summary();
        }
        Q_EMIT progressed();
        return;
    }
    m_monitor->success(m_helpdesk->connectionName());
    if (m_batch->open()) {
        for (const TicketMention &m : page.value().tickets)
            (void)m_journal->recordTicketMention(m, orderFor(m), now);
        (void)m_journal->setCursor(kStore, kMentionsCursor, page.value().nextCursor, now);
        (void)m_batch->flush();
    }
    // A full page may have more behind it.
    if (!page.value().tickets.isEmpty() && page.value().nextCursor != cursor)
        pollMentions();
    Q_EMIT progressed();
}

} // namespace backroom
