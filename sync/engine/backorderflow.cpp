#include "sync/engine/backorderflow.h"

#include "sync/engine/connectionmonitor.h"
#include "sync/engine/writebatch.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackorders, "backroom.sync.backorders")

namespace backroom {

namespace {
const QString kScope = QStringLiteral("erp");
const QString kCursor = QStringLiteral("backorders.posted");
constexpr int kPage = 100;
} // namespace

BackorderFlow::BackorderFlow(OrderFlowContext context, QObject *parent) : EngineFlow(parent), m_ctx(std::move(context))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_waiting = false;
        Q_EMIT progressed();
    });
}

QString BackorderFlow::noteFor(const SalesOrderState &state)
{
    QStringList parts;
    for (const SalesOrderState::Line &l : state.lines) {
        if (l.shortfall > 0)
            parts << QStringLiteral("%1 × %2").arg(l.shortfall).arg(l.itemCode);
    }
    if (parts.isEmpty())
        return {};
    return QStringLiteral("Backorder: the ERP cannot cover %1 of sales order %2 from stock now.")
        .arg(parts.join(QLatin1String(", ")), state.name);
}

void BackorderFlow::start()
{
    if (!m_ctx.settings.backorders)
        return;
    // "<posted_at>:<id>"; a journal without the cursor starts after its newest posted order, so
    // that turning the flow on does not check the whole history.
    QString cursor = m_ctx.journal->cursor(kScope, kCursor);
    if (cursor.isEmpty() && m_ctx.batch->open()) {
        cursor = QStringLiteral("%1:0").arg(m_ctx.journal->maxPostedAt().value_or(0));
        (void)m_ctx.journal->setCursor(kScope, kCursor, cursor, m_ctx.clock->nowMs());
        (void)m_ctx.batch->flush();
    }
    m_cursorPostedAt = cursor.section(QLatin1Char(':'), 0, 0).toLongLong();
    m_cursorKey = cursor.section(QLatin1Char(':'), 1, 1).toLongLong();
    m_started = true;
}

bool BackorderFlow::busy() const
{
    if (!m_started || m_waiting)
        return m_waiting;
    if (m_inFlight || !m_queue.isEmpty())
        return true;
    return !m_ctx.journal->ordersPostedAfter(m_cursorPostedAt, m_cursorKey, 1).isEmpty();
}

void BackorderFlow::pump()
{
    if (!m_started || m_inFlight || m_waiting || m_ctx.monitor->isPaused(m_ctx.erp->connectionName()))
        return;
    if (m_queue.isEmpty())
        m_queue = m_ctx.journal->ordersPostedAfter(m_cursorPostedAt, m_cursorKey, kPage);
    if (m_queue.isEmpty())
        return;
    m_inFlight = true;
    check(m_queue.first());
}

void BackorderFlow::check(const Journal::PostedOrder &order)
{
    StoreClient *client = m_ctx.stores.value(order.storeId);
    if (order.erpRef.isEmpty() || !client) {
        done(order);
        return;
    }
    m_ctx.erp->salesOrderState(order.erpRef, [this, order, client](const Result<SalesOrderState> &state) {
        if (!state) {
            if (state.error().code == QLatin1String("unsupported"))
                return done(order);
            return failed(order, state.error());
        }
        const QString note = noteFor(state.value());
        if (note.isEmpty())
            return done(order);
        auto post = [this, order, client, note] {
            client->addOrderNote(order.wooId, note, false, [this, order, note](const Result<qint64> &r) {
                if (!r)
                    return failed(order, r.error());
                raise(order, note);
            });
        };
        if (!m_failures.contains(order.orderKey))
            return post();
        // An earlier attempt may have added the note before it failed.
        client->listOrderNotes(order.wooId, [this, order, note, post](const Result<QStringList> &r) {
            if (!r)
                return failed(order, r.error());
            if (r.value().contains(note))
                raise(order, note);
            else
                post();
        });
    });
}

void BackorderFlow::raise(const Journal::PostedOrder &order, const QString &note)
{
    if (m_ctx.batch->open()) {
        SyncError e;
        e.category = ErrorCategory::Business;
        e.code = QStringLiteral("backorder");
        e.message = QStringLiteral("Order #%1: %2").arg(order.number, note);
        e.hint = QStringLiteral("Tell the customer when the missing items arrive (the helpdesk ticket for this exception "
                                "does), then resolve the exception.");
        e.groupKey = order.erpRef;
        const qint64 now = m_ctx.clock->nowMs();
        (void)m_ctx.journal->raiseOrderException(order.orderKey, kExceptionKind, e, QStringLiteral("erp"), now);
        (void)m_ctx.journal->markBackorderNoted(order.orderKey, now);
    }
    done(order);
    // The note is on the store order: the cursor past it must be durable now.
    (void)m_ctx.batch->flush();
}

void BackorderFlow::done(const Journal::PostedOrder &order)
{
    m_failures.remove(order.orderKey);
    if (!m_queue.isEmpty() && m_queue.first().orderKey == order.orderKey)
        m_queue.removeFirst();
    m_cursorPostedAt = order.postedAtMs;
    m_cursorKey = order.orderKey;
    if (m_ctx.batch->open()) {
        (void)m_ctx.journal->setCursor(kScope, kCursor, QStringLiteral("%1:%2").arg(m_cursorPostedAt).arg(m_cursorKey),
                                       m_ctx.clock->nowMs());
        // Committed with the engine's next batch: a cursor lost in a crash only checks those
        // orders again, which changes nothing in the store unless a note was added - and
        // raise() commits at once.
    }
    m_inFlight = false;
    Q_EMIT progressed();
}

void BackorderFlow::failed(const Journal::PostedOrder &order, const SyncError &error)
{
    const int failures = ++m_failures[order.orderKey];
    if (isTransient(error.category) || error.category == ErrorCategory::Auth)
        m_ctx.monitor->failure(m_ctx.erp->connectionName(), error);
    if (!isTransient(error.category) || failures >= m_ctx.retry.maxAttempts) {
        qCWarning(lcBackorders) << "order" << order.wooId << "not checked for backorders:" << error.summary();
        done(order);
        return;
    }
    m_inFlight = false;
    m_waiting = true;
    m_retryTimer.start(std::chrono::milliseconds(std::min<qint64>(
        qint64(m_ctx.retry.baseDelayMs) << std::min(failures, 10), m_ctx.retry.maxDelayMs)));
}

} // namespace backroom
