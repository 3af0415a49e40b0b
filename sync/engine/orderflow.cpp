#include "sync/engine/orderflow.h"

#include "sync/engine/connectionmonitor.h"
#include "sync/engine/writebatch.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOrderFlows, "backroom.sync.orderflows")

namespace backroom {

OrderFlow::OrderFlow(OrderFlowContext context, const char *kind, int concurrency, QObject *parent)
    : EngineFlow(parent), m_ctx(std::move(context)), m_kind(QString::fromLatin1(kind)), m_concurrency(concurrency)
{
}

QString OrderFlow::reference(const OutboxItem &item) const
{
    return m_ctx.prefixes.value(item.storeId) + QString::number(item.wooId);
}

void OrderFlow::pump()
{
    if (m_inFlight >= m_concurrency || m_ctx.monitor->isPaused(m_ctx.erp->connectionName()))
        return;
    if (!m_ctx.batch->open())
        return;
    QList<OutboxItem> items = m_ctx.journal->claimDue(m_kind, m_ctx.clock->nowMs(), m_concurrency - m_inFlight);
    if (items.isEmpty())
        return;
    // The claim (attempts+1) is durable before anything goes on the wire.
    if (!m_ctx.batch->flush())
        return;
    for (const OutboxItem &item : std::as_const(items)) {
        ++m_inFlight;
        m_started.insert(item.id, m_ctx.clock->nowMs());
        if (!store(item)) {
            SyncError e;
            e.category = ErrorCategory::Internal;
            e.code = QStringLiteral("unknown_store");
            e.message = QStringLiteral("store %1 is not in the config any more").arg(item.storeId);
            e.hint = QStringLiteral("Add the store back to the config, or resolve the exception.");
            fail(item, e, QStringLiteral("backroom"), m_ctx.erp->connectionName());
            continue;
        }
        process(item);
    }
}

void OrderFlow::succeed(const OutboxItem &item, const char *stage, const QString &summary)
{
    if (m_ctx.batch->open()) {
        const qint64 now = m_ctx.clock->nowMs();
        AttemptRecord a{item.id, item.orderKey, QString(), m_started.value(item.id, now), now,
                        QStringLiteral("%1 for order %2").arg(m_kind).arg(item.wooId), summary, QStringLiteral("ok"), 200};
        (void)m_ctx.journal->recordAttempt(a);
        (void)m_ctx.journal->completeFlowItem(item, stage, now);
        (void)m_ctx.batch->flush();
    }
    m_started.remove(item.id);
    --m_inFlight;
    Q_EMIT progressed();
}

void OrderFlow::fail(const OutboxItem &item, const SyncError &error, const QString &system, const QString &connection)
{
    qCInfo(lcOrderFlows) << m_kind << "order" << item.wooId << "attempt" << item.attempts << "failed:" << error.summary();
    if (m_ctx.batch->open()) {
        const qint64 now = m_ctx.clock->nowMs();
        AttemptRecord a{item.id, item.orderKey, error.requestId, m_started.value(item.id, now), now,
                        QStringLiteral("%1 for order %2").arg(m_kind).arg(item.wooId), error.message,
                        categoryName(error.category), error.httpStatus};
        (void)m_ctx.journal->recordAttempt(a);
        (void)m_ctx.policy.onFailure(*m_ctx.journal, *m_ctx.monitor, connection, item, error, system, now);
        (void)m_ctx.batch->flush();
    }
    m_started.remove(item.id);
    --m_inFlight;
    Q_EMIT progressed();
}

void OrderFlow::failQuietly(const OutboxItem &item, const SyncError &error, const QString &connection)
{
    if ((isTransient(error.category) && item.attempts < m_ctx.retry.maxAttempts) || error.category == ErrorCategory::Auth) {
        fail(item, error, QStringLiteral("erp"), connection);
        return;
    }
    qCWarning(lcOrderFlows) << m_kind << "order" << item.wooId << "gave up:" << error.summary();
    succeed(item, nullptr, QStringLiteral("gave up: %1").arg(error.summary()));
}

} // namespace backroom
